#pragma once

#include "CaseTestSupport.h"

#include "codelists/CodeListService.h"
#include "doubtline/ConsultationService.h"
#include "doubtline/ReferralGuide.h"
#include "doubtline/SqlConsultationStore.h"
#include "interchange/Interchange.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace baken::test {

// A vault with one of everything the interchange format carries: the user's
// own code items, a retired one, a changed setting, registered, closed,
// reopened and draft cases, edited contacts, referrals, follow-ups, hours.
class InterchangeFixture : public CaseFixture {
protected:
    static QDateTime fixedTime() { return QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC); }

    void fill()
    {
        CodeListService lists(*vault, *codes);
        auto language = lists.add(CodeList::Grounds, u"Taal of accent"_qs, u"Language or accent"_qs);
        ASSERT_TRUE(language.ok());
        auto north = lists.add(CodeList::Units, u"Stadsdeel Noord"_qs, u"North district"_qs);
        ASSERT_TRUE(north.ok());
        ASSERT_TRUE(lists.retire(code(CodeList::Channels, "letter")).ok());
        ASSERT_TRUE(vault->db().exec("UPDATE meta SET value = '18' WHERE key = 'retention_months'").ok());

        CaseIntake signal = intake();
        signal.groundIds << language->id;
        signal.unitId = north->id;
        signal.contactConsent = {true, signal.intakeDate};
        signal.shareConsent = {true, signal.intakeDate};
        signal.shareBodyId = code(CodeList::ReferralBodies, "integrity_office");
        signal.incidentDate = signal.intakeDate.addDays(-10);
        signal.frequency = IncidentFrequency::Repeated;
        signal.impact = u"Slaapt slecht.\nZiet op tegen het werk."_qs;
        first = registerCase(signal, CaseService::proposedCallback(signal.intakeDate));
        ContactMoment contact{0,
                              first.id,
                              QDateTime::currentDateTimeUtc().addSecs(-7200),
                              code(CodeList::Channels, "phone"),
                              25,
                              u"Eerste gesprek"_qs,
                              0};
        auto contactId = service->addContact(contact);
        ASSERT_TRUE(contactId.ok());
        contact.id = *contactId;
        contact.minutes = 30;
        contact.note = u"Eerste gesprek, aangevuld"_qs;
        ASSERT_TRUE(service->editContact(contact).ok());
        ASSERT_TRUE(
            service->refer({0, first.id, signal.shareBodyId, QDate::currentDate(), true, true, u"Met toestemming"_qs})
                .ok());
        ASSERT_TRUE(
            service->addHours({0, first.id, QDate::currentDate(), 45, code(CodeList::Activities, "intake")}).ok());
        const auto followUps = *store->followUps(first.id);
        ASSERT_FALSE(followUps.isEmpty());
        ASSERT_TRUE(service->completeFollowUp(followUps.constFirst().id).ok());
        ASSERT_TRUE(service
                        ->close(first.id, code(CodeList::Outcomes, "resolved"),
                                {code(CodeList::Measures, "conversation_management")}, QDate::currentDate())
                        .ok());

        CaseIntake named = intake();
        named.type = CaseType::Report;
        named.identity = ReporterIdentity::Named;
        named.reporterName = u"Fatima El Amrani"_qs;
        named.reporterContact = u"fatima@example.org"_qs;
        named.accusedName = u"Jan de Vries"_qs;
        named.whatHappened = u"De Vries maakte grappen over haar afkomst."_qs;
        second = registerCase(named);
        ASSERT_TRUE(service->setStatus(second.id, CaseStatus::InProgress).ok());

        third = registerCase(intake());
        ASSERT_TRUE(service
                        ->close(third.id, code(CodeList::Outcomes, "resolved"),
                                {code(CodeList::Measures, "conversation_management")}, QDate::currentDate())
                        .ok());
        ASSERT_TRUE(service->reopen(third.id).ok());

        CaseIntake half = intake();
        half.pseudonym.clear();
        ASSERT_TRUE(service->createDraft(half).ok());
    }

    // The doubt line, oldest first: [0] advice with an open callback and an
    // earlier version, [1] handed over to a case that was registered, [2]
    // handed over to a draft, [3] a hang-up, [4] a callback that was done. And
    // one edited guide entry.
    void fillDoubtLine()
    {
        CodeListService lists(*vault, *codes);
        auto samira = lists.add(CodeList::DoubtLineStaff, u"Samira"_qs, u"Samira"_qs);
        ASSERT_TRUE(samira.ok());
        SqlConsultationStore consultStore(vault->db());
        ConsultationService consults(*vault, consultStore, *store, *codes);
        const auto at = [](int daysAgo, int hour) {
            return QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(hour, 15));
        };
        Consultation advice;
        advice.occurredAt = at(5, 10);
        advice.minutes = 20;
        advice.staffId = samira->id;
        advice.channelId = code(CodeList::Channels, "phone");
        advice.callerRoleId = code(CodeList::ReporterRoles, "bystander");
        advice.groundIds = {code(CodeList::Grounds, "religion")};
        advice.formIds = {code(CodeList::Forms, "micro_aggression"), code(CodeList::Forms, "exclusion")};
        advice.question = u"Een grap over haar hoofddoek in het overleg: is dat discriminatie?"_qs;
        advice.assessment = Assessment::Possibly;
        advice.outcome = ConsultationOutcome::Advised;
        advice.adviceId = code(CodeList::Advice, "write_down");
        advice.callbackWanted = true;
        advice.callbackDue = QDate::currentDate().addDays(1);
        advice.callbackContact = u"CanaryCallback-06-00000000"_qs;
        auto adviceId = consults.log(advice);
        ASSERT_TRUE(adviceId.ok()) << adviceId.error().message.toStdString();
        advice.id = *adviceId;
        advice.minutes = 25; // corrected after the day: the first version is kept
        ASSERT_TRUE(consultStore.update(advice, true).ok());

        Consultation referred = advice;
        referred.occurredAt = at(4, 11);
        referred.callbackWanted = false;
        referred.callbackDue = {};
        referred.callbackContact.clear();
        referred.outcome = ConsultationOutcome::Referred;
        referred.adviceId = 0;
        referred.referralBodyId = code(CodeList::ReferralBodies, "confidential_advisor");
        referred.assessment = Assessment::Yes;
        auto referredId = consults.log(referred);
        ASSERT_TRUE(referredId.ok()) << referredId.error().message.toStdString();
        auto handedOver = consults.handOver(*referredId);
        ASSERT_TRUE(handedOver.ok()) << handedOver.error().message.toStdString();
        auto registered = service->registerCase(*handedOver, store->caseById(*handedOver)->intake, std::nullopt);
        ASSERT_TRUE(registered.ok()) << registered.error().message.toStdString();
        fromConsultation = *registered;

        referred.occurredAt = at(3, 14);
        auto draftedId = consults.log(referred);
        ASSERT_TRUE(draftedId.ok());
        ASSERT_TRUE(consults.handOver(*draftedId).ok());

        ASSERT_TRUE(
            consults.logNonData(ContactKind::HangUp, at(2, 9), samira->id, code(CodeList::Channels, "phone")).ok());

        Consultation done = advice;
        done.occurredAt = at(1, 16);
        done.callbackDue = QDate::currentDate();
        done.callbackContact = u"CanaryDone-06-11111111"_qs;
        auto doneId = consults.log(done);
        ASSERT_TRUE(doneId.ok());
        ASSERT_TRUE(consults.completeCallback(*doneId).ok());

        ReferralGuide guide(*vault);
        GuideEntry police = *guide.entry(code(CodeList::ReferralBodies, "police"));
        police.contact = u"Wijkagent via 0900-8844"_qs;
        ASSERT_TRUE(guide.save(police).ok());
    }

    static QByteArray exportOf(Vault &from)
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const Status s = exportVault(from, out, fixedTime());
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message.toStdString());
        return out.data();
    }

    static Result<ImportReport> importInto(Vault &to, const QByteArray &bytes)
    {
        QBuffer in;
        in.setData(bytes);
        in.open(QIODevice::ReadOnly);
        return importVault(to, in);
    }

    static QByteArray toBytes(const QJsonObject &doc) { return QJsonDocument(doc).toJson(); }

    CaseFile first;
    CaseFile second;
    CaseFile third;
    CaseFile fromConsultation; // registered from consultation [1]
};

} // namespace baken::test
