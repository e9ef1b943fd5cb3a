// baken-cli group add | list | show | join | leave | attend | cancel | move.
// The calendar file (group ics) is in CliGroupCalendarTest.cpp.
#include "CliGroupTestSupport.h"

#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"

using namespace baken;
using CliGroup = test::CliGroupFixture;
using test::CliRun;

TEST_F(CliGroup, AddsAGroupAndListsItsSeatsAndWaitingList)
{
    {
        auto vault = open();
        SqlCodeListStore codes(vault->db());
        ASSERT_TRUE(CodeListService(*vault, codes).add(CodeList::GroupFacilitators, u"Noor"_qs, u"Noor"_qs).ok());
    }
    const QString id = addGroup({u"--start"_qs, at(7, "19:00"), u"--every"_qs, u"month"_qs, u"--count"_qs, u"6"_qs,
                                 u"--capacity"_qs, u"2"_qs, u"--place"_qs, u"Stadskantoor, zaal 3"_qs,
                                 u"--facilitator"_qs, u"noor"_qs, u"--description"_qs, u"Een besloten groep"_qs});
    EXPECT_EQ(id, u"1");
    {
        auto vault = open();
        const PeerGroup g = *SqlGroupStore(vault->db()).group(1);
        EXPECT_EQ(g.capacity, 2);
        EXPECT_EQ(g.schedule.count, 6);
        EXPECT_EQ(g.schedule.recurrence, Recurrence::Monthly);
        EXPECT_EQ(g.schedule.firstStart, QDateTime(QDate::currentDate().addDays(7), QTime(19, 0)));
        EXPECT_EQ(g.facilitatorIds.size(), 1);
    }
    EXPECT_TRUE(group("join", {id, u"--pseudonym"_qs, u"Amira"_qs}).out.contains(u"has a seat"));
    EXPECT_TRUE(group("join", {id, u"--pseudonym"_qs, u"Bas"_qs}).out.contains(u"has a seat"));
    const CliRun third = group("join", {id, u"--pseudonym"_qs, u"Chen"_qs});
    EXPECT_EQ(third.code, 0);
    EXPECT_TRUE(third.out.contains(u"waiting list, position 1")) << third.out.toStdString();
    const CliRun twice = group("join", {id, u"--pseudonym"_qs, u"amira"_qs});
    EXPECT_EQ(twice.code, 1);
    EXPECT_TRUE(twice.err.contains(u"already in this group")) << twice.err.toStdString();

    const CliRun listed = group("list");
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(u"#1   Racisme op de werkvloer")) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(u"next " + at(7, "19:00").replace(u'T', u' ')));
    EXPECT_TRUE(listed.out.contains(u"2 of 2 seat"));
    EXPECT_TRUE(listed.out.contains(u"1 waiting"));
    EXPECT_TRUE(listed.out.contains(u"1 group"));
}

TEST_F(CliGroup, ShowsSessionsParticipantsAndTasksButNeverAContact)
{
    const QString id = addGroup(
        {u"--start"_qs, at(0, "00:00"), u"--every"_qs, u"week"_qs, u"--count"_qs, u"4"_qs, u"--capacity"_qs, u"1"_qs});
    const QString amira = join(id, u"Amira"_qs);
    join(id, u"Bas"_qs);
    {
        auto vault = open();
        SqlGroupStore store(vault->db());
        Participant p = *store.participant(amira.toLongLong());
        p.contact = u"canary-0612345678@example.org"_qs;
        ASSERT_TRUE(store.updateParticipant(p).ok());
    }
    ASSERT_EQ(group("attend", {id, u"--session"_qs, at(0, "00:00"), u"--participant"_qs, amira, u"--present"_qs}).code,
              0);
    ASSERT_EQ(group("move", {id, u"--session"_qs, at(7, "00:00"), u"--to"_qs, at(8, "19:30"), u"--place"_qs,
                             u"Buurthuis De Linde"_qs})
                  .code,
              0);
    ASSERT_EQ(group("cancel", {id, u"--session"_qs, at(14, "00:00")}).code, 0);

    const CliRun shown = group("show", {id});
    ASSERT_EQ(shown.code, 0) << shown.err.toStdString();
    const QString &out = shown.out;
    EXPECT_TRUE(out.contains(u"Group 1: Racisme op de werkvloer")) << out.toStdString();
    EXPECT_TRUE(out.contains(u"Every week from " + at(0, "00:00").replace(u'T', u' ') + u", 4 session"));
    EXPECT_TRUE(out.contains(u"present: 1"));
    EXPECT_TRUE(out.contains(u"moved to " + at(8, "19:30").replace(u'T', u' ')));
    EXPECT_TRUE(out.contains(u"Buurthuis De Linde"));
    EXPECT_TRUE(out.contains(at(14, "00:00").replace(u'T', u' ') + u"  cancelled"));
    EXPECT_TRUE(out.contains(u"Amira"));
    EXPECT_TRUE(out.contains(u"member since " + QDate::currentDate().toString(Qt::ISODate)));
    EXPECT_TRUE(out.contains(u"waiting list, position 1"));
    EXPECT_TRUE(out.contains(u"Evaluation: 0 score"));
    EXPECT_FALSE(out.contains(u"canary")) << out.toStdString();

    // Leaving frees the seat for Bas, with a task to contact him.
    const CliRun left = group("leave", {amira, u"--reason"_qs, u"Verhuisd"_qs});
    ASSERT_EQ(left.code, 0) << left.err.toStdString();
    EXPECT_TRUE(left.out.contains(u"The seat is offered to Bas")) << left.out.toStdString();
    const CliRun after = group("show", {id});
    EXPECT_TRUE(after.out.contains(u"left on " + QDate::currentDate().toString(Qt::ISODate) + u": Verhuisd"));
    EXPECT_TRUE(after.out.contains(u"offered a seat"));
    EXPECT_TRUE(after.out.contains(u"Offer")) << after.out.toStdString();
    const CliRun again = group("leave", {amira});
    EXPECT_EQ(again.code, 1);
    EXPECT_TRUE(again.err.contains(u"already left")) << again.err.toStdString();
}

