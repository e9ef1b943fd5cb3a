#pragma once

#include "CaseTestSupport.h"

#include "codelists/CodeListService.h"
#include "db/SqlValues.h"
#include "doubtline/ConsultationService.h"
#include "doubtline/SqlConsultationStore.h"
#include "groups/GroupService.h"
#include "groups/SqlGroupStore.h"
#include "summary/Summary.h"

namespace baken::test {

// A vault with cases, hours, consultations and groups, each added through its
// service, around one period (the second quarter of 2025): what lies inside
// it, and records a day before and a day after that must not count.
class SummaryVaultFixture : public CaseFixture {
protected:
    static QDate day(int month, int d) { return QDate(2025, month, d); }
    static QDateTime at(int month, int d, int hour) { return QDateTime(day(month, d), QTime(hour, 0)); }

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(CaseFixture::SetUp());
        lists = std::make_unique<CodeListService>(*vault, *codes);
        consultations = std::make_unique<SqlConsultationStore>(vault->db());
        doubt = std::make_unique<ConsultationService>(*vault, *consultations, *store, *codes);
        groupStore = std::make_unique<SqlGroupStore>(vault->db());
        groups = std::make_unique<GroupService>(*vault, *groupStore, *codes);
        north = lists->add(CodeList::Units, u"Noord"_qs, u"North"_qs)->id;
        south = lists->add(CodeList::Units, u"Zuid"_qs, u"South"_qs)->id;
    }

    // Everything below: cases, hours, consultations and groups.
    void addEverything()
    {
        ASSERT_NO_FATAL_FAILURE(addCases());
        ASSERT_NO_FATAL_FAILURE(addAllHours());
        ASSERT_NO_FATAL_FAILURE(addConsultations());
        ASSERT_NO_FATAL_FAILURE(addGroups());
    }

    CaseIntake plain(QDate date, CaseType type, QList<const char *> grounds, qint64 unit)
    {
        CaseIntake in = intake(date);
        in.type = type;
        in.unitId = unit;
        in.groundIds.clear();
        for (const char *g : grounds)
            in.groundIds << code(CodeList::Grounds, g);
        in.formIds.clear();
        return in;
    }

    // Moves the status change to `to` of a case to `when`, as if it had
    // been made then (the services stamp changes with the current time).
    void backdate(qint64 caseId, const char *to, const QDateTime &when)
    {
        auto stmt = vault->db().prepare("UPDATE case_status_change SET changed_at = ?2 WHERE case_id = ?1"
                                        " AND to_status = ?3");
        ASSERT_TRUE(stmt.ok());
        stmt->bind(1, caseId).bind(2, sql::timeText(when)).bind(3, QString::fromLatin1(to));
        ASSERT_TRUE(stmt->run().ok());
        ASSERT_EQ(vault->db().changes(), 1);
    }

    void addHours(qint64 caseId, QDate date, int minutes, const char *activity)
    {
        auto id = service->addHours({0, caseId, date, minutes, activity ? code(CodeList::Activities, activity) : 0});
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    }

