// The doubt line's search. The SQL text is put together from fixed fragments
// only; what the user typed is bound.
#include "ConsultationSearch.h"

#include "SqlConsultationStore.h"
#include "db/Database.h"

namespace baken {

namespace {

constexpr const char *Hits = "SELECT docid FROM consultation_search WHERE consultation_search MATCH ?1";

} // namespace

Result<int> ConsultationSearch::count(const QString &text) const
{
    const QString match = ftsPrefixQuery(text.trimmed());
    if (match.isEmpty())
        return 0;
    // Every hit is a consultation: the index changes with the rows (schema 7).
    if (m_hits.fill(text.trimmed(), Hits, {match}))
        return m_hits.count();
    auto stmt = m_db.prepare("SELECT count(*) FROM consultation_search WHERE consultation_search MATCH ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, match);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return int(stmt->int64(0));
}

Result<QList<Consultation>> ConsultationSearch::page(const QString &text, int offset, int limit) const
{
    const QString typed = text.trimmed();
    const QString match = ftsPrefixQuery(typed);
    if (match.isEmpty() || limit <= 0)
        return QList<Consultation>{};
    QByteArray ids = " WHERE c.id IN (SELECT docid FROM consultation_search WHERE consultation_search MATCH ?3)";
    const bool filled = m_hits.fill(typed, Hits, {match});
    if (filled) {
        // The unary plus keeps SQLite from looking every hit up by id and
        // sorting them all: it walks consultation_by_time instead.
        ids = m_hits.count() <= FewHits ? " WHERE c.id IN (SELECT id FROM temp.consultation_search_hits)"
                                        : " WHERE +c.id IN (SELECT id FROM temp.consultation_search_hits)";
    }
    // The inner query orders ids (from the index); the wide rows are read
    // for the rows shown, in the store's columns (SqlConsultationStore::
    // readRow) but never the callback contact, and without a revision count.
    const QByteArray sql =
        "SELECT c.id, c.kind, c.occurred_at, c.minutes, c.staff_id, c.channel_id, c.caller_role_id, c.unit_id,"
        " c.question, c.assessment, c.outcome, c.advice_id, c.referral_body_id, c.callback_wanted, c.callback_due,"
        " '', c.callback_done_at, c.case_id, coalesce(f.number, ''), c.created_at, c.updated_at, 0"
        " FROM (SELECT c.id AS id, c.occurred_at AS t FROM consultation c"
        + ids
        + " ORDER BY c.occurred_at DESC, c.id DESC LIMIT ?1 OFFSET ?2) AS p"
          " JOIN consultation c ON c.id = p.id LEFT JOIN case_file f ON f.id = c.case_id"
          " ORDER BY p.t DESC, p.id DESC";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, limit).bind(2, qMax(0, offset));
    if (!filled)
        stmt->bind(3, match);
    QList<Consultation> out;
    if (auto s = stmt->forEach([&](const Statement &r) { out << SqlConsultationStore::readRow(r); }); !s)
        return s.error();
    return out;
}

} // namespace baken