TEST_F(CliGroup, MissingTwoSessionsInARowAddsATaskToCheckIn)
{
    const QString id = addGroup({u"--start"_qs, at(-14, "10:00"), u"--every"_qs, u"week"_qs, u"--count"_qs, u"6"_qs});
    const QString bas = join(id, u"Bas"_qs);
    {
        // Bas joined before the series began (the CLI signs up today).
        auto vault = open();
        SqlGroupStore store(vault->db());
        Participant p = *store.participant(bas.toLongLong());
        p.joinedOn = QDate::currentDate().addDays(-20);
        ASSERT_TRUE(store.updateParticipant(p).ok());
    }
    const auto attend = [&](int days, const char *value) {
        return group("attend",
                     {id, u"--session"_qs, at(days, "10:00"), u"--participant"_qs, bas, QLatin1String(value)});
    };
    const CliRun first = attend(-14, "--excused");
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_FALSE(first.out.contains(u"New task"));
    const CliRun second = attend(-7, "--absent");
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(u"New task, due " + QDate::currentDate().toString(Qt::ISODate)))
        << second.out.toStdString();
    {
        auto vault = open();
        const auto tasks = *SqlGroupStore(vault->db()).tasks(id.toLongLong());
        ASSERT_EQ(tasks.size(), 1);
        EXPECT_EQ(tasks.first().kind, GroupTaskKind::MissedSessions);
    }

    // Sessions that did not take place refuse attendance (exit 1).
    const CliRun future = attend(7, "--present");
    EXPECT_EQ(future.code, 1);
    EXPECT_TRUE(future.err.contains(u"has not taken place yet")) << future.err.toStdString();
    const CliRun none = attend(-13, "--present");
    EXPECT_EQ(none.code, 1);
    EXPECT_TRUE(none.err.contains(u"has no session at")) << none.err.toStdString();
}

TEST_F(CliGroup, SignsUpFromACaseOrAConsultation)
{
    const QString id = addGroup({u"--start"_qs, at(3, "19:00"), u"--every"_qs, u"2weeks"_qs, u"--until"_qs,
                                 QDate::currentDate().addMonths(3).toString(Qt::ISODate)});
    const CliRun added = run({u"case"_qs, u"add"_qs, vaultPath(), u"--type"_qs, u"signal"_qs});
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    const QString number = added.out.trimmed();
    const CliRun consult = run({u"consult"_qs, u"add"_qs, vaultPath(), u"--channel"_qs, u"phone"_qs});
    ASSERT_EQ(consult.code, 0) << consult.err.toStdString();

    join(id, u"Roos"_qs, {u"--case"_qs, number});
    join(id, u"Daan"_qs, {u"--consultation"_qs, consult.out.trimmed()});
    {
        auto vault = open();
        const auto people = *SqlGroupStore(vault->db()).participants(id.toLongLong());
        ASSERT_EQ(people.size(), 2);
        EXPECT_EQ(people.at(0).source, ParticipantSource::Case);
        EXPECT_GT(people.at(0).caseId, 0);
        EXPECT_EQ(people.at(1).source, ParticipantSource::Consultation);
        EXPECT_GT(people.at(1).consultationId, 0);
    }
    const CliRun shown = group("show", {id});
    EXPECT_TRUE(shown.out.contains(u"from case " + number)) << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(u"from consultation #" + consult.out.trimmed()));

    const CliRun noCase = group("join", {id, u"--pseudonym"_qs, u"X"_qs, u"--case"_qs, u"1999-0001"_qs});
    EXPECT_EQ(noCase.code, 1);
    EXPECT_TRUE(noCase.err.contains(u"no case 1999-0001")) << noCase.err.toStdString();
    const CliRun noConsultation = group("join", {id, u"--pseudonym"_qs, u"X"_qs, u"--consultation"_qs, u"99"_qs});
    EXPECT_EQ(noConsultation.code, 1);
    EXPECT_TRUE(noConsultation.err.contains(u"no consultation 99")) << noConsultation.err.toStdString();
    EXPECT_EQ(group("join", {id, u"--pseudonym"_qs, u"X"_qs, u"--source"_qs, u"self"_qs, u"--case"_qs, number}).code,
              2);
}

