#include "CaseErasure.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace baken {

namespace {

// Every table that holds something of a case, how its rows are found, and
// its free text. Personal columns come from personal_data_column, so a column
// added there later is erased without a change here; a listed table missing
// here stops the destruction instead of being skipped.
//
// A doubt-line consultation handed over to the case keeps its coded fields
// (day, kind, minutes, staff, channel, caller role, unit, topics, assessment,
// outcome): they are the doubt line's own figures. Its question goes, with
// its earlier versions: handing over copied it into the case, and it is the
// same person's story. Its link to the case goes too: it counts in no figure
// and would tie an anonymous call to a case number.
struct CaseTable {
    const char *table;
    const char *rows; // WHERE clause, ?1 = the case id
    QStringList freeText;
    const char *alsoSet = ""; // extra assignments, e.g. unlinking
};

const QList<CaseTable> &caseTables()
{
    static const QList<CaseTable> tables = {
        {"case_file", "id = ?1",
         {QStringLiteral("reporter_pseudonym"), QStringLiteral("what_happened"), QStringLiteral("impact"),
          QStringLiteral("desired_outcome")},
         ", destroyed_at = ?2, updated_at = ?2"},
        {"contact_moment", "case_id = ?1", {QStringLiteral("note")}},
        {"referral", "case_id = ?1", {QStringLiteral("note")}},
        // No note today; erased as soon as a schema version gives hours one.
        {"hours_entry", "case_id = ?1", {QStringLiteral("note")}},
        // Participants signed up from the case: the group keeps a nameless
        // row, so its attendance and figures stay.
        {"group_participant", "case_id = ?1", {QStringLiteral("pseudonym"), QStringLiteral("left_reason")},
         ", case_id = NULL"},
        {"consultation", "case_id = ?1", {QStringLiteral("question")}, ", case_id = NULL"},
    };
    return tables;
}

// Rows that are nothing but text, or tasks that would nag about a case that
// no longer says anything: removed before the rows above are unlinked.
const char *const RemovedRows[] = {
    "DELETE FROM contact_moment_revision WHERE contact_id IN (SELECT id FROM contact_moment WHERE case_id = ?1)",
    "DELETE FROM consultation_revision WHERE consultation_id IN (SELECT id FROM consultation WHERE case_id = ?1)",
    "DELETE FROM follow_up WHERE case_id = ?1",
    "DELETE FROM case_search WHERE docid = ?1",
};

Error refused(const QString &detail)
{
    return Error{ErrorCode::Integrity,
                 QCoreApplication::translate("baken::RetentionService",
                                             "Nothing was destroyed: Baken does not know how to erase %1. Update "
                                             "Baken and try again.")
                     .arg(detail)};
}

Result<QSet<QString>> columnsOf(Database &db, const char *table)
{
    // SQLite 3.15 has no pragma_table_info() function; the table name is one
    // of ours (caseTables), never a user's.
    const QByteArray sql = "PRAGMA table_info(" + QByteArray(table) + ")";
    auto stmt = db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    QSet<QString> columns;
    if (auto s = stmt->forEach([&](Statement &row) { columns.insert(row.text(1)); }); !s)
        return s.error();
    return columns;
}

Result<QHash<QString, QStringList>> personalColumns(Database &db)
{
    auto stmt = db.prepare("SELECT table_name, column_name FROM personal_data_column");
    if (!stmt)
        return stmt.error();
    QHash<QString, QStringList> columns;
    if (auto s = stmt->forEach([&](Statement &row) { columns[row.text(0)] << row.text(1); }); !s)
        return s.error();
    return columns;
}

Status run(Database &db, const QByteArray &sql, qint64 caseId, const QString &destroyedAt)
{
    auto stmt = db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, caseId);
    if (sql.contains("?2"))
        stmt->bind(2, destroyedAt);
    return stmt->run();
}

} // namespace

Status eraseCase(Database &db, qint64 caseId, const QString &destroyedAt)
{
    auto personal = personalColumns(db);
    if (!personal)
        return personal.error();
    QSet<QString> known;
    for (const CaseTable &t : caseTables())
        known.insert(QLatin1String(t.table));
    for (auto it = personal->cbegin(); it != personal->cend(); ++it)
        if (!known.contains(it.key()))
            return refused(it.key());

    for (const char *sql : RemovedRows)
        if (auto s = run(db, sql, caseId, destroyedAt); !s)
            return s;

    // Column names come from Baken's own schema, never from a user; checked
    // all the same before they go into SQL text.
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
    for (const CaseTable &t : caseTables()) {
        auto existing = columnsOf(db, t.table);
        if (!existing)
            return existing.error();
        QStringList blanked;
        for (const QString &column : personal->value(QLatin1String(t.table)) + t.freeText) {
            if (!identifier.match(column).hasMatch())
                return refused(column);
            if (existing->contains(column) && !blanked.contains(column))
                blanked << column;
        }
        QStringList assignments;
        for (const QString &column : std::as_const(blanked))
            assignments << column + QStringLiteral(" = ''");
        QString set = assignments.join(QStringLiteral(", ")) + QLatin1String(t.alsoSet);
        if (set.startsWith(u','))
            set = set.mid(1);
        if (set.trimmed().isEmpty())
            continue;
        const QByteArray sql = "UPDATE " + QByteArray(t.table) + " SET " + set.toLatin1() + " WHERE " + t.rows;
        if (auto s = run(db, sql, caseId, destroyedAt); !s)
            return s;
    }
    return {};
}

} // namespace baken
