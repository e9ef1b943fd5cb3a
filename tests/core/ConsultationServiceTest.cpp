#include "CaseTestSupport.h"

#include "codelists/CodeListService.h"
#include "doubtline/ConsultationService.h"
#include "doubtline/ReferralGuide.h"
#include "doubtline/SqlConsultationStore.h"

using namespace baken;

namespace {

class Consultations : public test::CaseFixture {
protected:
    void SetUp() override
    {
        CaseFixture::SetUp();
        consults = std::make_unique<SqlConsultationStore>(vault->db());
        doubt = std::make_unique<ConsultationService>(*vault, *consults, *store, *codes);
        staff = addItem("doubt_line_staff", "Samira");
        unit = addItem("units", "Stadsbeheer");
    }

    qint64 addItem(const char *list, const char *name)
    {
        auto stmt = vault->db().prepare("INSERT INTO code_list_item (list, code, label_nl, label_en, position)"
                                        " VALUES (?1, ?2, ?2, ?2, 0)");
        EXPECT_TRUE(stmt.ok());
        stmt->bind(1, QString::fromUtf8(list)).bind(2, QString::fromUtf8(name));
        EXPECT_TRUE(stmt->run().ok());
        return vault->db().lastInsertId();
    }

    // A typical entry: a phone call about remarks on a headscarf, advice given.
    Consultation typical()
    {
        Consultation c;
        c.occurredAt = earlierToday(600);
        c.minutes = 12;
        c.staffId = staff;
        c.channelId = code(CodeList::Channels, "phone");
        c.callerRoleId = code(CodeList::ReporterRoles, "affected_employee");
        c.unitId = unit;
        c.groundIds = {code(CodeList::Grounds, "religion")};
        c.formIds = {code(CodeList::Forms, "micro_aggression")};
        c.question = QStringLiteral("Is een grap over mijn hoofddoek discriminatie?");
        c.assessment = Assessment::Possibly;
        c.outcome = ConsultationOutcome::Advised;
        c.adviceId = code(CodeList::Advice, "write_down");
        return c;
    }

    // Up to `seconds` ago, but never before today began (a run just after midnight).
    static QDateTime earlierToday(int seconds)
    {
        const QDateTime now = QDateTime::currentDateTime();
        const int sinceMidnight = now.time().msecsSinceStartOfDay() / 1000;
        const QDateTime at = now.addSecs(-qMin(seconds, sinceMidnight / 2));
        return QDateTime(at.date(), QTime(at.time().hour(), at.time().minute()));
    }

    Consultation withCallback()
    {
        Consultation c = typical();
        c.callbackWanted = true;
        c.callbackContact = QStringLiteral("06-12345678");
        c.callbackDue = QDate::currentDate().addDays(1);
        return c;
    }

    qint64 rows(const char *sql) { return *vault->db().queryInt(sql); }
    qint64 consultationRows() { return rows("SELECT count(*) FROM consultation"); }

    std::unique_ptr<SqlConsultationStore> consults;
    std::unique_ptr<ConsultationService> doubt;
    qint64 staff = 0;
    qint64 unit = 0;
};

} // namespace

TEST_F(Consultations, ALoggedConsultationReadsBackAsTypedAndIsAuditedWithoutContent)
{
    const Consultation c = typical();
    auto id = doubt->log(c);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto stored = consults->byId(*id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->occurredAt, c.occurredAt);
    EXPECT_EQ(stored->minutes, 12);
    EXPECT_EQ(stored->staffId, staff);
    EXPECT_EQ(stored->channelId, c.channelId);
    EXPECT_EQ(stored->callerRoleId, c.callerRoleId);
    EXPECT_EQ(stored->unitId, c.unitId);
    EXPECT_EQ(stored->groundIds, c.groundIds);
    EXPECT_EQ(stored->formIds, c.formIds);
    EXPECT_EQ(stored->question, c.question);
    EXPECT_EQ(stored->assessment, Assessment::Possibly);
    EXPECT_EQ(stored->outcome, ConsultationOutcome::Advised);
    EXPECT_EQ(stored->adviceId, c.adviceId);

    auto latest = vault->audit().latest(1);
    ASSERT_TRUE(latest.ok());
    EXPECT_EQ(latest->front().event, u"consult.logged");
    EXPECT_EQ(latest->front().objectType, u"consultation");
    EXPECT_EQ(latest->front().objectId, QString::number(*id));
    EXPECT_EQ(rows("SELECT count(*) FROM audit_log WHERE event || object_type || object_id LIKE '%hoofddoek%'"), 0);
}

