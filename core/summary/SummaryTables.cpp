#include "SummaryTables.h"

#include "Period.h"
#include "codelists/CodeListStore.h"
#include "db/Database.h"
#include "db/SqlValues.h"

#include <QSet>

#include <algorithm>

namespace baken::summary::detail {

PeriodQuery::PeriodQuery(Database &db, const Period &period)
    : m_db(db)
    , m_period(period)
    , m_first(sql::dateText(firstDay(period)))
    , m_last(sql::dateText(lastDay(period)))
    // Status changes are stamped in UTC; the period ends at local midnight.
    , m_end(sql::timeText(QDateTime(lastDay(period).addDays(1), QTime(0, 0))))
{}

Status PeriodQuery::each(const char *sql, const std::function<void(const Statement &)> &row) const
{
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, m_first).bind(2, m_last).bind(3, m_end);
    return stmt->forEach(row);
}

Text text(const char *source)
{
    return bilingual("baken::summary", source);
}

Category notRecorded()
{
    return {u"not_recorded"_qs, text(QT_TRANSLATE_NOOP("baken::summary", "Not recorded"))};
}

Axis monthAxis(const Period &period)
{
    Axis axis{u"month"_qs, text(QT_TRANSLATE_NOOP("baken::summary", "Month")), {}, false, false};
    for (const QString &month : periodMonths(period)) {
        const int year = month.left(4).toInt();
        const int number = month.mid(5, 2).toInt();
        axis.categories << Category{month, periodLabel(Period{year, number, year, number})};
    }
    return axis;
}

Result<QList<Category>> codeCategories(const CodeListStore &codes, CodeList list, const Counts &used,
                                       const QString &prefix)
{
    auto items = codes.items(list, true);
    if (!items)
        return items.error();
    QList<Category> out;
    for (const CodeItem &item : *items) {
        const QString code = prefix + item.code;
        if (item.retired && used.value(code) == 0)
            continue;
        out << Category{code, Text{item.labelNl, item.labelEn}};
    }
    return out;
}

void addUnknown(QList<Category> &categories, const Counts &used)
{
    QSet<QString> known;
    for (const Category &c : categories)
        known.insert(c.code);
    QStringList unknown;
    for (auto it = used.cbegin(); it != used.cend(); ++it)
        if (!known.contains(it.key()))
            unknown << it.key();
    std::sort(unknown.begin(), unknown.end());
    for (const QString &code : unknown)
        categories << Category{code, Text{code, code}};
}

namespace {

Table headed(const TableHead &head, const Axis &rows)
{
    Table t;
    t.id = head.id;
    t.section = head.section;
    t.title = head.title;
    t.population = head.population;
    t.counts = head.counts;
    t.rows = rows;
    return t;
}

Figure exact(qint64 value)
{
    return Figure{value, Suppression::None};
}

} // namespace

Table oneWay(const TableHead &head, const Axis &rows, const Counts &cells, qint64 total)
{
    Table t = headed(head, rows);
    for (const Category &row : rows.categories)
        t.cells << exact(cells.value(row.code));
    t.total = exact(total);
    return t;
}

Table twoWay(const TableHead &head, const Axis &rows, const Axis &columns, const PairCounts &cells,
             const Counts &rowTotals, const Counts &columnTotals, qint64 total)
{
    Table t = headed(head, rows);
    t.columns = columns;
    for (const Category &row : rows.categories) {
        for (const Category &column : columns.categories)
            t.cells << exact(cells.value({row.code, column.code}));
        t.rowTotals << exact(rowTotals.value(row.code));
    }
    for (const Category &column : columns.categories)
        t.columnTotals << exact(columnTotals.value(column.code));
    t.total = exact(total);
    return t;
}

Table measureList(const TableHead &head, const Axis &rows, const Counts &cells)
{
    Table t = headed(head, rows);
    for (const Category &row : rows.categories)
        t.cells << exact(cells.value(row.code));
    return t;
}

} // namespace baken::summary::detail
