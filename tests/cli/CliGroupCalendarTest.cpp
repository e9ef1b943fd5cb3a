// baken-cli group ics: the file is read back with libical, as a calendar
// program would, and must hold every session of the group where it happens.
#include "CliGroupTestSupport.h"
#include "support/CalendarReadBack.h"

#include <QFile>
#include <QProcess>

using namespace baken;
using CliGroupCalendar = test::CliGroupFixture;
using test::CalendarReadBack;
using test::CliRun;

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
    const CalendarReadBack calendar = test::readBackFile(ics);

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
    EXPECT_EQ(calendar.starts(), expected);
    EXPECT_EQ(calendar.places(), places);
    EXPECT_FALSE(calendar.text.contains("CanaryPseudonym")) << "never a participant";

    // Written again after a change: the same UID, so calendars update it.
    ASSERT_EQ(group("cancel", {id, u"--session"_qs, at(42, "19:00")}).code, 0);
    ASSERT_EQ(group("ics", {id, u"--out"_qs, ics}).code, 0);
    const CalendarReadBack updated = test::readBackFile(ics);
    EXPECT_EQ(updated.uid, calendar.uid);
    EXPECT_EQ(updated.occurrences.size(), calendar.occurrences.size() - 1);
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

TEST_F(CliGroupCalendar, ASecondCalendarLibraryReadsTheSameSessions)
{
    // A monthly group across a daylight-saving change, one session moved and
    // one cancelled, read by python3-icalendar and dateutil instead of libical.
    const QString id = addGroup({u"--start"_qs, at(-60, "19:00"), u"--every"_qs, u"month"_qs, u"--count"_qs, u"6"_qs,
                                 u"--place"_qs, u"Stadskantoor, zaal 3"_qs});
    QList<QDateTime> sessions;
    {
        auto vault = open();
        SqlGroupStore store(vault->db());
        for (const PeerGroup &g : *store.groups())
            for (const Session &s : *Schedules::expand(g.schedule, {}, g.place))
                sessions << s.start;
    }
    ASSERT_EQ(sessions.size(), 6);
    const QString original = sessions[3].toString(u"yyyy-MM-dd'T'HH:mm");
    const QDateTime newTime = sessions[3].addDays(1);
    ASSERT_EQ(group("move", {id, u"--session"_qs, original, u"--to"_qs, newTime.toString(u"yyyy-MM-dd'T'HH:mm"),
                             u"--place"_qs, u"Buurthuis De Linde"_qs})
                  .code,
              0);
    ASSERT_EQ(group("cancel", {id, u"--session"_qs, sessions[4].toString(u"yyyy-MM-dd'T'HH:mm")}).code, 0);

    const QString ics = dir.path(u"maand.ics"_qs);
    ASSERT_EQ(group("ics", {id, u"--out"_qs, ics}).code, 0);
    QFile expected(dir.path(u"expected.txt"_qs));
    ASSERT_TRUE(expected.open(QIODevice::WriteOnly));
    for (int i = 0; i < sessions.size(); ++i) {
        if (i == 4)
            continue;
        const bool moved = i == 3;
        const QDateTime when = moved ? newTime : sessions[i];
        expected.write((when.toString(u"yyyy-MM-dd'T'HH:mm") + u'|'
                        + (moved ? u"Buurthuis De Linde"_qs : u"Stadskantoor, zaal 3"_qs) + u'\n')
                           .toUtf8());
    }
    expected.close();

    QProcess check;
    check.start(u"/usr/bin/python3"_qs, {QStringLiteral(BAKEN_SOURCE_DIR "/tests/cli/check_ics.py"), ics,
                                         expected.fileName()});
    ASSERT_TRUE(check.waitForFinished(60000));
    EXPECT_EQ(check.exitCode(), 0) << check.readAllStandardError().toStdString();
}
