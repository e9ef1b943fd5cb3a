// Retention: which cases are due, what destroying one erases and keeps, and
// that a destroyed case stays destroyed.
#include "RetentionTestSupport.h"

#include "cases/CaseSearch.h"
#include "db/SqlValues.h"
#include "vault/VaultSettings.h"

using namespace baken;
using Retention = test::RetentionFixture;

namespace {

QString textOf(Database &db, const char *sql, qint64 id)
{
    auto stmt = db.prepare(sql);
    EXPECT_TRUE(stmt.ok());
    stmt->bind(1, id);
    auto row = stmt->step();
    EXPECT_TRUE(row.ok() && *row) << sql;
    return row && *row ? stmt->text(0) : QStringLiteral("<no row>");
}

} // namespace

TEST_F(Retention, ListsClosedCasesPastTheirDestructionDateOldestFirst)
{
    const qint64 open = registerCase(intake(today().addDays(-500))).id;
    const qint64 recent = registerCase(intake(today().addDays(-500))).id;
    ASSERT_TRUE(service->close(recent, code(CodeList::Outcomes, "resolved"), {code(CodeList::Measures, "none")},
                               today().addDays(-30))
                    .ok());
    const qint64 due = registerCase(intake(today().addDays(-500))).id;
    ASSERT_NO_FATAL_FAILURE(closeLongAgo(due));
    CaseIntake older = intake(today().addDays(-800));
    older.type = CaseType::Complaint;
    const qint64 oldest = registerCase(older).id;
    ASSERT_TRUE(service->close(oldest, code(CodeList::Outcomes, "resolved"), {code(CodeList::Measures, "none")},
                               today().addDays(-700))
                    .ok());
    ASSERT_TRUE(service->createDraft(intake()).ok());

    auto list = retention->dueCases();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).id, oldest);
    EXPECT_EQ(list->at(0).type, CaseType::Complaint);
    EXPECT_EQ(list->at(0).closedOn, today().addDays(-700));
    EXPECT_EQ(list->at(0).destructionDate, today().addDays(-700).addMonths(12));
    EXPECT_EQ(list->at(0).number, store->caseById(oldest)->number);
    EXPECT_EQ(list->at(1).id, due);
    Q_UNUSED(open);

    // On the destruction date itself it is due; a day before it is not.
    const QDate date = list->at(1).destructionDate;
    EXPECT_EQ(retention->dueCases(date)->size(), 2);
    EXPECT_EQ(retention->dueCases(date.addDays(-1))->size(), 1);

    // The dashboard's count says the same as the list, on either side of that date.
    EXPECT_EQ(*retention->dueCount(), 2);
    EXPECT_EQ(*retention->dueCount(date), 2);
    EXPECT_EQ(*retention->dueCount(date.addDays(-1)), 1);
}

