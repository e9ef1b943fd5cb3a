#include "DemoTestSupport.h"

#include "demo/DemoConsultations.h"
#include "demo/DemoGroups.h"
#include "groups/GroupService.h"
#include "groups/SqlGroupStore.h"
#include "interchange/Interchange.h"

#include <QBuffer>

using namespace baken;

namespace {

// A demo vault's cases and consultations first: some participants come from them.
class DemoGroupsTest : public test::DemoFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(DemoFixture::SetUp());
        ASSERT_TRUE(DemoConsultations::add(*vault).ok());
        auto added = DemoGroups::add(*vault);
        ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
        signedUp = *added;
        groupStore = std::make_unique<SqlGroupStore>(vault->db());
        groups = std::make_unique<GroupService>(*vault, *groupStore, *codes);
        for (const PeerGroup &g : *groupStore->groups())
            byTheme.insert(g.theme, g);
    }

    QList<Session> sessionsOf(const char *theme)
    {
        return *groups->sessions(byTheme.value(QString::fromUtf8(theme)).id);
    }
    QList<Participant> peopleOf(const char *theme)
    {
        return *groupStore->participants(byTheme.value(QString::fromUtf8(theme)).id);
    }
    static int count(const QList<Participant> &people, ParticipantState state)
    {
        return int(
            std::count_if(people.cbegin(), people.cend(), [&](const Participant &p) { return p.state == state; }));
    }

    int signedUp = 0;
    std::unique_ptr<SqlGroupStore> groupStore;
    std::unique_ptr<GroupService> groups;
    QHash<QString, PeerGroup> byTheme;
};

TEST_F(DemoGroupsTest, AFinishedSeriesARunningGroupAndOneThatStartsNextMonth)
{
    ASSERT_EQ(byTheme.size(), 3);
    EXPECT_EQ(codes->items(CodeList::GroupFacilitators, false)->size(), 3);
    const QDateTime now = QDateTime::currentDateTime();

    const QList<Session> racism = sessionsOf("Racisme op de werkvloer");
    ASSERT_EQ(racism.size(), 6);
    EXPECT_LT(racism.first().start, now.addMonths(-5));
    EXPECT_LT(racism.last().end, now); // finished
    EXPECT_EQ(std::count_if(racism.cbegin(), racism.cend(), [](const Session &s) { return s.moved; }), 1);
    EXPECT_EQ(std::count_if(racism.cbegin(), racism.cend(), [](const Session &s) { return s.cancelled; }), 1);

    const PeerGroup lgbtqia = byTheme.value(u"Lotgenoten LHBTIQA+"_qs);
    EXPECT_EQ(lgbtqia.schedule.recurrence, Recurrence::Fortnightly);
    EXPECT_FALSE(lgbtqia.onlineLink.isEmpty());
    const QList<Session> running = sessionsOf("Lotgenoten LHBTIQA+");
    EXPECT_LT(running.first().start, now);
    EXPECT_GT(running.last().start, now);

    const QList<Session> next = sessionsOf("Werken met een onzichtbare beperking");
    EXPECT_GT(next.first().start, now.addDays(20));
    EXPECT_LT(next.first().start, now.addDays(45));
}

TEST_F(DemoGroupsTest, ParticipantsWaitLeaveAndComeFromCasesAndConsultations)
{
    const QList<Participant> racism = peopleOf("Racisme op de werkvloer");
    const QList<Participant> running = peopleOf("Lotgenoten LHBTIQA+");
    const QList<Participant> next = peopleOf("Werken met een onzichtbare beperking");
    EXPECT_EQ(signedUp, int(racism.size() + running.size() + next.size()));
    EXPECT_EQ(count(racism, ParticipantState::Left), 1);
    const auto left = std::find_if(racism.cbegin(), racism.cend(),
                                   [](const Participant &p) { return p.state == ParticipantState::Left; });
    EXPECT_FALSE(left->leftReason.isEmpty());
    EXPECT_EQ(count(running, ParticipantState::Waiting), 1);
    EXPECT_EQ(count(next, ParticipantState::Member), 6);
    EXPECT_EQ(count(next, ParticipantState::Waiting), 2);

    int fromCases = 0;
    int fromConsultations = 0;
    for (const QList<Participant> *people : {&racism, &running, &next}) {
        for (const Participant &p : *people) {
            fromCases += p.source == ParticipantSource::Case && p.caseId > 0 ? 1 : 0;
            fromConsultations += p.source == ParticipantSource::Consultation && p.consultationId > 0 ? 1 : 0;
            EXPECT_TRUE(p.contact.isEmpty());
            if (p.joinedOn.isValid()) {
                EXPECT_LE(p.signedUpAt.toLocalTime().date(), p.joinedOn);
            }
        }
    }
    EXPECT_GE(fromCases, 3);
    EXPECT_GE(fromConsultations, 2);
}