    // Four cases in the period, one on the day before it and one on the day
    // after, and a draft in it.
    void addCases()
    {
        CaseIntake a = plain(day(4, 1), CaseType::Signal, {"religion", "gender"}, north);
        a.formIds = {code(CodeList::Forms, "exclusion")};
        a.reporterRoleId = code(CodeList::ReporterRoles, "affected_employee");
        c1 = registerCase(a).id;
        CaseIntake b = plain(day(4, 20), CaseType::Complaint, {"religion"}, north);
        b.channelId = code(CodeList::Channels, "email");
        c2 = registerCase(b).id;
        CaseIntake c = plain(day(6, 30), CaseType::Question, {}, south);
        c.formIds = {code(CodeList::Forms, "bullying")};
        c.accusedRoleId = code(CodeList::AccusedRoles, "manager");
        c3 = registerCase(c).id;
        c4 = registerCase(plain(day(6, 15), CaseType::Signal, {"age", "education_class"}, 0)).id;
        before = registerCase(plain(day(3, 31), CaseType::Signal, {"religion"}, north)).id;
        after = registerCase(plain(day(7, 1), CaseType::Complaint, {"religion"}, south)).id;
        ASSERT_TRUE(service->createDraft(plain(day(5, 1), CaseType::Report, {"religion"}, north)).ok());

        // c1 in progress during the period and referred after it; c2 referred
        // and closed after it; c3 closed on its last day; c4 referred in it.
        ASSERT_TRUE(service->setStatus(c1, CaseStatus::InProgress).ok());
        ASSERT_NO_FATAL_FAILURE(backdate(c1, "in_progress", at(5, 20, 10)));
        const auto refer = [&](qint64 caseId, const char *body, QDate date) {
            auto id = service->refer({0, caseId, code(CodeList::ReferralBodies, body), date, false, false, {}});
            ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        };
        refer(c1, "hr", day(5, 1));
        refer(c1, "hr", day(6, 1)); // the same body twice: one case
        refer(c2, "police", day(8, 1));
        refer(c4, "integrity_office", day(6, 20));
        ASSERT_NO_FATAL_FAILURE(backdate(c4, "referred", at(6, 20, 11)));
        const qint64 resolved = code(CodeList::Outcomes, "resolved");
        ASSERT_TRUE(
            service
                ->close(c2, resolved,
                        {code(CodeList::Measures, "conversation_accused"), code(CodeList::Measures, "mediation")},
                        day(8, 2))
                .ok());
        ASSERT_TRUE(service->close(c3, resolved, {code(CodeList::Measures, "none")}, day(6, 30)).ok());
        ASSERT_NO_FATAL_FAILURE(backdate(c3, "closed", at(6, 30, 12)));

        // A ground retired after use still counts; one retired unused is gone.
        ASSERT_TRUE(lists->retire(code(CodeList::Grounds, "education_class")).ok());
        ASSERT_TRUE(lists->retire(code(CodeList::Grounds, "skin_colour")).ok());
    }

    // Minutes per activity in the period: intake 100, administration 25,
    // accompaniment 25, consultation 60 (on the case from before the period);
    // travel 120 after it.
    void addAllHours()
    {
        ASSERT_NO_FATAL_FAILURE(addHours(c1, day(4, 2), 50, "intake"));
        ASSERT_NO_FATAL_FAILURE(addHours(c1, day(4, 3), 50, "intake"));
        ASSERT_NO_FATAL_FAILURE(addHours(c2, day(5, 1), 25, "administration"));
        ASSERT_NO_FATAL_FAILURE(addHours(c2, day(5, 2), 25, "accompaniment"));
        ASSERT_NO_FATAL_FAILURE(addHours(before, day(4, 5), 60, "consultation"));
        ASSERT_NO_FATAL_FAILURE(addHours(c1, day(7, 2), 120, "travel"));
    }

    void addConsultations()
    {
        const qint64 staff = lists->add(CodeList::DoubtLineStaff, u"Samira"_qs, u"Samira"_qs)->id;
        Consultation k;
        k.occurredAt = at(4, 10, 10);
        k.staffId = staff;
        k.channelId = code(CodeList::Channels, "phone");
        k.callerRoleId = code(CodeList::ReporterRoles, "affected_employee");
        k.groundIds = {code(CodeList::Grounds, "religion")};
        k.formIds = {code(CodeList::Forms, "micro_aggression")};
        k.assessment = Assessment::Possibly;
        k.outcome = ConsultationOutcome::Advised;
        k.adviceId = code(CodeList::Advice, "write_down");
        ASSERT_TRUE(doubt->log(k).ok());
        Consultation bare;
        bare.occurredAt = at(6, 30, 16);
        bare.staffId = staff;
        bare.channelId = code(CodeList::Channels, "email");
        ASSERT_TRUE(doubt->log(bare).ok());
        bare.occurredAt = at(7, 1, 9);
        ASSERT_TRUE(doubt->log(bare).ok());

        const qint64 phone = code(CodeList::Channels, "phone");
        ASSERT_TRUE(doubt->logNonData(ContactKind::Silent, at(5, 5, 10), staff, phone).ok());
        ASSERT_TRUE(doubt->logNonData(ContactKind::HangUp, at(5, 6, 10), staff, phone).ok());
        ASSERT_TRUE(doubt->logNonData(ContactKind::HangUp, at(6, 6, 10), staff, phone).ok());
        ASSERT_TRUE(doubt->logNonData(ContactKind::Test, at(3, 31, 10), staff, phone).ok());
    }