TEST_F(Retention, DestroyingErasesEveryTextAndPersonalDetailButKeepsTheCodedFields)
{
    const qint64 caseId = fullCase();
    const CaseFile before = *store->caseById(caseId);
    const auto contactsBefore = *store->contacts(caseId);
    const auto referralsBefore = *store->referrals(caseId);
    const auto hoursBefore = *store->hours(caseId);
    const auto historyBefore = store->statusHistory(caseId)->size();

    ASSERT_TRUE(retention->destroy(caseId).ok());

    const CaseFile after = *store->caseById(caseId);
    for (const QString *text : {&after.intake.pseudonym, &after.intake.reporterName, &after.intake.reporterContact,
                                &after.intake.whatHappened, &after.intake.impact, &after.intake.desiredOutcome,
                                &after.intake.accusedName})
        EXPECT_TRUE(text->isEmpty()) << text->toStdString();
    EXPECT_TRUE(textOf(vault->db(), "SELECT accused_key FROM case_file WHERE id = ?1", caseId).isEmpty());
    // What the figures are made of stays.
    EXPECT_EQ(after.number, before.number);
    EXPECT_EQ(after.status, CaseStatus::Closed);
    EXPECT_EQ(after.intake.type, before.intake.type);
    EXPECT_EQ(after.intake.intakeDate, before.intake.intakeDate);
    EXPECT_EQ(after.intake.channelId, before.intake.channelId);
    EXPECT_EQ(after.intake.groundIds, before.intake.groundIds);
    EXPECT_EQ(after.intake.formIds, before.intake.formIds);
    EXPECT_EQ(after.intake.accusedRoleId, before.intake.accusedRoleId);
    EXPECT_EQ(after.outcomeId, before.outcomeId);
    EXPECT_EQ(after.measureIds, before.measureIds);
    EXPECT_EQ(after.closedDate, before.closedDate);
    EXPECT_EQ(store->statusHistory(caseId)->size(), historyBefore);

    const auto contacts = *store->contacts(caseId);
    ASSERT_EQ(contacts.size(), contactsBefore.size());
    EXPECT_TRUE(contacts[0].note.isEmpty());
    EXPECT_EQ(contacts[0].minutes, contactsBefore[0].minutes);
    EXPECT_EQ(contacts[0].occurredAt, contactsBefore[0].occurredAt);
    EXPECT_TRUE(store->contactRevisions(contacts[0].id)->isEmpty());
    const auto referrals = *store->referrals(caseId);
    ASSERT_EQ(referrals.size(), referralsBefore.size());
    EXPECT_TRUE(referrals[0].note.isEmpty());
    EXPECT_EQ(referrals[0].bodyId, referralsBefore[0].bodyId);
    EXPECT_EQ(referrals[0].date, referralsBefore[0].date);
    EXPECT_EQ(store->hours(caseId)->size(), hoursBefore.size());
    EXPECT_EQ(store->hours(caseId)->at(0).minutes, hoursBefore[0].minutes);
    // A follow-up is nothing but its text, and must not nag about a case
    // that says nothing any more.
    EXPECT_TRUE(store->followUps(caseId)->isEmpty());

    // The consultation it came from keeps its figures, not its story.
    const Consultation k = *consultations->byId(consultationId);
    EXPECT_TRUE(k.question.isEmpty());
    EXPECT_TRUE(k.callbackContact.isEmpty());
    EXPECT_EQ(k.caseId, 0);
    EXPECT_EQ(k.channelId, code(CodeList::Channels, "phone"));
    EXPECT_TRUE(consultations->revisions(consultationId)->isEmpty());
    // The group keeps a nameless participant, so its attendance still adds up.
    EXPECT_TRUE(textOf(vault->db(), "SELECT pseudonym || contact || left_reason FROM group_participant WHERE id = ?1",
                       participantId)
                    .isEmpty());
    EXPECT_EQ(textOf(vault->db(), "SELECT coalesce(case_id, 'none') || ' ' || state || ' ' || joined_on"
                                  " FROM group_participant WHERE id = ?1",
                     participantId),
              u"none left " + today().addDays(-493).toString(Qt::ISODate));

    // Not found by anything it said, nor by its number.
    CaseSearch search(vault->db());
    CaseFilter byText;
    byText.text = test::canaryFor("case.what_happened");
    EXPECT_EQ(*search.count(byText), 0);
    EXPECT_EQ(*vault->db().queryInt("SELECT count(*) FROM case_search"), 0);
}

TEST_F(Retention, TheAuditLogSaysWhichCaseWasDestroyedAndNothingElse)
{
    const qint64 caseId = fullCase();
    const qint64 before = auditCount();
    ASSERT_TRUE(retention->destroy(caseId).ok());
    EXPECT_EQ(auditCount(), before + 1);
    const auto latest = *vault->audit().latest(1);
    EXPECT_EQ(latest[0].event, u"case.destroyed");
    EXPECT_EQ(latest[0].objectType, u"case");
    EXPECT_EQ(latest[0].objectId, QString::number(caseId));
    EXPECT_TRUE(vault->audit().verify()->intact);
}

