#include "groups/Schedule.h"
#include "groups/GroupTypes.h"
#include "support/LocalZone.h"

#include <QSet>

#include <gtest/gtest.h>

#include <utility>
#include <vector>

using namespace baken;
using test::local;
using test::LocalZone;

namespace {

SeriesSchedule schedule(Recurrence recurrence, const QDateTime &first, int count, QDate until = {})
{
    SeriesSchedule s;
    s.firstStart = first;
    s.durationMinutes = 120;
    s.recurrence = recurrence;
    s.count = count;
    s.until = until;
    return s;
}

QList<Session> expanded(const SeriesSchedule &s, const QList<SessionChange> &changes = {})
{
    auto sessions = Schedules::expand(s, changes, u"Stadskantoor, zaal 3"_qs);
    EXPECT_TRUE(sessions.ok()) << (sessions.ok() ? "" : sessions.error().message.toStdString());
    return sessions.ok() ? *sessions : QList<Session>{};
}

int weekOfMonth(const QDate &date)
{
    return (date.day() - 1) / 7 + 1;
}

class ScheduleTest : public ::testing::Test {
protected:
    LocalZone zone{"Europe/Amsterdam"};
};

TEST_F(ScheduleTest, MonthlyMeetsOnTheSecondTuesdayAtTheSameLocalTimeAcrossTheSpringChange)
{
    // 10 February 2026 is the second Tuesday; summer time starts 29 March.
    const auto sessions = expanded(schedule(Recurrence::Monthly, local(2026, 2, 10, 19, 0), 6));
    const QList<QDate> expected = {{2026, 2, 10}, {2026, 3, 10}, {2026, 4, 14},
                                   {2026, 5, 12}, {2026, 6, 9},  {2026, 7, 14}};
    ASSERT_EQ(sessions.size(), expected.size());
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const Session &s = sessions[i];
        SCOPED_TRACE(s.start.toString(Qt::ISODate).toStdString());
        EXPECT_EQ(s.number, i + 1);
        EXPECT_EQ(s.start.date(), expected[i]);
        EXPECT_EQ(s.start.date().dayOfWeek(), Qt::Tuesday);
        EXPECT_EQ(weekOfMonth(s.start.date()), 2);
        EXPECT_EQ(s.start.time(), QTime(19, 0));
        EXPECT_EQ(s.end.time(), QTime(21, 0));
        EXPECT_EQ(s.originalStart, s.start);
        EXPECT_FALSE(s.cancelled || s.moved);
    }
    EXPECT_EQ(sessions.first().start.offsetFromUtc(), 3600);
    EXPECT_EQ(sessions.last().start.offsetFromUtc(), 7200);
}

TEST_F(ScheduleTest, MonthlyKeepsTheLocalTimeAcrossTheAutumnChange)
{
    // 8 September 2026 is the second Tuesday; winter time starts 25 October.
    const auto sessions = expanded(schedule(Recurrence::Monthly, local(2026, 9, 8, 19, 30), 6));
    ASSERT_EQ(sessions.size(), 6);
    for (const Session &s : sessions) {
        EXPECT_EQ(s.start.date().dayOfWeek(), Qt::Tuesday);
        EXPECT_EQ(weekOfMonth(s.start.date()), 2);
        EXPECT_EQ(s.start.time(), QTime(19, 30));
    }
    EXPECT_EQ(sessions[1].start.date(), QDate(2026, 10, 13));
    EXPECT_EQ(sessions[1].start.offsetFromUtc(), 7200);
    EXPECT_EQ(sessions[2].start.date(), QDate(2026, 11, 10));
    EXPECT_EQ(sessions[2].start.offsetFromUtc(), 3600);
}

