#include "SqlCodeListStore.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace baken {

namespace {

constexpr const char *Columns = "id, list, code, label_nl, label_en, position, builtin, retired_at IS NOT NULL";

CodeItem readItem(const Statement &row)
{
    CodeItem item;
    item.id = row.int64(0);
    item.list = codeListFromKey(row.text(1)).value_or(CodeList::Grounds);
    item.code = row.text(2);
    item.labelNl = row.text(3);
    item.labelEn = row.text(4);
    item.position = static_cast<int>(row.int64(5));
    item.builtin = row.int64(6) != 0;
    item.retired = row.int64(7) != 0;
    return item;
}

Status expectOneChange(Database &db, Status status)
{
    if (status && db.changes() == 0)
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("baken::CodeLists", "That item no longer exists.")};
    return status;
}

} // namespace

Result<QList<CodeItem>> SqlCodeListStore::items(CodeList list, bool includeRetired) const
{
    const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM code_list_item WHERE list = ?1"
                           + (includeRetired ? "" : " AND retired_at IS NULL") + " ORDER BY position, id";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, codeListKey(list));
    QList<CodeItem> out;
    auto read = stmt->forEach([&](const Statement &row) { out << readItem(row); });
    if (!read)
        return read.error();
    return out;
}

Result<CodeItem> SqlCodeListStore::item(qint64 id) const
{
    const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM code_list_item WHERE id = ?1";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("baken::CodeLists", "That item no longer exists.")};
    return readItem(*stmt);
}

Result<qint64> SqlCodeListStore::insert(const CodeItem &item)
{
    auto stmt = m_db.prepare("INSERT INTO code_list_item (list, code, label_nl, label_en, position, builtin)"
                             " VALUES (?1, ?2, ?3, ?4,"
                             " (SELECT coalesce(max(position), -1) + 1 FROM code_list_item WHERE list = ?1), 0)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, codeListKey(item.list)).bind(2, item.code).bind(3, item.labelNl).bind(4, item.labelEn);
    if (auto s = stmt->run(); !s)
        return s.error();
    return m_db.lastInsertId();
}

Status SqlCodeListStore::updateLabels(qint64 id, const QString &labelNl, const QString &labelEn)
{
    auto stmt = m_db.prepare("UPDATE code_list_item SET label_nl = ?2, label_en = ?3 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id).bind(2, labelNl).bind(3, labelEn);
    return expectOneChange(m_db, stmt->run());
}

Status SqlCodeListStore::setRetired(qint64 id, bool retired)
{
    auto stmt = m_db.prepare("UPDATE code_list_item SET retired_at = ?2 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    if (retired)
        stmt->bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    else
        stmt->bindNull(2);
    return expectOneChange(m_db, stmt->run());
}

Status SqlCodeListStore::remove(qint64 id)
{
    // A referral body's guide entry goes with it (the caller runs this in a
    // transaction with the delete).
    auto guide = m_db.prepare("DELETE FROM referral_guide WHERE body_id = ?1");
    if (!guide)
        return guide.error();
    guide->bind(1, id);
    if (auto s = guide->run(); !s)
        return s;
    auto stmt = m_db.prepare("DELETE FROM code_list_item WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return expectOneChange(m_db, stmt->run());
}

Result<bool> SqlCodeListStore::isInUse(const CodeItem &item) const
{
    // Every column that refers to a code-list item; modules add theirs here.
    static const char *const references[] = {
        "SELECT EXISTS (SELECT 1 FROM case_file WHERE ?1 IN (channel_id, reporter_role_id, unit_id, client_id,"
        " accused_role_id, consent_share_body_id, outcome_id))",
        "SELECT EXISTS (SELECT 1 FROM case_code WHERE item_id = ?1)",
        "SELECT EXISTS (SELECT 1 FROM contact_moment WHERE channel_id = ?1)",
        "SELECT EXISTS (SELECT 1 FROM contact_moment_revision WHERE channel_id = ?1)",
        "SELECT EXISTS (SELECT 1 FROM referral WHERE body_id = ?1)",
        "SELECT EXISTS (SELECT 1 FROM hours_entry WHERE activity_id = ?1)",
        "SELECT EXISTS (SELECT 1 FROM consultation WHERE ?1 IN (staff_id, channel_id, caller_role_id, unit_id,"
        " advice_id, referral_body_id))",
        "SELECT EXISTS (SELECT 1 FROM consultation_code WHERE item_id = ?1)",
        // Earlier versions hold ids in JSON; a number that merely looks the
        // same makes the item "in use", so it is retired: the safe mistake.
        "SELECT EXISTS (SELECT 1 FROM consultation_revision WHERE snapshot LIKE '%:' || ?1 || ',%'"
        " OR snapshot LIKE '%[' || ?1 || ',%' OR snapshot LIKE '%,' || ?1 || ',%' OR snapshot LIKE '%,' || ?1 || ']%'"
        " OR snapshot LIKE '%[' || ?1 || ']%' OR snapshot LIKE '%:' || ?1 || '}%')",
    };
    for (const char *sql : references) {
        auto stmt = m_db.prepare(sql);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, item.id);
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (stmt->int64(0) != 0)
            return true;
    }
    return false;
}

} // namespace baken
