#pragma once

#include "Group.h"
#include "base/Result.h"

#include <QHash>

#include <optional>

namespace baken {

// Persistence of peer-support groups. GroupService validates, applies the
// rules (seats, waiting list, aftercare) and audits; this reads and writes.
// Sessions are named by their original start (local time, to the minute).
class GroupStore {
public:
    virtual ~GroupStore() = default;

    // Groups
    virtual Result<qint64> insertGroup(const PeerGroup &group) = 0;
    virtual Status updateGroup(const PeerGroup &group) = 0;
    virtual Result<PeerGroup> group(qint64 id) const = 0;
    virtual Result<QList<PeerGroup>> groups() const = 0; // by first session, newest first
    virtual Result<QList<SessionChange>> sessionChanges(qint64 groupId) const = 0;
    // The changes of every group at once, by group id.
    virtual Result<QHash<qint64, QList<SessionChange>>> allSessionChanges() const = 0;
    virtual Status putSessionChange(qint64 groupId, const SessionChange &change) = 0;
    virtual Status removeSessionChange(qint64 groupId, const QDateTime &originalStart) = 0;
    virtual Result<QString> sessionNote(qint64 groupId, const QDateTime &sessionStart) const = 0;
    virtual Status putSessionNote(qint64 groupId, const QDateTime &sessionStart, const QString &note) = 0;
    // Sessions (by original start) that hold attendance, a note or a change.
    virtual Result<QList<QDateTime>> sessionsWithRecords(qint64 groupId) const = 0;

    // Participants
    virtual Result<qint64> insertParticipant(const Participant &p) = 0;
    virtual Status updateParticipant(const Participant &p) = 0;
    virtual Result<Participant> participant(qint64 id) const = 0;
    // In waiting-list order (sign-up), all states.
    virtual Result<QList<Participant>> participants(qint64 groupId) const = 0;
    // Per group id, how many of its participants are in each state.
    virtual Result<QHash<qint64, QHash<ParticipantState, int>>> participantCounts() const = 0;
    // Groups with a check-in rule and a member who has no check-in task yet
    // (done or not), in groups() order: the only ones the aftercare may
    // still have to plan for.
    virtual Result<QList<qint64>> groupsAwaitingCheckIn() const = 0;
    // Whether the case or consultation a participant came from exists.
    virtual Result<bool> sourceExists(ParticipantSource source, qint64 id) const = 0;

    // Attendance: participant id -> value, per session.
    virtual Status putAttendance(qint64 groupId, const QDateTime &sessionStart, qint64 participantId,
                                 Attendance value) = 0;
    virtual Result<QHash<qint64, Attendance>> attendance(qint64 groupId, const QDateTime &sessionStart) const = 0;
    // One participant's attendance, session start -> value.
    virtual Result<QHash<QDateTime, Attendance>> attendanceOf(qint64 participantId) const = 0;

    // Tasks
    virtual Result<qint64> insertTask(const GroupTask &task) = 0;
    virtual Status setTaskDone(qint64 taskId, const QDateTime &doneAt) = 0;
    virtual Result<GroupTask> task(qint64 taskId) const = 0;
    virtual Result<QList<GroupTask>> tasks(qint64 groupId) const = 0;
    // Open tasks of every group due on or before `until` (all when invalid), oldest first.
    virtual Result<QList<GroupTask>> openTasks(const QDate &until) const = 0;

    // Evaluation
    virtual Status addEvaluation(qint64 groupId, int score) = 0;
    virtual Result<EvaluationSummary> evaluation(qint64 groupId) const = 0;
};

} // namespace baken
