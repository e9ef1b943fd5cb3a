#include "CaseTestSupport.h"

#include "cases/CaseNumber.h"
#include "cases/PersonKey.h"
#include "codelists/CodeListService.h"

using namespace baken;
using CaseService_ = test::CaseFixture;

TEST(CaseNumber, FormatsAndParsesTheYearlySequence)
{
    EXPECT_EQ((CaseNumber{2026, 42}.toString()), u"2026-0042");
    EXPECT_EQ((CaseNumber{2026, 12345}.toString()), u"2026-12345");
    const auto parsed = CaseNumber::parse(QStringLiteral(" 2026-0042 "));
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->year, 2026);
    EXPECT_EQ(parsed->sequence, 42);
    EXPECT_FALSE(CaseNumber::parse(QStringLiteral("42")));
    EXPECT_FALSE(CaseNumber::parse(QStringLiteral("2026-0000")));
}

TEST(PersonKey, TheSamePersonTypedTwoWaysMeets)
{
    EXPECT_EQ(personKey(QStringLiteral("J. de Vries")), personKey(QStringLiteral("j de vries ")));
    EXPECT_EQ(personKey(QStringLiteral("  Ünal  Öztürk")), u"unal ozturk");
    EXPECT_EQ(personKey(QStringLiteral("de Vries, J.")), u"de vries j");
    EXPECT_NE(personKey(QStringLiteral("J. de Vries")), personKey(QStringLiteral("J. de Vos")));
    EXPECT_TRUE(personKey(QStringLiteral(" .. ")).isEmpty());
}

TEST_F(CaseService_, RegisteringAssignsTheNextNumberOfTheIntakeYear)
{
    const CaseFile first = registerCase(intake());
    const CaseFile second = registerCase(intake());
    const int year = QDate::currentDate().addDays(-3).year();
    EXPECT_EQ(first.number, CaseNumber({year, 1}).toString());
    EXPECT_EQ(second.number, CaseNumber({year, 2}).toString());
    EXPECT_FALSE(first.draft);
    EXPECT_EQ(first.status, CaseStatus::New);

    const CaseFile older = registerCase(intake(QDate(year - 1, 12, 30)));
    EXPECT_EQ(older.number, CaseNumber({year - 1, 1}).toString());
}

TEST_F(CaseService_, ADraftKeepsWhatWasTypedWithoutANumberOrAnAuditEntry)
{
    const qint64 audit = auditCount();
    CaseIntake in = intake();
    in.pseudonym.clear(); // half-typed: fine for a draft
    auto draft = service->createDraft(in);
    ASSERT_TRUE(draft.ok());
    in.whatHappened = QStringLiteral("Nog niet af");
    ASSERT_TRUE(service->saveDraft(*draft, in).ok());
    auto stored = store->caseById(*draft);
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->draft);
    EXPECT_TRUE(stored->number.isEmpty());
    EXPECT_EQ(stored->intake, in);
    EXPECT_EQ(auditCount(), audit);
    ASSERT_TRUE(service->discardDraft(*draft).ok());
    EXPECT_EQ(store->caseById(*draft).code(), ErrorCode::NotFound);
}

TEST_F(CaseService_, TheIntakeIsStoredCompletely)
{
    CaseIntake in = intake();
    in.identity = ReporterIdentity::Named;
    in.reporterName = QStringLiteral("Fatima el Amrani");
    in.reporterContact = QStringLiteral("06-12345678");
    in.reporterRoleId = code(CodeList::ReporterRoles, "affected_employee");
    in.incidentDate = in.intakeDate.addDays(-20);
    in.incidentUntil = in.intakeDate.addDays(-2);
    in.frequency = IncidentFrequency::Repeated;
    in.impact = QStringLiteral("Slaapt slecht");
    in.desiredOutcome = QStringLiteral("Dat het stopt");
    in.accusedName = QStringLiteral("J. de Vries");
    in.contactConsent = {true, in.intakeDate};
    in.shareConsent = {true, in.intakeDate};
    in.shareBodyId = code(CodeList::ReferralBodies, "hr");
    in.bundleConsent = {true, in.intakeDate};
    in.bystander = true;
    const CaseFile file = registerCase(in);
    EXPECT_EQ(file.intake, in);
}

