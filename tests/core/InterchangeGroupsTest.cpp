// Peer-support groups in the interchange format (version 3): the series,
// session changes and notes, participants with their links, attendance,
// tasks and evaluation counts; never a participant's contact.
#include "InterchangeTestSupport.h"

#include "interchange/PersonalData.h"

using namespace baken;
using InterchangeGroups = test::InterchangeFixture;

namespace {

QJsonObject parsed(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

TEST_F(InterchangeGroups, ARoundTripWithGroupsGivesTheSameFile)
{
    fill();
    fillDoubtLine();
    fillGroups();
    const QByteArray original = exportOf(*vault);
    auto copy = dir.create(u"copy.baken"_qs);
    auto report = importInto(*copy, original);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->groups, 2);
    EXPECT_EQ(report->participants, 6);
    EXPECT_TRUE(report->adoptedCodeLists);
    EXPECT_EQ(QString::fromUtf8(exportOf(*copy)).toStdString(), QString::fromUtf8(original).toStdString());

    // The copy works like the original: same numbers, links, rules.
    SqlGroupStore copied(copy->db());
    SqlCodeListStore copiedCodes(copy->db());
    GroupService groupService(*copy, copied, copiedCodes);
    const PeerGroup racism = *copied.group(1);
    EXPECT_EQ(racism.theme, u"Racisme op de werkvloer");
    EXPECT_EQ(racism.facilitatorIds.size(), 2);
    EXPECT_EQ(copied.group(2)->theme, u"Lotgenoten LHBTIQA+");
    const QList<Participant> people = *copied.participants(1);
    ASSERT_EQ(people.size(), 4);
    EXPECT_EQ(people.at(0).pseudonym, u"Amira");
    EXPECT_TRUE(people.at(0).contact.isEmpty());
    EXPECT_TRUE(people.at(0).evaluated);
    EXPECT_EQ(SqlCaseStore(copy->db()).caseById(people.at(0).caseId)->number, first.number);
    const Consultation from = *SqlConsultationStore(copy->db()).byId(people.at(1).consultationId);
    EXPECT_EQ(from.caseNumber, fromConsultation.number); // consultation [1]
    EXPECT_EQ(people.at(2).state, ParticipantState::Left);
    EXPECT_EQ(people.at(3).state, ParticipantState::Offered);
    EXPECT_TRUE(SqlCaseStore(copy->db()).caseById(copied.participants(2)->at(0).caseId)->draft);
    const QList<Session> sessions = *groupService.sessions(1);
    EXPECT_TRUE(sessions.at(1).moved);
    EXPECT_TRUE(sessions.at(2).cancelled);
    EXPECT_EQ(copied.attendance(1, sessions.at(1).originalStart)->size(), 3);
    EXPECT_FALSE(copied.sessionNote(1, sessions.at(0).originalStart)->isEmpty());
    EXPECT_EQ(copied.evaluation(1)->byScore.value(4), 1);
    const QList<GroupTask> tasks = *copied.tasks(1);
    ASSERT_EQ(tasks.size(), 2);
    EXPECT_TRUE(tasks.at(0).isDone());
    EXPECT_EQ(*copy->db().queryInt("SELECT count(*) FROM group_participant WHERE contact <> ''"), 0);
    // Dirk can take the seat Chen left: the rules carry on.
    EXPECT_TRUE(groupService.acceptSeat(people.at(3).id).ok());
}

TEST_F(InterchangeGroups, TheDocumentHoldsTheGroupsButNeverAParticipantsContact)
{
    fill();
    fillDoubtLine();
    fillGroups();
    const QByteArray bytes = exportOf(*vault);
    for (const char *canary : {"CanaryParticipant", "06-22222222", "participantContact"})
        EXPECT_FALSE(bytes.contains(canary)) << canary;

    const QJsonObject doc = parsed(bytes);
    EXPECT_EQ(doc.value(u"version"_qs).toInt(), 3);
    const QJsonArray facilitators = doc.value(u"codeLists"_qs).toObject().value(u"group_facilitators"_qs).toArray();
    ASSERT_EQ(facilitators.size(), 2);
    const QJsonArray groups = doc.value(u"groups"_qs).toArray();
    ASSERT_EQ(groups.size(), 2);
    const QJsonObject racism = groups.at(0).toObject();
    EXPECT_EQ(racism.value(u"id"_qs).toInt(), 1);
    EXPECT_EQ(racism.value(u"facilitators"_qs).toArray(), (QJsonArray{u"noor"_qs, u"bram"_qs})); // list order
    const QJsonObject schedule = racism.value(u"schedule"_qs).toObject();
    EXPECT_EQ(schedule.value(u"firstStart"_qs).toString(),
              QDate::currentDate().addMonths(-3).toString(Qt::ISODate) + u"T19:00");
    EXPECT_EQ(schedule.value(u"recurrence"_qs), u"monthly"_qs);
    EXPECT_EQ(schedule.value(u"count"_qs).toInt(), 6);
    EXPECT_TRUE(schedule.value(u"until"_qs).isNull());

    const QJsonArray changes = racism.value(u"sessionChanges"_qs).toArray();
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes.at(0).toObject().value(u"newPlace"_qs), u"Zaal 4"_qs);
    EXPECT_TRUE(changes.at(1).toObject().value(u"cancelled"_qs).toBool());
    EXPECT_EQ(racism.value(u"sessionNotes"_qs).toArray().size(), 1);

