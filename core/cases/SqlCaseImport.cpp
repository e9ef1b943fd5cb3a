// The parts of SqlCaseStore that the interchange import needs: cases written
// with the numbers, statuses and timestamps they had in the exporting vault.
#include "SqlCaseStore.h"

#include "db/Database.h"
#include "db/SqlValues.h"

namespace baken {

using namespace sql;

Result<QList<qint64>> SqlCaseStore::caseIds() const
{
    auto stmt = m_db.prepare("SELECT id FROM case_file ORDER BY is_draft, year, sequence, id");
    if (!stmt)
        return stmt.error();
    QList<qint64> out;
    if (auto s = stmt->forEach([&](const Statement &row) { out << row.int64(0); }); !s)
        return s.error();
    return out;
}

Result<qint64> SqlCaseStore::insertImportedCase(const CaseFile &file, const QList<StatusChange> &history)
{
    auto id = insertCase(file.intake);
    if (!id)
        return id;
    auto stmt = m_db.prepare("UPDATE case_file SET number = ?2, year = ?3, sequence = ?4, is_draft = ?5, status = ?6,"
                             " outcome_id = ?7, closed_date = ?8, destruction_date = ?9, created_at = ?10,"
                             " updated_at = ?11 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, *id);
    const auto number = file.draft ? std::nullopt : CaseNumber::parse(file.number);
    if (number)
        stmt->bind(2, number->toString()).bind(3, number->year).bind(4, number->sequence);
    else
        stmt->bindNull(2).bindNull(3).bindNull(4);
    stmt->bind(5, int(!number)).bind(6, toKey(file.status));
    bindId(*stmt, 7, file.outcomeId);
    bindDate(*stmt, 8, file.closedDate);
    bindDate(*stmt, 9, file.destructionDate);
    stmt->bind(10, file.createdAt.isValid() ? timeText(file.createdAt) : nowText());
    stmt->bind(11, file.updatedAt.isValid() ? timeText(file.updatedAt) : nowText());
    if (auto s = stmt->run(); !s)
        return s.error();
    if (auto s = replaceCodes(*id, "measure", file.measureIds); !s)
        return s.error();

    auto change = m_db.prepare("INSERT INTO case_status_change (case_id, changed_at, from_status, to_status)"
                               " VALUES (?1, ?2, ?3, ?4)");
    if (!change)
        return change.error();
    for (const StatusChange &step : history) {
        change->reset();
        change->bind(1, *id).bind(2, step.at.isValid() ? timeText(step.at) : nowText());
        if (step.from)
            change->bind(3, toKey(*step.from));
        else
            change->bindNull(3);
        change->bind(4, toKey(step.to));
        if (auto s = change->run(); !s)
            return s.error();
    }
    return id;
}

Result<qint64> SqlCaseStore::insertImportedContact(const ContactMoment &contact,
                                                   const QList<ContactRevision> &revisions)
{
    auto id = insertContact(contact);
    if (!id)
        return id;
    auto stmt = m_db.prepare("INSERT INTO contact_moment_revision (contact_id, replaced_at, occurred_at, channel_id,"
                             " minutes, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!stmt)
        return stmt.error();
    for (const ContactRevision &revision : revisions) {
        stmt->reset();
        stmt->bind(1, *id);
        bindTime(*stmt, 2, revision.replacedAt);
        bindTime(*stmt, 3, revision.occurredAt);
        bindId(*stmt, 4, revision.channelId);
        stmt->bind(5, revision.minutes).bind(6, revision.note.isNull() ? QString(u""_qs) : revision.note);
        if (auto s = stmt->run(); !s)
            return s.error();
    }
    return id;
}

} // namespace baken
