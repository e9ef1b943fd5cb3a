#pragma once

#include "CaseStore.h"

namespace baken {

class Database;

// CaseStore on the vault. Case rows are in SqlCaseStore.cpp, the timeline,
// referrals, follow-ups and hours in SqlCaseActivities.cpp, the import path
// of the interchange format in SqlCaseImport.cpp.
class SqlCaseStore final : public CaseStore {
public:
    explicit SqlCaseStore(Database &db) : m_db(db) {}

    Result<qint64> insertCase(const CaseIntake &intake) override;
    Status updateIntake(qint64 caseId, const CaseIntake &intake) override;
    Result<CaseNumber> nextNumber(int year) const override;
    Status assignNumber(qint64 caseId, const CaseNumber &number) override;
    Result<CaseFile> caseById(qint64 caseId) const override;
    Result<std::optional<qint64>> caseIdByNumber(const QString &number) const override;
    Status deleteDraft(qint64 caseId) override;
    Status updateStatus(const CaseFile &file, std::optional<CaseStatus> from) override;
    Result<QList<StatusChange>> statusHistory(qint64 caseId) const override;
    Status reindex(qint64 caseId) override;
    // The search rows of every case from `firstId` on, which have none yet
    // (a bulk load's new cases; a discarded draft takes its row with it, so
    // no row waits for an id given out again), in one statement: FTS4
    // writes what it gathered to disk at each statement that changes it
    // inside a transaction, so a row at a time costs a segment merge per
    // case (the large demo took 55 s for 50,000 cases that way). Leaves the
    // index merged (mergeFtsSegments), so that the next save stays cheap.
    Status indexNewCases(qint64 firstId);

    Result<qint64> insertContact(const ContactMoment &contact) override;
    Status updateContact(const ContactMoment &contact) override;
    Result<QList<ContactMoment>> contacts(qint64 caseId) const override;
    Result<QList<ContactRevision>> contactRevisions(qint64 contactId) const override;

    Result<qint64> insertReferral(const Referral &referral) override;
    Result<QList<Referral>> referrals(qint64 caseId) const override;
    Result<qint64> insertFollowUp(const FollowUp &followUp) override;
    Status setFollowUpDone(qint64 followUpId, const QDateTime &doneAt) override;
    Result<QList<FollowUp>> followUps(qint64 caseId) const override;
    Result<QList<FollowUp>> openFollowUps(const QDate &until) const override;
    Result<qint64> insertHours(const HoursEntry &entry) override;
    Result<QList<HoursEntry>> hours(qint64 caseId) const override;

    Result<QList<qint64>> caseIds() const override;
    Result<qint64> insertImportedCase(const CaseFile &file, const QList<StatusChange> &history) override;
    Result<qint64> insertImportedContact(const ContactMoment &contact,
                                         const QList<ContactRevision> &revisions) override;

private:
    Status writeIntake(qint64 caseId, const CaseIntake &intake);
    Status replaceCodes(qint64 caseId, const char *kind, const QList<qint64> &ids);
    Result<QList<qint64>> codes(qint64 caseId, const char *kind) const;

    Database &m_db;
};

} // namespace baken
