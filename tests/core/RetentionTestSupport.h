#pragma once

#include "CaseTestSupport.h"

#include "doubtline/ConsultationService.h"
#include "doubtline/SqlConsultationStore.h"
#include "groups/GroupService.h"
#include "groups/SqlGroupStore.h"
#include "retention/Retention.h"

#include <QCryptographicHash>

namespace baken::test {

// A word that occurs nowhere else: "qx" and ten letters drawn from `field`.
// Lower case, because the search index stores words lower-cased.
inline QString canaryFor(const char *field)
{
    const QByteArray hash = QCryptographicHash::hash(QByteArray(field), QCryptographicHash::Sha256);
    QString word = QStringLiteral("qx");
    for (int i = 0; i < 10; ++i)
        word += QChar(u'a' + (quint8(hash[i]) % 26));
    return word;
}

// A case past its destruction date with a different canary word in every
// free text it can hold: the intake, a contact moment and its earlier
// version, a referral, a follow-up, a group participant signed up from the
// case, and the doubt-line consultation it was handed over from (with an
// earlier version of that too).
class RetentionFixture : public CaseFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(CaseFixture::SetUp());
        consultations = std::make_unique<SqlConsultationStore>(vault->db());
        doubt = std::make_unique<ConsultationService>(*vault, *consultations, *store, *codes);
        groupStore = std::make_unique<SqlGroupStore>(vault->db());
        groups = std::make_unique<GroupService>(*vault, *groupStore, *codes);
        retention = std::make_unique<RetentionService>(*vault);
    }

    static QDate today() { return QDate::currentDate(); }

    // Every field and its canary, for the checks.
    QMap<QString, QString> canaries;
    QString canary(const char *field)
    {
        const QString word = canaryFor(field);
        canaries.insert(QString::fromLatin1(field), word);
        return word;
    }

    // Closed 400 days ago with the default retention of 12 months: due.
    void closeLongAgo(qint64 caseId)
    {
        auto s = service->close(caseId, code(CodeList::Outcomes, "resolved"), {code(CodeList::Measures, "none")},
                                today().addDays(-400));
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    }

    // The case described above; returns its id.
    qint64 fullCase()
    {
        const QDate intakeDay = today().addDays(-500);
        Consultation k;
        k.occurredAt = QDateTime(intakeDay.addDays(-1), QTime(10, 0));
        k.staffId = 0;
        k.channelId = code(CodeList::Channels, "phone");
        k.question = canary("consultation.question.old");
        k.callbackWanted = true;
        k.callbackDue = intakeDay;
        k.callbackContact = canary("consultation.callback_contact");
        auto logged = doubt->log(k);
        EXPECT_TRUE(logged.ok()) << (logged ? "" : logged.error().message.toStdString());
        consultationId = logged ? *logged : 0;
        // Logged on an earlier day, so the edit keeps the old version.
        auto backdate = vault->db().prepare("UPDATE consultation SET created_at = '2020-01-01T10:00:00.000Z'");
        EXPECT_TRUE(backdate.ok() && backdate->run().ok());
        k.id = consultationId;
        k.question = canary("consultation.question");
        EXPECT_TRUE(doubt->edit(k).ok());
        auto draft = doubt->handOver(consultationId);
        EXPECT_TRUE(draft.ok()) << (draft ? "" : draft.error().message.toStdString());

        CaseIntake in = intake(intakeDay);
        in.identity = ReporterIdentity::Named;
        in.pseudonym = canary("case.pseudonym");
        in.reporterName = canary("case.reporter_name");
        in.reporterContact = canary("case.reporter_contact");
        in.whatHappened = canary("case.what_happened");
        in.impact = canary("case.impact");
        in.desiredOutcome = canary("case.desired_outcome");
        in.accusedName = canary("case.accused_name");
        in.unitId = 0;
        auto file = service->registerCase(draft ? *draft : 0, in, std::nullopt);
        EXPECT_TRUE(file.ok()) << (file ? "" : file.error().message.toStdString());
        const qint64 caseId = file ? file->id : 0;

        ContactMoment contact{0, caseId, QDateTime(intakeDay, QTime(11, 0)), code(CodeList::Channels, "phone"), 30,
                              canary("contact.note.old"), 0};
        auto contactId = service->addContact(contact);
        EXPECT_TRUE(contactId.ok());
        contact.id = contactId ? *contactId : 0;
        contact.note = canary("contact.note");
        EXPECT_TRUE(service->editContact(contact).ok());
        EXPECT_TRUE(service
                        ->refer({0, caseId, code(CodeList::ReferralBodies, "hr"), intakeDay.addDays(2), false, false,
                                 canary("referral.note")})
                        .ok());
        EXPECT_TRUE(service->addFollowUp({0, caseId, {}, canary("followup.title"), today().addDays(3),
                                          FollowUpKind::Task, {}})
                        .ok());
        EXPECT_TRUE(service->addHours({0, caseId, intakeDay.addDays(1), 45, code(CodeList::Activities, "intake")}).ok());

        PeerGroup g;
        g.theme = QStringLiteral("Werkgroep");
        g.capacity = 5;
        g.schedule.firstStart = QDateTime(intakeDay.addDays(7), QTime(19, 0));
        g.schedule.recurrence = Recurrence::Weekly;
        g.schedule.count = 3;
        auto groupId = groups->createGroup(g);
        EXPECT_TRUE(groupId.ok());
        Participant p;
        p.groupId = groupId ? *groupId : 0;
        p.pseudonym = canary("participant.pseudonym");
        p.contact = canary("participant.contact");
        p.source = ParticipantSource::Case;
        p.caseId = caseId;
        p.joinedOn = intakeDay.addDays(7);
        auto added = groups->addParticipant(p);
        EXPECT_TRUE(added.ok()) << (added ? "" : added.error().message.toStdString());
        participantId = added ? added->id : 0;
        EXPECT_TRUE(groups->leave(participantId, intakeDay.addDays(30), canary("participant.left_reason")).ok());

        closeLongAgo(caseId);
        return caseId;
    }

    std::unique_ptr<SqlConsultationStore> consultations;
    std::unique_ptr<ConsultationService> doubt;
    std::unique_ptr<SqlGroupStore> groupStore;
    std::unique_ptr<GroupService> groups;
    std::unique_ptr<RetentionService> retention;
    qint64 consultationId = 0;
    qint64 participantId = 0;
};

} // namespace baken::test