    qint64 addGroup(const char *theme, QDateTime first, Recurrence recurrence, int count, int capacity)
    {
        PeerGroup g;
        g.theme = QString::fromUtf8(theme);
        g.capacity = capacity;
        g.schedule.firstStart = first;
        g.schedule.recurrence = recurrence;
        g.schedule.count = count;
        auto id = groups->createGroup(g);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id ? *id : 0;
    }

    qint64 join(qint64 groupId, const char *pseudonym, QDate joined)
    {
        Participant p;
        p.groupId = groupId;
        p.pseudonym = QString::fromUtf8(pseudonym);
        p.joinedOn = joined;
        auto added = groups->addParticipant(p);
        EXPECT_TRUE(added.ok()) << added.error().message.toStdString();
        return added ? added->id : 0;
    }

    void attend(qint64 groupId, const QDateTime &session, qint64 participant, Attendance value)
    {
        auto s = groups->recordAttendance(groupId, session, participant, value);
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    }

    // "weekly": six Mondays from 7 April, 4 seats, 21 April cancelled, ends
    // in the period. "late": four Mondays from 23 June, 3 seats, two of them
    // after the period. "autumn": entirely after it.
    void addGroups()
    {
        const qint64 weekly = addGroup("Wekelijks", at(4, 7, 19), Recurrence::Weekly, 6, 4);
        const qint64 late = addGroup("Laat", at(6, 23, 19), Recurrence::Weekly, 4, 3);
        const qint64 autumn = addGroup("Najaar", at(9, 1, 19), Recurrence::Monthly, 2, 5);
        ASSERT_TRUE(groups->cancelSession(weekly, at(4, 21, 19)).ok());
        const qint64 p1 = join(weekly, "Ada", day(4, 1));
        const qint64 p2 = join(weekly, "Bo", day(4, 1));
        const qint64 p3 = join(weekly, "Cas", day(4, 1));
        const qint64 p4 = join(late, "Dee", day(6, 1));
        join(autumn, "Eef", day(8, 1));
        ASSERT_NO_FATAL_FAILURE(attend(weekly, at(4, 7, 19), p1, Attendance::Present));
        ASSERT_NO_FATAL_FAILURE(attend(weekly, at(4, 7, 19), p2, Attendance::Present));
        ASSERT_NO_FATAL_FAILURE(attend(weekly, at(4, 7, 19), p3, Attendance::Excused));
        ASSERT_NO_FATAL_FAILURE(attend(weekly, at(4, 14, 19), p1, Attendance::Present));
        ASSERT_NO_FATAL_FAILURE(attend(weekly, at(4, 14, 19), p2, Attendance::Absent));
        ASSERT_TRUE(groups->leave(p3, day(4, 30), {}).ok());
        ASSERT_NO_FATAL_FAILURE(attend(weekly, at(5, 5, 19), p1, Attendance::Present));
        ASSERT_NO_FATAL_FAILURE(attend(late, at(6, 23, 19), p4, Attendance::Present));
        ASSERT_NO_FATAL_FAILURE(attend(late, at(7, 7, 19), p4, Attendance::Present));
        const std::pair<qint64, int> scores[] = {{p1, 5}, {p2, 4}, {p3, 4}, {p4, 1}};
        for (const auto &[who, score] : scores)
            ASSERT_TRUE(groups->evaluate(who, score).ok());
    }

    std::unique_ptr<CodeListService> lists;
    std::unique_ptr<SqlConsultationStore> consultations;
    std::unique_ptr<ConsultationService> doubt;
    std::unique_ptr<SqlGroupStore> groupStore;
    std::unique_ptr<GroupService> groups;
    qint64 north = 0;
    qint64 south = 0;
    qint64 c1 = 0, c2 = 0, c3 = 0, c4 = 0, before = 0, after = 0;
};

} // namespace baken::test