TEST_F(CliGroup, BadInputIsExplainedAndChangesNothing)
{
    const auto usage = [&](const char *command, const QStringList &extra) {
        const CliRun r = group(command, extra);
        EXPECT_EQ(r.code, 2) << command << " " << extra.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_FALSE(r.err.isEmpty());
        return r;
    };
    const QStringList ok = {u"--theme"_qs, u"T"_qs, u"--start"_qs, at(1, "19:00"), u"--every"_qs, u"week"_qs};
    EXPECT_TRUE(usage("add", {u"--start"_qs, at(1, "19:00")}).err.contains(u"--theme"));
    EXPECT_TRUE(usage("add", ok).err.contains(u"--count"));
    usage("add", ok
                     + QStringList{u"--count"_qs, u"3"_qs, u"--until"_qs,
                                   QDate::currentDate().addDays(30).toString(Qt::ISODate)});
    usage("add", {u"--theme"_qs, u"T"_qs, u"--start"_qs, u"morgen"_qs, u"--every"_qs, u"week"_qs});
    usage("add", {u"--theme"_qs, u"T"_qs, u"--start"_qs, at(1, "19:00"), u"--every"_qs, u"day"_qs});
    usage("add", ok + QStringList{u"--count"_qs, u"0"_qs});
    usage("add", ok + QStringList{u"--count"_qs, u"3"_qs, u"--facilitator"_qs, u"nobody"_qs});
    // Refused by the rules: exit 1.
    const CliRun tooMany = group("add", ok + QStringList{u"--count"_qs, u"3"_qs, u"--capacity"_qs, u"500"_qs});
    EXPECT_EQ(tooMany.code, 1);
    EXPECT_TRUE(tooMany.err.contains(u"seats")) << tooMany.err.toStdString();
    EXPECT_TRUE(group("list").out.contains(u"0 group"));

    const QString id = addGroup(ok.mid(2) + QStringList{u"--count"_qs, u"3"_qs});
    usage("join", {id});
    usage("join", {u"one"_qs, u"--pseudonym"_qs, u"P"_qs});
    usage("attend", {id, u"--session"_qs, at(1, "19:00"), u"--participant"_qs, u"1"_qs});
    usage("attend",
          {id, u"--session"_qs, at(1, "19:00"), u"--participant"_qs, u"1"_qs, u"--present"_qs, u"--absent"_qs});
    usage("move", {id, u"--session"_qs, at(1, "19:00")});
    usage("cancel", {id});
    usage("leave", {u"x"_qs});
    EXPECT_EQ(group("show", {u"7"_qs}).code, 1);
    EXPECT_TRUE(group("show", {u"7"_qs}).err.contains(u"no group 7"));
    const CliRun notASession = group("cancel", {id, u"--session"_qs, at(2, "19:00")});
    EXPECT_EQ(notASession.code, 1);
    EXPECT_TRUE(notASession.err.contains(u"not part of the series")) << notASession.err.toStdString();
    const CliRun nobody = group("leave", {u"42"_qs});
    EXPECT_EQ(nobody.code, 1);
    EXPECT_TRUE(nobody.err.contains(u"no participant 42")) << nobody.err.toStdString();
}

TEST_F(CliGroup, HelpListsTheCommands)
{
    EXPECT_TRUE(run({u"--help"_qs}).out.contains(u"group "));
    const CliRun help = run({u"group"_qs, u"--help"_qs});
    EXPECT_EQ(help.code, 0);
    for (const char *command : {"add", "list", "show", "join", "leave", "attend", "cancel", "move", "ics"})
        EXPECT_TRUE(help.out.contains(QLatin1String(command))) << command;
    EXPECT_EQ(run({u"group"_qs}).code, 2);
    const CliRun addHelp = run({u"group"_qs, u"add"_qs, u"--help"_qs});
    EXPECT_EQ(addHelp.code, 0);
    for (const char *option : {"--theme", "--every", "--until", "--facilitator", "--link"})
        EXPECT_TRUE(addHelp.out.contains(QLatin1String(option))) << option;
}
