#pragma once

#include "GroupStore.h"
#include "base/Result.h"

#include <QCoreApplication>

#include <functional>

namespace baken {

class CodeListStore;
class Vault;

// A session with its group, for the views over every group.
struct GroupSession {
    qint64 groupId = 0;
    QString theme;
    Session session;
};

// What the list of groups shows of a series.
struct SeriesOutlook {
    int sessions = 0; // cancelled ones too
    QDateTime next;   // the start of the first session not over yet; invalid: none left
};

// A facilitator's work on peer-support groups: the series and its sessions
// (moved or cancelled without breaking it), participants with capacity and a
// waiting list (a freed seat goes to the first one waiting, with a task to
// contact them), attendance, the aftercare rules, and the anonymous
// evaluation. Every call validates first, changes nothing when it refuses,
// and writes in one transaction with its audit entry (naming the group or
// participant by number, never a pseudonym or a note).
class GroupService {
    Q_DECLARE_TR_FUNCTIONS(baken::GroupService)

public:
    GroupService(Vault &vault, GroupStore &store, const CodeListStore &codes)
        : m_vault(vault)
        , m_store(store)
        , m_codes(codes)
    {}

    static constexpr int MaxCapacity = 50;
    static constexpr int MaxThemeLength = 100;
    static constexpr int MaxTextLength = 2000;
    static constexpr int MaxPseudonymLength = 60;
    static constexpr int MaxContactLength = 200;
    static constexpr int MaxReasonLength = 200;
    static constexpr int MaxPlaceLength = 500;
    static constexpr int MaxMissedInARow = 10;
    static constexpr int MaxCheckInDays = 365;

    // The series
    Result<qint64> createGroup(const PeerGroup &group);
    // Refuses a capacity below the members who have a seat; a higher
    // capacity offers the new seats to the waiting list.
    Status updateGroup(const PeerGroup &group);
    Result<QList<Session>> sessions(qint64 groupId) const;
    // The sessions (cancelled ones too) of every group that start on `from`
    // or later, group by group in GroupStore::groups() order. Reads the
    // groups and their changes once and expands only the series that can
    // still meet by then, so years of past groups cost next to nothing.
    Result<QList<GroupSession>> sessionsFrom(const QDate &from) const;
    // The sessions of `group` with these changes (its GroupStore::sessionChanges),
    // for a view that read the changes of all groups at once.
    static Result<QList<Session>> sessionsOf(const PeerGroup &group, const QList<SessionChange> &changes);
    // The outlook of `group` at `now`, with these changes; a series with a
    // number of sessions that ended is not expanded.
    static Result<SeriesOutlook> outlookOf(const PeerGroup &group, const QList<SessionChange> &changes,
                                           const QDateTime &now);
    Status moveSession(qint64 groupId, const QDateTime &originalStart, const QDateTime &newStart,
                       const QString &newPlace);
    Status cancelSession(qint64 groupId, const QDateTime &originalStart);
    // Undoes a move or cancellation.
    Status restoreSession(qint64 groupId, const QDateTime &originalStart);
    // Group-level notes; there are no per-person notes.
    Status setSessionNote(qint64 groupId, const QDateTime &sessionStart, const QString &note);

    // Participants. A new participant gets a seat while there is one, else
    // joins the waiting list; the state they got is in the result. A
    // `joinedOn` in the past (someone added to a running series afterwards)
    // is kept for a seat; otherwise they join today.
    Result<Participant> addParticipant(const Participant &participant);
    Status updateParticipant(const Participant &participant); // pseudonym and contact only
    // Leaving frees the seat for the first one waiting.
    Status leave(qint64 participantId, const QDate &on, const QString &reason);
    Status acceptSeat(qint64 participantId);
    Status declineSeat(qint64 participantId);

    // Attendance of a member at a session that took place. Missing
    // `missedInARow` sessions in a row (absent, with or without notice)
    // creates a task to check in.
    Status recordAttendance(qint64 groupId, const QDateTime &sessionStart, qint64 participantId, Attendance value);

    // Creates the check-in tasks of series that ended (idempotent); the
    // agenda calls it on showing. Returns how many were created.
    Result<int> refreshAftercare(const QDate &today);
    Status completeTask(qint64 taskId);

    // One anonymous score (1-5) per participant per series.
    Status evaluate(qint64 participantId, int score);

    Status validate(const PeerGroup &group) const;

private:
    Result<PeerGroup> existingGroup(qint64 groupId) const;
    Result<QList<Session>> sessionsOf(const PeerGroup &group) const;
    Result<Session> sessionOf(qint64 groupId, const QDateTime &originalStart) const;
    Status offerFreeSeats(const PeerGroup &group);
    Status checkMissed(const PeerGroup &group, qint64 participantId, const QDateTime &sessionStart);
    Status closeOfferTasks(const Participant &p);
    static Status checkPerson(const QString &pseudonym, const QString &contact);
    Status audited(const char *event, const char *objectType, qint64 id, const std::function<Status()> &change);

    Vault &m_vault;
    GroupStore &m_store;
    const CodeListStore &m_codes;
};

} // namespace baken