TEST_F(Retention, ACaseNotYetDueIsRefusedAndLeftAsItWas)
{
    const qint64 open = registerCase(intake(today().addDays(-500))).id;
    const qint64 recent = registerCase(intake(today().addDays(-500))).id;
    ASSERT_TRUE(service->close(recent, code(CodeList::Outcomes, "resolved"), {code(CodeList::Measures, "none")},
                               today().addDays(-30))
                    .ok());
    const qint64 audit = auditCount();
    for (qint64 id : {open, recent}) {
        const CaseFile before = *store->caseById(id);
        Status refused = retention->destroy(id);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.code(), ErrorCode::InvalidInput);
        EXPECT_EQ(store->caseById(id)->intake, before.intake);
    }
    EXPECT_TRUE(retention->destroy(recent).error().message.contains(u"kept until"));
    EXPECT_EQ(retention->destroy(9999).code(), ErrorCode::NotFound);
    EXPECT_EQ(auditCount(), audit);
}

TEST_F(Retention, ADestroyedCaseIsNotDueAgainAndCannotBeReopenedOrChanged)
{
    const qint64 caseId = fullCase();
    EXPECT_EQ(*retention->dueCount(), 1);
    ASSERT_TRUE(retention->destroy(caseId).ok());
    EXPECT_TRUE(retention->dueCases()->isEmpty());
    EXPECT_EQ(*retention->dueCount(), 0);
    EXPECT_TRUE(retention->destroy(caseId).error().message.contains(u"already destroyed"));

    const QString message = destroyedCaseError().message;
    Status reopened = service->reopen(caseId);
    ASSERT_FALSE(reopened.ok());
    EXPECT_EQ(reopened.error().message, message);
    EXPECT_EQ(store->caseById(caseId)->status, CaseStatus::Closed);
    CaseIntake in = store->caseById(caseId)->intake;
    in.whatHappened = QStringLiteral("Nieuw verhaal");
    EXPECT_EQ(service->updateIntake(caseId, in).error().message, message);
    EXPECT_EQ(service->addContact({0, caseId, QDateTime::currentDateTime(), 0, 5, u"nieuw"_qs, 0}).error().message,
              message);
    EXPECT_TRUE(store->caseById(caseId)->intake.whatHappened.isEmpty());
}

TEST_F(Retention, DestroyingAllDueCasesDestroysEachOneAndLeavesTheOthers)
{
    const qint64 first = fullCase();
    const qint64 second = registerCase(intake(today().addDays(-500))).id;
    ASSERT_NO_FATAL_FAILURE(closeLongAgo(second));
    const qint64 kept = registerCase(intake(today().addDays(-500))).id;

    auto destroyed = retention->destroyDue();
    ASSERT_TRUE(destroyed.ok());
    EXPECT_EQ(*destroyed, 2);
    EXPECT_TRUE(retention->dueCases()->isEmpty());
    for (qint64 id : {first, second})
        EXPECT_TRUE(store->caseById(id)->destroyedAt.isValid());
    EXPECT_FALSE(store->caseById(kept)->destroyedAt.isValid());
    EXPECT_FALSE(store->caseById(kept)->intake.whatHappened.isEmpty());
    EXPECT_EQ(*retention->destroyDue(), 0);
}

TEST_F(Retention, PersonalDataInATableRetentionDoesNotKnowStopsTheDestruction)
{
    const qint64 caseId = fullCase();
    ASSERT_TRUE(vault->db().exec("INSERT INTO personal_data_column VALUES ('peer_group', 'place')").ok());
    const qint64 audit = auditCount();
    Status refused = retention->destroy(caseId);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::Integrity);
    EXPECT_FALSE(store->caseById(caseId)->destroyedAt.isValid());
    EXPECT_FALSE(store->caseById(caseId)->intake.whatHappened.isEmpty());
    EXPECT_EQ(auditCount(), audit);
}
