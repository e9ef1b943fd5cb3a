#pragma once

#include "GroupTypes.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace baken {

// When a group meets: a first session and a recurrence, ended by a number of
// sessions or a last day. Times are local wall-clock times: a monthly group
// at 19:00 stays at 19:00 across daylight saving.
struct SeriesSchedule {
    QDateTime firstStart; // local time, to the minute
    int durationMinutes = 120;
    Recurrence recurrence = Recurrence::Monthly;
    int count = 0; // number of sessions; 0: until `until`
    QDate until;   // the last day a session may fall on (inclusive), when count is 0
    bool operator==(const SeriesSchedule &) const = default;
};

// One session moved or cancelled without breaking the series. The session is
// named by the start the series gave it (iCalendar's RECURRENCE-ID).
struct SessionChange {
    QDateTime originalStart;
    bool cancelled = false;
    QDateTime newStart; // when moved; invalid: the original time
    QString newPlace;   // when moved elsewhere; empty: the group's place
    bool operator==(const SessionChange &) const = default;
};

// A session as it will happen (or was cancelled).
struct Session {
    int number = 0;          // 1-based position in the series
    QDateTime originalStart; // its identity: attendance and notes hang off it
    QDateTime start;
    QDateTime end;
    QString place;
    bool cancelled = false;
    bool moved = false;
};

class Schedules {
    Q_DECLARE_TR_FUNCTIONS(baken::Schedules)

public:
    static constexpr int MaxSessions = 200;
    static constexpr int MaxDurationMinutes = 12 * 60;

    // Refuses in words: no first session, a duration outside 15 min..12 h,
    // neither or both of count and until, an until before the first session,
    // more than MaxSessions sessions.
    static Status validate(const SeriesSchedule &schedule);
    // A change must name a session of the series; a moved session needs a
    // new time or place.
    static Status validate(const SeriesSchedule &schedule, const SessionChange &change);

    // The iCalendar RRULE value, e.g. "FREQ=WEEKLY;INTERVAL=2;COUNT=6".
    static QString rrule(const SeriesSchedule &schedule);
    // A day on or after the original start of the series' last session,
    // worked out without expanding it (a move can still put a session
    // later); invalid when it cannot tell. For skipping series that ended.
    static QDate lastDayBound(const SeriesSchedule &schedule);
    // Every session in order, expanded with libical's recurrence iterator,
    // with the changes applied (cancelled sessions are kept, marked).
    static Result<QList<Session>> expand(const SeriesSchedule &schedule, const QList<SessionChange> &changes,
                                         const QString &place);
};

// What goes into a calendar file: titles and places only, never a person.
struct CalendarSeries {
    QString uid;         // stable per group, e.g. "group-7@<vault id>.baken"
    QString title;       // the group's theme
    QString description; // the group's public description
    QString location;    // place or online link
    SeriesSchedule schedule;
    QList<SessionChange> changes;
};

// An iCalendar (RFC 5545) file written with libical: one VEVENT with the
// RRULE, EXDATE for cancelled sessions, and a VEVENT with RECURRENCE-ID for
// each moved one; times with the local zone's TZID and its VTIMEZONE.
Result<QByteArray> writeCalendar(const CalendarSeries &series);

} // namespace baken
