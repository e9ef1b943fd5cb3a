// A roll-up package's figures month by month: any run of months cut out of
// them holds exactly what a summary of that run made in the vault holds,
// including the figures that do not add up over months (status at the end,
// referrals up to the end, groups and participants, rounded hours).
#include "SummaryBuilderSupport.h"
#include "rollup/Combine.h"
#include "rollup/MonthCube.h"
#include "summary/Period.h"
#include "summary/SummaryBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace baken;
using namespace baken::rollup;
using namespace baken::summary;

namespace {

// Every figure of a summary by table id and row/column code (totals too),
// so that two summaries whose categories come in another order compare.
QMap<QString, qint64> figures(const Summary &s)
{
    QMap<QString, qint64> out;
    for (const Table &t : s.tables) {
        const QString column = t.twoWay() ? QString() : u"-"_qs;
        for (int r = 0; r < t.rows.categories.size(); ++r) {
            const QString row = t.id + u' ' + t.rows.categories[r].code;
            for (int c = 0; c < t.columnCount(); ++c)
                out[row + u' ' + (t.twoWay() ? t.columns->categories[c].code : column)] = *t.cell(r, c).value;
            if (t.twoWay())
                out[row + u" (total)"_qs] = *t.rowTotals[r].value;
        }
        for (int c = 0; t.twoWay() && c < t.columnCount(); ++c)
            out[t.id + u" (total) "_qs + t.columns->categories[c].code] = *t.columnTotals[c].value;
        if (t.total)
            out[t.id + u" (total)"_qs] = *t.total->value;
    }
    return out;
}

// Figures that are not zero: a category a cut lists with 0 and a summary
// leaves out (a retired item unused in that run) is the same picture.
QMap<QString, qint64> nonZero(const Summary &s)
{
    QMap<QString, qint64> out = figures(s);
    out.removeIf([](const auto &it) { return it.value() == 0; });
    return out;
}

QStringList tableIds(const Summary &s)
{
    QStringList ids;
    for (const Table &t : s.tables)
        ids << t.id;
    return ids;
}

class MonthCubeTest : public test::SummaryVaultFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(SummaryVaultFixture::SetUp());
        ASSERT_NO_FATAL_FAILURE(addEverything());
        // Forty minutes in May and in June round to an hour each, but to one
        // hour less together with April's hundred minutes: hours of a run are
        // not the sum of its months' hours.
        ASSERT_NO_FATAL_FAILURE(addHours(c1, day(5, 20), 40, "intake"));
        ASSERT_NO_FATAL_FAILURE(addHours(c1, day(6, 20), 40, "intake"));
    }

    MonthCube cube(const QString &period = u"2025"_qs)
    {
        auto built = buildMonthCube(vault->db(), *parsePeriod(period));
        EXPECT_TRUE(built.ok()) << built.error().message.toStdString();
        return built.ok() ? *built : MonthCube{};
    }

    Summary direct(const QString &period)
    {
        auto built = buildSummary(vault->db(), *parsePeriod(period));
        EXPECT_TRUE(built.ok()) << built.error().message.toStdString();
        return built.ok() ? *built : Summary{};
    }
};

TEST_F(MonthCubeTest, AnyRunCutFromTheYearHoldsWhatASummaryOfThatRunHolds)
{
    const MonthCube year = cube();
    ASSERT_EQ(year.months.size(), 12);
    ASSERT_EQ(year.runs.size(), 66);
    for (const QString &part : {u"2025"_qs, u"2025-Q2"_qs, u"2025-04"_qs, u"2025-06"_qs, u"2025-05..2025-07"_qs,
                                u"2025-03..2025-06"_qs, u"2025-06..2025-12"_qs}) {
        SCOPED_TRACE(part.toStdString());
        auto cut = cutMonthCube(year, *parsePeriod(part));
        ASSERT_TRUE(cut.ok()) << cut.error().message.toStdString();
        const Summary expected = direct(part);
        EXPECT_EQ(cut->period, expected.period);
        EXPECT_EQ(tableIds(*cut), tableIds(expected));
        EXPECT_EQ(nonZero(*cut), nonZero(expected));
    }
}

TEST_F(MonthCubeTest, TheFiguresThatDoNotAddUpOverMonthsComeFromTheRunNotTheSum)
{
    // The fixture's second quarter has cases whose status changes and
    // referrals fall in later months, hours rounded per figure, and groups
    // with sessions in several months: for each of these tables the sum of
    // the months is wrong, and the cut is right.
    const MonthCube year = cube();
    const Period quarter = *parsePeriod(u"2025-Q2"_qs);
    QList<SourcedSummary> months;
    for (int m = 4; m <= 6; ++m)
        months << SourcedSummary{0, QString(), QDateTime(), year.months.at(m - 1)};
    auto summed = combineSummaries(months, quarter);
    ASSERT_TRUE(summed.ok());
    auto cut = cutMonthCube(year, quarter);
    ASSERT_TRUE(cut.ok());
    const Summary expected = direct(u"2025-Q2"_qs);
    const auto only = [](const Summary &s, const QString &id) {
        Summary one;
        one.tables << *s.table(id);
        return figures(one);
    };
    for (const QString &id : wholePeriodTableIds()) {
        SCOPED_TRACE(id.toStdString());
        EXPECT_NE(only(*summed, id), only(expected, id)) << "the fixture must make a sum of months wrong here";
        EXPECT_EQ(only(*cut, id), only(expected, id));
    }
}

