#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace baken {

// The fixed vocabularies of peer-support groups. Like the case types they
// carry rules, so they are enums; the vault stores the stable key.
enum class Recurrence { Weekly, Fortnightly, Monthly };
enum class ParticipantSource { Self, Case, Consultation }; // how someone came to the group
enum class ParticipantState {
    Waiting, // on the waiting list, in order of sign-up
    Offered, // a seat came free and was offered; the facilitator contacts them
    Member,  // has a seat
    Left,    // left the group (or declined the seat)
};
enum class Attendance { Present, Excused, Absent }; // excused: absent with notice
enum class GroupTaskKind {
    OfferSeat,      // contact the first person on the waiting list about a free seat
    MissedSessions, // someone missed sessions in a row: check in
    CheckIn,        // check in with every participant after the series ends
};

QString toKey(Recurrence value);
QString toKey(ParticipantSource value);
QString toKey(ParticipantState value);
QString toKey(Attendance value);
QString toKey(GroupTaskKind value);
std::optional<Recurrence> recurrenceFromKey(const QString &key);
std::optional<ParticipantSource> participantSourceFromKey(const QString &key);
std::optional<ParticipantState> participantStateFromKey(const QString &key);
std::optional<Attendance> attendanceFromKey(const QString &key);
std::optional<GroupTaskKind> groupTaskKindFromKey(const QString &key);

// Labels in the UI language.
QString label(Recurrence value);
QString label(ParticipantSource value);
QString label(ParticipantState value);
QString label(Attendance value);
QString label(GroupTaskKind value);

QList<Recurrence> allRecurrences();
QList<Attendance> allAttendances();

} // namespace baken