TEST_F(ScheduleTest, MonthlyFromTheLastWeekMeetsOnTheLastWeekdayAndSkipsNoMonth)
{
    // Saturday 31 January: "the last Saturday", not "the 31st" (which would
    // skip February, April, June...).
    const SeriesSchedule s = schedule(Recurrence::Monthly, local(2026, 1, 31, 10, 0), 5);
    EXPECT_EQ(Schedules::rrule(s), u"FREQ=MONTHLY;BYDAY=-1SA;COUNT=5"_qs);
    const auto sessions = expanded(s);
    const QList<QDate> expected = {{2026, 1, 31}, {2026, 2, 28}, {2026, 3, 28}, {2026, 4, 25}, {2026, 5, 30}};
    ASSERT_EQ(sessions.size(), expected.size());
    for (qsizetype i = 0; i < sessions.size(); ++i)
        EXPECT_EQ(sessions[i].start.date(), expected[i]);
}

TEST_F(ScheduleTest, FortnightlyUntilADateStopsOnOrBeforeThatDay)
{
    const auto before = expanded(schedule(Recurrence::Fortnightly, local(2026, 2, 3, 19, 0), 0, QDate(2026, 3, 30)));
    const QList<QDate> expected = {{2026, 2, 3}, {2026, 2, 17}, {2026, 3, 3}, {2026, 3, 17}};
    ASSERT_EQ(before.size(), expected.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        EXPECT_EQ(before[i].start.date(), expected[i]);
        EXPECT_EQ(before[i].start.time(), QTime(19, 0));
    }

    // The last day is inclusive: a session on it still happens.
    const auto onIt = expanded(schedule(Recurrence::Fortnightly, local(2026, 2, 3, 19, 0), 0, QDate(2026, 3, 31)));
    ASSERT_EQ(onIt.size(), 5);
    EXPECT_EQ(onIt.last().start, local(2026, 3, 31, 19, 0));
}

TEST_F(ScheduleTest, WeeklyWithACountGivesThatManySessionsAWeekApart)
{
    const auto sessions = expanded(schedule(Recurrence::Weekly, local(2026, 3, 12, 16, 0), 10));
    ASSERT_EQ(sessions.size(), 10);
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        EXPECT_EQ(sessions[i].number, i + 1);
        EXPECT_EQ(sessions[i].start, local(2026, 3, 12, 16, 0).addDays(7 * i));
        EXPECT_EQ(sessions[i].place, u"Stadskantoor, zaal 3"_qs);
    }
}

TEST_F(ScheduleTest, AMovedSessionKeepsItsIdentityAndHasTheNewTimeAndPlace)
{
    const SeriesSchedule s = schedule(Recurrence::Weekly, local(2026, 3, 12, 16, 0), 5);
    const QDateTime third = local(2026, 3, 26, 16, 0);
    SessionChange change;
    change.originalStart = third;
    change.newStart = local(2026, 3, 27, 18, 30);
    change.newPlace = u"Buurthuis De Linde"_qs;
    ASSERT_TRUE(Schedules::validate(s, change).ok());

    const auto sessions = expanded(s, {change});
    ASSERT_EQ(sessions.size(), 5);
    const Session &moved = sessions[2];
    EXPECT_EQ(moved.number, 3);
    EXPECT_EQ(moved.originalStart, third);
    EXPECT_EQ(moved.start, local(2026, 3, 27, 18, 30));
    EXPECT_EQ(moved.end, local(2026, 3, 27, 20, 30));
    EXPECT_EQ(moved.place, u"Buurthuis De Linde"_qs);
    EXPECT_TRUE(moved.moved);
    EXPECT_FALSE(moved.cancelled);
    for (qsizetype i : {0, 1, 3, 4}) {
        EXPECT_FALSE(sessions[i].moved);
        EXPECT_EQ(sessions[i].start, sessions[i].originalStart);
        EXPECT_EQ(sessions[i].place, u"Stadskantoor, zaal 3"_qs);
    }
}

