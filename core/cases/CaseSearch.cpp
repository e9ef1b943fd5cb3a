// The case list's queries. The SQL text is put together from fixed fragments
// only; everything the user typed or chose is bound.
#include "CaseSearch.h"

#include "db/Database.h"
#include "db/FullTextSearch.h"
#include "db/SqlValues.h"

#include <variant>

namespace baken {

using namespace sql;

namespace {

using Value = std::variant<qint64, QString>;

// The WHERE clause of both count() and page(), with its values in the order
// of their anonymous `?` placeholders.
struct Where {
    QByteArray sql = " WHERE 1";
    QList<Value> values;

    void add(const QByteArray &fragment) { sql += fragment; }
    void add(const QByteArray &fragment, Value value)
    {
        sql += fragment;
        values << std::move(value);
    }
};

void bindAll(Statement &stmt, const QList<Value> &values)
{
    int index = 1;
    for (const Value &value : values) {
        if (const auto *id = std::get_if<qint64>(&value))
            stmt.bind(index++, *id);
        else
            stmt.bind(index++, std::get<QString>(value));
    }
}

// A typed "2026-00" or "042" also finds numbers by substring, which the
// token-prefix search alone cannot do.
bool looksLikeCaseNumber(const QString &text)
{
    bool digit = false;
    for (const QChar c : text) {
        if (c.isDigit())
            digit = true;
        else if (c != u'-')
            return false;
    }
    return digit;
}

QByteArray placeholders(qsizetype count)
{
    QByteArray out;
    for (qsizetype i = 0; i < count; ++i)
        out += i == 0 ? "?" : ", ?";
    return out;
}

// Each set of ids (text hits, a ground, overdue cases) is tested with `+c.id
// IN`: the unary plus keeps SQLite from looking every id up in the wide case
// rows and makes it walk the covering index case_file_list instead, which
// stays fast when a first keystroke matches nearly every case.
Where whereFor(const CaseFilter &f, const QDate &today, bool hitsFilled)
{
    Where w;
    // The unary plus here too: with it SQLite walks case_file_by_intake in
    // the list's default order (newest intake first) and stops after the
    // page, instead of sorting every case again for each page it fetches.
    if (!f.includeDrafts)
        w.add(" AND +c.is_draft = 0");
    const QString typed = f.text.trimmed();
    if (const QString match = ftsPrefixQuery(typed); !match.isEmpty() && hitsFilled) {
        w.add(" AND +c.id IN (SELECT id FROM temp.case_search_hits)");
    } else if (!match.isEmpty()) {
        w.add(" AND +c.id IN (SELECT docid FROM case_search WHERE case_search MATCH ?", match);
        if (looksLikeCaseNumber(typed))
            w.add(" UNION SELECT id FROM case_file WHERE number LIKE ?", u'%' + typed + u'%');
        w.add(")");
    }
    if (!f.statuses.isEmpty()) {
        w.add(" AND c.status IN (" + placeholders(f.statuses.size()) + ')');
        for (const CaseStatus s : f.statuses)
            w.values << toKey(s);
    }
    if (f.from.isValid())
        w.add(" AND c.intake_date >= ?", dateText(f.from));
    if (f.to.isValid())
        w.add(" AND c.intake_date <= ?", dateText(f.to));
    if (!f.types.isEmpty()) {
        w.add(" AND c.case_type IN (" + placeholders(f.types.size()) + ')');
        for (const CaseType t : f.types)
            w.values << toKey(t);
    }
    if (f.unitId > 0)
        w.add(" AND c.unit_id = ?", f.unitId);
    if (f.groundId > 0)
        w.add(" AND +c.id IN (SELECT case_id FROM case_code WHERE item_id = ? AND kind = 'ground')", f.groundId);
    if (f.overdueOnly) {
        w.add(" AND +c.id IN (SELECT case_id FROM follow_up WHERE done_at IS NULL AND due_date < ?)", dateText(today));
    }
    return w;
}

constexpr const char *NextDue =
    "(SELECT min(f.due_date) FROM follow_up f WHERE f.case_id = c.id AND f.done_at IS NULL)";

// The sort keys of a column, selected as k1, k2 by the inner query of page().
// Rows without a value (no number, unit or open follow-up) come last in both
// directions; the id breaks ties so that pages never overlap.
struct SortKeys {
    QByteArray select;    // ", <expr> AS k1 ..."
    bool missing = false; // k1 can be NULL
    int count = 1;
};

SortKeys sortKeys(CaseSortColumn column)
{
    switch (column) {
    case CaseSortColumn::Number:
        return {", c.year AS k1, c.sequence AS k2", true, 2};
    case CaseSortColumn::IntakeDate:
        return {", c.intake_date AS k1", false, 1};
    case CaseSortColumn::Type: // in the order the intake form offers them
        return {", CASE c.case_type WHEN 'question' THEN 0 WHEN 'signal' THEN 1 WHEN 'report' THEN 2 ELSE 3 END AS k1",
                false, 1};
    case CaseSortColumn::Status: // in the order a case moves through them
        return {", CASE c.status WHEN 'new' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'referred' THEN 2"
                " WHEN 'closed' THEN 3 ELSE 4 END AS k1",
                false, 1};
    case CaseSortColumn::Unit: // in the order of the units list, as its pickers show it
        return {", (SELECT u.position FROM code_list_item u WHERE u.id = c.unit_id) AS k1", true, 1};
    case CaseSortColumn::NextFollowUp:
        return {QByteArray(", ") + NextDue + " AS k1", true, 1};
    }
    return {};
}

QByteArray orderBy(const SortKeys &keys, bool descending, const char *table)
{
    const QByteArray dir = descending ? " DESC" : " ASC";
    QByteArray out = " ORDER BY ";
    if (keys.missing)
        out += table + QByteArray("k1 IS NULL, ");
    for (int i = 1; i <= keys.count; ++i)
        out += table + QByteArray("k") + QByteArray::number(i) + dir + ", ";
    return out + table + "id" + dir;
}

} // namespace

bool CaseSearch::fillHits(const QString &text) const
{
    const QString typed = text.trimmed();
    const QString match = ftsPrefixQuery(typed);
    if (match.isEmpty())
        return false;
    const FtsHits::Source words{"SELECT docid FROM case_search WHERE case_search MATCH ?1", {match}};
    if (looksLikeCaseNumber(typed))
        return m_hits.fill(typed, {words, {"SELECT id FROM case_file WHERE number LIKE ?1", {u'%' + typed + u'%'}}});
    return m_hits.fill(typed, {words});
}

Result<int> CaseSearch::count(const CaseFilter &filter) const
{
    const bool hitsFilled = fillHits(filter.text);
    if (hitsFilled && onlyText(filter))
        return countHits(filter.includeDrafts);
    const Where where = whereFor(filter, QDate::currentDate(), hitsFilled);
    auto stmt = m_db.prepare(QByteArray("SELECT count(*) FROM case_file c" + where.sql).constData());
    if (!stmt)
        return stmt.error();
    bindAll(*stmt, where.values);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return int(stmt->int64(0));
}

bool CaseSearch::onlyText(const CaseFilter &filter)
{
    CaseFilter text;
    text.text = filter.text;
    text.includeDrafts = filter.includeDrafts;
    return filter == text;
}

// Every id in the hits is a case: a search row goes in the transaction that
// discards its draft or destroys its case's text. Drafts are not indexed
// until registered; they are counted out all the same, from the few rows
// of case_file_list that are drafts.
Result<int> CaseSearch::countHits(bool includeDrafts) const
{
    if (includeDrafts)
        return m_hits.count();
    const QByteArray sql =
        QByteArray("SELECT count(*) FROM case_file WHERE is_draft = 1 AND id IN (SELECT id FROM temp.") + m_hits.table()
        + ')';
    auto drafts = m_db.queryInt(sql.constData());
    if (!drafts)
        return drafts.error();
    return m_hits.count() - int(*drafts);
}

Result<QList<CaseSummary>> CaseSearch::page(const CaseFilter &filter, const CaseSort &sort, int offset, int limit) const
{
    return read(filter, sort, nullptr, offset, limit);
}

Result<QList<CaseSummary>> CaseSearch::pageAfter(const CaseFilter &filter, const CaseSort &sort,
                                                 const CaseSummary &last, int offset, int limit) const
{
    return read(filter, sort, &last, offset, limit);
}

Result<QList<CaseSummary>> CaseSearch::read(const CaseFilter &filter, const CaseSort &sort, const CaseSummary *after,
                                            int offset, int limit) const
{
    if (limit <= 0)
        return QList<CaseSummary>{};
    const QDate today = QDate::currentDate();
    Where where = whereFor(filter, today, fillHits(filter.text));
    // Keyset paging along case_file_by_intake: SQLite 3.15 seeks to the
    // last row's intake date and tests the (date, id) pair on the few rows
    // of that day (EXPLAIN shows SeekLE/SeekGE, not a walk from the start).
    if (after && sort.column == CaseSortColumn::IntakeDate) {
        where.add(sort.descending ? " AND (c.intake_date, c.id) < (?, ?)" : " AND (c.intake_date, c.id) > (?, ?)");
        where.values << dateText(after->intakeDate) << after->id;
        offset = 0;
    }
    // The inner query sorts ids and keys only (from the covering index); the
    // wide rows and the next follow-up are read for the rows shown.
    const SortKeys keys = sortKeys(sort.column);
    const QByteArray sql = "SELECT c.id, coalesce(c.number, ''), c.is_draft, c.intake_date, c.case_type, c.status,"
                           " c.reporter_pseudonym, c.unit_id, "
                           + QByteArray(NextDue) + " FROM (SELECT c.id AS id" + keys.select + " FROM case_file c"
                           + where.sql + orderBy(keys, sort.descending, "")
                           + " LIMIT ? OFFSET ?) AS p JOIN case_file c ON c.id = p.id"
                           + orderBy(keys, sort.descending, "p.");
    where.values << qint64(limit) << qint64(qMax(0, offset));
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    bindAll(*stmt, where.values);
    QList<CaseSummary> out;
    auto read = stmt->forEach([&](const Statement &r) {
        CaseSummary s;
        s.id = r.int64(0);
        s.number = r.text(1);
        s.draft = r.int64(2) != 0;
        s.intakeDate = dateAt(r, 3);
        s.type = caseTypeFromKey(r.text(4)).value_or(CaseType::Question);
        s.status = caseStatusFromKey(r.text(5)).value_or(CaseStatus::New);
        s.pseudonym = r.text(6);
        s.unitId = r.int64(7);
        s.nextDue = dateAt(r, 8);
        s.overdue = s.nextDue.isValid() && s.nextDue < today;
        out << s;
    });
    if (!read)
        return read.error();
    return out;
}

} // namespace baken
