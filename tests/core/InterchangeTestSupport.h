#pragma once

#include "CaseTestSupport.h"

#include "codelists/CodeListService.h"
#include "doubtline/ConsultationService.h"
#include "doubtline/ReferralGuide.h"
#include "doubtline/SqlConsultationStore.h"
#include "groups/GroupService.h"
#include "groups/SqlGroupStore.h"
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

    // Two groups (after fill() and fillDoubtLine()). [0] "Racisme op de
    // werkvloer": monthly, began three months ago, two facilitators; session
    // 2 moved, session 3 cancelled, a note on session 1; Amira (from the
    // first case, with a contact that must never leave the vault), Bas (from
    // consultation [1]), Chen (missed two in a row: a task, done; then left)
    // and Dirk (waiting, then offered Chen's seat); Amira scored 4. [1] an
    // online weekly group to a last day: Eva from a draft case has the one
    // seat, Finn waits.
    void fillGroups()
    {
        CodeListService lists(*vault, *codes);
        auto noor = lists.add(CodeList::GroupFacilitators, u"Noor"_qs, u"Noor"_qs);
        auto bram = lists.add(CodeList::GroupFacilitators, u"Bram"_qs, u"Bram"_qs);
        ASSERT_TRUE(noor.ok() && bram.ok());
        SqlGroupStore groupStore(vault->db());
        GroupService groups(*vault, groupStore, *codes);
        PeerGroup g;
        g.theme = u"Racisme op de werkvloer"_qs;
        g.description = u"Een besloten groep voor medewerkers die racisme meemaakten."_qs;
        g.facilitatorIds = {bram->id, noor->id};
        g.capacity = 3;
        g.place = u"Stadskantoor, zaal 3"_qs;
        g.schedule.firstStart = QDateTime(QDate::currentDate().addMonths(-3), QTime(19, 0));
        g.schedule.recurrence = Recurrence::Monthly;
        g.schedule.count = 6;
        auto racism = groups.createGroup(g);
        ASSERT_TRUE(racism.ok()) << racism.error().message.toStdString();
        const QList<Session> s = *groups.sessions(*racism);
        ASSERT_TRUE(groups.moveSession(*racism, s[1].originalStart, s[1].originalStart.addDays(1), u"Zaal 4"_qs).ok());
        ASSERT_TRUE(groups.cancelSession(*racism, s[2].originalStart).ok());
        ASSERT_TRUE(groups.setSessionNote(*racism, s[0].originalStart, u"Kennismaking; afspraken gemaakt."_qs).ok());

        const qint64 consultation = SqlConsultationStore(vault->db()).ids()->at(1);
        const auto join = [&](qint64 groupId, const char *pseudonym, ParticipantSource source, qint64 linked,
                              bool backdate) {
            Participant p;
            p.groupId = groupId;
            p.pseudonym = QString::fromLatin1(pseudonym);
            p.source = source;
            p.caseId = source == ParticipantSource::Case ? linked : 0;
            p.consultationId = source == ParticipantSource::Consultation ? linked : 0;
            auto added = groups.addParticipant(p);
            EXPECT_TRUE(added.ok()) << added.error().message.toStdString();
            if (backdate) { // joined before the first session
                added->joinedOn = QDate::currentDate().addMonths(-4);
                EXPECT_TRUE(groupStore.updateParticipant(*added).ok());
            }
            return added->id;
        };
        const qint64 amira = join(*racism, "Amira", ParticipantSource::Case, first.id, true);
        const qint64 bas = join(*racism, "Bas", ParticipantSource::Consultation, consultation, true);
        const qint64 chen = join(*racism, "Chen", ParticipantSource::Self, 0, true);
        join(*racism, "Dirk", ParticipantSource::Self, 0, false);
        Participant withContact = *groupStore.participant(amira);
        withContact.contact = u"CanaryParticipant-06-22222222"_qs;
        ASSERT_TRUE(groups.updateParticipant(withContact).ok());
        for (const auto &[session, who, value] :
             {std::tuple{0, amira, Attendance::Present}, std::tuple{0, bas, Attendance::Present},
              std::tuple{0, chen, Attendance::Absent}, std::tuple{1, amira, Attendance::Present},
              std::tuple{1, bas, Attendance::Excused}, std::tuple{1, chen, Attendance::Absent}})
            ASSERT_TRUE(groups.recordAttendance(*racism, s[session].originalStart, who, value).ok());
        const auto tasks = *groupStore.tasks(*racism);
        ASSERT_EQ(tasks.size(), 1); // Chen missed two in a row
        ASSERT_TRUE(groups.completeTask(tasks.first().id).ok());
        ASSERT_TRUE(groups.leave(chen, QDate::currentDate(), u"Verhuisd"_qs).ok());
        ASSERT_TRUE(groups.evaluate(amira, 4).ok());

        PeerGroup online;
        online.theme = u"Lotgenoten LHBTIQA+"_qs;
        online.capacity = 1;
        online.onlineLink = u"https://meet.example.org/lotgenoten"_qs;
        online.schedule.firstStart = QDateTime(QDate::currentDate().addDays(3), QTime(12, 30));
        online.schedule.durationMinutes = 60;
        online.schedule.recurrence = Recurrence::Weekly;
        online.schedule.until = QDate::currentDate().addDays(60);
        auto lhbtiqa = groups.createGroup(online);
        ASSERT_TRUE(lhbtiqa.ok()) << lhbtiqa.error().message.toStdString();
        qint64 draft = 0;
        for (const qint64 id : *store->caseIds())
            if (store->caseById(id)->draft)
                draft = id;
        join(*lhbtiqa, "Eva", ParticipantSource::Case, draft, false);
        join(*lhbtiqa, "Finn", ParticipantSource::Self, 0, false);
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
