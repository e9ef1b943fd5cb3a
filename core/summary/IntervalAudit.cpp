#include "IntervalAudit.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <deque>

namespace baken::summary {

QList<int> hiddenComponent(const FigureRelations &relations, const std::vector<FigureState> &states, int start)
{
    std::vector<bool> seen(states.size(), false);
    std::vector<bool> relationSeen(relations.relations().size(), false);
    std::deque<int> queue{start};
    seen[start] = true;
    QList<int> component;
    while (!queue.empty()) {
        const int figure = queue.front();
        queue.pop_front();
        component.append(figure);
        for (int r : relations.relationsOf(figure)) {
            if (relationSeen[r])
                continue;
            relationSeen[r] = true;
            const FigureRelation &relation = relations.relations()[r];
            auto visit = [&](int other) {
                if (!seen[other] && states[other].knowledge != Knowledge::Published) {
                    seen[other] = true;
                    queue.push_back(other);
                }
            };
            for (int part : relation.parts)
                visit(part);
            visit(relation.whole);
        }
    }
    return component;
}

struct IntervalAudit::Problem {
    glp_prob *lp = nullptr;
    QHash<int, int> column; // figure -> GLPK column (from 1)
    int objective = 0;      // column now in the objective, 0 for none
    ~Problem()
    {
        if (lp)
            glp_delete_prob(lp);
    }
};

namespace {

struct Bound {
    bool ok = false;
    bool unbounded = false;
    qint64 value = 0;
};

bool wholeSolution(glp_prob *lp)
{
    for (int j = 1, n = glp_get_num_cols(lp); j <= n; ++j) {
        const double v = glp_get_col_prim(lp, j);
        if (std::fabs(v - std::round(v)) > 1e-7)
            return false;
    }
    return true;
}

Bound optimise(glp_prob *lp, int direction)
{
    glp_set_obj_dir(lp, direction);
    glp_smcp simplex;
    glp_init_smcp(&simplex);
    simplex.msg_lev = GLP_MSG_OFF;
    if (glp_simplex(lp, &simplex) != 0) {
        // The basis left by the previous solve may not suit this one.
        glp_adv_basis(lp, 0);
        if (glp_simplex(lp, &simplex) != 0)
            return {};
    }
    const int status = glp_get_status(lp);
    if (status == GLP_UNBND)
        return {true, true, 0};
    if (status != GLP_OPT)
        return {};
    // A whole-number vertex of the relaxation is also the integer optimum.
    if (wholeSolution(lp))
        return {true, false, std::llround(glp_get_obj_val(lp))};

    glp_iocp integer;
    glp_init_iocp(&integer);
    integer.msg_lev = GLP_MSG_OFF;
    integer.presolve = GLP_ON;
    integer.tm_lim = 1000; // milliseconds; past it the figure counts as exposed
    if (glp_intopt(lp, &integer) != 0 || glp_mip_status(lp) != GLP_OPT)
        return {};
    return {true, false, std::llround(glp_mip_obj_val(lp))};
}

} // namespace

IntervalAudit::IntervalAudit(const FigureRelations &relations, const std::vector<FigureState> &states,
                             const QList<int> &component)
    : m_problem(std::make_unique<Problem>())
{
    glp_prob *lp = m_problem->lp = glp_create_prob();
    glp_add_cols(lp, int(component.size()));
    QSet<int> touching;
    for (int i = 0; i < component.size(); ++i) {
        const int figure = component[i];
        m_problem->column.insert(figure, i + 1);
        const double lowest = states[figure].knowledge == Knowledge::Suppressed ? 1.0 : 0.0;
        glp_set_col_bnds(lp, i + 1, GLP_LO, lowest, 0.0);
        glp_set_col_kind(lp, i + 1, GLP_IV);
        for (int r : relations.relationsOf(figure))
            touching.insert(r);
    }

    // GLPK wants 1-based triplets, index 0 unused.
    std::vector<int> rowIndex{0}, columnIndex{0};
    std::vector<double> coefficient{0.0};
    // sum(coefficient * figure) <type> 0, published figures moved to the right.
    auto addRow = [&](const QList<QPair<int, int>> &terms, int type) {
        QMap<int, int> byColumn; // a figure twice in one row would abort GLPK
        double constant = 0.0;
        for (const auto &[figure, c] : terms) {
            if (states[figure].knowledge == Knowledge::Published)
                constant += double(c) * double(states[figure].value);
            else
                byColumn[m_problem->column.value(figure)] += c;
        }
        const int row = glp_add_rows(lp, 1);
        glp_set_row_bnds(lp, row, type, -constant, -constant);
        for (auto it = byColumn.cbegin(); it != byColumn.cend(); ++it) {
            if (it.value() == 0)
                continue;
            rowIndex.push_back(row);
            columnIndex.push_back(it.key());
            coefficient.push_back(double(it.value()));
        }
    };
    QList<int> ordered = touching.values();
    std::sort(ordered.begin(), ordered.end()); // the same problem every run
    for (int r : ordered) {
        const FigureRelation &relation = relations.relations()[r];
        QList<QPair<int, int>> sum;
        for (int part : relation.parts)
            sum.append({part, 1});
        sum.append({relation.whole, -1});
        if (relation.disjoint) {
            addRow(sum, GLP_UP);
            continue;
        }
        addRow(sum, relation.exact ? GLP_FX : GLP_LO);
        if (relation.exact)
            continue;
        for (int part : relation.parts) {
            if (states[part].knowledge != Knowledge::Published || states[relation.whole].knowledge != Knowledge::Published)
                addRow({{part, 1}, {relation.whole, -1}}, GLP_UP);
        }
    }
    glp_load_matrix(lp, int(rowIndex.size()) - 1, rowIndex.data(), columnIndex.data(), coefficient.data());
}

IntervalAudit::~IntervalAudit() = default;

Interval IntervalAudit::interval(int figure)
{
    glp_prob *lp = m_problem->lp;
    const int column = m_problem->column.value(figure);
    if (m_problem->objective)
        glp_set_obj_coef(lp, m_problem->objective, 0.0);
    glp_set_obj_coef(lp, column, 1.0);
    m_problem->objective = column;

    const Bound low = optimise(lp, GLP_MIN);
    const Bound high = optimise(lp, GLP_MAX);
    Interval result;
    result.proven = low.ok && high.ok && !low.unbounded;
    result.low = low.value;
    if (!high.unbounded)
        result.high = high.value;
    return result;
}

} // namespace baken::summary