TEST_F(Consultations, ANonDataContactIsOneCallHoldsNoContentAndIsCountedApart)
{
    const QDateTime now = QDateTime::currentDateTime();
    ASSERT_TRUE(doubt->logNonData(ContactKind::Silent, now, staff, code(CodeList::Channels, "phone")).ok());
    ASSERT_TRUE(doubt->logNonData(ContactKind::HangUp, now, staff, 0).ok());
    ASSERT_TRUE(doubt->log(typical()).ok());

    auto counts = consults->counts(QDate::currentDate(), QDate::currentDate());
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->consultations, 1);
    EXPECT_EQ(counts->nonData.value(ContactKind::Silent), 1);
    EXPECT_EQ(counts->nonData.value(ContactKind::HangUp), 1);
    EXPECT_EQ(counts->byAssessment.value(Assessment::Possibly), 1);
    EXPECT_EQ(counts->byChannel.value(code(CodeList::Channels, "phone")), 1); // the silent call is not in it

    // Content on a non-data contact is refused, and so is a "non-data" consultation.
    Consultation silentWithText = typical();
    silentWithText.kind = ContactKind::Abusive;
    EXPECT_FALSE(doubt->log(silentWithText).ok());
    EXPECT_FALSE(doubt->logNonData(ContactKind::Consultation, now, staff, 0).ok());
    EXPECT_EQ(consultationRows(), 3);
}

TEST_F(Consultations, BadInputIsRefusedInWordsAndNothingIsStored)
{
    const qint64 audit = auditCount();
    const std::pair<const char *, std::function<void(Consultation &)>> cases[] = {
        {"no time", [](Consultation &c) { c.occurredAt = {}; }},
        {"in the future", [](Consultation &c) { c.occurredAt = QDateTime::currentDateTime().addSecs(3600); }},
        {"negative duration", [](Consultation &c) { c.minutes = -1; }},
        {"ten hours and a minute", [](Consultation &c) { c.minutes = ConsultationService::MaxMinutes + 1; }},
        {"staff from another list", [this](Consultation &c) { c.staffId = code(CodeList::Channels, "phone"); }},
        {"unknown channel", [](Consultation &c) { c.channelId = 999999; }},
        {"ground from the forms list", [this](Consultation &c) { c.groundIds = {code(CodeList::Forms, "bullying")}; }},
        {"advice missing", [](Consultation &c) { c.adviceId = 0; }},
        {"advice with a referral",
         [this](Consultation &c) {
             c.outcome = ConsultationOutcome::Referred;
             c.referralBodyId = code(CodeList::ReferralBodies, "hr");
         }},
        {"referral without a body",
         [](Consultation &c) {
             c.outcome = ConsultationOutcome::Referred;
             c.adviceId = 0;
         }},
        {"body with listened",
         [this](Consultation &c) {
             c.outcome = ConsultationOutcome::Listened;
             c.adviceId = 0;
             c.referralBodyId = code(CodeList::ReferralBodies, "hr");
         }},
        {"question too long",
         [](Consultation &c) { c.question = QString(ConsultationService::MaxQuestionLength + 1, u'x'); }},
        {"callback without contact",
         [](Consultation &c) {
             c.callbackWanted = true;
             c.callbackDue = QDate::currentDate();
         }},
        {"callback without due date",
         [](Consultation &c) {
             c.callbackWanted = true;
             c.callbackContact = QStringLiteral("06-12345678");
         }},
        {"callback due before the call",
         [](Consultation &c) {
             c.callbackWanted = true;
             c.callbackContact = QStringLiteral("06-12345678");
             c.callbackDue = c.occurredAt.date().addDays(-1);
         }},
        {"contact without a callback", [](Consultation &c) { c.callbackContact = QStringLiteral("06-12345678"); }},
        {"contact too long",
         [](Consultation &c) {
             c.callbackWanted = true;
             c.callbackDue = QDate::currentDate();
             c.callbackContact = QString(ConsultationService::MaxContactLength + 1, u'1');
         }},
    };
    for (const auto &[name, spoil] : cases) {
        Consultation c = typical();
        spoil(c);
        auto id = doubt->log(c);
        ASSERT_FALSE(id.ok()) << name;
        EXPECT_EQ(id.error().code, ErrorCode::InvalidInput) << name;
        EXPECT_FALSE(id.error().message.isEmpty()) << name;
    }
    EXPECT_EQ(consultationRows(), 0);
    EXPECT_EQ(auditCount(), audit);
}

