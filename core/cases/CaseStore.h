#pragma once

#include "CaseNumber.h"
#include "CaseRecord.h"
#include "base/Result.h"

#include <optional>

namespace baken {

// Persistence of case files and everything that hangs off them. CaseService
// validates, applies the rules and audits; this only reads and writes.
class CaseStore {
public:
    virtual ~CaseStore() = default;

    // Case rows
    virtual Result<qint64> insertCase(const CaseIntake &intake) = 0; // as a draft
    virtual Status updateIntake(qint64 caseId, const CaseIntake &intake) = 0;
    virtual Result<CaseNumber> nextNumber(int year) const = 0;
    virtual Status assignNumber(qint64 caseId, const CaseNumber &number) = 0; // ends the draft
    virtual Result<CaseFile> caseById(qint64 caseId) const = 0;
    virtual Result<std::optional<qint64>> caseIdByNumber(const QString &number) const = 0;
    virtual Status deleteDraft(qint64 caseId) = 0;
    virtual Status updateStatus(const CaseFile &file, std::optional<CaseStatus> from) = 0;
    virtual Result<QList<StatusChange>> statusHistory(qint64 caseId) const = 0;
    virtual Status reindex(qint64 caseId) = 0; // the search row

    // Timeline
    virtual Result<qint64> insertContact(const ContactMoment &contact) = 0;
    virtual Status updateContact(const ContactMoment &contact) = 0; // keeps the old version
    virtual Result<QList<ContactMoment>> contacts(qint64 caseId) const = 0;
    virtual Result<QList<ContactRevision>> contactRevisions(qint64 contactId) const = 0;

    // Referrals, follow-ups, hours
    virtual Result<qint64> insertReferral(const Referral &referral) = 0;
    virtual Result<QList<Referral>> referrals(qint64 caseId) const = 0;
    virtual Result<qint64> insertFollowUp(const FollowUp &followUp) = 0;
    virtual Status setFollowUpDone(qint64 followUpId, const QDateTime &doneAt) = 0;
    virtual Result<QList<FollowUp>> followUps(qint64 caseId) const = 0;
    // Open follow-ups of registered cases due on or before `until`, oldest first.
    virtual Result<QList<FollowUp>> openFollowUps(const QDate &until) const = 0;
    virtual Result<qint64> insertHours(const HoursEntry &entry) = 0;
    virtual Result<QList<HoursEntry>> hours(qint64 caseId) const = 0;

    // Moving a vault (core/interchange). Every case, registered ones by
    // number, then drafts in the order they were made.
    virtual Result<QList<qint64>> caseIds() const = 0;
    // Writes a case exactly as it was elsewhere: its number (or draft state),
    // status, outcome, measures, dates, timestamps and status history. No
    // rules apply here; the importer has checked them.
    virtual Result<qint64> insertImportedCase(const CaseFile &file, const QList<StatusChange> &history) = 0;
    // A contact moment with the earlier versions it had.
    virtual Result<qint64> insertImportedContact(const ContactMoment &contact,
                                                 const QList<ContactRevision> &revisions) = 0;
};

} // namespace baken
