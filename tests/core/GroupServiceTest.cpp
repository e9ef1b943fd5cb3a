#include "CaseTestSupport.h"

#include "groups/GroupService.h"
#include "groups/SqlGroupStore.h"

#include <algorithm>

using namespace baken;

namespace {

class Groups : public test::CaseFixture {
protected:
    void SetUp() override
    {
        CaseFixture::SetUp();
        groupStore = std::make_unique<SqlGroupStore>(vault->db());
        groups = std::make_unique<GroupService>(*vault, *groupStore, *codes);
        auto stmt = vault->db().prepare("INSERT INTO code_list_item (list, code, label_nl, label_en, position)"
                                        " VALUES ('group_facilitators', 'ilse', 'Ilse', 'Ilse', 0)");
        ASSERT_TRUE(stmt.ok());
        ASSERT_TRUE(stmt->run().ok());
        facilitator = vault->db().lastInsertId();
    }

    // Monthly, six sessions; by default the first was five months ago, so
    // five have taken place.
    PeerGroup monthly(int capacity = 3, int monthsAgo = 5)
    {
        PeerGroup g;
        g.theme = u"Racisme op de werkvloer"_qs;
        g.description = u"Herkenning en steun"_qs;
        g.facilitatorIds = {facilitator};
        g.capacity = capacity;
        g.place = u"Stadhuis, zaal 3"_qs;
        g.schedule.firstStart = QDateTime(QDate::currentDate().addMonths(-monthsAgo), QTime(19, 0));
        g.schedule.durationMinutes = 120;
        g.schedule.recurrence = Recurrence::Monthly;
        g.schedule.count = 6;
        return g;
    }

    qint64 create(const PeerGroup &g)
    {
        auto id = groups->createGroup(g);
        EXPECT_TRUE(id.ok()) << (id ? "" : id.error().message.toStdString());
        return id ? *id : 0;
    }

    Participant join(qint64 groupId, const QString &pseudonym)
    {
        Participant p;
        p.groupId = groupId;
        p.pseudonym = pseudonym;
        auto added = groups->addParticipant(p);
        EXPECT_TRUE(added.ok()) << (added ? "" : added.error().message.toStdString());
        return added ? *added : Participant{};
    }

    ParticipantState stateOf(qint64 id) { return groupStore->participant(id)->state; }

    QList<GroupTask> openTasks(GroupTaskKind kind)
    {
        QList<GroupTask> out;
        for (const GroupTask &t : *groupStore->openTasks({}))
            if (t.kind == kind)
                out << t;
        return out;
    }

    QList<Session> pastSessions(qint64 groupId)
    {
        QList<Session> out;
        for (const Session &s : *groups->sessions(groupId))
            if (!s.cancelled && s.start < QDateTime::currentDateTime())
                out << s;
        return out;
    }

    std::unique_ptr<SqlGroupStore> groupStore;
    std::unique_ptr<GroupService> groups;
    qint64 facilitator = 0;
};

} // namespace

TEST_F(Groups, AMonthlySeriesIsCreatedWithItsSessionsAndBadInputChangesNothing)
{
    const qint64 id = create(monthly());
    auto sessions = groups->sessions(id);
    ASSERT_TRUE(sessions.ok());
    ASSERT_EQ(sessions->size(), 6);
    EXPECT_EQ(sessions->front().place, u"Stadhuis, zaal 3");
    EXPECT_EQ(groupStore->group(id)->facilitatorIds, QList<qint64>{facilitator});
    EXPECT_EQ(vault->audit().latest(1)->front().event, u"group.created");

    const qint64 audit = auditCount();
    const std::pair<const char *, std::function<void(PeerGroup &)>> bad[] = {
        {"no theme", [](PeerGroup &g) { g.theme = u"  "_qs; }},
        {"no seats", [](PeerGroup &g) { g.capacity = 0; }},
        {"too many seats", [](PeerGroup &g) { g.capacity = GroupService::MaxCapacity + 1; }},
        {"facilitator from another list",
         [this](PeerGroup &g) { g.facilitatorIds = {code(CodeList::Channels, "phone")}; }},
        {"no first session", [](PeerGroup &g) { g.schedule.firstStart = {}; }},
        {"count and until", [](PeerGroup &g) { g.schedule.until = QDate::currentDate(); }},
        {"missed rule too high", [](PeerGroup &g) { g.missedInARow = 11; }},
        {"negative check-in", [](PeerGroup &g) { g.checkInDays = -1; }},
    };
    for (const auto &[name, spoil] : bad) {
        PeerGroup g = monthly();
        spoil(g);
        auto refused = groups->createGroup(g);
        ASSERT_FALSE(refused.ok()) << name;
        EXPECT_FALSE(refused.error().message.isEmpty()) << name;
    }
    EXPECT_EQ(groupStore->groups()->size(), 1);
    EXPECT_EQ(auditCount(), audit);
}