TEST_F(Consultations, CompletingACallbackErasesTheContactEverywhere)
{
    auto id = doubt->log(withCallback());
    ASSERT_TRUE(id.ok());
    auto open = consults->openCallbacks({});
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 1);
    EXPECT_EQ(open->front().callbackContact, u"06-12345678");

    ASSERT_TRUE(doubt->completeCallback(*id).ok());
    auto done = consults->byId(*id);
    ASSERT_TRUE(done.ok());
    EXPECT_TRUE(done->callbackContact.isEmpty());
    EXPECT_TRUE(done->callbackDoneAt.isValid());
    EXPECT_FALSE(done->hasOpenCallback());
    EXPECT_TRUE(consults->openCallbacks({})->isEmpty());
    EXPECT_EQ(rows("SELECT count(*) FROM consultation WHERE callback_contact LIKE '%12345678%'"), 0);
    EXPECT_EQ(vault->audit().latest(1)->front().event, u"consult.callback_done");

    EXPECT_FALSE(doubt->completeCallback(*id).ok()); // nothing open any more
    // Editing later keeps the callback done and does not bring the contact back.
    Consultation edited = *done;
    edited.question = QStringLiteral("Aangepast");
    ASSERT_TRUE(doubt->edit(edited).ok());
    EXPECT_TRUE(consults->byId(*id)->callbackContact.isEmpty());
    EXPECT_TRUE(consults->byId(*id)->callbackDoneAt.isValid());
}

TEST_F(Consultations, EditsOnTheDayOverwriteAndLaterEditsKeepTheEarlierVersionWithoutTheContact)
{
    auto today = doubt->log(typical());
    ASSERT_TRUE(today.ok());
    Consultation c = *consults->byId(*today);
    c.assessment = Assessment::Yes;
    ASSERT_TRUE(doubt->edit(c).ok());
    EXPECT_EQ(consults->byId(*today)->revisions, 0);
    EXPECT_EQ(consults->byId(*today)->assessment, Assessment::Yes);

    // Logged yesterday, with an open callback.
    Consultation old = withCallback();
    old.occurredAt = old.occurredAt.addDays(-1);
    old.createdAt = old.updatedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    auto yesterday = consults->insertImported(old, {});
    ASSERT_TRUE(yesterday.ok());
    Consultation changed = *consults->byId(*yesterday);
    changed.assessment = Assessment::No;
    changed.question = QStringLiteral("Toch geen discriminatie");
    ASSERT_TRUE(doubt->edit(changed).ok());
    auto history = consults->revisions(*yesterday);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->front().before.assessment, Assessment::Possibly);
    EXPECT_EQ(history->front().before.question, old.question);
    EXPECT_EQ(history->front().before.groundIds, old.groundIds);
    EXPECT_TRUE(history->front().before.callbackWanted);
    EXPECT_EQ(consults->byId(*yesterday)->revisions, 1);
    EXPECT_EQ(rows("SELECT count(*) FROM consultation_revision WHERE snapshot LIKE '%12345678%'"), 0);
    EXPECT_EQ(vault->audit().latest(1)->front().event, u"consult.edited");
}