TEST_F(CaseService_, RegisteringRefusesAnIncompleteIntakeAndChangesNothing)
{
    const auto refuse = [&](const CaseIntake &in, const char *expected) {
        auto draft = service->createDraft(intake());
        ASSERT_TRUE(draft.ok());
        const qint64 audit = auditCount();
        auto result = service->registerCase(*draft, in, std::nullopt);
        ASSERT_FALSE(result.ok()) << expected;
        EXPECT_EQ(result.code(), ErrorCode::InvalidInput);
        EXPECT_TRUE(result.error().message.contains(QLatin1String(expected)))
            << result.error().message.toStdString();
        EXPECT_TRUE(store->caseById(*draft)->draft);
        EXPECT_EQ(auditCount(), audit);
    };
    CaseIntake in = intake();
    in.intakeDate = QDate::currentDate().addDays(2);
    refuse(in, "future");
    in = intake();
    in.pseudonym = QStringLiteral("  ");
    refuse(in, "pseudonym");
    in = intake();
    in.identity = ReporterIdentity::Anonymous;
    in.reporterContact = QStringLiteral("06-1234");
    refuse(in, "anonymous");
    in = intake();
    in.bundleConsent = {true, {}};
    refuse(in, "consented");
    in = intake();
    in.groundIds << code(CodeList::Forms, "bullying");
    refuse(in, "grounds");
    in = intake();
    in.incidentDate = in.intakeDate.addDays(1);
    refuse(in, "incident");
}

TEST_F(CaseService_, IntakeProposesACallbackAndIntegrityReportsGetTheirStatutoryTerms)
{
    CaseIntake in = intake();
    in.type = CaseType::Report;
    FollowUp callback = CaseService::proposedCallback(in.intakeDate);
    EXPECT_EQ(callback.due, in.intakeDate.addDays(14));
    callback.due = in.intakeDate.addDays(10); // the advisor edited it
    const CaseFile file = registerCase(in, callback);
    auto followUps = store->followUps(file.id);
    ASSERT_TRUE(followUps.ok());
    ASSERT_EQ(followUps->size(), 3);
    QMap<FollowUpKind, QDate> due;
    for (const FollowUp &f : *followUps)
        due[f.kind] = f.due;
    EXPECT_EQ(due[FollowUpKind::Acknowledge], in.intakeDate.addDays(7));
    EXPECT_EQ(due[FollowUpKind::Callback], in.intakeDate.addDays(10));
    EXPECT_EQ(due[FollowUpKind::Feedback], in.intakeDate.addMonths(3));

    const CaseFile signal = registerCase(intake());
    EXPECT_TRUE(store->followUps(signal.id)->isEmpty());
}

TEST_F(CaseService_, RejectsClosingWithoutOutcomeOrMeasures)
{
    const CaseFile file = registerCase(intake());
    const qint64 none = code(CodeList::Measures, "none");
    const qint64 resolved = code(CodeList::Outcomes, "resolved");
    EXPECT_EQ(service->close(file.id, 0, {none}, QDate::currentDate()).code(), ErrorCode::InvalidInput);
    EXPECT_EQ(service->close(file.id, resolved, {}, QDate::currentDate()).code(), ErrorCode::InvalidInput);
    EXPECT_EQ(service->close(file.id, resolved, {none}, file.intake.intakeDate.addDays(-1)).code(),
              ErrorCode::InvalidInput);
    EXPECT_EQ(store->caseById(file.id)->status, CaseStatus::New);
}