TEST_F(ScheduleTest, ASessionMovedToAnotherRoomOnlyKeepsItsTime)
{
    const SeriesSchedule s = schedule(Recurrence::Weekly, local(2026, 3, 12, 16, 0), 3);
    SessionChange change{local(2026, 3, 19, 16, 0), false, {}, u"Zaal 5"_qs};
    const auto sessions = expanded(s, {change});
    ASSERT_EQ(sessions.size(), 3);
    EXPECT_TRUE(sessions[1].moved);
    EXPECT_EQ(sessions[1].start, local(2026, 3, 19, 16, 0));
    EXPECT_EQ(sessions[1].place, u"Zaal 5"_qs);
}

TEST_F(ScheduleTest, ACancelledSessionIsKeptAndMarked)
{
    const SeriesSchedule s = schedule(Recurrence::Fortnightly, local(2026, 3, 12, 16, 0), 4);
    SessionChange change;
    change.originalStart = local(2026, 4, 9, 16, 0);
    change.cancelled = true;
    ASSERT_TRUE(Schedules::validate(s, change).ok());

    const auto sessions = expanded(s, {change});
    ASSERT_EQ(sessions.size(), 4);
    EXPECT_TRUE(sessions[2].cancelled);
    EXPECT_FALSE(sessions[2].moved);
    EXPECT_EQ(sessions[2].start, local(2026, 4, 9, 16, 0));
    EXPECT_EQ(sessions[2].number, 3);
    EXPECT_FALSE(sessions[1].cancelled || sessions[3].cancelled);
}

TEST_F(ScheduleTest, AChangeForASessionTheSeriesNoLongerHasIsLeftOut)
{
    const SeriesSchedule s = schedule(Recurrence::Weekly, local(2026, 3, 12, 16, 0), 3);
    SessionChange stale{local(2026, 3, 13, 16, 0), true, {}, {}};
    const auto sessions = expanded(s, {stale});
    ASSERT_EQ(sessions.size(), 3);
    for (const Session &session : sessions)
        EXPECT_FALSE(session.cancelled || session.moved);
}

TEST_F(ScheduleTest, ValidateRefusesEachBadScheduleWithAMessage)
{
    const SeriesSchedule good = schedule(Recurrence::Monthly, local(2026, 2, 10, 19, 0), 6);
    std::vector<std::pair<const char *, SeriesSchedule>> bad;
    auto with = [&](const char *what, auto change) {
        SeriesSchedule s = good;
        change(s);
        bad.emplace_back(what, s);
    };
    with("no first session", [](SeriesSchedule &s) { s.firstStart = {}; });
    with("too short", [](SeriesSchedule &s) { s.durationMinutes = 14; });
    with("too long", [](SeriesSchedule &s) { s.durationMinutes = Schedules::MaxDurationMinutes + 1; });
    with("negative count", [](SeriesSchedule &s) { s.count = -1; });
    with("count and until", [](SeriesSchedule &s) { s.until = QDate(2026, 6, 30); });
    with("neither", [](SeriesSchedule &s) { s.count = 0; });
    with("until before first", [](SeriesSchedule &s) {
        s.count = 0;
        s.until = QDate(2026, 2, 9);
    });
    with("too many by count", [](SeriesSchedule &s) { s.count = Schedules::MaxSessions + 1; });
    with("too many by until", [](SeriesSchedule &s) {
        s.recurrence = Recurrence::Weekly;
        s.count = 0;
        s.until = QDate(2030, 1, 1);
    });
    QSet<QString> messages;
    for (const auto &[what, s] : bad) {
        SCOPED_TRACE(what);
        const Status status = Schedules::validate(s);
        ASSERT_FALSE(status.ok());
        EXPECT_EQ(status.code(), ErrorCode::InvalidInput);
        EXPECT_FALSE(status.error().message.isEmpty());
        messages << status.error().message;
        EXPECT_FALSE(Schedules::expand(s, {}, {}).ok());
    }
    EXPECT_GE(messages.size(), 8) << "each refusal says what is wrong";
}

