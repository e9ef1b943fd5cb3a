#include "groups/Schedule.h"
#include "support/CalendarReadBack.h"
#include "support/LocalZone.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QStringList>

#include <gtest/gtest.h>

using namespace baken;
using test::local;
using test::LocalZone;
using test::Occurrence;
using test::readBack;

namespace {

// A second Tuesday monthly group with session 3 moved (to another day and
// place) and session 5 cancelled.
CalendarSeries monthlySeries()
{
    CalendarSeries series;
    series.uid = u"group-7@4f1c2a.baken"_qs;
    series.title = u"Lotgenotengroep racisme op het werk"_qs;
    series.description = u"Een besloten groep voor medewerkers; aanmelden via de vertrouwenspersoon."_qs;
    series.location = u"Stadskantoor, zaal 3"_qs;
    series.schedule.firstStart = local(2026, 2, 10, 19, 0);
    series.schedule.recurrence = Recurrence::Monthly;
    series.schedule.count = 6;
    series.changes = {
        SessionChange{local(2026, 4, 14, 19, 0), false, local(2026, 4, 16, 18, 30), u"Buurthuis De Linde"_qs},
        SessionChange{local(2026, 6, 9, 19, 0), true, {}, {}}};
    return series;
}

// Fortnightly to a last day across the October change, the first session
// cancelled and the second in another room.
CalendarSeries fortnightlySeries()
{
    CalendarSeries series = monthlySeries();
    series.schedule.firstStart = local(2026, 9, 1, 19, 0);
    series.schedule.recurrence = Recurrence::Fortnightly;
    series.schedule.count = 0;
    series.schedule.until = QDate(2026, 11, 10);
    series.changes = {SessionChange{local(2026, 9, 1, 19, 0), true, {}, {}},
                      SessionChange{local(2026, 9, 15, 19, 0), false, {}, u"Zaal 5"_qs}};
    return series;
}

// Weekly, the first session moved a day earlier and one moved across the
// October change.
CalendarSeries weeklySeries()
{
    CalendarSeries series = monthlySeries();
    series.schedule.firstStart = local(2026, 10, 8, 16, 0);
    series.schedule.recurrence = Recurrence::Weekly;
    series.schedule.count = 10;
    series.changes = {SessionChange{local(2026, 10, 8, 16, 0), false, local(2026, 10, 7, 9, 15), {}},
                      SessionChange{local(2026, 10, 22, 16, 0), false, local(2026, 10, 26, 16, 0), {}}};
    return series;
}

QByteArray written(const CalendarSeries &series)
{
    auto ics = writeCalendar(series);
    EXPECT_TRUE(ics.ok()) << (ics.ok() ? "" : ics.error().message.toStdString());
    return ics.ok() ? *ics : QByteArray();
}

void expectSameSessions(const CalendarSeries &series)
{
    const auto sessions = Schedules::expand(series.schedule, series.changes, series.location);
    ASSERT_TRUE(sessions.ok());
    QList<Occurrence> expected;
    for (const Session &s : *sessions)
        if (!s.cancelled)
            expected << Occurrence{s.start, s.end, s.place};
    const QList<Occurrence> actual = readBack(written(series)).occurrences;
    ASSERT_EQ(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        SCOPED_TRACE(expected[i].start.toString(Qt::ISODate).toStdString());
        EXPECT_EQ(actual[i].start, expected[i].start) << actual[i].start.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(actual[i].end, expected[i].end) << actual[i].end.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(actual[i].place, expected[i].place);
    }
}

// Content lines with folding undone.
QStringList contentLines(const QByteArray &ics)
{
    QStringList lines;
    for (const QString &line : QString::fromUtf8(ics).split(u"\r\n"_qs, Qt::SkipEmptyParts)) {
        if ((line.startsWith(u' ') || line.startsWith(u'\t')) && !lines.isEmpty())
            lines.last() += line.mid(1);
        else
            lines << line;
    }
    return lines;
}

QString nameOf(const QString &line)
{
    return line.left(line.indexOf(QRegularExpression(u"[;:]"_qs)));
}

TEST(Calendar, AMonthlySeriesReadBackGivesTheSessionsOfTheSchedule)
{
    LocalZone zone("Europe/Amsterdam");
    expectSameSessions(monthlySeries());
    EXPECT_EQ(readBack(written(monthlySeries())).occurrences.size(), 5) << "the cancelled session is left out";
}

TEST(Calendar, EverySeriesReadsBackTheSameInZonesWithAndWithoutDaylightSaving)
{
    for (const char *name : {"Europe/Amsterdam", "America/Sao_Paulo", "America/New_York", "Asia/Kolkata",
                             "Australia/Sydney", "UTC", "Baken/Nowhere"}) {
        SCOPED_TRACE(name);
        LocalZone zone(name);
        expectSameSessions(monthlySeries());
        expectSameSessions(fortnightlySeries());
        expectSameSessions(weeklySeries());
    }
}

TEST(Calendar, TimesCarryTheLocalZoneByItsPlainName)
{
    LocalZone zone("Europe/Amsterdam");
    const QByteArray ics = written(monthlySeries());
    for (const char *expected :
         {"BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n", "DTSTART;TZID=Europe/Amsterdam:20260210T190000\r\n",
          "DTEND;TZID=Europe/Amsterdam:20260210T210000\r\n", "EXDATE;TZID=Europe/Amsterdam:20260609T190000\r\n",
          "RECURRENCE-ID;TZID=Europe/Amsterdam:20260414T190000\r\n",
          "DTSTART;TZID=Europe/Amsterdam:20260416T183000\r\n", "LOCATION:Buurthuis De Linde\r\n",
          "PRODID:-//Baken//Baken//NL\r\n", "VERSION:2.0\r\n", "METHOD:PUBLISH\r\n"})
        EXPECT_TRUE(ics.contains(expected)) << expected;
    EXPECT_FALSE(ics.contains("freeassociation"));
    EXPECT_FALSE(ics.contains("1835")) << "the zone's history before the series is trimmed";
}

TEST(Calendar, TheLastDayIsWrittenAsTheEndOfThatDayInUtc)
{
    CalendarSeries series = fortnightlySeries();
    series.schedule.until = QDate(2026, 3, 31);
    series.schedule.firstStart = local(2026, 2, 3, 19, 0);
    series.changes.clear();
    {
        LocalZone zone("Europe/Amsterdam"); // summer time since 29 March: 23:59:59 is 21:59:59Z
        EXPECT_TRUE(written(series).contains("UNTIL=20260331T215959Z"));
    }
    {
        LocalZone zone("Baken/Nowhere"); // unknown to libical: floating, so UNTIL is floating too
        const QByteArray ics = written(series);
        EXPECT_TRUE(ics.contains("UNTIL=20260331T235959;")) << ics.toStdString();
        EXPECT_TRUE(ics.contains("DTSTART:20260203T190000\r\n"));
        EXPECT_FALSE(ics.contains("TZID")) << "no VTIMEZONE and no TZID";
    }
    {
        LocalZone zone("UTC");
        const QByteArray ics = written(series);
        EXPECT_TRUE(ics.contains("DTSTART:20260203T190000Z\r\n"));
        EXPECT_TRUE(ics.contains("UNTIL=20260331T235959Z"));
        EXPECT_FALSE(ics.contains("TZID"));
    }
}

TEST(Calendar, TheFileHoldsOnlyTheScheduleAndNothingAboutPeople)
{
    LocalZone zone("Europe/Amsterdam");
    const CalendarSeries series = monthlySeries();
    const QByteArray ics = written(series);
    const QSet<QString> calendar = {u"PRODID"_qs, u"VERSION"_qs, u"METHOD"_qs};
    const QSet<QString> event = {u"UID"_qs,    u"DTSTAMP"_qs, u"DTSTART"_qs,       u"DTEND"_qs,    u"RRULE"_qs,
                                 u"EXDATE"_qs, u"SUMMARY"_qs, u"RECURRENCE-ID"_qs, u"LOCATION"_qs, u"DESCRIPTION"_qs};
    const QSet<QString> timezone = {u"TZID"_qs,       u"X-LIC-LOCATION"_qs, u"TZNAME"_qs, u"TZOFFSETFROM"_qs,
                                    u"TZOFFSETTO"_qs, u"DTSTART"_qs,        u"RRULE"_qs,  u"RDATE"_qs};
    const QSet<QString> components = {u"VCALENDAR"_qs, u"VTIMEZONE"_qs, u"STANDARD"_qs, u"DAYLIGHT"_qs, u"VEVENT"_qs};
    QStringList stack;
    int events = 0;
    int exdates = 0;
    for (const QString &line : contentLines(ics)) {
        const QString name = nameOf(line);
        SCOPED_TRACE(line.toStdString());
        if (name == u"BEGIN"_qs) {
            stack << line.mid(6);
            EXPECT_TRUE(components.contains(stack.last()));
            events += stack.last() == u"VEVENT"_qs;
        } else if (name == u"END"_qs) {
            ASSERT_FALSE(stack.isEmpty());
            EXPECT_EQ(line.mid(4), stack.takeLast());
        } else if (stack.contains(u"VTIMEZONE"_qs)) {
            EXPECT_TRUE(timezone.contains(name));
        } else if (stack.endsWith(u"VEVENT"_qs)) {
            EXPECT_TRUE(event.contains(name));
            exdates += name == u"EXDATE"_qs;
        } else {
            EXPECT_TRUE(calendar.contains(name));
        }
    }
    EXPECT_TRUE(stack.isEmpty());
    EXPECT_EQ(events, 2) << "the series and the one moved session";
    EXPECT_EQ(exdates, 1) << "the one cancelled session";
    EXPECT_TRUE(ics.contains(QByteArray("SUMMARY:" + series.title.toUtf8() + "\r\n")));
}

TEST(Calendar, TheUidIsStableAndTiesTheMovedSessionToTheSeries)
{
    LocalZone zone("Europe/Amsterdam");
    const QByteArray first = written(monthlySeries());
    const QByteArray second = written(monthlySeries());
    auto withoutStamp = [](const QByteArray &ics) {
        QStringList lines = contentLines(ics);
        lines.removeIf([](const QString &line) { return line.startsWith(u"DTSTAMP:"_qs); });
        return lines;
    };
    EXPECT_EQ(withoutStamp(first), withoutStamp(second)) << "the same series gives the same file";
    const QStringList uids = contentLines(first).filter(QRegularExpression(u"^UID[:;]"_qs));
    EXPECT_EQ(uids, QStringList(2, u"UID:group-7@4f1c2a.baken"_qs));
}

TEST(Calendar, LinesEndWithCrlfAndTextSurvivesInUtf8)
{
    LocalZone zone("Europe/Amsterdam");
    CalendarSeries series = monthlySeries();
    series.title = u"Geëmancipeerd, één; café"_qs;
    series.description = u"Voor wie op het werk discriminatie meemaakte: praten met lotgenoten, "
                         u"in vertrouwen.\nWe beginnen met koffie; daarna één uur gesprek, één kwartier pauze, "
                         u"en afsluiting – iedereen is welkom."_qs;
    const QByteArray ics = written(series);
    ASSERT_TRUE(ics.endsWith("\r\n"));
    for (qsizetype i = 0; i < ics.size(); ++i) {
        if (ics[i] == '\n') {
            ASSERT_TRUE(i > 0 && ics[i - 1] == '\r') << "bare LF at byte " << i;
        }
    }
    for (const QByteArray &line : ics.split('\n'))
        EXPECT_LE(line.size(), 76) << "folded at 75 octets plus CR: " << line.toStdString();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(ics);
    EXPECT_FALSE(decoder.hasError()) << "folding never splits a UTF-8 character";

    const test::CalendarReadBack calendar = readBack(ics);
    EXPECT_EQ(calendar.summary, series.title);
    EXPECT_EQ(calendar.description, series.description);
}

TEST(Calendar, RefusesASeriesWithoutAnIdentifierOrAValidSchedule)
{
    CalendarSeries series = monthlySeries();
    series.uid.clear();
    auto noUid = writeCalendar(series);
    ASSERT_FALSE(noUid.ok());
    EXPECT_EQ(noUid.code(), ErrorCode::InvalidInput);
    EXPECT_FALSE(noUid.error().message.isEmpty());

    series = monthlySeries();
    series.schedule.durationMinutes = 0;
    auto invalid = writeCalendar(series);
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.code(), ErrorCode::InvalidInput);
}

} // namespace