    const QJsonArray people = racism.value(u"participants"_qs).toArray();
    ASSERT_EQ(people.size(), 4);
    const QJsonObject amira = people.at(0).toObject();
    EXPECT_EQ(amira.value(u"source"_qs), u"case"_qs);
    EXPECT_EQ(amira.value(u"case"_qs), first.number);
    EXPECT_TRUE(amira.value(u"evaluated"_qs).toBool());
    for (const interchange::PersonalDataColumn &column : interchange::PersonalDataColumns)
        EXPECT_FALSE(amira.contains(column.key)) << column.column;
    EXPECT_EQ(people.at(1).toObject().value(u"consultation"_qs).toInt(), 1);
    EXPECT_EQ(people.at(2).toObject().value(u"state"_qs), u"left"_qs);
    EXPECT_EQ(people.at(2).toObject().value(u"leftReason"_qs), u"Verhuisd"_qs);
    EXPECT_EQ(people.at(3).toObject().value(u"state"_qs), u"offered"_qs);
    EXPECT_TRUE(people.at(3).toObject().value(u"joinedOn"_qs).isNull());

    const QJsonArray attendance = racism.value(u"attendance"_qs).toArray();
    ASSERT_EQ(attendance.size(), 6);
    EXPECT_EQ(attendance.at(2).toObject().value(u"participant"_qs).toInt(), 2); // Chen, first session
    EXPECT_EQ(attendance.at(2).toObject().value(u"value"_qs), u"absent"_qs);
    const QJsonArray tasks = racism.value(u"tasks"_qs).toArray();
    ASSERT_EQ(tasks.size(), 2);
    EXPECT_EQ(tasks.at(0).toObject().value(u"kind"_qs), u"missed_sessions"_qs);
    EXPECT_FALSE(tasks.at(0).toObject().value(u"doneAt"_qs).isNull());
    EXPECT_EQ(tasks.at(1).toObject().value(u"kind"_qs), u"offer_seat"_qs);
    EXPECT_EQ(tasks.at(1).toObject().value(u"participant"_qs).toInt(), 3);
    EXPECT_EQ(racism.value(u"evaluation"_qs).toArray(), (QJsonArray{0, 0, 0, 1, 0}));

    const QJsonObject online = groups.at(1).toObject();
    EXPECT_EQ(online.value(u"schedule"_qs).toObject().value(u"count"_qs).toInt(), 0);
    EXPECT_FALSE(online.value(u"schedule"_qs).toObject().value(u"until"_qs).isNull());
    const int draft = online.value(u"participants"_qs).toArray().at(0).toObject().value(u"draftCase"_qs).toInt(-1);
    ASSERT_GE(draft, 0);
    EXPECT_TRUE(doc.value(u"cases"_qs).toArray().at(draft).toObject().value(u"draft"_qs).toBool());
}

// Every vault numbers its groups from 1: a vault with groups of its own
// numbers the imported ones after them.
TEST_F(InterchangeGroups, AVaultWithGroupsNumbersTheImportedOnesAfterItsOwn)
{
    fill();
    fillDoubtLine();
    fillGroups();
    const QByteArray bytes = exportOf(*vault);
    auto target = dir.create(u"target.baken"_qs);
    SqlGroupStore targetGroups(target->db());
    SqlCodeListStore targetCodes(target->db());
    PeerGroup own;
    own.theme = u"Eigen groep"_qs;
    own.schedule.firstStart = QDateTime(QDate::currentDate().addDays(10), QTime(18, 0));
    own.schedule.count = 3;
    ASSERT_TRUE(GroupService(*target, targetGroups, targetCodes).createGroup(own).ok());

    auto report = importInto(*target, bytes);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_FALSE(report->adoptedCodeLists);
    EXPECT_EQ(report->groups, 2);
    const auto all = *targetGroups.groups();
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(targetGroups.group(1)->theme, u"Eigen groep");
    EXPECT_EQ(targetGroups.group(2)->theme, u"Racisme op de werkvloer");
    EXPECT_EQ(targetGroups.group(3)->theme, u"Lotgenoten LHBTIQA+");
    EXPECT_EQ(targetGroups.group(2)->facilitatorIds.size(), 2); // the facilitators were added to its list
    EXPECT_EQ(targetGroups.participants(2)->size(), 4);
}

TEST_F(InterchangeGroups, AVersionTwoFileStillImportsAndMayNotHoldGroups)
{
    fill();
    fillDoubtLine();
    QJsonObject doc = parsed(exportOf(*vault));
    doc.insert(u"version"_qs, 2);
    doc.remove(u"groups"_qs);
    QJsonObject lists = doc.value(u"codeLists"_qs).toObject();
    lists.remove(u"group_facilitators"_qs);
    doc.insert(u"codeLists"_qs, lists);
    auto report = importInto(*dir.create(u"copy.baken"_qs), toBytes(doc));
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->consultations, 5);
    EXPECT_EQ(report->groups, 0);

    QJsonObject stray = doc;
    stray.insert(u"groups"_qs, QJsonArray());
    auto refused = importInto(*dir.create(u"groups.baken"_qs), toBytes(stray));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"the file: \"groups\" is not a field of this format version"))
        << refused.error().message.toStdString();
    lists.insert(u"group_facilitators"_qs, QJsonArray());
    doc.insert(u"codeLists"_qs, lists);
    refused = importInto(*dir.create(u"lists.baken"_qs), toBytes(doc));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"codeLists: \"group_facilitators\" is not a field"))
        << refused.error().message.toStdString();
}
