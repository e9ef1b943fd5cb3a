#include "Schedule.h"

#include <libical/ical.h>

#include <algorithm>
#include <array>
#include <memory>

namespace baken {

namespace {

constexpr int MinDurationMinutes = 15;

struct IteratorFree {
    void operator()(icalrecur_iterator *it) const { icalrecur_iterator_free(it); }
};
using IteratorPtr = std::unique_ptr<icalrecur_iterator, IteratorFree>;

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message};
}

// Sessions are planned to the minute in local time; seconds from a caller are
// dropped so that a session's identity (its original start) compares exactly.
QDateTime toMinute(const QDateTime &dateTime)
{
    const QDateTime local = dateTime.toLocalTime();
    return QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), Qt::LocalTime);
}

// libical expands the recurrence on floating wall-clock times, so a group at
// 19:00 stays at 19:00 whatever daylight saving does in between.
icaltimetype floating(const QDateTime &local)
{
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    return t;
}

QDateTime fromFloating(const icaltimetype &t)
{
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), Qt::LocalTime);
}

// A monthly group meets on "the same weekday in the same week of the month"
// as its first session (2TU: the second Tuesday), not on the same day number:
// that is how groups announce themselves, and FREQ=MONTHLY on the 29th-31st
// would silently skip every month without that day. A first session in the
// fifth week becomes "the last Tuesday" (-1TU), which every month has.
QString monthlyByDay(const QDate &first)
{
    static constexpr std::array<const char *, 7> Days = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    const int week = (first.day() - 1) / 7 + 1;
    return QString::number(week == 5 ? -1 : week) + QLatin1String(Days.at(first.dayOfWeek() - 1));
}

// The series' starts straight from libical's recurrence iterator, at most
// `limit` of them.
Result<QList<QDateTime>> occurrences(const SeriesSchedule &schedule, int limit)
{
    const QByteArray rule = Schedules::rrule(schedule).toLatin1();
    IteratorPtr it(icalrecur_iterator_new(icalrecurrencetype_from_string(rule.constData()),
                                          floating(toMinute(schedule.firstStart))));
    if (!it)
        return invalid(Schedules::tr("The sessions of this group could not be worked out from its schedule. "
                                     "Check the first session and the recurrence."));
    QList<QDateTime> starts;
    for (icaltimetype t = icalrecur_iterator_next(it.get()); !icaltime_is_null_time(t) && starts.size() < limit;
         t = icalrecur_iterator_next(it.get()))
        starts << fromFloating(t);
    return starts;
}

} // namespace

Status Schedules::validate(const SeriesSchedule &schedule)
{
    if (!schedule.firstStart.isValid())
        return invalid(tr("Choose the date and time of the first session."));
    if (schedule.durationMinutes < MinDurationMinutes || schedule.durationMinutes > MaxDurationMinutes)
        return invalid(tr("A session lasts at least 15 minutes and at most 12 hours."));
    if (schedule.count < 0)
        return invalid(tr("The number of sessions must be at least 1."));
    if (schedule.count > 0 && schedule.until.isValid())
        return invalid(tr("Choose either the number of sessions or the date of the last session, not both."));
    if (schedule.count == 0 && !schedule.until.isValid())
        return invalid(tr("Choose how many sessions the group has, or the date of the last session."));
    if (schedule.count > MaxSessions)
        return invalid(tr("A series has at most %n sessions. Plan the sessions after that as a new series.", nullptr,
                          MaxSessions));
    if (schedule.until.isValid()) {
        if (schedule.until < toMinute(schedule.firstStart).date())
            return invalid(tr("The date of the last session is before the first session."));
        const auto starts = occurrences(schedule, MaxSessions + 1);
        if (!starts)
            return starts.error();
        if (starts->size() > MaxSessions)
            return invalid(tr("Up to that last date the series would have more than %n sessions. "
                              "Choose an earlier last date.",
                              nullptr, MaxSessions));
    }
    return {};
}