TEST_F(ScheduleTest, ValidateAcceptsGoodSchedules)
{
    std::vector<SeriesSchedule> good = {
        schedule(Recurrence::Monthly, local(2026, 2, 10, 19, 0), 6),
        schedule(Recurrence::Weekly, local(2026, 2, 10, 19, 0), 1),
        schedule(Recurrence::Weekly, local(2026, 2, 10, 19, 0), Schedules::MaxSessions),
        schedule(Recurrence::Fortnightly, local(2026, 2, 10, 19, 0), 0, QDate(2026, 2, 10)),
        schedule(Recurrence::Weekly, local(2026, 2, 10, 19, 0), 0, QDate(2029, 11, 30)),
    };
    good[0].durationMinutes = 15;
    good[1].durationMinutes = Schedules::MaxDurationMinutes;
    for (const SeriesSchedule &s : good) {
        SCOPED_TRACE(Schedules::rrule(s).toStdString());
        const Status status = Schedules::validate(s);
        EXPECT_TRUE(status.ok()) << (status.ok() ? "" : status.error().message.toStdString());
    }
    EXPECT_EQ(expanded(good[3]).size(), 1);
}

TEST_F(ScheduleTest, ValidateChecksThatAChangeNamesASessionAndChangesSomething)
{
    const SeriesSchedule s = schedule(Recurrence::Weekly, local(2026, 3, 12, 16, 0), 4);
    const QDateTime second = local(2026, 3, 19, 16, 0);
    const std::vector<std::pair<const char *, SessionChange>> bad = {
        {"no session named", SessionChange{{}, true, {}, {}}},
        {"not a session of the series", SessionChange{local(2026, 3, 20, 16, 0), true, {}, {}}},
        {"after the last session", SessionChange{local(2026, 4, 9, 16, 0), true, {}, {}}},
        {"moved without a new time or place", SessionChange{second, false, {}, {}}},
        {"moved to its own time", SessionChange{second, false, second, u"  "_qs}},
    };
    for (const auto &[what, change] : bad) {
        SCOPED_TRACE(what);
        const Status status = Schedules::validate(s, change);
        ASSERT_FALSE(status.ok());
        EXPECT_EQ(status.code(), ErrorCode::InvalidInput);
        EXPECT_FALSE(status.error().message.isEmpty());
    }
    EXPECT_TRUE(Schedules::validate(s, SessionChange{second, true, {}, {}}).ok());
    EXPECT_TRUE(Schedules::validate(s, SessionChange{second, false, second.addSecs(3600), {}}).ok());
    EXPECT_TRUE(Schedules::validate(s, SessionChange{second, false, {}, u"Zaal 5"_qs}).ok());
    EXPECT_FALSE(Schedules::validate(schedule(Recurrence::Weekly, {}, 4), SessionChange{second, true, {}, {}}).ok());
}

TEST_F(ScheduleTest, RruleStringsAreExact)
{
    const QDateTime secondTuesday = local(2026, 2, 10, 19, 0);
    EXPECT_EQ(Schedules::rrule(schedule(Recurrence::Weekly, secondTuesday, 10)), u"FREQ=WEEKLY;COUNT=10"_qs);
    EXPECT_EQ(Schedules::rrule(schedule(Recurrence::Fortnightly, secondTuesday, 6)),
              u"FREQ=WEEKLY;INTERVAL=2;COUNT=6"_qs);
    EXPECT_EQ(Schedules::rrule(schedule(Recurrence::Monthly, secondTuesday, 6)), u"FREQ=MONTHLY;BYDAY=2TU;COUNT=6"_qs);
    EXPECT_EQ(Schedules::rrule(schedule(Recurrence::Monthly, local(2026, 5, 1, 9, 0), 3)),
              u"FREQ=MONTHLY;BYDAY=1FR;COUNT=3"_qs);
    // The fourth week stays "4th", even when it is also the month's last.
    EXPECT_EQ(Schedules::rrule(schedule(Recurrence::Monthly, local(2026, 2, 24, 19, 0), 3)),
              u"FREQ=MONTHLY;BYDAY=4TU;COUNT=3"_qs);
    EXPECT_EQ(Schedules::rrule(schedule(Recurrence::Monthly, local(2026, 3, 29, 11, 0), 3)),
              u"FREQ=MONTHLY;BYDAY=-1SU;COUNT=3"_qs);
    EXPECT_EQ(Schedules::rrule(schedule(Recurrence::Fortnightly, secondTuesday, 0, QDate(2026, 6, 30))),
              u"FREQ=WEEKLY;INTERVAL=2;UNTIL=20260630T235959"_qs);
}

