// Dates as Dutch spreadsheets write them; nothing guessed.
#include "csvimport/CsvDates.h"

#include <gtest/gtest.h>

using namespace baken;
using namespace baken::csv;

TEST(CsvDates, ReadsEveryDutchForm)
{
    for (const char *text : {"3-2-2019",         "03-02-2019",
                             "3/2/2019",         "03/02/2019",
                             "3.2.2019",         "2019-02-03",
                             "2019-2-3",         "3 februari 2019",
                             "3 Februari 2019",  "3 feb 2019",
                             "3 feb. 2019",      "3-feb-2019",
                             "3-feb-19",         "3 February 2019",
                             "February 3, 2019", "Feb 3 2019",
                             "3-2-19",           "zondag 3 februari 2019",
                             "3-2-2019 10:15",   "2019-02-03 00:00:00",
                             " 3-2-2019 "}) {
        auto date = Dates::parse(QString::fromUtf8(text));
        ASSERT_TRUE(date.ok()) << text << ": " << date.error().message.toStdString();
        EXPECT_EQ(*date, QDate(2019, 2, 3)) << text;
    }
    EXPECT_EQ(*Dates::parse(u"1 mrt 2020"_qs), QDate(2020, 3, 1));
    EXPECT_EQ(*Dates::parse(u"17 mei 2021"_qs), QDate(2021, 5, 17));
    EXPECT_EQ(*Dates::parse(u"9 okt 2018"_qs), QDate(2018, 10, 9));
}

TEST(CsvDates, TwoDigitYearsFollowTheFixedCenturyRule)
{
    EXPECT_EQ(*Dates::parse(u"3-2-00"_qs), QDate(2000, 2, 3));
    EXPECT_EQ(*Dates::parse(u"3-2-79"_qs), QDate(2079, 2, 3));
    EXPECT_EQ(*Dates::parse(u"3-2-80"_qs), QDate(1980, 2, 3));
    EXPECT_EQ(*Dates::parse(u"3-2-99"_qs), QDate(1999, 2, 3));
}

TEST(CsvDates, RefusesDaysThatDoNotExist)
{
    for (const char *text : {"30-2-2019", "29-2-2019", "31-4-2019", "32-1-2019", "2019-13-01", "0-1-2019"}) {
        auto date = Dates::parse(QString::fromUtf8(text));
        ASSERT_FALSE(date.ok()) << text;
        EXPECT_TRUE(date.error().message.contains(u"not a day in the calendar")) << text;
    }
    EXPECT_TRUE(Dates::parse(u"29-2-2020"_qs).ok()); // a leap year
}

TEST(CsvDates, RefusesDatesThatOnlyReadMonthFirst)
{
    auto date = Dates::parse(u"2/13/2019"_qs);
    ASSERT_FALSE(date.ok());
    EXPECT_TRUE(date.error().message.contains(u"month first"));
    EXPECT_TRUE(date.error().message.contains(u"13-2-2019"));
}

TEST(CsvDates, RefusesSpreadsheetDayNumbers)
{
    auto date = Dates::parse(u"43499"_qs);
    ASSERT_FALSE(date.ok());
    EXPECT_TRUE(date.error().message.contains(u"day number"));
}

TEST(CsvDates, RefusesWhatIsNoDate)
{
    for (const char *text :
         {"", "gisteren", "2019", "3 foo 2019", "3-2", "3--2-2019", "3-2/2019", "1e kwartaal 2019"}) {
        auto date = Dates::parse(QString::fromUtf8(text));
        ASSERT_FALSE(date.ok()) << text;
        EXPECT_TRUE(date.error().message.contains(u"not a date Baken can read")) << text;
    }
}
