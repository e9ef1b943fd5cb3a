// The parts of SqlGroupStore about people: participants, attendance, tasks
// and the anonymous evaluation.
#include "GroupSql.h"
#include "SqlGroupStore.h"

namespace baken {

using namespace sql;

namespace {

constexpr const char *SelectParticipant =
    "SELECT id, group_id, pseudonym, contact, source, case_id, consultation_id, state, signed_up_at, joined_on,"
    " left_on, left_reason, evaluated FROM group_participant ";

Participant readParticipant(const Statement &r)
{
    Participant p;
    p.id = r.int64(0);
    p.groupId = r.int64(1);
    p.pseudonym = r.text(2);
    p.contact = r.text(3);
    p.source = participantSourceFromKey(r.text(4)).value_or(ParticipantSource::Self);
    p.caseId = r.int64(5);
    p.consultationId = r.int64(6);
    p.state = participantStateFromKey(r.text(7)).value_or(ParticipantState::Waiting);
    p.signedUpAt = timeAt(r, 8);
    p.joinedOn = dateAt(r, 9);
    p.leftOn = dateAt(r, 10);
    p.leftReason = r.text(11);
    p.evaluated = r.int64(12) != 0;
    return p;
}

// ?2..?12 of an INSERT or UPDATE, in this order.
void bindParticipant(Statement &stmt, const Participant &p)
{
    stmt.bind(2, p.groupId).bind(3, p.pseudonym).bind(4, orEmpty(p.contact)).bind(5, toKey(p.source));
    bindId(stmt, 6, p.caseId);
    bindId(stmt, 7, p.consultationId);
    stmt.bind(8, toKey(p.state));
    bindTime(stmt, 9, p.signedUpAt);
    bindDate(stmt, 10, p.joinedOn);
    bindDate(stmt, 11, p.leftOn);
    stmt.bind(12, orEmpty(p.leftReason));
}

constexpr const char *SelectTask =
    "SELECT t.id, t.group_id, coalesce(t.participant_id, 0), g.theme, coalesce(p.pseudonym, ''), t.kind, t.due_date,"
    " t.done_at FROM group_task t JOIN peer_group g ON g.id = t.group_id"
    " LEFT JOIN group_participant p ON p.id = t.participant_id ";

GroupTask readTask(const Statement &r)
{
    GroupTask t;
    t.id = r.int64(0);
    t.groupId = r.int64(1);
    t.participantId = r.int64(2);
    t.groupTheme = r.text(3);
    t.pseudonym = r.text(4);
    t.kind = groupTaskKindFromKey(r.text(5)).value_or(GroupTaskKind::CheckIn);
    t.due = dateAt(r, 6);
    t.doneAt = timeAt(r, 7);
    return t;
}

} // namespace

Result<qint64> SqlGroupStore::insertParticipant(const Participant &p)
{
    auto stmt = m_db.prepare("INSERT INTO group_participant (group_id, pseudonym, contact, source, case_id,"
                             " consultation_id, state, signed_up_at, joined_on, left_on, left_reason, created_at)"
                             " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (!stmt)
        return stmt.error();
    bindParticipant(*stmt, p);
    stmt->bind(13, nowText());
    if (auto s = stmt->run(); !s)
        return s.error();
    return m_db.lastInsertId();
}

Status SqlGroupStore::updateParticipant(const Participant &p)
{
    auto stmt = m_db.prepare("UPDATE group_participant SET group_id = ?2, pseudonym = ?3, contact = ?4, source = ?5,"
                             " case_id = ?6, consultation_id = ?7, state = ?8, signed_up_at = ?9, joined_on = ?10,"
                             " left_on = ?11, left_reason = ?12, evaluated = ?13 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, p.id);
    bindParticipant(*stmt, p);
    stmt->bind(13, int(p.evaluated));
    return expectChange(m_db, stmt->run());
}

Result<Participant> SqlGroupStore::participant(qint64 id) const
{
    const QByteArray sql = QByteArray(SelectParticipant) + "WHERE id = ?1";
    auto rows = readAll<Participant>(m_db, sql.constData(), id, readParticipant);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return missingGroup();
    return rows->front();
}

Result<QList<Participant>> SqlGroupStore::participants(qint64 groupId) const
{
    const QByteArray sql = QByteArray(SelectParticipant) + "WHERE group_id = ?1 ORDER BY signed_up_at, id";
    return readAll<Participant>(m_db, sql.constData(), groupId, readParticipant);
}

Result<QHash<qint64, QHash<ParticipantState, int>>> SqlGroupStore::participantCounts() const
{
    auto stmt = m_db.prepare("SELECT group_id, state, count(*) FROM group_participant GROUP BY group_id, state");
    if (!stmt)
        return stmt.error();
    QHash<qint64, QHash<ParticipantState, int>> out;
    auto s = stmt->forEach([&](const Statement &row) {
        if (const auto state = participantStateFromKey(row.text(1)))
            out[row.int64(0)][*state] += int(row.int64(2));
    });
    if (!s)
        return s.error();
    return out;
}

Result<QList<qint64>> SqlGroupStore::groupsAwaitingCheckIn() const
{
    // Both lookups go through indexes (group_participant_group,
    // group_task_group): the cost follows the participants, not the sessions.
    auto stmt = m_db.prepare("SELECT g.id FROM peer_group g WHERE g.check_in_days > 0 AND EXISTS ("
                             " SELECT 1 FROM group_participant p WHERE p.group_id = g.id AND p.state = ?1"
                             "  AND NOT EXISTS (SELECT 1 FROM group_task t WHERE t.group_id = g.id"
                             "   AND t.participant_id = p.id AND t.kind = ?2))"
                             " ORDER BY g.first_start DESC, g.id DESC");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, toKey(ParticipantState::Member)).bind(2, toKey(GroupTaskKind::CheckIn));
    QList<qint64> out;
    if (auto s = stmt->forEach([&](const Statement &row) { out << row.int64(0); }); !s)
        return s.error();
    return out;
}

Result<bool> SqlGroupStore::sourceExists(ParticipantSource source, qint64 id) const
{
    const char *sql = source == ParticipantSource::Case ? "SELECT count(*) FROM case_file WHERE id = ?1"
                                                        : "SELECT count(*) FROM consultation WHERE id = ?1";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return stmt->int64(0) > 0;
}

Status SqlGroupStore::putAttendance(qint64 groupId, const QDateTime &sessionStart, qint64 participantId,
                                    Attendance value)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO group_attendance (participant_id, group_id, session_start, value)"
                             " VALUES (?1, ?2, ?3, ?4)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, participantId).bind(2, groupId).bind(3, localText(sessionStart)).bind(4, toKey(value));
    return stmt->run();
}

Result<QHash<qint64, Attendance>> SqlGroupStore::attendance(qint64 groupId, const QDateTime &sessionStart) const
{
    auto stmt = m_db.prepare("SELECT participant_id, value FROM group_attendance"
                             " WHERE group_id = ?1 AND session_start = ?2");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, groupId).bind(2, localText(sessionStart));
    QHash<qint64, Attendance> out;
    auto s = stmt->forEach([&](const Statement &row) {
        out.insert(row.int64(0), attendanceFromKey(row.text(1)).value_or(Attendance::Absent));
    });
    if (!s)
        return s.error();
    return out;
}

