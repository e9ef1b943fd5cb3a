#include "DisclosureAttacker.h"

#include <glpk.h>

#include <cmath>
#include <map>
#include <vector>

namespace baken::summary::test {

namespace {

struct Unknown {
    std::optional<qint64> known; // printed somewhere with its value
    bool suppressed = false;
    QStringList where;
};

struct Constraint {
    std::map<int, double> terms;
    int type = GLP_FX;
};

class Model {
public:
    int variable(const QString &population, std::map<QString, QString> conditions)
    {
        QString name = population;
        for (const auto &[axis, code] : conditions)
            name += QStringLiteral("|%1:%2").arg(axis, code);
        auto [it, inserted] = m_index.try_emplace(name, int(m_unknowns.size()));
        if (inserted)
            m_unknowns.emplace_back();
        return it->second;
    }
    void print(int v, const Figure &figure, const QString &where)
    {
        if (figure.published())
            m_unknowns[v].known = figure.value;
        else {
            m_unknowns[v].suppressed = true;
            m_unknowns[v].where.append(where);
        }
    }
    // parts add up to whole; over a multi-valued axis at least to it, none above it.
    void sum(const std::vector<int> &parts, int whole, bool multi)
    {
        Constraint c;
        for (int p : parts)
            c.terms[p] += 1;
        c.terms[whole] -= 1;
        c.type = multi ? GLP_LO : GLP_FX;
        m_constraints.push_back(c);
        if (!multi)
            return;
        for (int p : parts) {
            Constraint below;
            below.terms[p] += 1;
            below.terms[whole] -= 1;
            below.type = GLP_UP;
            m_constraints.push_back(below);
        }
    }

    // A record in an exclusive category of a multi-valued axis is in no other
    // category of it: that category and any other one together are at most the whole.
    void exclusive(const std::vector<int> &parts, int alone, int whole)
    {
        if (alone < 0)
            return;
        for (int p = 0; p < int(parts.size()); ++p) {
            if (p == alone)
                continue;
            Constraint disjoint;
            disjoint.terms[parts[alone]] += 1;
            disjoint.terms[parts[p]] += 1;
            disjoint.terms[whole] -= 1;
            disjoint.type = GLP_UP;
            m_constraints.push_back(disjoint);
        }
    }