TEST_F(MonthCubeTest, MonthsNotYetBegunAreLeftOutAndAFuturePeriodIsRefused)
{
    const int year = QDate::currentDate().year();
    auto thisYear = buildMonthCube(vault->db(), Period{year, 1, year, 12});
    ASSERT_TRUE(thisYear.ok()) << thisYear.error().message.toStdString();
    EXPECT_EQ(thisYear->months.size(), QDate::currentDate().month());
    EXPECT_EQ(periodMonths(thisYear->period).last(), QDate::currentDate().toString(u"yyyy-MM"));

    auto future = buildMonthCube(vault->db(), Period{year + 1, 1, year + 1, 12});
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(future.code(), ErrorCode::InvalidInput);
    auto tooLong = buildMonthCube(vault->db(), *parsePeriod(u"2024-01..2025-06"_qs));
    ASSERT_FALSE(tooLong.ok());
    EXPECT_TRUE(tooLong.error().message.contains(u"12"_qs)) << tooLong.error().message.toStdString();
}

TEST_F(MonthCubeTest, ACutOutsideTheCubeIsRefused)
{
    const MonthCube quarter = cube(u"2025-Q2"_qs);
    for (const QString &part : {u"2025-Q3"_qs, u"2025-03..2025-05"_qs, u"2025"_qs}) {
        auto cut = cutMonthCube(quarter, *parsePeriod(part));
        ASSERT_FALSE(cut.ok()) << part.toStdString();
        EXPECT_EQ(cut.code(), ErrorCode::InvalidInput);
    }
}

TEST_F(MonthCubeTest, RoundTripsThroughJsonAndRefusesAMissingOrMovedPart)
{
    const MonthCube quarter = cube(u"2025-Q2"_qs);
    auto json = monthCubeToJson(quarter);
    ASSERT_TRUE(json.ok()) << json.error().message.toStdString();
    auto back = monthCubeFromJson(*json);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(*back, quarter);

    const auto broken = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject object = *json;
        change(object);
        return !monthCubeFromJson(object).ok();
    };
    EXPECT_TRUE(broken([](QJsonObject &o) {
        QJsonArray months = o[u"months"].toArray();
        months.removeLast();
        o[u"months"_qs] = months;
    })) << "a month missing";
    EXPECT_TRUE(broken([](QJsonObject &o) {
        QJsonArray months = o[u"months"].toArray();
        const QJsonValue first = months[0];
        months[0] = months[1];
        months[1] = first;
        o[u"months"_qs] = months;
    })) << "months out of order";
    EXPECT_TRUE(broken([](QJsonObject &o) {
        QJsonArray runs = o[u"runs"].toArray();
        runs.removeFirst();
        o[u"runs"_qs] = runs;
    })) << "a run missing";
    EXPECT_TRUE(broken([](QJsonObject &o) {
        QJsonArray runs = o[u"runs"].toArray();
        QJsonObject run = runs[0].toObject();
        QJsonArray tables = run[u"tables"].toArray();
        tables.removeFirst();
        run[u"tables"_qs] = tables;
        runs[0] = run;
        o[u"runs"_qs] = runs;
    })) << "a whole-period table missing from a run";
    EXPECT_TRUE(broken([](QJsonObject &o) { o[u"version"_qs] = 2; })) << "another version";
    // Outside input must not stall the coordinator: a table with far more
    // categories than any vault has, or a code twice, is refused.
    const auto inflated = [](int extra, bool repeat) {
        return [extra, repeat](QJsonObject &o) {
            QJsonArray months = o[u"months"].toArray();
            QJsonObject month = months[0].toObject();
            QJsonArray tables = month[u"tables"].toArray();
            QJsonObject table = tables[1].toObject(); // cases.type, one-way
            QJsonObject rows = table[u"rows"].toObject();
            QJsonArray categories = rows[u"categories"].toArray();
            QJsonArray cells = table[u"cells"].toArray();
            for (int i = 0; i < extra; ++i) {
                QJsonObject c = categories[0].toObject();
                if (!repeat)
                    c[u"code"_qs] = u"x%1"_qs.arg(i);
                categories << c;
                cells << QJsonArray{0}; // one row of one column
            }
            rows[u"categories"_qs] = categories;
            table[u"rows"_qs] = rows;
            table[u"cells"_qs] = cells;
            tables[1] = table;
            month[u"tables"_qs] = tables;
            months[0] = month;
            o[u"months"_qs] = months;
        };
    };
    EXPECT_FALSE(broken(inflated(10, false))) << "a few more categories are fine";
    EXPECT_TRUE(broken(inflated(1000, false))) << "a thousand more are not";
    EXPECT_TRUE(broken(inflated(1, true))) << "a category code twice";
    EXPECT_TRUE(broken([](QJsonObject &o) { o[u"extra"_qs] = 1; })) << "an unknown key";
}

