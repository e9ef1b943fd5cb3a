#include "UnitMerging.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>
#include <vector>

namespace baken::summary {

namespace {

const QString NotRecorded = QStringLiteral("not_recorded");

// The figure "records of `population` with axis = code", wherever a table of
// the summary prints it: a cell of a one-way table or a margin of a two-way one.
std::optional<qint64> oneWayCount(const Summary &summary, const QString &population, const QString &axis,
                                  const QString &code)
{
    for (const Table &table : summary.tables) {
        if (table.population != population || table.rows.key == u"measure")
            continue;
        for (int r = 0; r < table.rows.categories.size(); ++r) {
            if (table.rows.key != axis || table.rows.categories[r].code != code)
                continue;
            if (!table.twoWay() && r < table.cells.size())
                return table.cells[r].value;
            if (table.twoWay() && r < table.rowTotals.size())
                return table.rowTotals[r].value;
        }
        if (!table.twoWay() || table.columns->key != axis)
            continue;
        for (int c = 0; c < table.columns->categories.size(); ++c) {
            if (table.columns->categories[c].code == code && c < table.columnTotals.size())
                return table.columnTotals[c].value;
        }
    }
    return std::nullopt;
}

void add(Figure &into, const Figure &figure)
{
    into.value = into.value && figure.value ? std::optional(*into.value + *figure.value) : std::nullopt;
}

// Rewrites `axis` with the merged categories as one "other units" at the end;
// returns for every old category its new index, or nothing if none merged.
std::vector<int> mergeAxis(Axis &axis, const QSet<QString> &merged)
{
    QList<Category> kept;
    std::vector<int> target;
    bool any = false;
    for (const Category &category : axis.categories) {
        if (merged.contains(category.code)) {
            target.push_back(-1);
            any = true;
        } else {
            target.push_back(int(kept.size()));
            kept.append(category);
        }
    }
    if (!any)
        return {};
    for (int &t : target) {
        if (t < 0)
            t = int(kept.size());
    }
    kept.append({QString::fromUtf16(OtherUnitsCode),
                 bilingual("baken::summary", QT_TRANSLATE_NOOP("baken::summary", "Other units"))});
    axis.categories = kept;
    return target;
}

QList<Figure> zeros(qsizetype count)
{
    return QList<Figure>(count, Figure{qint64(0), Suppression::None});
}

void mergeRows(Table &table, const QSet<QString> &merged)
{
    const int columns = table.columnCount();
    const std::vector<int> target = mergeAxis(table.rows, merged);
    if (target.empty())
        return;
    QList<Figure> cells = zeros(table.rows.categories.size() * columns);
    for (int r = 0; r < int(target.size()); ++r) {
        for (int c = 0; c < columns; ++c)
            add(cells[target[r] * columns + c], table.cells[r * columns + c]);
    }
    table.cells = cells;
    if (!table.rowTotals.isEmpty()) {
        QList<Figure> totals = zeros(table.rows.categories.size());
        for (int r = 0; r < int(target.size()); ++r)
            add(totals[target[r]], table.rowTotals[r]);
        table.rowTotals = totals;
    }
}

void mergeColumns(Table &table, const QSet<QString> &merged)
{
    const int oldColumns = table.columnCount();
    const std::vector<int> target = mergeAxis(*table.columns, merged);
    if (target.empty())
        return;
    const int columns = table.columnCount();
    const int rows = int(table.rows.categories.size());
    QList<Figure> cells = zeros(qsizetype(rows) * columns);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < oldColumns; ++c)
            add(cells[r * columns + target[c]], table.cells[r * oldColumns + c]);
    }
    table.cells = cells;
    if (!table.columnTotals.isEmpty()) {
        QList<Figure> totals = zeros(columns);
        for (int c = 0; c < oldColumns; ++c)
            add(totals[target[c]], table.columnTotals[c]);
        table.columnTotals = totals;
    }
}

} // namespace

QList<Text> mergeSmallUnits(Summary &summary, int k)
{
    // Decide on the exact counts first: merging changes the tables read.
    QHash<QString, QSet<QString>> mergedByAxis; // population + axis key -> codes
    QList<Text> labels;
    auto decide = [&](const QString &population, const Axis &axis) {
        QSet<QString> &merged = mergedByAxis[population + u'\x1f' + axis.key];
        for (const Category &category : axis.categories) {
            if (category.code == NotRecorded || merged.contains(category.code))
                continue;
            const auto count = category.code == OtherUnitsCode
                ? std::optional<qint64>(0) // already merged: merge into it
                : oneWayCount(summary, population, axis.key, category.code);
            if (count && *count >= k)
                continue;
            merged.insert(category.code);
            if (category.code != OtherUnitsCode && !labels.contains(category.label))
                labels.append(category.label);
        }
    };
    for (const Table &table : summary.tables) {
        if (table.rows.key == u"measure")
            continue;
        if (table.rows.mergeSmall)
            decide(table.population, table.rows);
        if (table.twoWay() && table.columns->mergeSmall)
            decide(table.population, *table.columns);
    }
    for (Table &table : summary.tables) {
        if (table.rows.key == u"measure")
            continue;
        if (table.rows.mergeSmall)
            mergeRows(table, mergedByAxis.value(table.population + u'\x1f' + table.rows.key));
        if (table.twoWay() && table.columns->mergeSmall)
            mergeColumns(table, mergedByAxis.value(table.population + u'\x1f' + table.columns->key));
    }
    return labels;
}

} // namespace baken::summary
