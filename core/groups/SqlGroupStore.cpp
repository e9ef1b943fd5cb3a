#include "SqlGroupStore.h"

#include "GroupSql.h"

#include <QCoreApplication>
#include <QHash>

namespace baken {

using namespace sql;

namespace {

constexpr const char *SelectGroup =
    "SELECT id, theme, description, capacity, place, online_link, first_start, duration_minutes, recurrence,"
    " session_count, until_date, missed_in_a_row, check_in_days, created_at, updated_at FROM peer_group ";

PeerGroup readGroup(const Statement &r)
{
    PeerGroup g;
    g.id = r.int64(0);
    g.theme = r.text(1);
    g.description = r.text(2);
    g.capacity = int(r.int64(3));
    g.place = r.text(4);
    g.onlineLink = r.text(5);
    g.schedule.firstStart = localAt(r, 6);
    g.schedule.durationMinutes = int(r.int64(7));
    g.schedule.recurrence = recurrenceFromKey(r.text(8)).value_or(Recurrence::Monthly);
    g.schedule.count = int(r.int64(9));
    g.schedule.until = dateAt(r, 10);
    g.missedInARow = int(r.int64(11));
    g.checkInDays = int(r.int64(12));
    g.createdAt = timeAt(r, 13);
    g.updatedAt = timeAt(r, 14);
    return g;
}

SessionChange readSessionChange(const Statement &r)
{
    return SessionChange{localAt(r, 0), r.int64(1) != 0, localAt(r, 2), r.text(3)};
}

// ?2..?13 of an INSERT or UPDATE, in this order.
void bindGroup(Statement &stmt, const PeerGroup &g)
{
    stmt.bind(2, g.theme).bind(3, orEmpty(g.description)).bind(4, g.capacity);
    stmt.bind(5, orEmpty(g.place)).bind(6, orEmpty(g.onlineLink));
    stmt.bind(7, localText(g.schedule.firstStart)).bind(8, g.schedule.durationMinutes);
    stmt.bind(9, toKey(g.schedule.recurrence)).bind(10, g.schedule.count);
    bindDate(stmt, 11, g.schedule.until);
    stmt.bind(12, g.missedInARow).bind(13, g.checkInDays);
}

} // namespace

Error missingGroup()
{
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate("baken::GroupService", "That group or participant no longer exists.")};
}

Result<qint64> SqlGroupStore::insertGroup(const PeerGroup &group)
{
    auto stmt = m_db.prepare("INSERT INTO peer_group (theme, description, capacity, place, online_link, first_start,"
                             " duration_minutes, recurrence, session_count, until_date, missed_in_a_row,"
                             " check_in_days, created_at, updated_at)"
                             " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)");
    if (!stmt)
        return stmt.error();
    bindGroup(*stmt, group);
    stmt->bind(14, nowText());
    if (auto s = stmt->run(); !s)
        return s.error();
    const qint64 id = m_db.lastInsertId();
    if (auto s = replaceFacilitators(id, group.facilitatorIds); !s)
        return s.error();
    return id;
}