TEST_F(Groups, SeatsFillToCapacityThenTheWaitingListKeepsTheOrderOfSignUp)
{
    const qint64 id = create(monthly(2));
    const Participant a = join(id, u"Amira"_qs);
    const Participant b = join(id, u"Bas"_qs);
    const Participant c = join(id, u"Chen"_qs);
    const Participant d = join(id, u"Dewi"_qs);
    EXPECT_EQ(a.state, ParticipantState::Member);
    EXPECT_EQ(b.state, ParticipantState::Member);
    EXPECT_EQ(c.state, ParticipantState::Waiting);
    EXPECT_EQ(d.state, ParticipantState::Waiting);
    EXPECT_EQ(a.joinedOn, QDate::currentDate());

    // The same pseudonym twice in one group is refused.
    Participant twice;
    twice.groupId = id;
    twice.pseudonym = u"amira "_qs;
    EXPECT_FALSE(groups->addParticipant(twice).ok());

    // A seat frees: the first one waiting is offered it, with a task.
    ASSERT_TRUE(groups->leave(a.id, QDate::currentDate(), u"Verhuisd"_qs).ok());
    EXPECT_EQ(stateOf(a.id), ParticipantState::Left);
    EXPECT_EQ(stateOf(c.id), ParticipantState::Offered);
    EXPECT_EQ(stateOf(d.id), ParticipantState::Waiting);
    auto offers = openTasks(GroupTaskKind::OfferSeat);
    ASSERT_EQ(offers.size(), 1);
    EXPECT_EQ(offers.front().participantId, c.id);
    EXPECT_EQ(offers.front().pseudonym, u"Chen");
    EXPECT_EQ(offers.front().due, QDate::currentDate());

    // Declining passes the seat on; accepting closes the task.
    ASSERT_TRUE(groups->declineSeat(c.id).ok());
    EXPECT_EQ(stateOf(c.id), ParticipantState::Left);
    EXPECT_EQ(stateOf(d.id), ParticipantState::Offered);
    ASSERT_TRUE(groups->acceptSeat(d.id).ok());
    EXPECT_EQ(stateOf(d.id), ParticipantState::Member);
    EXPECT_TRUE(openTasks(GroupTaskKind::OfferSeat).isEmpty());
    EXPECT_FALSE(groups->acceptSeat(b.id).ok()); // never offered

    // While someone waits, a newcomer does not jump the queue for a free seat.
    const Participant e = join(id, u"Eva"_qs);
    EXPECT_EQ(e.state, ParticipantState::Waiting);
}

TEST_F(Groups, TheNumberOfSeatsCannotDropBelowThoseSeatedAndMoreSeatsGoToTheWaitingList)
{
    const qint64 id = create(monthly(2));
    join(id, u"Amira"_qs);
    join(id, u"Bas"_qs);
    const Participant c = join(id, u"Chen"_qs);
    PeerGroup g = *groupStore->group(id);
    g.capacity = 1;
    EXPECT_FALSE(groups->updateGroup(g).ok());
    g.capacity = 3;
    ASSERT_TRUE(groups->updateGroup(g).ok());
    EXPECT_EQ(stateOf(c.id), ParticipantState::Offered);
}

TEST_F(Groups, AttendanceIsTakenForMembersAtSessionsThatTookPlace)
{
    const qint64 id = create(monthly());
    const Participant late = join(id, u"Bas"_qs);
    const QList<Session> all = *groups->sessions(id);
    // Joined today: earlier sessions were before their time in the group.
    EXPECT_FALSE(groups->recordAttendance(id, all[0].originalStart, late.id, Attendance::Present).ok());
    // Added afterwards to a series that had started, with the day they joined.
    Participant p;
    p.groupId = id;
    p.pseudonym = u"Amira"_qs;
    p.joinedOn = all[0].start.date();
    const Participant a = *groups->addParticipant(p);
    EXPECT_EQ(a.joinedOn, all[0].start.date());
    p.pseudonym = u"Chen"_qs;
    p.joinedOn = QDate::currentDate().addDays(1);
    EXPECT_FALSE(groups->addParticipant(p).ok());

    ASSERT_TRUE(groups->recordAttendance(id, all[0].originalStart, a.id, Attendance::Present).ok());
    EXPECT_EQ(groupStore->attendance(id, all[0].originalStart)->value(a.id), Attendance::Present);
    auto future = groups->recordAttendance(id, all[5].originalStart, a.id, Attendance::Present);
    ASSERT_FALSE(future.ok());
    EXPECT_FALSE(future.error().message.isEmpty());
    EXPECT_FALSE(groups->recordAttendance(id, all[0].originalStart.addDays(1), a.id, Attendance::Present).ok());

    // A session with attendance took place: it cannot be cancelled.
    EXPECT_FALSE(groups->cancelSession(id, all[0].originalStart).ok());
    ASSERT_TRUE(groups->cancelSession(id, all[1].originalStart).ok());
    EXPECT_FALSE(groups->recordAttendance(id, all[1].originalStart, a.id, Attendance::Present).ok());
}

