#pragma once

#include "GroupStore.h"

namespace baken {

class Database;

// GroupStore on the vault (schema step 4). Groups and sessions are in
// SqlGroupStore.cpp; participants, attendance, tasks and evaluations in
// SqlGroupMembers.cpp.
class SqlGroupStore final : public GroupStore {
public:
    explicit SqlGroupStore(Database &db) : m_db(db) {}

    Result<qint64> insertGroup(const PeerGroup &group) override;
    Status updateGroup(const PeerGroup &group) override;
    Result<PeerGroup> group(qint64 id) const override;
    Result<QList<PeerGroup>> groups() const override;
    Result<QList<SessionChange>> sessionChanges(qint64 groupId) const override;
    Result<QHash<qint64, QList<SessionChange>>> allSessionChanges() const override;
    Status putSessionChange(qint64 groupId, const SessionChange &change) override;
    Status removeSessionChange(qint64 groupId, const QDateTime &originalStart) override;
    Result<QString> sessionNote(qint64 groupId, const QDateTime &sessionStart) const override;
    Status putSessionNote(qint64 groupId, const QDateTime &sessionStart, const QString &note) override;
    Result<QList<QDateTime>> sessionsWithRecords(qint64 groupId) const override;

    Result<qint64> insertParticipant(const Participant &p) override;
    Status updateParticipant(const Participant &p) override;
    Result<Participant> participant(qint64 id) const override;
    Result<QList<Participant>> participants(qint64 groupId) const override;
    Result<QHash<qint64, QHash<ParticipantState, int>>> participantCounts() const override;
    Result<QList<qint64>> groupsAwaitingCheckIn() const override;
    Result<bool> sourceExists(ParticipantSource source, qint64 id) const override;

    Status putAttendance(qint64 groupId, const QDateTime &sessionStart, qint64 participantId,
                         Attendance value) override;
    Result<QHash<qint64, Attendance>> attendance(qint64 groupId, const QDateTime &sessionStart) const override;
    Result<QHash<QDateTime, Attendance>> attendanceOf(qint64 participantId) const override;

    Result<qint64> insertTask(const GroupTask &task) override;
    Status setTaskDone(qint64 taskId, const QDateTime &doneAt) override;
    Result<GroupTask> task(qint64 taskId) const override;
    Result<QList<GroupTask>> tasks(qint64 groupId) const override;
    Result<QList<GroupTask>> openTasks(const QDate &until) const override;

    Status addEvaluation(qint64 groupId, int score) override;
    Result<EvaluationSummary> evaluation(qint64 groupId) const override;

private:
    Status replaceFacilitators(qint64 groupId, const QList<qint64> &ids);

    Database &m_db;
};

} // namespace baken