TEST_F(Consultations, HandingOverMakesAnAnonymousDraftPrefilledAndLinkedBothWays)
{
    auto id = doubt->log(withCallback());
    ASSERT_TRUE(id.ok());
    auto caseId = doubt->handOver(*id);
    ASSERT_TRUE(caseId.ok()) << caseId.error().message.toStdString();

    auto draft = store->caseById(*caseId);
    ASSERT_TRUE(draft.ok());
    EXPECT_TRUE(draft->draft);
    const Consultation c = typical();
    EXPECT_EQ(draft->intake.channelId, code(CodeList::Channels, "doubt_line"));
    EXPECT_EQ(draft->intake.identity, ReporterIdentity::Anonymous);
    EXPECT_TRUE(draft->intake.reporterName.isEmpty());
    EXPECT_TRUE(draft->intake.reporterContact.isEmpty()); // the callback number stays with the consultation
    EXPECT_EQ(draft->intake.whatHappened, c.question);
    EXPECT_EQ(draft->intake.groundIds, c.groundIds);
    EXPECT_EQ(draft->intake.formIds, c.formIds);
    EXPECT_EQ(draft->intake.reporterRoleId, c.callerRoleId);
    EXPECT_EQ(draft->intake.unitId, c.unitId);

    EXPECT_EQ(consults->byId(*id)->caseId, *caseId);
    EXPECT_EQ(consults->consultationForCase(*caseId)->value_or(0), *id);
    EXPECT_EQ(vault->audit().latest(1)->front().event, u"consult.handed_over");
    EXPECT_FALSE(doubt->handOver(*id).ok()); // once

    // Registered, the case number shows on the consultation.
    auto registered = service->registerCase(*caseId, draft->intake, std::nullopt);
    ASSERT_TRUE(registered.ok()) << registered.error().message.toStdString();
    EXPECT_EQ(consults->byId(*id)->caseNumber, registered->number);
    auto again = doubt->handOver(*id);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(registered->number));
}

TEST_F(Consultations, ADiscardedHandOverDraftFreesTheConsultationAndNonDataCannotBeHandedOver)
{
    auto id = doubt->log(typical());
    ASSERT_TRUE(id.ok());
    auto caseId = doubt->handOver(*id);
    ASSERT_TRUE(caseId.ok());
    ASSERT_TRUE(service->discardDraft(*caseId).ok());
    EXPECT_EQ(consults->byId(*id)->caseId, 0);
    EXPECT_TRUE(doubt->handOver(*id).ok());

    auto silent = doubt->logNonData(ContactKind::Test, QDateTime::currentDateTime(), staff, 0);
    ASSERT_TRUE(silent.ok());
    EXPECT_FALSE(doubt->handOver(*silent).ok());
}

TEST_F(Consultations, TheListShowsADayNewestFirstAndAWeekCountsByChannel)
{
    Consultation first = typical();
    first.occurredAt = earlierToday(3600);
    Consultation chat = typical();
    chat.channelId = code(CodeList::Channels, "chat");
    chat.assessment = Assessment::No;
    Consultation lastWeek = typical();
    lastWeek.occurredAt = lastWeek.occurredAt.addDays(-8);
    for (const Consultation &c : {first, chat, lastWeek})
        ASSERT_TRUE(doubt->log(c).ok());

    const QDate today = QDate::currentDate();
    auto day = consults->list({today, today, std::nullopt, 100});
    ASSERT_TRUE(day.ok());
    ASSERT_EQ(day->size(), 2);
    EXPECT_EQ(day->front().channelId, chat.channelId); // newest first
    auto week = consults->counts(today.addDays(-6), today);
    ASSERT_TRUE(week.ok());
    EXPECT_EQ(week->consultations, 2);
    EXPECT_EQ(week->byChannel.value(chat.channelId), 1);
    EXPECT_EQ(week->byAssessment.value(Assessment::No), 1);
    EXPECT_EQ(week->byAssessment.value(Assessment::Possibly), 1);
}