TEST_F(CaseService_, ClosingSetsTheDestructionDateAndReopeningKeepsTheHistory)
{
    const CaseFile file = registerCase(intake());
    ASSERT_TRUE(service->setStatus(file.id, CaseStatus::InProgress).ok());
    const QDate closedOn = QDate::currentDate();
    const QList<qint64> measures = {code(CodeList::Measures, "conversation_accused"),
                                    code(CodeList::Measures, "team_intervention")};
    ASSERT_TRUE(service->close(file.id, code(CodeList::Outcomes, "resolved"), measures, closedOn).ok());
    CaseFile closed = *store->caseById(file.id);
    EXPECT_EQ(closed.status, CaseStatus::Closed);
    EXPECT_EQ(closed.destructionDate, closedOn.addMonths(12));
    EXPECT_EQ(closed.measureIds.size(), 2);
    EXPECT_EQ(service->close(file.id, closed.outcomeId, measures, closedOn).code(), ErrorCode::InvalidInput);
    EXPECT_EQ(service->setStatus(file.id, CaseStatus::InProgress).code(), ErrorCode::InvalidInput);

    ASSERT_TRUE(service->reopen(file.id).ok());
    const CaseFile reopened = *store->caseById(file.id);
    EXPECT_EQ(reopened.status, CaseStatus::Reopened);
    EXPECT_FALSE(reopened.destructionDate.isValid());
    QList<CaseStatus> path;
    for (const StatusChange &change : *store->statusHistory(file.id))
        path << change.to;
    EXPECT_EQ(path, (QList<CaseStatus>{CaseStatus::New, CaseStatus::InProgress, CaseStatus::Closed,
                                       CaseStatus::Reopened}));
}

TEST_F(CaseService_, RetentionPeriodComesFromTheVault)
{
    ASSERT_TRUE(vault->db().exec("UPDATE meta SET value = '24' WHERE key = 'retention_months'").ok());
    const CaseFile file = registerCase(intake());
    ASSERT_TRUE(service->close(file.id, code(CodeList::Outcomes, "withdrawn"), {code(CodeList::Measures, "none")},
                               QDate::currentDate())
                    .ok());
    EXPECT_EQ(store->caseById(file.id)->destructionDate, QDate::currentDate().addMonths(24));
}

TEST_F(CaseService_, ReferralThatSharesDetailsWithoutConsentIsRefused)
{
    const CaseFile file = registerCase(intake());
    Referral referral{0, file.id, code(CodeList::ReferralBodies, "integrity_office"), QDate::currentDate(), true,
                      false, {}};
    auto refused = service->refer(referral);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"consent"));
    EXPECT_TRUE(store->referrals(file.id)->isEmpty());
    EXPECT_EQ(store->caseById(file.id)->status, CaseStatus::New);

    referral.consent = true;
    ASSERT_TRUE(service->refer(referral).ok());
    referral.sharesData = false;
    referral.consent = false; // only pointing the way: no consent needed
    ASSERT_TRUE(service->refer(referral).ok());
    EXPECT_EQ(store->referrals(file.id)->size(), 2);
    EXPECT_EQ(store->caseById(file.id)->status, CaseStatus::Referred);
}

TEST_F(CaseService_, EditedContactMomentsKeepTheirEarlierVersion)
{
    const CaseFile file = registerCase(intake());
    ContactMoment contact{0, file.id, QDateTime::currentDateTime().addDays(-1), code(CodeList::Channels, "phone"), 25,
                          QStringLiteral("Eerste gesprek, melder was geëmotioneerd"), 0};
    auto id = service->addContact(contact);
    ASSERT_TRUE(id.ok());
    contact.id = *id;
    contact.note = QStringLiteral("Eerste gesprek; afspraak gemaakt");
    contact.minutes = 30;
    ASSERT_TRUE(service->editContact(contact).ok());

    const auto contacts = *store->contacts(file.id);
    ASSERT_EQ(contacts.size(), 1);
    EXPECT_EQ(contacts.first().note, contact.note);
    EXPECT_EQ(contacts.first().revisions, 1);
    const auto revisions = *store->contactRevisions(*id);
    ASSERT_EQ(revisions.size(), 1);
    EXPECT_EQ(revisions.first().minutes, 25);
    EXPECT_TRUE(revisions.first().note.contains(u"geëmotioneerd"));

    // The audit log says that something changed, never what.
    for (const AuditEntry &entry : *vault->audit().latest(20)) {
        EXPECT_FALSE(entry.event.contains(u"gesprek") || entry.objectId.contains(u"gesprek"));
    }
    EXPECT_EQ(vault->audit().latest(1)->first().event, u"case.contact_edited");
}

