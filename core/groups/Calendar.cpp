#include "Schedule.h"

#include <QTimeZone>

#include <libical/ical.h>

#include <algorithm>
#include <memory>

namespace baken {

namespace {

struct ComponentFree {
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype fields(const QDateTime &dateTime, icaltimezone *zone)
{
    icaltimetype t = icaltime_null_time();
    t.year = dateTime.date().year();
    t.month = dateTime.date().month();
    t.day = dateTime.date().day();
    t.hour = dateTime.time().hour();
    t.minute = dateTime.time().minute();
    t.second = dateTime.time().second();
    t.zone = zone;
    return t;
}

icaltimetype utc(const QDateTime &dateTime)
{
    return fields(dateTime.toUTC(), icaltimezone_get_utc_timezone());
}

// How the file states its times. Sessions are local wall-clock times, so the
// file names the system zone by its IANA id (TZID=Europe/Amsterdam, which
// Google, Outlook and Apple calendars know) and carries libical's definition
// of it, trimmed to the series, for any client that does not. libical's own
// TZID ("/freeassociation.sourceforge.net/...") is replaced by the plain id.
// A zone libical does not know gives floating times ("19:00 wherever you
// are"): right for everyone in the facilitator's zone, which is where a local
// group meets. A system on UTC writes UTC, which is exact.
class Times {
public:
    explicit Times(const QDateTime &earliest)
    {
        const QByteArray id = QTimeZone::systemTimeZoneId();
        icaltimezone *zone = id.isEmpty() ? nullptr : icaltimezone_get_builtin_timezone(id.constData());
        if (!zone)
            return;
        if (zone == icaltimezone_get_utc_timezone()) {
            m_utc = true;
            return;
        }
        icalcomponent *definition = icaltimezone_get_component(zone);
        if (!definition)
            return;
        m_vtimezone.reset(icalcomponent_new_clone(definition));
        // Outlook-compatible trimming (ms_compatible): the rules in force keep
        // their original DTSTART, history before the series is dropped.
        icaltimezone_truncate_vtimezone(m_vtimezone.get(), utc(earliest), icaltime_null_time(), 1);
        if (icalproperty *tzid = icalcomponent_get_first_property(m_vtimezone.get(), ICAL_TZID_PROPERTY))
            icalproperty_set_tzid(tzid, id.constData());
        m_tzid = id;
    }

    // The VTIMEZONE for the calendar to own, or null.
    icalcomponent *takeVTimezone() { return m_vtimezone.release(); }

    icaltimetype time(const QDateTime &local) const { return m_utc ? utc(local) : fields(local, nullptr); }

    // RFC 5545: with a TZID the UNTIL of an RRULE is in UTC; with floating
    // times it is floating.
    icaltimetype until(const QDate &lastDay) const
    {
        const QDateTime end(lastDay, QTime(23, 59, 59), Qt::LocalTime);
        return m_tzid.isEmpty() && !m_utc ? fields(end, nullptr) : utc(end);
    }

    // DTSTART, DTEND, EXDATE, RECURRENCE-ID: the wall-clock value gets the TZID.
    icalproperty *zoned(icalproperty *property) const
    {
        if (!m_tzid.isEmpty())
            icalproperty_add_parameter(property, icalparameter_new_tzid(m_tzid.constData()));
        return property;
    }

private:
    QByteArray m_tzid;
    ComponentPtr m_vtimezone;
    bool m_utc = false;
};

void addText(icalcomponent *component, icalproperty *(*make)(const char *), const QString &text)
{
    if (!text.isEmpty())
        icalcomponent_add_property(component, make(text.toUtf8().constData()));
}

QDateTime earliest(const QList<Session> &sessions)
{
    QDateTime first = sessions.constFirst().originalStart;
    for (const Session &session : sessions)
        first = std::min({first, session.originalStart, session.start});
    return first;
}

// The properties every VEVENT of the series shares: the same UID ties the
// moved sessions to the master.
icalcomponent *newEvent(const CalendarSeries &series, const icaltimetype &stamp)
{
    icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(event, icalproperty_new_uid(series.uid.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
    return event;
}

} // namespace

Result<QByteArray> writeCalendar(const CalendarSeries &series)
{
    if (series.uid.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput,
                     Schedules::tr("This group cannot be put in a calendar yet. Save the group first.")};
    const auto sessions = Schedules::expand(series.schedule, series.changes, series.location);
    if (!sessions)
        return sessions.error();

    Times times(earliest(*sessions));
    ComponentPtr calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Baken//Baken//NL"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (icalcomponent *vtimezone = times.takeVTimezone())
        icalcomponent_add_component(calendar.get(), vtimezone);

    const icaltimetype stamp = utc(QDateTime::currentDateTimeUtc());
    const Session &first = sessions->constFirst();
    const qint64 duration = qint64(series.schedule.durationMinutes) * 60;

    icalcomponent *master = newEvent(series, stamp);
    icalcomponent_add_component(calendar.get(), master);
    icalcomponent_add_property(master, times.zoned(icalproperty_new_dtstart(times.time(first.originalStart))));
    icalcomponent_add_property(master,
                               times.zoned(icalproperty_new_dtend(times.time(first.originalStart.addSecs(duration)))));
    const QByteArray rule = Schedules::rrule(series.schedule).toLatin1();
    icalrecurrencetype recurrence = icalrecurrencetype_from_string(rule.constData());
    if (series.schedule.count == 0)
        recurrence.until = times.until(series.schedule.until);
    icalcomponent_add_property(master, icalproperty_new_rrule(recurrence));
    addText(master, icalproperty_new_summary, series.title);
    addText(master, icalproperty_new_description, series.description);
    addText(master, icalproperty_new_location, series.location);
    for (const Session &session : *sessions)
        if (session.cancelled)
            icalcomponent_add_property(master, times.zoned(icalproperty_new_exdate(times.time(session.originalStart))));

    // A moved session replaces its occurrence whole in most clients, so it
    // repeats the title and description next to its own time and place.
    for (const Session &session : *sessions) {
        if (!session.moved)
            continue;
        icalcomponent *moved = newEvent(series, stamp);
        icalcomponent_add_component(calendar.get(), moved);
        icalcomponent_add_property(moved,
                                   times.zoned(icalproperty_new_recurrenceid(times.time(session.originalStart))));
        icalcomponent_add_property(moved, times.zoned(icalproperty_new_dtstart(times.time(session.start))));
        icalcomponent_add_property(moved, times.zoned(icalproperty_new_dtend(times.time(session.end))));
        addText(moved, icalproperty_new_summary, series.title);
        addText(moved, icalproperty_new_description, series.description);
        addText(moved, icalproperty_new_location, session.place);
    }

    // libical writes CRLF line endings and folds long lines, as RFC 5545 asks.
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    if (!text)
        return Error{ErrorCode::Io, Schedules::tr("The calendar file could not be written.")};
    const QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

} // namespace baken