TEST_F(Groups, MissingTwoSessionsInARowGivesATaskAndTheRuleCanBeChanged)
{
    PeerGroup g = monthly();
    const qint64 id = create(g);
    const Participant a = join(id, u"Amira"_qs);
    const Participant b = join(id, u"Bas"_qs);
    const QList<Session> past = pastSessions(id);
    ASSERT_GE(past.size(), 4);
    for (const Participant &p : {a, b}) {
        Participant early = *groupStore->participant(p.id);
        early.joinedOn = past[0].start.date();
        ASSERT_TRUE(groupStore->updateParticipant(early).ok());
    }
    const auto take = [&](int session, const Participant &p, Attendance value) {
        ASSERT_TRUE(groups->recordAttendance(id, past[session].originalStart, p.id, value).ok());
    };
    take(0, a, Attendance::Absent);
    take(1, a, Attendance::Present); // a present session breaks the run
    take(2, a, Attendance::Excused);
    EXPECT_TRUE(openTasks(GroupTaskKind::MissedSessions).isEmpty());
    take(3, a, Attendance::Absent); // two in a row, with or without notice
    auto missed = openTasks(GroupTaskKind::MissedSessions);
    ASSERT_EQ(missed.size(), 1);
    EXPECT_EQ(missed.front().participantId, a.id);

    // Recording the same miss again does not add a second task.
    take(3, a, Attendance::Absent);
    EXPECT_EQ(openTasks(GroupTaskKind::MissedSessions).size(), 1);

    // With the rule at three, two misses are not enough; at zero it is off.
    g = *groupStore->group(id);
    g.missedInARow = 3;
    ASSERT_TRUE(groups->updateGroup(g).ok());
    take(0, b, Attendance::Absent);
    take(1, b, Attendance::Absent);
    EXPECT_EQ(openTasks(GroupTaskKind::MissedSessions).size(), 1);
    take(2, b, Attendance::Absent);
    EXPECT_EQ(openTasks(GroupTaskKind::MissedSessions).size(), 2);
}

TEST_F(Groups, EveryMemberGetsACheckInTwoWeeksAfterTheSeriesEndsOnce)
{
    PeerGroup ended = monthly(3, 7); // six monthly sessions from seven months ago: over
    const qint64 id = create(ended);
    const Participant a = join(id, u"Amira"_qs);
    const Participant b = join(id, u"Bas"_qs);
    ASSERT_TRUE(groups->leave(b.id, QDate::currentDate(), {}).ok());
    PeerGroup off = monthly(3, 7);
    off.theme = u"Zonder nazorg"_qs;
    off.checkInDays = 0;
    const qint64 quiet = create(off);
    join(quiet, u"Chen"_qs);
    const qint64 running = create(monthly());
    join(running, u"Dewi"_qs);

    auto created = groups->refreshAftercare(QDate::currentDate());
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(*created, 1);
    auto checkIns = openTasks(GroupTaskKind::CheckIn);
    ASSERT_EQ(checkIns.size(), 1);
    EXPECT_EQ(checkIns.front().participantId, a.id);
    const QList<Session> all = *groups->sessions(id);
    EXPECT_EQ(checkIns.front().due, all.back().start.date().addDays(14));
    EXPECT_EQ(*groups->refreshAftercare(QDate::currentDate()), 0); // once
    ASSERT_TRUE(groups->completeTask(checkIns.front().id).ok());
    EXPECT_EQ(*groups->refreshAftercare(QDate::currentDate()), 0); // done stays done
    EXPECT_FALSE(groups->completeTask(checkIns.front().id).ok());
}