Result<QHash<QDateTime, Attendance>> SqlGroupStore::attendanceOf(qint64 participantId) const
{
    auto rows = readAll<std::pair<QDateTime, Attendance>>(
        m_db, "SELECT session_start, value FROM group_attendance WHERE participant_id = ?1", participantId,
        [](const Statement &r) {
            return std::pair{localAt(r, 0), attendanceFromKey(r.text(1)).value_or(Attendance::Absent)};
        });
    if (!rows)
        return rows.error();
    QHash<QDateTime, Attendance> out;
    for (const auto &[at, value] : *rows)
        out.insert(at, value);
    return out;
}

Result<qint64> SqlGroupStore::insertTask(const GroupTask &task)
{
    auto stmt = m_db.prepare("INSERT INTO group_task (group_id, participant_id, kind, due_date, created_at)"
                             " VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, task.groupId);
    bindId(*stmt, 2, task.participantId);
    stmt->bind(3, toKey(task.kind)).bind(4, dateText(task.due)).bind(5, nowText());
    if (auto s = stmt->run(); !s)
        return s.error();
    return m_db.lastInsertId();
}

Status SqlGroupStore::setTaskDone(qint64 taskId, const QDateTime &doneAt)
{
    auto stmt = m_db.prepare("UPDATE group_task SET done_at = ?2 WHERE id = ?1 AND done_at IS NULL");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, taskId);
    bindTime(*stmt, 2, doneAt);
    return expectChange(m_db, stmt->run());
}

Result<GroupTask> SqlGroupStore::task(qint64 taskId) const
{
    const QByteArray sql = QByteArray(SelectTask) + "WHERE t.id = ?1";
    auto rows = readAll<GroupTask>(m_db, sql.constData(), taskId, readTask);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return missingGroup();
    return rows->front();
}

Result<QList<GroupTask>> SqlGroupStore::tasks(qint64 groupId) const
{
    const QByteArray sql = QByteArray(SelectTask) + "WHERE t.group_id = ?1 ORDER BY t.due_date, t.id";
    return readAll<GroupTask>(m_db, sql.constData(), groupId, readTask);
}

Result<QList<GroupTask>> SqlGroupStore::openTasks(const QDate &until) const
{
    const QByteArray sql = QByteArray(SelectTask)
                           + "WHERE t.done_at IS NULL AND (?1 IS NULL OR t.due_date <= ?1) ORDER BY t.due_date, t.id";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    bindDate(*stmt, 1, until);
    QList<GroupTask> out;
    if (auto s = stmt->forEach([&](const Statement &row) { out << readTask(row); }); !s)
        return s.error();
    return out;
}

Status SqlGroupStore::addEvaluation(qint64 groupId, int score)
{
    // SQLite 3.15 (SQLCipher 3.4.1) has no upsert: count up, or start at one.
    auto up = m_db.prepare("UPDATE group_evaluation SET count = count + 1 WHERE group_id = ?1 AND score = ?2");
    if (!up)
        return up.error();
    up->bind(1, groupId).bind(2, score);
    if (auto s = up->run(); !s || m_db.changes() > 0)
        return s;
    auto first = m_db.prepare("INSERT INTO group_evaluation (group_id, score, count) VALUES (?1, ?2, 1)");
    if (!first)
        return first.error();
    first->bind(1, groupId).bind(2, score);
    return first->run();
}

Result<EvaluationSummary> SqlGroupStore::evaluation(qint64 groupId) const
{
    auto rows = readAll<std::pair<int, int>>(m_db, "SELECT score, count FROM group_evaluation WHERE group_id = ?1",
                                             groupId, [](const Statement &r) {
                                                 return std::pair{int(r.int64(0)), int(r.int64(1))};
                                             });
    if (!rows)
        return rows.error();
    EvaluationSummary out;
    for (const auto &[score, count] : *rows)
        out.byScore.insert(score, count);
    return out;
}

} // namespace baken
