#pragma once

// Summaries built from made-up records, so that every table of a test
// summary agrees with every other one, as the builder's tables do.

#include "summary/Summary.h"

#include <QHash>
#include <QStringList>

#include <random>

namespace baken::summary::test {

struct AxisSpec {
    QString key;
    QStringList codes;
    bool multiValued = false;
    bool mergeSmall = false;
};

// One record: for every axis key, the categories it falls in.
using Record = QHash<QString, QStringList>;

inline Axis makeAxis(const AxisSpec &spec)
{
    Axis axis;
    axis.key = spec.key;
    axis.title = {spec.key, spec.key};
    for (const QString &code : spec.codes)
        axis.categories.append({code, {code + QStringLiteral(" (nl)"), code}});
    axis.multiValued = spec.multiValued;
    axis.mergeSmall = spec.mergeSmall;
    return axis;
}

inline Figure count(qint64 value)
{
    return {value, Suppression::None};
}

inline qint64 countOf(const QList<Record> &records, const QString &key, const QString &code)
{
    return std::count_if(records.cbegin(), records.cend(), [&](const Record &r) { return r.value(key).contains(code); });
}

inline Table oneWay(const QString &population, const AxisSpec &rows, const QList<Record> &records)
{
    Table table;
    table.id = population + u'.' + rows.key;
    table.population = population;
    table.rows = makeAxis(rows);
    for (const QString &code : rows.codes)
        table.cells.append(count(countOf(records, rows.key, code)));
    table.total = count(records.size());
    return table;
}

inline Table twoWay(const QString &population, const AxisSpec &rows, const AxisSpec &columns,
                    const QList<Record> &records)
{
    Table table;
    table.id = population + u'.' + rows.key + QStringLiteral("_by_") + columns.key;
    table.population = population;
    table.rows = makeAxis(rows);
    table.columns = makeAxis(columns);
    for (const QString &r : rows.codes) {
        for (const QString &c : columns.codes) {
            table.cells.append(count(std::count_if(records.cbegin(), records.cend(), [&](const Record &rec) {
                return rec.value(rows.key).contains(r) && rec.value(columns.key).contains(c);
            })));
        }
        table.rowTotals.append(count(countOf(records, rows.key, r)));
    }
    for (const QString &c : columns.codes)
        table.columnTotals.append(count(countOf(records, columns.key, c)));
    table.total = count(records.size());
    return table;
}

// The category of a multi-valued axis that a record is in only when it is in
// no other: "not_recorded", and "none" on the referral axis.
inline bool exclusiveCode(const AxisSpec &axis, const QString &code)
{
    return axis.multiValued && (code == u"not_recorded" || (axis.key == u"referral" && code == u"none"));
}

// A record with one category on every single-valued axis and one to three on
// every multi-valued one (just the exclusive one, if drawn first); `skew`
// makes the first categories common and the last ones rare, as units and
// grounds are.
inline Record randomRecord(std::mt19937 &random, const QList<AxisSpec> &axes, double skew = 0.6)
{
    Record record;
    for (const AxisSpec &axis : axes) {
        std::geometric_distribution<int> pick(1.0 - skew);
        auto draw = [&] { return axis.codes[std::min<int>(pick(random), int(axis.codes.size()) - 1)]; };
        QStringList codes{draw()};
        if (axis.multiValued && !exclusiveCode(axis, codes.first())) {
            for (int extra = std::uniform_int_distribution<int>(0, 2)(random); extra > 0; --extra) {
                const QString code = draw();
                if (!codes.contains(code) && !exclusiveCode(axis, code))
                    codes.append(code);
            }
        }
        record.insert(axis.key, codes);
    }
    return record;
}

inline QList<Record> randomRecords(std::mt19937 &random, const QList<AxisSpec> &axes, int count, double skew = 0.6)
{
    QList<Record> records;
    for (int i = 0; i < count; ++i)
        records.append(randomRecord(random, axes, skew));
    return records;
}

// `counts[i]` records in category i of `axis`.
inline QList<Record> recordsIn(const AxisSpec &axis, const QList<int> &counts)
{
    QList<Record> records;
    for (int i = 0; i < counts.size(); ++i) {
        for (int n = 0; n < counts[i]; ++n)
            records.append({{axis.key, {axis.codes[i]}}});
    }
    return records;
}

// `grid[r][c]` records in row category r and column category c.
inline QList<Record> recordsIn(const AxisSpec &rows, const AxisSpec &columns, const QList<QList<int>> &grid)
{
    QList<Record> records;
    for (int r = 0; r < grid.size(); ++r) {
        for (int c = 0; c < grid[r].size(); ++c) {
            for (int n = 0; n < grid[r][c]; ++n)
                records.append({{rows.key, {rows.codes[r]}}, {columns.key, {columns.codes[c]}}});
        }
    }
    return records;
}

inline Summary summaryOf(QList<Table> tables)
{
    Summary summary;
    summary.period = {2026, 1, 2026, 12};
    summary.tables = std::move(tables);
    return summary;
}

// Every figure of a summary with where it is, for assertions over all of them.
template<typename Visit>
void forEachFigure(const Summary &summary, Visit visit)
{
    for (const Table &table : summary.tables) {
        for (int i = 0; i < table.cells.size(); ++i)
            visit(table, table.cells[i], QStringLiteral("cell %1").arg(i));
        for (int i = 0; i < table.rowTotals.size(); ++i)
            visit(table, table.rowTotals[i], QStringLiteral("row total %1").arg(i));
        for (int i = 0; i < table.columnTotals.size(); ++i)
            visit(table, table.columnTotals[i], QStringLiteral("column total %1").arg(i));
        if (table.total)
            visit(table, *table.total, QStringLiteral("total"));
    }
}

} // namespace baken::summary::test