Status Schedules::validate(const SeriesSchedule &schedule, const SessionChange &change)
{
    if (Status ok = validate(schedule); !ok)
        return ok;
    const auto starts = occurrences(schedule, MaxSessions);
    if (!starts)
        return starts.error();
    if (!change.originalStart.isValid() || !starts->contains(toMinute(change.originalStart)))
        return invalid(tr("This session is not part of the series, perhaps because the schedule has changed. "
                          "Choose the session again."));
    // A cancellation wins over any new time or place left in the change.
    if (change.cancelled)
        return {};
    const bool newTime = change.newStart.isValid() && toMinute(change.newStart) != toMinute(change.originalStart);
    const bool newPlace = !change.newPlace.trimmed().isEmpty();
    if (!newTime && !newPlace)
        return invalid(tr("Give the session a new time or a new place, or cancel it."));
    return {};
}

// UNTIL is the end of the last day in floating local time, matching the
// floating DTSTART of the expansion; writeCalendar turns it into UTC when it
// writes a TZID, as RFC 5545 requires.
QString Schedules::rrule(const SeriesSchedule &schedule)
{
    QString rule;
    switch (schedule.recurrence) {
    case Recurrence::Weekly:
        rule = QStringLiteral("FREQ=WEEKLY");
        break;
    case Recurrence::Fortnightly:
        rule = QStringLiteral("FREQ=WEEKLY;INTERVAL=2");
        break;
    case Recurrence::Monthly:
        rule = QStringLiteral("FREQ=MONTHLY");
        if (const QDate first = toMinute(schedule.firstStart).date(); first.isValid())
            rule += QStringLiteral(";BYDAY=") + monthlyByDay(first);
        break;
    }
    if (schedule.count > 0)
        rule += QStringLiteral(";COUNT=%1").arg(schedule.count);
    else if (schedule.until.isValid())
        rule += QStringLiteral(";UNTIL=%1T235959").arg(schedule.until.toString(QStringLiteral("yyyyMMdd")));
    return rule;
}

QDate Schedules::lastDayBound(const SeriesSchedule &schedule)
{
    if (!schedule.firstStart.isValid() || schedule.count < 0)
        return {};
    if (schedule.count == 0)
        return schedule.until;
    // Exactly a week or a fortnight apart on the wall clock; a monthly
    // session falls in the same week of its month as the first one (or the
    // last week), so within six days of the same day number.
    const QDate first = toMinute(schedule.firstStart).date();
    const int after = schedule.count - 1;
    switch (schedule.recurrence) {
    case Recurrence::Weekly:
        return first.addDays(7 * qint64(after));
    case Recurrence::Fortnightly:
        return first.addDays(14 * qint64(after));
    case Recurrence::Monthly:
        return first.addMonths(after).addDays(7);
    }
    return {};
}

Result<QList<Session>> Schedules::expand(const SeriesSchedule &schedule, const QList<SessionChange> &changes,
                                         const QString &place)
{
    if (Status ok = validate(schedule); !ok)
        return ok.error();
    const auto starts = occurrences(schedule, MaxSessions);
    if (!starts)
        return starts.error();
    const qint64 duration = qint64(schedule.durationMinutes) * 60;

    QList<Session> sessions;
    sessions.reserve(starts->size());
    for (const QDateTime &start : *starts) {
        Session session;
        session.number = int(sessions.size()) + 1;
        session.originalStart = start;
        session.start = start;
        session.end = start.addSecs(duration);
        session.place = place;
        sessions << session;
    }

    // The last change for a session wins whole. A change that names no session
    // (the schedule changed after it was made) is left out here; validate()
    // refuses such changes when they are entered.
    for (const SessionChange &change : changes) {
        if (!change.originalStart.isValid())
            continue;
        const QDateTime original = toMinute(change.originalStart);
        const auto it = std::find_if(sessions.begin(), sessions.end(),
                                     [&](const Session &s) { return s.originalStart == original; });
        if (it == sessions.end())
            continue;
        Session &session = *it;
        session.cancelled = change.cancelled;
        session.start = session.originalStart;
        session.place = place;
        if (!change.cancelled) {
            if (change.newStart.isValid())
                session.start = toMinute(change.newStart);
            if (!change.newPlace.trimmed().isEmpty())
                session.place = change.newPlace;
        }
        session.end = session.start.addSecs(duration);
        session.moved = !session.cancelled && (session.start != session.originalStart || session.place != place);
    }
    return sessions;
}

} // namespace baken