TEST_F(DemoGroupsTest, AttendanceEvaluationAndTheAftercareTasks)
{
    const PeerGroup racism = byTheme.value(u"Racisme op de werkvloer"_qs);
    int records = 0;
    for (const Session &s : sessionsOf("Racisme op de werkvloer")) {
        const int taken = int(groupStore->attendance(racism.id, s.originalStart)->size());
        EXPECT_EQ(taken == 0, s.cancelled) << s.number;
        records += taken;
    }
    EXPECT_GE(records, 25);
    const EvaluationSummary evaluation = *groupStore->evaluation(racism.id);
    EXPECT_EQ(evaluation.count(), 6);
    EXPECT_GT(evaluation.mean(), 3.5);

    const QList<GroupTask> checkIns = *groupStore->tasks(racism.id);
    EXPECT_EQ(checkIns.size(), 6);
    EXPECT_EQ(std::count_if(checkIns.cbegin(), checkIns.cend(), [](const GroupTask &t) { return t.isDone(); }), 2);
    EXPECT_EQ(*groups->refreshAftercare(QDate::currentDate()), 0); // nothing left to plan

    const QList<GroupTask> running = *groupStore->tasks(byTheme.value(u"Lotgenoten LHBTIQA+"_qs).id);
    ASSERT_EQ(running.size(), 1);
    EXPECT_EQ(running.first().kind, GroupTaskKind::MissedSessions);
    EXPECT_EQ(running.first().pseudonym, u"Jesse");
    EXPECT_FALSE(running.first().isDone());
    for (const Session &s : sessionsOf("Werken met een onzichtbare beperking"))
        EXPECT_TRUE(
            groupStore->attendance(byTheme.value(u"Werken met een onzichtbare beperking"_qs).id, s.originalStart)
                ->isEmpty());
}

// The demo vault moves like any other: its groups pass every check of the import.
TEST_F(DemoGroupsTest, TheDemoGroupsSurviveAnExportAndImport)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_TRUE(exportVault(*vault, out).ok());
    QBuffer in;
    in.setData(out.data());
    in.open(QIODevice::ReadOnly);
    auto copy = dir.create(u"copy.baken"_qs);
    auto report = importVault(*copy, in);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->groups, 3);
    EXPECT_EQ(report->participants, signedUp);
}

TEST(DemoGroups, TheSameEveryTime)
{
    test::TestVaultDir dir;
    QList<QStringList> runs;
    for (const char *name : {"a.baken", "b.baken"}) {
        auto vault = dir.create(QString::fromLatin1(name));
        auto added = DemoGroups::add(*vault);
        ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
        SqlGroupStore store(vault->db());
        QStringList lines;
        for (const PeerGroup &g : *store.groups()) {
            lines << g.theme + g.schedule.firstStart.toString(Qt::ISODate);
            for (const Participant &p : *store.participants(g.id))
                lines << p.pseudonym + toKey(p.state) + p.signedUpAt.toString(Qt::ISODate) + p.leftReason;
            for (const GroupTask &t : *store.tasks(g.id))
                lines << toKey(t.kind) + t.pseudonym;
        }
        runs << lines;
    }
    EXPECT_EQ(runs.at(0), runs.at(1));
}

} // namespace
