#pragma once

#include "ConsultationStore.h"

namespace baken {

class Database;
class Statement;

// ConsultationStore on the vault (schema step 3). Earlier versions of an
// edited consultation are kept as JSON snapshots without the callback
// contact (ConsultationSnapshot.h).
class SqlConsultationStore final : public ConsultationStore {
public:
    explicit SqlConsultationStore(Database &db) : m_db(db) {}

    // Binds ?2 to ?18 of a consultation row (kind up to callback_done_at),
    // for every statement that writes one, the demo's bulk writer included.
    static void bindRow(Statement &stmt, const Consultation &c);
    // Reads one row of its SELECT: id, kind, occurred_at, minutes, staff,
    // channel, caller role, unit, question, assessment, outcome, advice,
    // referral body, callback wanted, due, contact, done at, case id, case
    // number, created, updated, revisions (ConsultationSearch reads the same).
    static Consultation readRow(const Statement &row);

    Result<qint64> insert(const Consultation &c) override;
    Status update(const Consultation &c, bool keepRevision) override;
    Result<Consultation> byId(qint64 id) const override;
    Result<QList<Consultation>> list(const ConsultationFilter &filter) const override;
    Result<QList<ConsultationRevision>> revisions(qint64 id) const override;
    Status completeCallback(qint64 id, const QDateTime &doneAt) override;
    Result<QList<Consultation>> openCallbacks(const QDate &until) const override;
    Result<ConsultationCounts> counts(const QDate &from, const QDate &to) const override;
    Status linkCase(qint64 id, qint64 caseId) override;
    Result<std::optional<qint64>> consultationForCase(qint64 caseId) const override;
    Result<QList<qint64>> ids() const override;
    Result<qint64> insertImported(const Consultation &c, const QList<ConsultationRevision> &revisions) override;

private:
    Status write(qint64 id, const Consultation &c);
    Status replaceTopics(qint64 id, const Consultation &c);
    Status insertRevision(qint64 id, const QDateTime &replacedAt, const Consultation &before);
    // Runs a SELECT of the consultation columns and reads every row with its topics.
    Result<QList<Consultation>> read(Statement &stmt) const;

    Database &m_db;
};

} // namespace baken