Status SqlGroupStore::updateGroup(const PeerGroup &group)
{
    auto stmt = m_db.prepare("UPDATE peer_group SET theme = ?2, description = ?3, capacity = ?4, place = ?5,"
                             " online_link = ?6, first_start = ?7, duration_minutes = ?8, recurrence = ?9,"
                             " session_count = ?10, until_date = ?11, missed_in_a_row = ?12, check_in_days = ?13,"
                             " updated_at = ?14 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, group.id);
    bindGroup(*stmt, group);
    stmt->bind(14, nowText());
    if (auto s = expectChange(m_db, stmt->run()); !s)
        return s;
    return replaceFacilitators(group.id, group.facilitatorIds);
}

Status SqlGroupStore::replaceFacilitators(qint64 groupId, const QList<qint64> &ids)
{
    auto clear = m_db.prepare("DELETE FROM group_facilitator WHERE group_id = ?1");
    if (!clear)
        return clear.error();
    clear->bind(1, groupId);
    if (auto s = clear->run(); !s)
        return s;
    auto add = m_db.prepare("INSERT OR IGNORE INTO group_facilitator (group_id, item_id) VALUES (?1, ?2)");
    if (!add)
        return add.error();
    for (const qint64 id : ids) {
        add->reset();
        add->bind(1, groupId).bind(2, id);
        if (auto s = add->run(); !s)
            return s;
    }
    return {};
}

Result<PeerGroup> SqlGroupStore::group(qint64 id) const
{
    const QByteArray sql = QByteArray(SelectGroup) + "WHERE id = ?1";
    auto rows = readAll<PeerGroup>(m_db, sql.constData(), id, readGroup);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return missingGroup();
    PeerGroup g = rows->front();
    auto facilitators =
        readAll<qint64>(m_db, "SELECT item_id FROM group_facilitator WHERE group_id = ?1 ORDER BY item_id", id,
                        [](const Statement &r) { return r.int64(0); });
    if (!facilitators)
        return facilitators.error();
    g.facilitatorIds = *facilitators;
    return g;
}

Result<QList<PeerGroup>> SqlGroupStore::groups() const
{
    // Two reads for all groups, not two per group: the dashboard, the groups
    // page and the aftercare read every group on unlock.
    const QByteArray sql = QByteArray(SelectGroup) + "ORDER BY first_start DESC, id DESC";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    QList<PeerGroup> out;
    if (auto s = stmt->forEach([&](const Statement &row) { out << readGroup(row); }); !s)
        return s.error();
    auto facilitators = m_db.prepare("SELECT group_id, item_id FROM group_facilitator ORDER BY group_id, item_id");
    if (!facilitators)
        return facilitators.error();
    QHash<qint64, QList<qint64>> byGroup;
    auto read = facilitators->forEach([&](const Statement &row) { byGroup[row.int64(0)] << row.int64(1); });
    if (!read)
        return read.error();
    for (PeerGroup &g : out)
        g.facilitatorIds = byGroup.value(g.id);
    return out;
}

Result<QList<SessionChange>> SqlGroupStore::sessionChanges(qint64 groupId) const
{
    return readAll<SessionChange>(
        m_db,
        "SELECT original_start, cancelled, new_start, new_place FROM group_session_change WHERE group_id = ?1"
        " ORDER BY original_start",
        groupId, readSessionChange);
}

Result<QHash<qint64, QList<SessionChange>>> SqlGroupStore::allSessionChanges() const
{
    auto stmt = m_db.prepare("SELECT original_start, cancelled, new_start, new_place, group_id"
                             " FROM group_session_change ORDER BY group_id, original_start");
    if (!stmt)
        return stmt.error();
    QHash<qint64, QList<SessionChange>> out;
    if (auto s = stmt->forEach([&](const Statement &row) { out[row.int64(4)] << readSessionChange(row); }); !s)
        return s.error();
    return out;
}

Status SqlGroupStore::putSessionChange(qint64 groupId, const SessionChange &change)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO group_session_change (group_id, original_start, cancelled,"
                             " new_start, new_place) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, groupId).bind(2, localText(change.originalStart)).bind(3, int(change.cancelled));
    if (change.newStart.isValid())
        stmt->bind(4, localText(change.newStart));
    else
        stmt->bindNull(4);
    stmt->bind(5, orEmpty(change.newPlace));
    return stmt->run();
}

Status SqlGroupStore::removeSessionChange(qint64 groupId, const QDateTime &originalStart)
{
    auto stmt = m_db.prepare("DELETE FROM group_session_change WHERE group_id = ?1 AND original_start = ?2");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, groupId).bind(2, localText(originalStart));
    return stmt->run();
}

Result<QString> SqlGroupStore::sessionNote(qint64 groupId, const QDateTime &sessionStart) const
{
    auto stmt = m_db.prepare("SELECT note FROM group_session_note WHERE group_id = ?1 AND session_start = ?2");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, groupId).bind(2, localText(sessionStart));
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->text(0) : QString();
}

Status SqlGroupStore::putSessionNote(qint64 groupId, const QDateTime &sessionStart, const QString &note)
{
    auto stmt = note.isEmpty()
                    ? m_db.prepare("DELETE FROM group_session_note WHERE group_id = ?1 AND session_start = ?2")
                    : m_db.prepare("INSERT OR REPLACE INTO group_session_note (group_id, session_start, note)"
                                   " VALUES (?1, ?2, ?3)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, groupId).bind(2, localText(sessionStart));
    if (!note.isEmpty())
        stmt->bind(3, note);
    return stmt->run();
}

Result<QList<QDateTime>> SqlGroupStore::sessionsWithRecords(qint64 groupId) const
{
    return readAll<QDateTime>(m_db,
                              "SELECT session_start FROM group_attendance WHERE group_id = ?1"
                              " UNION SELECT session_start FROM group_session_note WHERE group_id = ?1"
                              " UNION SELECT original_start FROM group_session_change WHERE group_id = ?1",
                              groupId, [](const Statement &r) { return localAt(r, 0); });
}

} // namespace baken