TEST_F(Consultations, TheStoredRecordHoldsNoPersonalDataButAnOpenCallbacksContact)
{
    // The only personal-data column of the doubt line is the callback contact.
    auto stmt =
        vault->db().prepare("SELECT column_name FROM personal_data_column WHERE table_name LIKE 'consultation%'");
    ASSERT_TRUE(stmt.ok());
    QStringList columns;
    ASSERT_TRUE(stmt->forEach([&](const Statement &row) { columns << row.text(0); }).ok());
    EXPECT_EQ(columns, QStringList{u"callback_contact"_qs});
    auto info = vault->db().prepare("PRAGMA table_info(consultation)");
    ASSERT_TRUE(info.ok());
    ASSERT_TRUE(info->forEach([&](const Statement &row) { EXPECT_FALSE(row.text(1).contains(u"name")); }).ok());
}

TEST_F(Consultations, ItemsAConsultationUsesAreRetiredNotDeletedAndABodysGuideGoesWithIt)
{
    CodeListService lists(*vault, *codes);
    auto colleague = lists.add(CodeList::DoubtLineStaff, u"Noor"_qs, u"Noor"_qs);
    auto topic = lists.add(CodeList::Forms, u"Buitensluiten in de chat"_qs, u"Exclusion in the chat"_qs);
    auto oldUnit = lists.add(CodeList::Units, u"Archief"_qs, u"Archive"_qs);
    ASSERT_TRUE(colleague.ok() && topic.ok() && oldUnit.ok());
    Consultation c = typical();
    c.staffId = colleague->id;
    c.formIds = {topic->id};
    c.unitId = oldUnit->id;
    c.createdAt = c.updatedAt = QDateTime::currentDateTimeUtc().addDays(-2);
    auto id = consults->insertImported(c, {});
    ASSERT_TRUE(id.ok());
    // A later edit moves the unit; the earlier version still names the old one.
    Consultation edited = *consults->byId(*id);
    edited.unitId = unit;
    ASSERT_TRUE(doubt->edit(edited).ok());

    for (const qint64 item : {colleague->id, topic->id, oldUnit->id}) {
        const Status removed = lists.remove(item);
        ASSERT_FALSE(removed.ok()) << item;
        EXPECT_EQ(removed.code(), ErrorCode::InUse);
    }

    // A body of the user's own with a guide entry can be deleted, guide and all.
    auto body = lists.add(CodeList::ReferralBodies, u"Sociaal raadslieden"_qs, u"Social counsellors"_qs);
    ASSERT_TRUE(body.ok());
    GuideEntry entry;
    entry.bodyId = body->id;
    entry.what = {u"Gratis advies"_qs, u"Free advice"_qs};
    ASSERT_TRUE(ReferralGuide(*vault).save(entry).ok());
    ASSERT_TRUE(lists.remove(body->id).ok());
    EXPECT_EQ(rows("SELECT count(*) FROM referral_guide WHERE what_nl = 'Gratis advies'"), 0);
}

TEST_F(Consultations, AConsultationThatIsGoneIsRefusedInWordsAndNothingChanges)
{
    const qint64 audit = auditCount();
    Consultation gone = typical();
    gone.id = 4242;
    const Status edited = doubt->edit(gone);
    ASSERT_FALSE(edited.ok());
    EXPECT_EQ(edited.code(), ErrorCode::NotFound);
    EXPECT_FALSE(edited.error().message.isEmpty());
    EXPECT_EQ(doubt->completeCallback(4242).code(), ErrorCode::NotFound);
    auto handed = doubt->handOver(4242);
    ASSERT_FALSE(handed.ok());
    EXPECT_EQ(handed.error().code, ErrorCode::NotFound);
    EXPECT_EQ(consultationRows(), 0);
    EXPECT_EQ(rows("SELECT count(*) FROM case_file"), 0);
    EXPECT_EQ(auditCount(), audit);
}
