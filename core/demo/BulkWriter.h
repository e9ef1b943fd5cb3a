#pragma once

#include "DemoCasePlan.h"
#include "base/Result.h"
#include "db/Statement.h"
#include "doubtline/Consultation.h"

#include <QHash>

#include <map>

namespace baken {
class Database;
}

namespace baken::demo {

// Writes generated cases and consultations into the same tables, with the
// same values, as SqlCaseStore and SqlConsultationStore do, but each
// statement is prepared once: the large vault has two million rows, and
// preparing every statement again (as the stores do) took most of the time.
// Timestamps are those of the events, as if typed on the day. The caller
// holds the transaction and rebuilds the search index (SqlCaseStore::reindex).
class BulkWriter {
public:
    BulkWriter(Database &db, const QDate &today, int retentionMonths);

    // Returns the new case's id.
    Result<qint64> writeCase(const DemoCasePlan &plan);
    Result<qint64> writeConsultation(const Consultation &c);

    int contacts() const { return m_contacts; }
    int followUps() const { return m_followUps; }

private:
    Result<Statement *> statement(const char *sql);
    Status writeCaseRow(qint64 id, const DemoCasePlan &p);
    Status writeCodes(qint64 caseId, const char *kind, const QList<qint64> &ids);
    Status writeActivities(qint64 caseId, const DemoCasePlan &p);
    Status writeFollowUps(qint64 caseId, const DemoCasePlan &p);

    Database &m_db;
    QDate m_today;
    int m_retentionMonths;
    qint64 m_lastCaseId = -1; // ids are given here, so that a follow-up's id is known before it is written
    qint64 m_lastFollowUpId = -1;
    QHash<int, int> m_lastSequence;                 // year -> the last case number's sequence
    std::map<const char *, Statement> m_statements; // by SQL text (string literals)
    int m_contacts = 0;
    int m_followUps = 0;
};

} // namespace baken::demo