// Combining deliveries: which package each month comes from.
class DeliveriesTest : public MonthCubeTest {
protected:
    static Delivery delivery(qint64 source, const MonthCube &cube, int minutesLater)
    {
        return Delivery{source, u"Bron %1"_qs.arg(source),
                        QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC).addSecs(60 * minutesLater), cube};
    }

    // Registers one more case in May 2025.
    void addMayCase()
    {
        CaseIntake in = plain(day(5, 14), CaseType::Question, {"age"}, north);
        auto draft = service->createDraft(in);
        ASSERT_TRUE(draft.ok());
        ASSERT_TRUE(service->registerCase(*draft, in, std::nullopt).ok());
    }
};

TEST_F(DeliveriesTest, TwoSourcesWithOneYearEachAddUpExactlyForAnyRun)
{
    const MonthCube year = cube();
    for (const QString &part : {u"2025"_qs, u"2025-Q2"_qs}) {
        SCOPED_TRACE(part.toStdString());
        auto combined = combineDeliveries({delivery(1, year, 0), delivery(2, year, 5)}, *parsePeriod(part));
        ASSERT_TRUE(combined.ok()) << combined.error().message.toStdString();
        QMap<QString, qint64> twice = nonZero(direct(part));
        for (qint64 &v : twice)
            v *= 2;
        EXPECT_EQ(nonZero(*combined), twice);
        EXPECT_EQ(combined->coverage.size(), 2);
        EXPECT_EQ(combined->coverage.first().months, periodMonths(*parsePeriod(part)));
    }
}

TEST_F(DeliveriesTest, EachMonthComesFromTheNewestPackageThatHoldsIt)
{
    const MonthCube year = cube();
    const qint64 casesBefore = *direct(u"2025"_qs).table(u"cases.type"_qs)->total->value;
    ASSERT_NO_FATAL_FAILURE(addMayCase());
    const MonthCube quarter = cube(u"2025-Q2"_qs);

    // The quarter came later: May's new case counts.
    auto newer = combineDeliveries({delivery(1, year, 0), delivery(1, quarter, 10)}, *parsePeriod(u"2025"_qs));
    ASSERT_TRUE(newer.ok()) << newer.error().message.toStdString();
    EXPECT_EQ(*newer->table(u"cases.type"_qs)->total->value, casesBefore + 1);
    ASSERT_EQ(newer->coverage.size(), 1);
    EXPECT_EQ(newer->coverage.first().months, periodMonths(*parsePeriod(u"2025"_qs)));

    // The year came later: it holds the second quarter too, and wins.
    auto older = combineDeliveries({delivery(1, year, 20), delivery(1, quarter, 10)}, *parsePeriod(u"2025"_qs));
    ASSERT_TRUE(older.ok());
    EXPECT_EQ(*older->table(u"cases.type"_qs)->total->value, casesBefore);
    // One run from one package: every table is there.
    EXPECT_EQ(tableIds(*older), tableIds(direct(u"2025"_qs)));
}

TEST_F(DeliveriesTest, ASourceInSeveralRunsLeavesOutOnlyTheTablesThatCannotBeSummed)
{
    QList<Delivery> quarters;
    for (int q = 1; q <= 4; ++q)
        quarters << delivery(1, cube(u"2025-Q%1"_qs.arg(q)), q);
    auto combined = combineDeliveries(quarters, *parsePeriod(u"2025"_qs));
    ASSERT_TRUE(combined.ok()) << combined.error().message.toStdString();

    const Summary year = direct(u"2025"_qs);
    QStringList expectedIds = tableIds(year);
    for (const QString &id : unsummableTableIds())
        expectedIds.removeAll(id);
    EXPECT_EQ(tableIds(*combined), expectedIds);
    // What is left adds up exactly (hours aside: each quarter rounds its own).
    Summary summable = year;
    summable.tables.removeIf([&](const Table &t) { return !expectedIds.contains(t.id) || t.id == u"hours.activity"; });
    Summary got = *combined;
    got.tables.removeIf([](const Table &t) { return t.id == u"hours.activity"; });
    EXPECT_EQ(nonZero(got), nonZero(summable));

    // Another source with one yearly package cannot bring them back: a sum
    // of part of the sources would be wrong.
    quarters << delivery(2, cube(), 0);
    auto mixed = combineDeliveries(quarters, *parsePeriod(u"2025"_qs));
    ASSERT_TRUE(mixed.ok());
    EXPECT_EQ(tableIds(*mixed), expectedIds);
}

} // namespace