TEST_F(CaseService_, ContactsHoursAndFollowUpsAreValidated)
{
    const CaseFile file = registerCase(intake());
    ContactMoment future{0, file.id, QDateTime::currentDateTime().addDays(2), 0, 10, {}, 0};
    EXPECT_EQ(service->addContact(future).code(), ErrorCode::InvalidInput);
    HoursEntry hours{0, file.id, QDate::currentDate(), 0, code(CodeList::Activities, "intake")};
    EXPECT_EQ(service->addHours(hours).code(), ErrorCode::InvalidInput);
    hours.minutes = 90;
    EXPECT_TRUE(service->addHours(hours).ok());
    hours.activityId = code(CodeList::Channels, "phone");
    EXPECT_EQ(service->addHours(hours).code(), ErrorCode::InvalidInput);
    EXPECT_EQ(store->hours(file.id)->size(), 1);

    FollowUp task{0, file.id, {}, QStringLiteral("Terugbellen"), QDate::currentDate().addDays(-1),
                  FollowUpKind::Task, {}};
    auto id = service->addFollowUp(task);
    ASSERT_TRUE(id.ok());
    auto open = *store->openFollowUps(QDate::currentDate());
    ASSERT_EQ(open.size(), 1);
    EXPECT_TRUE(open.first().isOverdue(QDate::currentDate()));
    EXPECT_EQ(open.first().caseNumber, file.number);
    ASSERT_TRUE(service->completeFollowUp(*id).ok());
    EXPECT_TRUE(store->openFollowUps(QDate::currentDate())->isEmpty());
}

TEST_F(CaseService_, ACodeItemUsedByACaseIsRetiredNeverDeleted)
{
    CodeListService lists(*vault, *codes);
    auto unit = lists.add(CodeList::Units, QStringLiteral("Stadsdeel Oost"), QStringLiteral("District East"));
    ASSERT_TRUE(unit.ok());
    CaseIntake in = intake();
    in.unitId = unit->id;
    registerCase(in);
    EXPECT_EQ(lists.remove(unit->id).code(), ErrorCode::InUse);
    EXPECT_TRUE(lists.retire(unit->id).ok());
}

TEST_F(CaseService_, SearchIndexFindsTextAndNotesWithoutAccents)
{
    const CaseFile file = registerCase(intake());
    ContactMoment contact{0, file.id, QDateTime::currentDateTime().addSecs(-600), 0, 10,
                          QStringLiteral("Geëmancipeerde afdeling, zegt de leidinggevende"), 0};
    ASSERT_TRUE(service->addContact(contact).ok());
    const auto hits = [&](const char *query) {
        auto stmt = vault->db().prepare("SELECT docid FROM case_search WHERE case_search MATCH ?1");
        stmt->bind(1, QString::fromUtf8(query));
        QList<qint64> ids;
        EXPECT_TRUE(stmt->forEach([&](const Statement &row) { ids << row.int64(0); }).ok());
        return ids;
    };
    EXPECT_EQ(hits("geemancipeerde"), QList<qint64>{file.id});
    EXPECT_EQ(hits("hoofd*"), QList<qint64>{file.id});
    EXPECT_EQ(hits("Merel"), QList<qint64>{file.id});
    EXPECT_TRUE(hits("Amrani").isEmpty());
}
