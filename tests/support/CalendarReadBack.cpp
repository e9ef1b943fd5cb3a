#include "CalendarReadBack.h"

#include <QFile>
#include <QMap>
#include <QSet>

#include <libical/ical.h>

#include <gtest/gtest.h>

#include <memory>

namespace baken::test {

namespace {

struct ComponentFree {
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

qint64 epoch(const icaltimetype &t)
{
    if (!t.zone) // floating: the reader's own local time
        return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), Qt::LocalTime)
            .toSecsSinceEpoch();
    return qint64(icaltime_as_timet_with_zone(t, t.zone));
}

// Resolves the TZID against the file's own VTIMEZONE.
icaltimetype timeOf(icalcomponent *event, icalproperty_kind kind)
{
    icalproperty *property = icalcomponent_get_first_property(event, kind);
    return property ? icalproperty_get_datetime_with_component(property, event) : icaltime_null_time();
}

QString textOf(icalcomponent *event, icalproperty_kind kind)
{
    icalproperty *property = icalcomponent_get_first_property(event, kind);
    return property ? QString::fromUtf8(icalvalue_get_text(icalproperty_get_value(property))) : QString();
}

QDateTime at(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::LocalTime);
}

} // namespace

QList<QDateTime> CalendarReadBack::starts() const
{
    QList<QDateTime> out;
    for (const Occurrence &o : occurrences)
        out << o.start;
    return out;
}

QStringList CalendarReadBack::places() const
{
    QStringList out;
    for (const Occurrence &o : occurrences)
        out << o.place;
    return out;
}

CalendarReadBack readBack(const QByteArray &ics)
{
    CalendarReadBack out;
    out.text = ics;
    ComponentPtr root(icalparser_parse_string(ics.constData()));
    if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT) {
        ADD_FAILURE() << "libical does not read the file back as a VCALENDAR";
        return out;
    }
    icalcomponent *master = nullptr;
    QMap<qint64, icalcomponent *> overrides;
    for (icalcomponent *event = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
        EXPECT_TRUE(out.uid.isEmpty() || out.uid == textOf(event, ICAL_UID_PROPERTY)) << "one UID for the series";
        out.uid = textOf(event, ICAL_UID_PROPERTY);
        if (icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY)) {
            overrides.insert(epoch(timeOf(event, ICAL_RECURRENCEID_PROPERTY)), event);
        } else {
            EXPECT_EQ(master, nullptr) << "one master VEVENT";
            master = event;
        }
    }
    if (!master) {
        ADD_FAILURE() << "no master VEVENT";
        return out;
    }
    out.summary = textOf(master, ICAL_SUMMARY_PROPERTY);
    out.description = textOf(master, ICAL_DESCRIPTION_PROPERTY);
    const icaltimetype dtstart = timeOf(master, ICAL_DTSTART_PROPERTY);
    const qint64 duration = epoch(timeOf(master, ICAL_DTEND_PROPERTY)) - epoch(dtstart);
    QSet<qint64> excluded;
    for (icalproperty *p = icalcomponent_get_first_property(master, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(master, ICAL_EXDATE_PROPERTY))
        excluded << epoch(icalproperty_get_datetime_with_component(p, master));

    icalproperty *rrule = icalcomponent_get_first_property(master, ICAL_RRULE_PROPERTY);
    if (!rrule) {
        ADD_FAILURE() << "the master VEVENT has no RRULE";
        return out;
    }
    icalrecur_iterator *it = icalrecur_iterator_new(icalproperty_get_rrule(rrule), dtstart);
    if (!it) {
        ADD_FAILURE() << "libical cannot expand the RRULE";
        return out;
    }
    int guard = 0;
    for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t) && ++guard < 1000;
         t = icalrecur_iterator_next(it)) {
        t.zone = dtstart.zone;
        const qint64 start = epoch(t);
        if (excluded.remove(start))
            continue;
        if (icalcomponent *moved = overrides.take(start))
            out.occurrences << Occurrence{at(epoch(timeOf(moved, ICAL_DTSTART_PROPERTY))),
                                          at(epoch(timeOf(moved, ICAL_DTEND_PROPERTY))),
                                          textOf(moved, ICAL_LOCATION_PROPERTY)};
        else
            out.occurrences << Occurrence{at(start), at(start + duration), textOf(master, ICAL_LOCATION_PROPERTY)};
    }
    icalrecur_iterator_free(it);
    EXPECT_TRUE(excluded.isEmpty()) << "every EXDATE names an occurrence";
    EXPECT_TRUE(overrides.isEmpty()) << "every moved session overrides an occurrence";
    return out;
}

CalendarReadBack readBackFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "no file " << path.toStdString();
        return {};
    }
    return readBack(file.readAll());
}

} // namespace baken::test
