#include "Combine.h"

#include "summary/Period.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <optional>

namespace baken::rollup {

using summary::Axis;
using summary::Category;
using summary::Figure;
using summary::Period;
using summary::Summary;
using summary::Table;

namespace {

// Messages in the context "baken::rollup", as lupdate finds them.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(baken::rollup)
};

Error refused(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message};
}

// Categories that stand for "the rest" close a list, as they do in a summary.
bool closesList(const QString &code)
{
    return code == u"not_recorded" || code == u"other_units" || code == u"none";
}

void unite(QList<Category> &into, const QList<Category> &more)
{
    QSet<QString> known;
    for (const Category &c : into)
        known.insert(c.code);
    for (const Category &c : more) {
        if (!known.contains(c.code)) {
            known.insert(c.code);
            into << c;
        }
    }
}

// Every month of the combined period, even one no source delivered: a reader
// compares months, and the coverage table says who delivered which.
void orderCategories(Axis &axis, const Period &period)
{
    if (axis.key == u"month") {
        axis.categories.clear();
        for (const QString &month : summary::periodMonths(period)) {
            const int year = month.left(4).toInt();
            const int number = month.mid(5, 2).toInt();
            axis.categories << Category{month, summary::periodLabel(Period{year, number, year, number})};
        }
        return;
    }
    std::stable_partition(axis.categories.begin(), axis.categories.end(),
                          [](const Category &c) { return !closesList(c.code); });
}

using CellKey = std::pair<QString, QString>;

// One table's figures summed over the packages, by category code.
struct TableSum {
    Table head; // the newest package's table, figures dropped
    QHash<CellKey, qint64> cells;
    QHash<QString, qint64> rowTotals;
    QHash<QString, qint64> columnTotals;
    qint64 total = 0;
};

bool sameShape(const Table &a, const Table &b)
{
    return a.twoWay() == b.twoWay() && a.population == b.population && a.total.has_value() == b.total.has_value()
           && a.rows.key == b.rows.key && (!a.twoWay() || a.columns->key == b.columns->key);
}

// The figures of an exact summary all hold a value; one that does not was
// published or damaged, and a sum over it would be wrong.
std::optional<qint64> valueOf(const Figure &figure)
{
    if (!figure.value || *figure.value < 0 || figure.suppression != summary::Suppression::None)
        return std::nullopt;
    return *figure.value;
}

Status add(TableSum &sum, const Table &t, const QString &source)
{
    const auto damaged = [&] {
        return refused(
            Messages::tr("The figures from %1 are incomplete (table %2); ask for a new package.").arg(source, t.id));
    };
    const int columns = t.columnCount();
    if (t.cells.size() != t.rows.categories.size() * columns)
        return damaged();
    for (int r = 0; r < t.rows.categories.size(); ++r) {
        for (int c = 0; c < columns; ++c) {
            const auto v = valueOf(t.cell(r, c));
            if (!v)
                return damaged();
            const QString column = t.twoWay() ? t.columns->categories[c].code : QString();
            sum.cells[{t.rows.categories[r].code, column}] += *v;
        }
    }
    if (t.twoWay()) {
        if (t.rowTotals.size() != t.rows.categories.size() || t.columnTotals.size() != columns)
            return damaged();
        for (int r = 0; r < t.rowTotals.size(); ++r) {
            const auto v = valueOf(t.rowTotals[r]);
            if (!v)
                return damaged();
            sum.rowTotals[t.rows.categories[r].code] += *v;
        }
        for (int c = 0; c < columns; ++c) {
            const auto v = valueOf(t.columnTotals[c]);
            if (!v)
                return damaged();
            sum.columnTotals[t.columns->categories[c].code] += *v;
        }
    }
    if (t.total) {
        const auto v = valueOf(*t.total);
        if (!v)
            return damaged();
        sum.total += *v;
    }
    return {};
}

Table tableOf(const TableSum &sum, const Period &period)
{
    Table t = sum.head;
    orderCategories(t.rows, period);
    if (t.columns)
        orderCategories(*t.columns, period);
    const auto exact = [](qint64 v) { return Figure{v, summary::Suppression::None}; };
    for (const Category &row : t.rows.categories) {
        if (t.columns) {
            for (const Category &column : t.columns->categories)
                t.cells << exact(sum.cells.value({row.code, column.code}));
            t.rowTotals << exact(sum.rowTotals.value(row.code));
        } else {
            t.cells << exact(sum.cells.value({row.code, QString()}));
        }
    }
    if (t.columns) {
        for (const Category &column : t.columns->categories)
            t.columnTotals << exact(sum.columnTotals.value(column.code));
    }
    if (t.total)
        t.total = exact(sum.total);
    return t;
}

