#pragma once

#include "Consultation.h"
#include "base/Result.h"

#include <optional>

namespace baken {

// Persistence of doubt-line consultations. ConsultationService validates,
// applies the rules and audits; this only reads and writes.
class ConsultationStore {
public:
    virtual ~ConsultationStore() = default;

    virtual Result<qint64> insert(const Consultation &c) = 0;
    // Overwrites the record; with `keepRevision` the old version is kept first.
    virtual Status update(const Consultation &c, bool keepRevision) = 0;
    virtual Result<Consultation> byId(qint64 id) const = 0;
    // Newest first.
    virtual Result<QList<Consultation>> list(const ConsultationFilter &filter) const = 0;
    virtual Result<QList<ConsultationRevision>> revisions(qint64 id) const = 0;
    // Marks the callback done and erases its contact detail.
    virtual Status completeCallback(qint64 id, const QDateTime &doneAt) = 0;
    // Open callbacks due on or before `until` (all when invalid), oldest first.
    virtual Result<QList<Consultation>> openCallbacks(const QDate &until) const = 0;
    virtual Result<ConsultationCounts> counts(const QDate &from, const QDate &to) const = 0;
    virtual Status linkCase(qint64 id, qint64 caseId) = 0;
    // The consultation a case was made from, if any.
    virtual Result<std::optional<qint64>> consultationForCase(qint64 caseId) const = 0;
    // Every consultation, oldest first (export).
    virtual Result<QList<qint64>> ids() const = 0;
    // Writes a consultation exactly as it was elsewhere (import): timestamps
    // and revisions included, no rules applied.
    virtual Result<qint64> insertImported(const Consultation &c, const QList<ConsultationRevision> &revisions) = 0;
};

} // namespace baken
