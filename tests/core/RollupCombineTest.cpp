// Combining the exact figures of several sources, without vaults or keys.
#include "rollup/Combine.h"
#include "summary/Period.h"

#include <gtest/gtest.h>

using namespace baken;
using namespace baken::rollup;
using namespace baken::summary;

namespace {

Figure n(qint64 v)
{
    return Figure{v, Suppression::None};
}

Axis axis(const QString &key, const QList<std::pair<QString, QString>> &codes)
{
    Axis a{key, Text{key, key}, {}, false, false};
    for (const auto &[code, label] : codes)
        a.categories << Category{code, Text{label, label}};
    return a;
}

// A one-way table of cases by unit; the total is the sum of the cells.
Table byUnit(const QList<std::pair<QString, QString>> &units, const QList<qint64> &values)
{
    Table t;
    t.id = u"cases.unit"_qs;
    t.population = u"cases"_qs;
    t.rows = axis(u"unit"_qs, units);
    qint64 total = 0;
    for (qint64 v : values) {
        t.cells << n(v);
        total += v;
    }
    t.total = n(total);
    return t;
}

Table byMonth(const Period &period, const QList<qint64> &values)
{
    Table t;
    t.id = u"cases.month"_qs;
    t.population = u"cases"_qs;
    t.rows = axis(u"month"_qs, {});
    const QStringList months = periodMonths(period);
    qint64 total = 0;
    for (int i = 0; i < months.size(); ++i) {
        t.rows.categories << Category{months[i], Text{months[i], months[i]}};
        t.cells << n(values.value(i));
        total += values.value(i);
    }
    t.total = n(total);
    return t;
}

SourcedSummary package(qint64 source, const QString &label, const QString &period, QList<Table> tables, int day = 1)
{
    SourcedSummary p;
    p.sourceId = source;
    p.sourceLabel = label;
    p.createdAt = QDateTime(QDate(2026, 1, day), QTime(12, 0), Qt::UTC);
    p.exact.period = *parsePeriod(period);
    p.exact.tables = std::move(tables);
    return p;
}

const Period Year = Period{2025, 1, 2025, 12};

QStringList codesOf(const Axis &a)
{
    QStringList out;
    for (const Category &c : a.categories)
        out << c.code;
    return out;
}

TEST(RollupCombine, SumsFiguresOfTheSameCategoryAndKeepsEveryCategoryOfEverySource)
{
    const auto a =
        package(1, u"Noord"_qs, u"2025"_qs,
                {byUnit({{u"finance"_qs, u"Finance"_qs}, {u"not_recorded"_qs, u"Not recorded"_qs}}, {7, 2})});
    const auto b = package(
        2, u"Zuid"_qs, u"2025"_qs,
        {byUnit({{u"not_recorded"_qs, u"Not recorded"_qs}, {u"legal"_qs, u"Legal"_qs}, {u"finance"_qs, u"Finance"_qs}},
                {1, 4, 5})},
        2);
    auto combined = combineSummaries({a, b}, Year);
    ASSERT_TRUE(combined.ok()) << combined.error().message.toStdString();
    const Table *t = combined->table(u"cases.unit"_qs);
    ASSERT_TRUE(t);
    // Newest package first (b), "not recorded" last.
    EXPECT_EQ(codesOf(t->rows), (QStringList{u"legal"_qs, u"finance"_qs, u"not_recorded"_qs}));
    EXPECT_EQ(t->cells, (QList<Figure>{n(4), n(12), n(3)}));
    EXPECT_EQ(t->total, n(19));
    EXPECT_FALSE(combined->published);
    EXPECT_EQ(combined->period, Year);
}

TEST(RollupCombine, ATableThatOnePackageLacksIsLeftOutRatherThanHalfSummed)
{
    const Table units = byUnit({{u"finance"_qs, u"Finance"_qs}}, {7});
    const auto a = package(1, u"Noord"_qs, u"2025"_qs, {units, byMonth(Year, {1, 2, 3})});
    const auto b = package(2, u"Zuid"_qs, u"2025"_qs, {units}, 2);
    auto combined = combineSummaries({a, b}, Year);
    ASSERT_TRUE(combined.ok()) << combined.error().message.toStdString();
    EXPECT_EQ(combined->table(u"cases.month"_qs), nullptr);
    ASSERT_TRUE(combined->table(u"cases.unit"_qs));
    EXPECT_EQ(combined->table(u"cases.unit"_qs)->total, n(14));
}

TEST(RollupCombine, SumsTwoWayCellsAndTotalsByRowAndColumnCode)
{
    Table t;
    t.id = u"cases.unit_by_type"_qs;
    t.population = u"cases"_qs;
    t.rows = axis(u"unit"_qs, {{u"finance"_qs, u"Finance"_qs}});
    t.columns = axis(u"type"_qs, {{u"signal"_qs, u"Signal"_qs}, {u"report"_qs, u"Report"_qs}});
    t.cells = {n(2), n(3)};
    t.rowTotals = {n(5)};
    t.columnTotals = {n(2), n(3)};
    t.total = n(5);
    Table u = t;
    u.columns = axis(u"type"_qs, {{u"report"_qs, u"Report"_qs}});
    u.cells = {n(10)};
    u.columnTotals = {n(10)};
    u.rowTotals = {n(10)};
    u.total = n(10);

    auto combined =
        combineSummaries({package(1, u"A"_qs, u"2025"_qs, {t}, 2), package(2, u"B"_qs, u"2025"_qs, {u})}, Year);
    ASSERT_TRUE(combined.ok()) << combined.error().message.toStdString();
    const Table &c = combined->tables.first();
    EXPECT_EQ(codesOf(*c.columns), (QStringList{u"signal"_qs, u"report"_qs}));
    EXPECT_EQ(c.cells, (QList<Figure>{n(2), n(13)}));
    EXPECT_EQ(c.rowTotals, (QList<Figure>{n(15)}));
    EXPECT_EQ(c.columnTotals, (QList<Figure>{n(2), n(13)}));
    EXPECT_EQ(c.total, n(15));
}

TEST(RollupCombine, QuartersOfOneSourceFillTheirMonthsAndTheCoverageSaysWhichMonths)
{
    const auto q1 = package(1, u"Noord"_qs, u"2025-Q1"_qs, {byMonth(*parsePeriod(u"2025-Q1"_qs), {1, 2, 3})});
    const auto q3 = package(1, u"Noord"_qs, u"2025-Q3"_qs, {byMonth(*parsePeriod(u"2025-Q3"_qs), {4, 5, 6})}, 3);
    const auto year = package(2, u"Advies Zuid"_qs, u"2025"_qs, {byMonth(Year, QList<qint64>(12, 1))});
    auto combined = combineSummaries({q1, q3, year}, Year);
    ASSERT_TRUE(combined.ok()) << combined.error().message.toStdString();
    const Table &t = combined->tables.first();
    EXPECT_EQ(codesOf(t.rows), periodMonths(Year));
    EXPECT_EQ(t.cells, (QList<Figure>{n(2), n(3), n(4), n(1), n(1), n(1), n(5), n(6), n(7), n(1), n(1), n(1)}));
    EXPECT_EQ(t.total, n(33));
    ASSERT_EQ(combined->coverage.size(), 2);
    EXPECT_EQ(combined->coverage[0].source, u"Advies Zuid"_qs);
    EXPECT_EQ(combined->coverage[0].months, periodMonths(Year));
    EXPECT_EQ(combined->coverage[1].source, u"Noord"_qs);
    EXPECT_EQ(combined->coverage[1].months,
              (QStringList{u"2025-01"_qs, u"2025-02"_qs, u"2025-03"_qs, u"2025-07"_qs, u"2025-08"_qs, u"2025-09"_qs}));
}

TEST(RollupCombine, LabelsComeFromTheNewestPackage)
{
    const auto older = package(1, u"A"_qs, u"2025-Q1"_qs, {byUnit({{u"finance"_qs, u"Financien"_qs}}, {1})}, 1);
    const auto newer = package(2, u"B"_qs, u"2025-Q2"_qs, {byUnit({{u"finance"_qs, u"Finance"_qs}}, {1})}, 9);
    auto combined = combineSummaries({older, newer}, Year);
    ASSERT_TRUE(combined.ok());
    EXPECT_EQ(combined->tables.first().rows.categories.first().label.en, u"Finance"_qs);
}

TEST(RollupCombine, RefusesTwoPackagesOfOneSourceThatCountTheSameMonth)
{
    const auto year = package(1, u"Noord"_qs, u"2025"_qs, {byMonth(Year, QList<qint64>(12, 1))});
    const auto q2 = package(1, u"Noord"_qs, u"2025-Q2"_qs, {byMonth(*parsePeriod(u"2025-Q2"_qs), {1, 1, 1})}, 2);
    auto combined = combineSummaries({year, q2}, Year);
    ASSERT_FALSE(combined.ok());
    EXPECT_EQ(combined.code(), ErrorCode::InvalidInput);
    EXPECT_TRUE(combined.error().message.contains(u"Noord"_qs)) << combined.error().message.toStdString();
    // Two sources may of course count the same month.
    auto other = q2;
    other.sourceId = 2;
    EXPECT_TRUE(combineSummaries({year, other}, Year).ok());
}

TEST(RollupCombine, RefusesAPackageOutsideThePeriodAPublishedOneAndNothingAtAll)
{
    const auto late = package(1, u"Noord"_qs, u"2026-01"_qs, {});
    EXPECT_EQ(combineSummaries({late}, Year).code(), ErrorCode::InvalidInput);
    auto published = package(1, u"Noord"_qs, u"2025"_qs, {});
    published.exact.published = true;
    EXPECT_EQ(combineSummaries({published}, Year).code(), ErrorCode::InvalidInput);
    EXPECT_EQ(combineSummaries({}, Year).code(), ErrorCode::InvalidInput);
}

TEST(RollupCombine, RefusesAFigureWithoutAValueAndTablesOfADifferentShape)
{
    auto hidden = package(1, u"Noord"_qs, u"2025"_qs, {byUnit({{u"finance"_qs, u"Finance"_qs}}, {3})});
    hidden.exact.tables[0].cells[0] = Figure{std::nullopt, Suppression::Small};
    EXPECT_EQ(combineSummaries({hidden}, Year).code(), ErrorCode::InvalidInput);

    const auto oneWay = package(1, u"Noord"_qs, u"2025"_qs, {byUnit({{u"finance"_qs, u"Finance"_qs}}, {3})});
    auto otherShape = package(2, u"Zuid"_qs, u"2025"_qs, {byUnit({{u"finance"_qs, u"Finance"_qs}}, {3})});
    otherShape.exact.tables[0].total.reset();
    EXPECT_EQ(combineSummaries({oneWay, otherShape}, Year).code(), ErrorCode::InvalidInput);
}

} // namespace