// Checks each package's period and that no source counted a month twice;
// returns each source's months, by source id.
Result<QMap<qint64, QStringList>> monthsBySource(const QList<SourcedSummary> &packages, const Period &period)
{
    const QStringList allowed = summary::periodMonths(period);
    QMap<qint64, QStringList> months;
    for (const SourcedSummary &p : packages) {
        if (p.exact.published) {
            return refused(
                Messages::tr("The package from %1 holds published figures; only exact figures can be combined.")
                    .arg(p.sourceLabel));
        }
        const QStringList own = summary::periodMonths(p.exact.period);
        if (own.isEmpty()
            || !std::all_of(own.cbegin(), own.cend(), [&](const QString &m) { return allowed.contains(m); })) {
            return refused(Messages::tr("The package from %1 covers %2, which does not lie within %3.")
                               .arg(p.sourceLabel, summary::periodKey(p.exact.period), summary::periodKey(period)));
        }
        QStringList &seen = months[p.sourceId];
        for (const QString &m : own) {
            if (seen.contains(m)) {
                return refused(Messages::tr("%1 delivered two packages that both count %2; remove one of them before "
                                            "combining.")
                                   .arg(p.sourceLabel, m));
            }
            seen << m;
        }
    }
    for (QStringList &list : months)
        list.sort();
    return months;
}

} // namespace

Result<Summary> combineSummaries(const QList<SourcedSummary> &packages, const Period &period)
{
    if (packages.isEmpty())
        return refused(Messages::tr("No figures for %1 have been imported yet.").arg(summary::periodKey(period)));
    auto months = monthsBySource(packages, period);
    if (!months)
        return months.error();

    QList<SourcedSummary> newestFirst = packages;
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [](const SourcedSummary &a, const SourcedSummary &b) { return a.createdAt > b.createdAt; });

    QStringList order;
    QHash<QString, TableSum> sums;
    QHash<QString, QSet<qsizetype>> delivered; // the packages that hold the table
    for (qsizetype index = 0; index < newestFirst.size(); ++index) {
        const SourcedSummary &p = newestFirst[index];
        for (const Table &t : p.exact.tables) {
            delivered[t.id].insert(index);
            auto found = sums.find(t.id);
            if (found == sums.end()) {
                TableSum sum;
                sum.head = t;
                sum.head.cells.clear();
                sum.head.rowTotals.clear();
                sum.head.columnTotals.clear();
                found = sums.insert(t.id, sum);
                order << t.id;
            } else if (!sameShape(found->head, t)) {
                return refused(
                    Messages::tr("The table %1 from %2 differs from the same table of another source; ask for "
                                 "packages made with the same version of Baken.")
                        .arg(t.id, p.sourceLabel));
            } else {
                unite(found->head.rows.categories, t.rows.categories);
                if (t.columns)
                    unite(found->head.columns->categories, t.columns->categories);
                found->head.rows.multiValued |= t.rows.multiValued;
                found->head.rows.mergeSmall |= t.rows.mergeSmall;
            }
            if (auto s = add(*found, t, p.sourceLabel); !s)
                return s.error();
        }
    }

    Summary combined;
    combined.period = period;
    combined.published = false;
    combined.generator = QStringLiteral("Baken " BAKEN_VERSION);
    // A table some package lacks would be a sum of part of the figures.
    for (const QString &id : order) {
        if (delivered.value(id).size() == packages.size())
            combined.tables << tableOf(sums[id], period);
    }

    // One line per source, in the order of their labels; a source's current
    // label is the one its newest package chose.
    QMap<qint64, QString> labels;
    for (const SourcedSummary &p : newestFirst) {
        if (!labels.contains(p.sourceId))
            labels.insert(p.sourceId, p.sourceLabel);
    }
    for (auto it = months->cbegin(); it != months->cend(); ++it)
        combined.coverage << summary::Coverage{labels.value(it.key()), it.value()};
    std::stable_sort(combined.coverage.begin(), combined.coverage.end(),
                     [](const summary::Coverage &a, const summary::Coverage &b) {
                         return a.source.localeAwareCompare(b.source) < 0;
                     });
    return combined;
}

} // namespace baken::rollup
