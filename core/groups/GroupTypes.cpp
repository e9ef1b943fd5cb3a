#include "GroupTypes.h"

#include "base/EnumTable.h"

namespace baken {

namespace {

using namespace enumtable;

constexpr const char *Context = "baken::GroupTypes";

constexpr std::array<Entry<Recurrence>, 3> Recurrences = {{
    {Recurrence::Weekly, "weekly", QT_TRANSLATE_NOOP("baken::GroupTypes", "Every week")},
    {Recurrence::Fortnightly, "fortnightly", QT_TRANSLATE_NOOP("baken::GroupTypes", "Every two weeks")},
    {Recurrence::Monthly, "monthly", QT_TRANSLATE_NOOP("baken::GroupTypes", "Every month")},
}};

constexpr std::array<Entry<ParticipantSource>, 3> Sources = {{
    {ParticipantSource::Self, "self", QT_TRANSLATE_NOOP("baken::GroupTypes", "Signed up themselves")},
    {ParticipantSource::Case, "case", QT_TRANSLATE_NOOP("baken::GroupTypes", "Referred from a case")},
    {ParticipantSource::Consultation, "consultation",
     QT_TRANSLATE_NOOP("baken::GroupTypes", "Referred from the doubt line")},
}};

constexpr std::array<Entry<ParticipantState>, 4> States = {{
    {ParticipantState::Waiting, "waiting", QT_TRANSLATE_NOOP("baken::GroupTypes", "On the waiting list")},
    {ParticipantState::Offered, "offered", QT_TRANSLATE_NOOP("baken::GroupTypes", "Seat offered")},
    {ParticipantState::Member, "member", QT_TRANSLATE_NOOP("baken::GroupTypes", "In the group")},
    {ParticipantState::Left, "left", QT_TRANSLATE_NOOP("baken::GroupTypes", "Left the group")},
}};

constexpr std::array<Entry<Attendance>, 3> Attendances = {{
    {Attendance::Present, "present", QT_TRANSLATE_NOOP("baken::GroupTypes", "Present")},
    {Attendance::Excused, "excused", QT_TRANSLATE_NOOP("baken::GroupTypes", "Absent with notice")},
    {Attendance::Absent, "absent", QT_TRANSLATE_NOOP("baken::GroupTypes", "Absent without notice")},
}};

constexpr std::array<Entry<GroupTaskKind>, 3> TaskKinds = {{
    {GroupTaskKind::OfferSeat, "offer_seat",
     QT_TRANSLATE_NOOP("baken::GroupTypes", "Offer the free seat to the next person on the waiting list")},
    {GroupTaskKind::MissedSessions, "missed_sessions",
     QT_TRANSLATE_NOOP("baken::GroupTypes", "Check in: missed several sessions in a row")},
    {GroupTaskKind::CheckIn, "check_in", QT_TRANSLATE_NOOP("baken::GroupTypes", "Check in after the series has ended")},
}};

} // namespace

// clang-format off
QString toKey(Recurrence value) { return keyOf(Recurrences, value); }
QString toKey(ParticipantSource value) { return keyOf(Sources, value); }
QString toKey(ParticipantState value) { return keyOf(States, value); }
QString toKey(Attendance value) { return keyOf(Attendances, value); }
QString toKey(GroupTaskKind value) { return keyOf(TaskKinds, value); }

std::optional<Recurrence> recurrenceFromKey(const QString &key) { return fromKey(Recurrences, key); }
std::optional<ParticipantSource> participantSourceFromKey(const QString &key) { return fromKey(Sources, key); }
std::optional<ParticipantState> participantStateFromKey(const QString &key) { return fromKey(States, key); }
std::optional<Attendance> attendanceFromKey(const QString &key) { return fromKey(Attendances, key); }
std::optional<GroupTaskKind> groupTaskKindFromKey(const QString &key) { return fromKey(TaskKinds, key); }

QString label(Recurrence value) { return labelOf(Context, Recurrences, value); }
QString label(ParticipantSource value) { return labelOf(Context, Sources, value); }
QString label(ParticipantState value) { return labelOf(Context, States, value); }
QString label(Attendance value) { return labelOf(Context, Attendances, value); }
QString label(GroupTaskKind value) { return labelOf(Context, TaskKinds, value); }

QList<Recurrence> allRecurrences() { return valuesOf(Recurrences); }
QList<Attendance> allAttendances() { return valuesOf(Attendances); }
// clang-format on

} // namespace baken
