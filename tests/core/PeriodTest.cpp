#include "summary/Period.h"

#include <gtest/gtest.h>

#include <ostream>

namespace baken {
// Readable failures; internal linkage, so other tests may print it their way.
[[maybe_unused]] static void PrintTo(const Bilingual &text, std::ostream *out)
{
    *out << '"' << text.nl.toStdString() << "\" / \"" << text.en.toStdString() << '"';
}
} // namespace baken

using namespace baken;
using namespace baken::summary;

namespace {

Period parsed(const char *text)
{
    auto period = parsePeriod(QString::fromUtf8(text));
    EXPECT_TRUE(period.ok()) << text << ": " << (period.ok() ? "" : period.error().message.toStdString());
    return period.ok() ? *period : Period{};
}

void expectRefused(const char *text)
{
    auto period = parsePeriod(QString::fromUtf8(text));
    ASSERT_FALSE(period.ok()) << text << " was accepted";
    EXPECT_EQ(period.code(), ErrorCode::InvalidInput) << text;
    EXPECT_FALSE(period.error().message.isEmpty()) << text;
}

} // namespace

TEST(Period, AYearIsItsTwelveMonths)
{
    const Period p = parsed("2026");
    EXPECT_EQ(p, (Period{2026, 1, 2026, 12}));
    EXPECT_EQ(firstDay(p), QDate(2026, 1, 1));
    EXPECT_EQ(lastDay(p), QDate(2026, 12, 31));
    EXPECT_EQ(periodMonths(p).size(), 12);
}

TEST(Period, QuartersAreThreeMonthsEach)
{
    EXPECT_EQ(parsed("2026-Q1"), (Period{2026, 1, 2026, 3}));
    EXPECT_EQ(parsed("2026-Q2"), (Period{2026, 4, 2026, 6}));
    EXPECT_EQ(parsed("2026-q3"), (Period{2026, 7, 2026, 9}));
    EXPECT_EQ(parsed("2026-Q4"), (Period{2026, 10, 2026, 12}));
    EXPECT_EQ(lastDay(parsed("2026-Q1")), QDate(2026, 3, 31));
}

TEST(Period, AMonthEndsOnItsLastDayAlsoInALeapYear)
{
    EXPECT_EQ(parsed("2026-03"), (Period{2026, 3, 2026, 3}));
    EXPECT_EQ(lastDay(parsed("2028-02")), QDate(2028, 2, 29));
    EXPECT_EQ(lastDay(parsed("2026-02")), QDate(2026, 2, 28));
    EXPECT_EQ(periodMonths(parsed("2026-03")), QStringList{u"2026-03"_qs});
}

TEST(Period, ARangeOfMonthsMayCrossAYear)
{
    EXPECT_EQ(parsed("2026-01..2026-06"), (Period{2026, 1, 2026, 6}));
    const Period winter = parsed("2025-11..2026-02");
    EXPECT_EQ(winter, (Period{2025, 11, 2026, 2}));
    EXPECT_EQ(firstDay(winter), QDate(2025, 11, 1));
    EXPECT_EQ(lastDay(winter), QDate(2026, 2, 28));
    EXPECT_EQ(periodMonths(winter), (QStringList{u"2025-11"_qs, u"2025-12"_qs, u"2026-01"_qs, u"2026-02"_qs}));
}

TEST(Period, TenYearsIsTheLongestPeriod)
{
    EXPECT_EQ(periodMonths(parsed("2017-01..2026-12")).size(), 120);
    expectRefused("2016-12..2026-12");
}

TEST(Period, RefusesWhatIsNotAPeriodInWords)
{
    for (const char *text : {"", "   ", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "Q5", "2026-06..2026-01",
                             "2026-01..", "march 2026", "26", "2026-1-1", "0999"})
        expectRefused(text);
}

TEST(Period, TheKeyReadsBackAsTheSamePeriod)
{
    for (const char *text : {"2026", "2026-Q2", "2026-03", "2026-01..2026-06", "2025-11..2026-02", "2024..2026"}) {
        const Period p = parsed(text);
        EXPECT_EQ(parsed(periodKey(p).toUtf8().constData()), p) << text;
    }
    EXPECT_EQ(periodKey(parsed("2026-04..2026-06")), u"2026-Q2"_qs); // the canonical form
    EXPECT_EQ(periodKey(parsed("2026-01..2026-12")), u"2026"_qs);
    EXPECT_EQ(periodKey(parsed("2026-3")), u"2026-03"_qs);
    EXPECT_EQ(periodKey(parsed("2025-11..2026-02")), u"2025-11..2026-02"_qs);
}

TEST(Period, LabelsReadNaturallyInDutchAndEnglish)
{
    EXPECT_EQ(periodLabel(parsed("2026")), (Text{u"2026"_qs, u"2026"_qs}));
    EXPECT_EQ(periodLabel(parsed("2026-Q1")), (Text{u"1e kwartaal 2026"_qs, u"1st quarter 2026"_qs}));
    EXPECT_EQ(periodLabel(parsed("2026-Q2")), (Text{u"2e kwartaal 2026"_qs, u"2nd quarter 2026"_qs}));
    EXPECT_EQ(periodLabel(parsed("2026-Q3")), (Text{u"3e kwartaal 2026"_qs, u"3rd quarter 2026"_qs}));
    EXPECT_EQ(periodLabel(parsed("2026-Q4")), (Text{u"4e kwartaal 2026"_qs, u"4th quarter 2026"_qs}));
    EXPECT_EQ(periodLabel(parsed("2026-03")), (Text{u"maart 2026"_qs, u"March 2026"_qs}));
    EXPECT_EQ(periodLabel(parsed("2026-01..2026-06")), (Text{u"januari-juni 2026"_qs, u"January-June 2026"_qs}));
    EXPECT_EQ(periodLabel(parsed("2025-11..2026-02")),
              (Text{u"november 2025-februari 2026"_qs, u"November 2025-February 2026"_qs}));
    EXPECT_EQ(periodLabel(parsed("2024..2026")), (Text{u"2024-2026"_qs, u"2024-2026"_qs}));
}