TEST_F(Groups, OnlyGroupsWithAMemberWithoutACheckInAreLookedAtAgain)
{
    const qint64 ended = create(monthly(3, 7));
    join(ended, u"Amira"_qs);
    PeerGroup off = monthly(3, 7);
    off.checkInDays = 0;
    join(create(off), u"Chen"_qs);
    const qint64 running = create(monthly());
    join(running, u"Dewi"_qs);
    create(monthly(3, 8)); // nobody in it

    EXPECT_EQ(*groupStore->groupsAwaitingCheckIn(), (QList<qint64>{running, ended}));
    ASSERT_EQ(*groups->refreshAftercare(QDate::currentDate()), 1);
    // The ended series is planned; the running one waits for its end.
    EXPECT_EQ(*groupStore->groupsAwaitingCheckIn(), QList<qint64>{running});
    join(ended, u"Bas"_qs); // added afterwards: still gets a check-in
    EXPECT_EQ(*groupStore->groupsAwaitingCheckIn(), (QList<qint64>{running, ended}));
    EXPECT_EQ(*groups->refreshAftercare(QDate::currentDate()), 1);
}

TEST_F(Groups, TheSessionsFromADayAreThoseOfEveryGroupEvenOneMovedPastItsSeriesEnd)
{
    const qint64 ended = create(monthly(3, 7));
    const qint64 running = create(monthly(3, 3));
    const qint64 coming = create(monthly(3, -2));
    const QDate from = QDate::currentDate().addDays(-3);
    // What expanding every series whole gives: the reference.
    const auto expected = [&] {
        QList<std::pair<qint64, QDateTime>> out;
        for (const PeerGroup &g : *groupStore->groups())
            for (const Session &s : *groups->sessions(g.id))
                if (s.start.date() >= from)
                    out.append({g.id, s.start});
        return out;
    };
    const auto actual = [&] {
        QList<std::pair<qint64, QDateTime>> out;
        auto sessions = groups->sessionsFrom(from);
        EXPECT_TRUE(sessions.ok());
        for (const GroupSession &s : *sessions) {
            EXPECT_EQ(s.theme, groupStore->group(s.groupId)->theme);
            out.append({s.groupId, s.session.start});
        }
        return out;
    };
    const auto sessions = actual();
    EXPECT_EQ(sessions, expected());
    const auto of = [&](qint64 id) {
        return std::count_if(sessions.cbegin(), sessions.cend(), [&](const auto &s) { return s.first == id; });
    };
    EXPECT_EQ(of(ended), 0);
    EXPECT_GT(of(running), 0);
    EXPECT_EQ(of(coming), 6);

    // The ended series' last session, moved to next week, is on the agenda.
    const Session last = groups->sessions(ended)->constLast();
    const QDateTime nextWeek(QDate::currentDate().addDays(7), QTime(19, 0));
    ASSERT_TRUE(groups->moveSession(ended, last.originalStart, nextWeek, {}).ok());
    EXPECT_EQ(actual(), expected());
    EXPECT_TRUE(actual().contains(std::pair<qint64, QDateTime>(ended, nextWeek)));
}

TEST_F(Groups, TheOutlookOfASeriesCountsItsSessionsAndNamesTheNextOne)
{
    const qint64 ended = create(monthly(3, 7));
    const qint64 running = create(monthly(3, 3));
    const qint64 coming = create(monthly(3, -2));
    const QDateTime now = QDateTime::currentDateTime();
    const auto outlook = [&](qint64 id) {
        auto o = GroupService::outlookOf(*groupStore->group(id), *groupStore->sessionChanges(id), now);
        EXPECT_TRUE(o.ok());
        return o ? *o : SeriesOutlook{-1, {}};
    };
    const auto nextOf = [&](qint64 id) {
        for (const Session &s : *groups->sessions(id))
            if (!s.cancelled && s.end >= now)
                return s.start;
        return QDateTime();
    };
    for (const qint64 id : {ended, running, coming}) {
        SCOPED_TRACE(id);
        EXPECT_EQ(outlook(id).sessions, 6);
        EXPECT_EQ(outlook(id).next, nextOf(id));
    }
    EXPECT_FALSE(outlook(ended).next.isValid());
    EXPECT_TRUE(outlook(running).next.isValid());
    EXPECT_EQ(outlook(coming).next, groups->sessions(coming)->constFirst().start);

    // A session of the ended series moved to next week is its next one.
    const Session last = groups->sessions(ended)->constLast();
    const QDateTime nextWeek(QDate::currentDate().addDays(7), QTime(19, 0));
    ASSERT_TRUE(groups->moveSession(ended, last.originalStart, nextWeek, {}).ok());
    EXPECT_EQ(outlook(ended).next, nextWeek);
    EXPECT_EQ(outlook(ended).sessions, 6);
}

