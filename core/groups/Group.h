#pragma once

#include "GroupTypes.h"
#include "Schedule.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace baken {

// A peer-support group (lotgenotengroep): one series of sessions.
struct PeerGroup {
    qint64 id = 0;
    QString theme;                // e.g. "Racism at work"; also the calendar title
    QString description;          // what the group is for; may go into the calendar
    QList<qint64> facilitatorIds; // code list GroupFacilitators
    int capacity = 8;
    QString place;      // a room or an address, and/or
    QString onlineLink; // a video link
    SeriesSchedule schedule;
    // Aftercare rules (0 switches one off).
    int missedInARow = 2; // a task when a member misses this many sessions in a row
    int checkInDays = 14; // a check-in with every member this many days after the last session
    QDateTime createdAt;
    QDateTime updatedAt;

    // Where the calendar says the group meets.
    QString location() const { return place.isEmpty() ? onlineLink : place; }
};

// Someone in a group or on its waiting list, by pseudonym. There are no
// per-person notes in a group.
struct Participant {
    qint64 id = 0;
    qint64 groupId = 0;
    QString pseudonym;
    QString contact; // personal data, optional: how the facilitator reaches them
    ParticipantSource source = ParticipantSource::Self;
    qint64 caseId = 0;         // when they came from a case
    qint64 consultationId = 0; // when they came from the doubt line
    ParticipantState state = ParticipantState::Waiting;
    QDateTime signedUpAt; // the waiting list's order
    QDate joinedOn;
    QDate leftOn;
    QString leftReason;     // a few words, no story
    bool evaluated = false; // gave the anonymous score; the score is not linked to them

    bool hasSeat() const { return holdsSeat(state); }

    // A member, or offered a seat that is kept for them.
    static bool holdsSeat(ParticipantState s) { return s == ParticipantState::Member || s == ParticipantState::Offered; }
};

// A follow-up task of a group: contact about a free seat, check in after
// missed sessions, check in after the series.
struct GroupTask {
    qint64 id = 0;
    qint64 groupId = 0;
    qint64 participantId = 0;
    QString groupTheme; // read only
    QString pseudonym;  // read only
    GroupTaskKind kind = GroupTaskKind::CheckIn;
    QDate due;
    QDateTime doneAt;
    bool isDone() const { return doneAt.isValid(); }
};

// The anonymous evaluation of a series: how many gave each score, 1 to 5.
// Stored as counts, so not even the order of scoring links a score to a person.
struct EvaluationSummary {
    QHash<int, int> byScore;
    int count() const
    {
        int n = 0;
        for (const int c : byScore)
            n += c;
        return n;
    }
    double mean() const
    {
        int sum = 0;
        for (auto it = byScore.cbegin(); it != byScore.cend(); ++it)
            sum += it.key() * it.value();
        return count() == 0 ? 0.0 : double(sum) / count();
    }
};

} // namespace baken
