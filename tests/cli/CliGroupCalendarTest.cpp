// baken-cli group ics: the file is read back with libical, as a calendar
// program would, and must hold every session of the group where it happens.
#include "CliGroupTestSupport.h"

#include <QFile>
#include <QSet>

#include <libical/ical.h>

#include <memory>

using namespace baken;
using CliGroupCalendar = test::CliGroupFixture;
using test::CliRun;

namespace {

struct ComponentFree {
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

struct ReadBack {
    QString uid;
    QString summary;
    QList<QDateTime> starts; // every occurrence, in order
    QStringList places;      // the location of each
    QByteArray text;
};

qint64 epoch(const icaltimetype &t)
{
    if (!t.zone) // floating: the reader's local time
        return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second)).toSecsSinceEpoch();
    return qint64(icaltime_as_timet_with_zone(t, t.zone));
}

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

// The occurrences a calendar program shows: the RRULE from DTSTART, without
// the EXDATEs, each RECURRENCE-ID override in place of its occurrence.
ReadBack readBack(const QString &path)
{
    ReadBack out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "no file " << path.toStdString();
        return out;
    }
    out.text = file.readAll();
    ComponentPtr root(icalparser_parse_string(out.text.constData()));
    if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT) {
        ADD_FAILURE() << "libical does not read the file as a VCALENDAR";
        return out;
    }
    icalcomponent *master = nullptr;
    QHash<qint64, icalcomponent *> overrides;
    for (icalcomponent *e = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
        EXPECT_TRUE(out.uid.isEmpty() || out.uid == textOf(e, ICAL_UID_PROPERTY)) << "one UID for the series";
        out.uid = textOf(e, ICAL_UID_PROPERTY);
        if (icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY))
            overrides.insert(epoch(timeOf(e, ICAL_RECURRENCEID_PROPERTY)), e);
        else
            master = e;
    }
    if (!master) {
        ADD_FAILURE() << "no master VEVENT";
        return out;
    }
    out.summary = textOf(master, ICAL_SUMMARY_PROPERTY);
    QSet<qint64> excluded;
    for (icalproperty *p = icalcomponent_get_first_property(master, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(master, ICAL_EXDATE_PROPERTY))
        excluded << epoch(icalproperty_get_datetime_with_component(p, master));
    const icaltimetype start = timeOf(master, ICAL_DTSTART_PROPERTY);
    icalrecur_iterator *it = icalrecur_iterator_new(
        icalproperty_get_rrule(icalcomponent_get_first_property(master, ICAL_RRULE_PROPERTY)), start);
    if (!it) {
        ADD_FAILURE() << "libical cannot expand the RRULE";
        return out;
    }
    int guard = 0;
    for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t) && ++guard < 500;
         t = icalrecur_iterator_next(it)) {
        t.zone = start.zone;
        const qint64 at = epoch(t);
        if (excluded.remove(at))
            continue;
        icalcomponent *event = overrides.contains(at) ? overrides.take(at) : master;
        const qint64 begins = event == master ? at : epoch(timeOf(event, ICAL_DTSTART_PROPERTY));
        out.starts << QDateTime::fromSecsSinceEpoch(begins);
        out.places << textOf(event, ICAL_LOCATION_PROPERTY);
    }
    icalrecur_iterator_free(it);
    EXPECT_TRUE(excluded.isEmpty()) << "every EXDATE names an occurrence";
    EXPECT_TRUE(overrides.isEmpty()) << "every moved session overrides an occurrence";
    return out;
}

} // namespace

TEST_F(CliGroupCalendar, TheCalendarHoldsEverySessionWhereItHappens)
{
    const QString id = addGroup({u"--start"_qs, at(-14, "19:00"), u"--every"_qs, u"2weeks"_qs, u"--count"_qs, u"8"_qs,
                                 u"--place"_qs, u"Stadskantoor, zaal 3"_qs, u"--description"_qs,
                                 u"Voor medewerkers die discriminatie meemaakten"_qs});
    join(id, u"CanaryPseudonym"_qs);
    ASSERT_EQ(group("move", {id, u"--session"_qs, at(14, "19:00"), u"--to"_qs, at(15, "18:30"), u"--place"_qs,
                             u"Buurthuis De Linde"_qs})
                  .code,
              0);
    ASSERT_EQ(group("cancel", {id, u"--session"_qs, at(28, "19:00")}).code, 0);

    const QString ics = dir.path(u"groep.ics"_qs);
    const CliRun written = group("ics", {id, u"--out"_qs, ics});
    ASSERT_EQ(written.code, 0) << written.err.toStdString();
    const ReadBack calendar = readBack(ics);

    const QString vaultId = *open()->meta(u"vault_id"_qs);
    EXPECT_EQ(calendar.uid, u"group-1@" + vaultId + u".baken");
    EXPECT_EQ(calendar.summary, u"Racisme op de werkvloer");
    QList<QDateTime> expected;
    QStringList places;
    for (int i = 0; i < 8; ++i) {
        const int days = -14 + 14 * i;
        if (days == 28)
            continue; // cancelled
        const bool moved = days == 14;
        expected << (moved ? QDateTime(QDate::currentDate().addDays(15), QTime(18, 30))
                           : QDateTime(QDate::currentDate().addDays(days), QTime(19, 0)));
        places << (moved ? u"Buurthuis De Linde"_qs : u"Stadskantoor, zaal 3"_qs);
    }
    EXPECT_EQ(calendar.starts, expected);
    EXPECT_EQ(calendar.places, places);
    EXPECT_FALSE(calendar.text.contains("CanaryPseudonym")) << "never a participant";

    // Written again after a change: the same UID, so calendars update it.
    ASSERT_EQ(group("cancel", {id, u"--session"_qs, at(42, "19:00")}).code, 0);
    ASSERT_EQ(group("ics", {id, u"--out"_qs, ics}).code, 0);
    const ReadBack updated = readBack(ics);
    EXPECT_EQ(updated.uid, calendar.uid);
    EXPECT_EQ(updated.starts.size(), calendar.starts.size() - 1);
    EXPECT_EQ(dir.entries().filter(u"groep"_qs).size(), 1) << "no temporary file left behind";
}

TEST_F(CliGroupCalendar, NeverOverwritesAFileThatIsNotACalendar)
{
    const QString id = addGroup({u"--start"_qs, at(1, "19:00"), u"--every"_qs, u"week"_qs, u"--count"_qs, u"3"_qs});
    const QByteArray before = test::fileHash(vaultPath());
    const CliRun refused = group("ics", {id, u"--out"_qs, vaultPath()});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(u"not a calendar file")) << refused.err.toStdString();
    EXPECT_EQ(test::fileHash(vaultPath()), before);
    EXPECT_EQ(group("ics", {id}).code, 2);
    EXPECT_EQ(group("ics", {u"9"_qs, u"--out"_qs, dir.path(u"x.ics"_qs)}).code, 1);
    EXPECT_FALSE(QFile::exists(dir.path(u"x.ics"_qs)));
}
