// The period's cases for the case tables, read once: the cases, then their
// status changes, referrals and codes, each with one statement that walks
// the period's cases by intake date and joins that one table.
#include "PeriodRecords.h"

#include "db/Database.h"

namespace baken::summary::detail {

namespace {

// Adds `code` to a multi-valued field once.
void addOnce(QStringList &field, const QString &code)
{
    if (!field.contains(code))
        field << code;
}

// The period's cases, as the tables select them: registered, intake in the
// period. The unary plus keeps SQLite on case_file_by_intake, which holds
// every column read here (schema 10); by is_draft it would read the rows.
constexpr const char *PeriodCasesJoin = "FROM case_file c JOIN %1 WHERE +c.is_draft = 0"
                                        " AND c.intake_date BETWEEN ?1 AND ?2";

QByteArray joined(const char *table, const char *select, const char *extra = "")
{
    return QByteArray("SELECT ") + select + ' ' + QByteArray(PeriodCasesJoin).replace("%1", table) + extra;
}

struct StatusSeen {
    QString at;
    qint64 id = 0;
};

} // namespace

Result<QHash<qint64, QString>> readCodeNames(const PeriodQuery &query)
{
    QHash<qint64, QString> names;
    auto stmt = query.db().prepare("SELECT id, code FROM code_list_item");
    if (!stmt)
        return stmt.error();
    if (auto s = stmt->forEach([&](const Statement &r) { names.insert(r.int64(0), r.text(1)); }); !s)
        return s.error();
    return names;
}

Result<QList<PeriodCase>> readPeriodCases(const PeriodQuery &query, CaseCodes codes)
{
    auto names = readCodeNames(query);
    if (!names)
        return names.error();
    const auto code = [&](qint64 id, const QString &none) { return names->value(id, none); };
    const QString notRecorded = u"not_recorded"_qs;

    QList<PeriodCase> cases;
    QHash<qint64, qsizetype> at; // case id -> index in `cases`
    auto read = query.each("SELECT c.id, substr(c.intake_date, 1, 7), c.case_type, c.channel_id, c.reporter_role_id,"
                           " c.accused_role_id, c.unit_id FROM case_file c"
                           " WHERE +c.is_draft = 0 AND c.intake_date BETWEEN ?1 AND ?2",
                           [&](const Statement &r) {
                               PeriodCase c;
                               c.id = r.int64(0);
                               c.month = r.text(1);
                               c.type = r.text(2);
                               c.channel = code(r.int64(3), notRecorded);
                               c.reporterRole = code(r.int64(4), notRecorded);
                               c.accusedRole = code(r.int64(5), notRecorded);
                               c.unit = code(r.int64(6), notRecorded);
                               at.insert(c.id, cases.size());
                               cases << c;
                           });
    if (!read)
        return read.error();

    // The status at the period end: the last change stamped before it ended
    // (by time, then by id); a closing after the period does not count.
    QHash<qint64, StatusSeen> last;
    read = query.each(joined("case_status_change s ON s.case_id = c.id", "s.case_id, s.changed_at, s.id, s.to_status",
                             " AND s.changed_at < ?3")
                          .constData(),
                      [&](const Statement &r) {
                          const qint64 caseId = r.int64(0);
                          const QString changedAt = r.text(1);
                          const qint64 id = r.int64(2);
                          const auto seen = last.constFind(caseId);
                          if (seen != last.cend() && (seen->at > changedAt || (seen->at == changedAt && seen->id > id)))
                              return;
                          last.insert(caseId, {changedAt, id});
                          cases[at.value(caseId)].status = r.text(3);
                      });
    if (!read)
        return read.error();

    // Referred to at any time up to the period end: a referral made after the
    // period is not part of the period's picture.
    read = query.each(
        joined("referral r ON r.case_id = c.id", "r.case_id, r.body_id", " AND r.referred_on <= ?2").constData(),
        [&](const Statement &r) { addOnce(cases[at.value(r.int64(0))].referrals, code(r.int64(1), u"none"_qs)); });
    if (!read)
        return read.error();

    if (codes == CaseCodes::With) {
        read =
            query.each(joined("case_code k ON k.case_id = c.id", "k.case_id, k.kind, k.item_id").constData(),
                       [&](const Statement &r) {
                           PeriodCase &c = cases[at.value(r.int64(0))];
                           const QString kind = r.text(1);
                           QStringList &field = kind == u"ground" ? c.grounds : kind == u"form" ? c.forms : c.measures;
                           addOnce(field, code(r.int64(2), notRecorded));
                       });
        if (!read)
            return read.error();
    }

    for (PeriodCase &c : cases) {
        if (c.status.isEmpty())
            c.status = u"new"_qs;
        if (c.referrals.isEmpty())
            c.referrals << u"none"_qs;
        if (codes == CaseCodes::Without)
            continue;
        for (QStringList *field : {&c.grounds, &c.forms, &c.measures})
            if (field->isEmpty())
                *field << notRecorded;
    }
    return cases;
}

} // namespace baken::summary::detail