TEST(GroupTypes, KeysRoundTripAndLabelsAreWords)
{
    for (Recurrence r : allRecurrences()) {
        EXPECT_EQ(recurrenceFromKey(toKey(r)), r);
        EXPECT_FALSE(label(r).isEmpty());
    }
    for (Attendance a : allAttendances()) {
        EXPECT_EQ(attendanceFromKey(toKey(a)), a);
        EXPECT_FALSE(label(a).isEmpty());
    }
    EXPECT_EQ(toKey(Recurrence::Fortnightly), u"fortnightly"_qs);
    EXPECT_EQ(toKey(ParticipantSource::Consultation), u"consultation"_qs);
    EXPECT_EQ(toKey(ParticipantState::Offered), u"offered"_qs);
    EXPECT_EQ(toKey(Attendance::Excused), u"excused"_qs);
    EXPECT_EQ(toKey(GroupTaskKind::MissedSessions), u"missed_sessions"_qs);
    EXPECT_EQ(participantStateFromKey(u"left"_qs), ParticipantState::Left);
    EXPECT_EQ(participantSourceFromKey(u"self"_qs), ParticipantSource::Self);
    EXPECT_EQ(groupTaskKindFromKey(u"check_in"_qs), GroupTaskKind::CheckIn);
    EXPECT_FALSE(recurrenceFromKey(u"daily"_qs).has_value());
    EXPECT_EQ(label(Recurrence::Fortnightly), u"Every two weeks"_qs);
    EXPECT_EQ(label(Attendance::Excused), u"Absent with notice"_qs);
}

} // namespace

TEST_F(ScheduleTest, TheLastDayBoundIsNeverBeforeTheLastSessionNorFarAfterIt)
{
    // Every weekday in every week of the month over a year, including the
    // fifth-week monthly series that meet on the last weekday.
    for (QDate first(2026, 1, 1); first.year() == 2026; first = first.addDays(2)) {
        for (Recurrence recurrence : {Recurrence::Weekly, Recurrence::Fortnightly, Recurrence::Monthly}) {
            for (int count : {1, 6, 40}) {
                const SeriesSchedule s =
                    schedule(recurrence, local(first.year(), first.month(), first.day(), 19, 0), count);
                SCOPED_TRACE(QString(first.toString(Qt::ISODate) + u' ' + Schedules::rrule(s)).toStdString());
                const QDate last = expanded(s).constLast().originalStart.date();
                const QDate bound = Schedules::lastDayBound(s);
                ASSERT_TRUE(bound.isValid());
                EXPECT_GE(bound, last);
                EXPECT_LE(bound, last.addDays(14)) << "too loose to skip series that ended";
            }
        }
    }
    const SeriesSchedule until = schedule(Recurrence::Fortnightly, local(2026, 2, 10, 19, 0), 0, QDate(2026, 6, 1));
    EXPECT_EQ(Schedules::lastDayBound(until), QDate(2026, 6, 1));
    EXPECT_GE(Schedules::lastDayBound(until), expanded(until).constLast().start.date());
    SeriesSchedule none = until;
    none.firstStart = {};
    EXPECT_FALSE(Schedules::lastDayBound(none).isValid());
}
