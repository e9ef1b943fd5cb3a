#pragma once

#include "CaseTestSupport.h"

#include "codelists/CodeListService.h"
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
};

} // namespace baken::test
