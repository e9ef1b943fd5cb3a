#pragma once

#include "CaseStore.h"
#include "base/Result.h"
#include "codelists/CodeList.h"

#include <QCoreApplication>

namespace baken {

class CodeListStore;
class Vault;

// The confidential advisor's work on case files: intake (as a draft while
// typing, then registered under a number), status, closing and reopening,
// the timeline, referrals, follow-ups and hours. Every call validates first,
// changes nothing when it refuses, and writes in one transaction with its
// audit entry (which names the case, never its content).
class CaseService {
    Q_DECLARE_TR_FUNCTIONS(baken::CaseService)

public:
    CaseService(Vault &vault, CaseStore &cases, const CodeListStore &codes)
        : m_vault(vault), m_cases(cases), m_codes(codes)
    {
    }

    // Intake. Drafts are checked lightly (they are half-typed); registering
    // checks everything, assigns the next number of the intake year and
    // creates the follow-ups: `callback` if given (the intake form proposes
    // one two weeks out) and, for integrity reports, acknowledgement within
    // 7 days and feedback within 3 months.
    Result<qint64> createDraft(const CaseIntake &intake);
    Status saveDraft(qint64 caseId, const CaseIntake &intake);
    Status discardDraft(qint64 caseId);
    Result<CaseFile> registerCase(qint64 draftId, const CaseIntake &intake, const std::optional<FollowUp> &callback);
    Status updateIntake(qint64 caseId, const CaseIntake &intake);
    static FollowUp proposedCallback(const QDate &intakeDate);

    // Status. Closing needs an outcome and at least one measure and sets the
    // destruction date; reopening keeps the history.
    Status setStatus(qint64 caseId, CaseStatus status);
    Status close(qint64 caseId, qint64 outcomeId, const QList<qint64> &measureIds, const QDate &closedOn);
    Status reopen(qint64 caseId);

    Result<qint64> addContact(const ContactMoment &contact);
    Status editContact(const ContactMoment &contact);
    // Sharing case details with a body needs the reporter's consent.
    Result<qint64> refer(const Referral &referral);
    Result<qint64> addFollowUp(const FollowUp &followUp);
    Status completeFollowUp(qint64 followUpId);
    Result<qint64> addHours(const HoursEntry &entry);

    // Months between closing and destruction (vault setting, default 12).
    int retentionMonths() const;

    static constexpr int MaxTextLength = 20000;

private:
    Status validateIntake(const CaseIntake &intake, bool complete) const;
    Result<CaseFile> registered(qint64 caseId) const;
    template<typename Fn>
    Status audited(const char *event, qint64 objectId, Fn &&change, const char *objectType = "case");
    // audited() for a change that inserts a row; returns the new id.
    template<typename Fn>
    Result<qint64> auditedInsert(const char *event, qint64 caseId, Fn &&insert);

    Vault &m_vault;
    CaseStore &m_cases;
    const CodeListStore &m_codes;
};

} // namespace baken