TEST_F(Groups, AMovedSessionKeepsItsAttendanceAndASeriesChangeThatDropsItIsRefused)
{
    const qint64 id = create(monthly());
    const Participant a = join(id, u"Amira"_qs);
    const QList<Session> past = pastSessions(id);
    Participant early = *groupStore->participant(a.id);
    early.joinedOn = past[0].start.date();
    ASSERT_TRUE(groupStore->updateParticipant(early).ok());
    ASSERT_TRUE(groups->recordAttendance(id, past[0].originalStart, a.id, Attendance::Present).ok());

    const QDateTime later = past[0].originalStart.addDays(1);
    ASSERT_TRUE(groups->moveSession(id, past[0].originalStart, later, u"Buurthuis"_qs).ok());
    const Session moved = groups->sessions(id)->front();
    EXPECT_TRUE(moved.moved);
    EXPECT_EQ(moved.start, later);
    EXPECT_EQ(moved.place, u"Buurthuis");
    EXPECT_EQ(groupStore->attendance(id, moved.originalStart)->value(a.id), Attendance::Present);
    ASSERT_TRUE(groups->setSessionNote(id, moved.originalStart, u"Goed gesprek over herkenning"_qs).ok());
    EXPECT_EQ(*groupStore->sessionNote(id, moved.originalStart), u"Goed gesprek over herkenning");

    // A new first session would orphan that attendance.
    PeerGroup g = *groupStore->group(id);
    g.schedule.firstStart = g.schedule.firstStart.addDays(7);
    EXPECT_FALSE(groups->updateGroup(g).ok());
    // More sessions keep every one that exists: fine.
    g = *groupStore->group(id);
    g.schedule.count = 8;
    ASSERT_TRUE(groups->updateGroup(g).ok());
    EXPECT_EQ(groups->sessions(id)->size(), 8);

    ASSERT_TRUE(groups->restoreSession(id, moved.originalStart).ok());
    EXPECT_FALSE(groups->sessions(id)->front().moved);
}

TEST_F(Groups, EachParticipantScoresOnceAndNoScoreLeadsBackToThem)
{
    const qint64 id = create(monthly());
    const Participant a = join(id, u"Amira"_qs);
    const Participant b = join(id, u"Bas"_qs);
    const Participant waiting = [&] {
        join(id, u"Chen"_qs);
        return join(id, u"Dewi"_qs);
    }();
    ASSERT_TRUE(groups->evaluate(a.id, 4).ok());
    ASSERT_TRUE(groups->evaluate(b.id, 5).ok());
    EXPECT_FALSE(groups->evaluate(a.id, 1).ok());       // once
    EXPECT_FALSE(groups->evaluate(waiting.id, 3).ok()); // never took part
    Participant c = *groupStore->participant(a.id);
    EXPECT_FALSE(groups->evaluate(c.id, 6).ok());

    auto summary = groupStore->evaluation(id);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->count(), 2);
    EXPECT_DOUBLE_EQ(summary->mean(), 4.5);
    EXPECT_EQ(summary->byScore.value(4), 1);
    // The scores table has no column that could name a participant, and the
    // audit entry names the group.
    auto info = vault->db().prepare("PRAGMA table_info(group_evaluation)");
    QStringList columns;
    ASSERT_TRUE(info->forEach([&](const Statement &row) { columns << row.text(1); }).ok());
    EXPECT_EQ(columns, (QStringList{u"group_id"_qs, u"score"_qs, u"count"_qs}));
    const AuditEntry last = vault->audit().latest(1)->front();
    EXPECT_EQ(last.event, u"group.evaluated");
    EXPECT_EQ(last.objectType, u"group");
}

TEST_F(Groups, APersonFromACaseNeedsThatCaseAndTheContactIsPersonalData)
{
    const qint64 id = create(monthly());
    Participant p;
    p.groupId = id;
    p.pseudonym = u"Fatima"_qs;
    p.source = ParticipantSource::Case;
    p.caseId = 999;
    EXPECT_FALSE(groups->addParticipant(p).ok());
    p.caseId = registerCase(intake()).id;
    p.contact = u"06-11112222"_qs;
    auto added = groups->addParticipant(p);
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(groupStore->participant(added->id)->caseId, p.caseId);
    EXPECT_EQ(*vault->db().queryInt("SELECT count(*) FROM personal_data_column WHERE table_name = 'group_participant'"
                                    " AND column_name = 'contact'"),
              1);
    EXPECT_EQ(*vault->db().queryInt("SELECT count(*) FROM audit_log WHERE object_id LIKE '%Fatima%'"
                                    " OR event LIKE '%Fatima%'"),
              0);
}