    QList<Exposure> solve() const
    {
        glp_prob *lp = glp_create_prob();
        const int n = int(m_unknowns.size());
        glp_add_cols(lp, n);
        for (int j = 0; j < n; ++j) {
            const Unknown &u = m_unknowns[j];
            if (u.known)
                glp_set_col_bnds(lp, j + 1, GLP_FX, double(*u.known), double(*u.known));
            else
                glp_set_col_bnds(lp, j + 1, GLP_DB, u.suppressed ? 1.0 : 0.0, double(AttackCap));
            glp_set_col_kind(lp, j + 1, GLP_IV);
        }
        std::vector<int> ia{0}, ja{0};
        std::vector<double> ar{0};
        for (const Constraint &c : m_constraints) {
            const int row = glp_add_rows(lp, 1);
            glp_set_row_bnds(lp, row, c.type, 0.0, 0.0);
            for (const auto &[v, a] : c.terms) {
                if (a == 0)
                    continue;
                ia.push_back(row);
                ja.push_back(v + 1);
                ar.push_back(a);
            }
        }
        glp_load_matrix(lp, int(ia.size()) - 1, ia.data(), ja.data(), ar.data());

        auto optimum = [lp](int column, int direction, bool &ok) {
            for (int j = 1; j <= glp_get_num_cols(lp); ++j)
                glp_set_obj_coef(lp, j, j == column ? 1.0 : 0.0);
            glp_set_obj_dir(lp, direction);
            glp_iocp parm;
            glp_init_iocp(&parm);
            parm.msg_lev = GLP_MSG_OFF;
            parm.presolve = GLP_ON;
            ok = glp_intopt(lp, &parm) == 0 && glp_mip_status(lp) == GLP_OPT;
            return ok ? qint64(std::llround(glp_mip_obj_val(lp))) : 0;
        };
        QList<Exposure> exposures;
        for (int j = 0; j < n; ++j) {
            const Unknown &u = m_unknowns[j];
            if (!u.suppressed)
                continue;
            bool lowOk = false, highOk = false;
            const qint64 low = optimum(j + 1, GLP_MIN, lowOk);
            const qint64 high = optimum(j + 1, GLP_MAX, highOk);
            for (const QString &where : u.where)
                exposures.append({where, low, high, lowOk && highOk});
        }
        glp_delete_prob(lp);
        return exposures;
    }

private:
    std::map<QString, int> m_index;
    std::vector<Unknown> m_unknowns;
    std::vector<Constraint> m_constraints;
};

// Which category of an axis, if any, holds the records that are in no other:
// the "not recorded" of a multi-valued axis, and "not referred" of referrals.
int aloneCategory(const Axis &axis)
{
    if (!axis.multiValued)
        return -1;
    const QString alone = axis.key == u"referral" ? QStringLiteral("none") : QStringLiteral("not_recorded");
    for (int i = 0; i < axis.categories.size(); ++i) {
        if (axis.categories[i].code == alone)
            return i;
    }
    return -1;
}

} // namespace

QList<Exposure> attack(const Summary &published)
{
    Model model;
    for (const Table &t : published.tables) {
        // Separate measures share nothing with any other figure.
        const bool measures = t.rows.key == u"measure";
        const QString population = measures ? QStringLiteral("measure of ") + t.id : t.population;
        const int columns = t.twoWay() ? int(t.columns->categories.size()) : 1;
        std::vector<int> cell;
        for (int r = 0; r < t.rows.categories.size(); ++r) {
            for (int c = 0; c < columns; ++c) {
                std::map<QString, QString> at{{t.rows.key, t.rows.categories[r].code}};
                if (t.twoWay())
                    at[t.columns->key] = t.columns->categories[c].code;
                const int v = model.variable(population, at);
                model.print(v, t.cells[r * columns + c], QStringLiteral("%1 cell %2").arg(t.id).arg(r * columns + c));
                cell.push_back(v);
            }
        }
        const int total = model.variable(population, {});
        if (t.total)
            model.print(total, *t.total, t.id + QStringLiteral(" total"));
        if (measures)
            continue;
        const int rowAlone = aloneCategory(t.rows);
        if (!t.twoWay()) {
            model.sum(cell, total, t.rows.multiValued);
            model.exclusive(cell, rowAlone, total);
            continue;
        }
        const int columnAlone = aloneCategory(*t.columns);
        std::vector<int> rowTotal, columnTotal;
        for (int r = 0; r < t.rows.categories.size(); ++r) {
            rowTotal.push_back(model.variable(population, {{t.rows.key, t.rows.categories[r].code}}));
            if (r < t.rowTotals.size())
                model.print(rowTotal.back(), t.rowTotals[r], QStringLiteral("%1 row total %2").arg(t.id).arg(r));
            const std::vector<int> row(cell.begin() + r * columns, cell.begin() + (r + 1) * columns);
            model.sum(row, rowTotal.back(), t.columns->multiValued);
            model.exclusive(row, columnAlone, rowTotal.back());
        }
        for (int c = 0; c < columns; ++c) {
            columnTotal.push_back(model.variable(population, {{t.columns->key, t.columns->categories[c].code}}));
            if (c < t.columnTotals.size())
                model.print(columnTotal.back(), t.columnTotals[c], QStringLiteral("%1 column total %2").arg(t.id).arg(c));
            std::vector<int> column;
            for (int r = 0; r < t.rows.categories.size(); ++r)
                column.push_back(cell[r * columns + c]);
            model.sum(column, columnTotal.back(), t.rows.multiValued);
            model.exclusive(column, rowAlone, columnTotal.back());
        }
        model.sum(rowTotal, total, t.rows.multiValued);
        model.exclusive(rowTotal, rowAlone, total);
        model.sum(columnTotal, total, t.columns->multiValued);
        model.exclusive(columnTotal, columnAlone, total);
    }
    return model.solve();
}

} // namespace baken::summary::test
