// Reading the peer-support groups of a document (version 3 on), with the
// rules GroupService applies as far as they still hold after later,
// legitimate changes: a session moved after attendance was taken, say, or a
// participant who left with an earlier date. The first problem refuses the
// document.
#include "InterchangeGroups.h"

#include "InterchangeFormat.h"
#include "ReaderSupport.h"
#include "groups/GroupService.h"

#include <QJsonArray>

#include <limits>

namespace baken::interchange {

namespace {

// Longer than any rule of GroupService; its validate() has the last word.
constexpr int MaxPlaceText = 2000;

QString localText(const QDateTime &time)
{
    return time.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"));
}

// Sessions of the series by original start -> cancelled.
using SessionMap = QHash<QDateTime, bool>;

void readSchedule(Fields &f, SeriesSchedule &s)
{
    static const QStringList recurrences = keysOf(allRecurrences());
    Fields schedule = f.nested(f.object(key::Schedule), f.where() + u".schedule"_qs);
    s.firstStart = schedule.localTime(key::FirstStart, false);
    s.durationMinutes = schedule.integer(key::DurationMinutes, 1, 24 * 60);
    s.recurrence = recurrenceFromKey(schedule.choice(key::Recurrence, recurrences)).value_or(Recurrence::Monthly);
    s.count = schedule.integer(key::Count, 0, Schedules::MaxSessions);
    s.until = schedule.date(key::Until, true);
    schedule.finish();
}

void readChanges(Fields &f, const PeerGroup &g, QList<SessionChange> &out, SessionMap &sessions)
{
    const QJsonArray changes = f.array(key::SessionChanges);
    for (qsizetype i = 0; i < changes.size() && !f.failed(); ++i) {
        Fields c = f.nested(changes.at(i), QStringLiteral("%1.sessionChanges[%2]").arg(f.where()).arg(i));
        SessionChange change;
        change.originalStart = c.localTime(key::OriginalStart, false);
        change.cancelled = c.flag(key::Cancelled);
        change.newStart = c.localTime(key::NewStart, true);
        change.newPlace = c.text(key::NewPlace, MaxPlaceText);
        c.finish();
        if (c.failed())
            return;
        if (change.cancelled && (change.newStart.isValid() || !change.newPlace.isEmpty()))
            return c.fail(Text::tr("a cancelled session has no new time or place"));
        if (auto s = Schedules::validate(g.schedule, change); !s)
            return c.fail(s.error().message);
        if (std::any_of(out.cbegin(), out.cend(),
                        [&](const SessionChange &other) { return other.originalStart == change.originalStart; }))
            return c.fail(Text::tr("a second change for the session of %1").arg(localText(change.originalStart)));
        sessions[change.originalStart] = change.cancelled;
        out << change;
    }
}

void readNotes(Fields &f, const SessionMap &sessions, QList<SessionNote> &out)
{
    const QJsonArray notes = f.array(key::SessionNotes);
    for (qsizetype i = 0; i < notes.size() && !f.failed(); ++i) {
        Fields n = f.nested(notes.at(i), QStringLiteral("%1.sessionNotes[%2]").arg(f.where()).arg(i));
        SessionNote note{n.localTime(key::Session, false), n.text(key::Note, GroupService::MaxTextLength)};
        n.finish();
        if (n.failed())
            return;
        if (!sessions.contains(note.sessionStart))
            return n.fail(Text::tr("\"session\": the series has no session at %1").arg(localText(note.sessionStart)));
        if (note.note.trimmed().isEmpty())
            return n.fail(Text::tr("the note is empty"));
        if (std::any_of(out.cbegin(), out.cend(),
                        [&](const SessionNote &other) { return other.sessionStart == note.sessionStart; }))
            return n.fail(Text::tr("a second note for the session of %1").arg(localText(note.sessionStart)));
        out << note;
    }
}

// A link to the case, draft case or consultation the participant came from.
void readSource(Fields &p, ParticipantBundle &entry, const Document &doc)
{
    static const QStringList sources =
        keysOf<ParticipantSource>({ParticipantSource::Self, ParticipantSource::Case, ParticipantSource::Consultation});
    Participant &out = entry.participant;
    out.source = participantSourceFromKey(p.choice(key::Source, sources)).value_or(ParticipantSource::Self);
    if (p.isNull(key::Case))
        p.null(key::Case, {});
    else
        entry.caseNumber = p.text(key::Case, 32);
    const int lastCase = std::max(0, int(doc.cases.size()) - 1);
    const int lastConsultation = std::max(0, int(doc.consultations.size()) - 1);
    if (p.isNull(key::DraftCase))
        p.null(key::DraftCase, {});
    else
        entry.draftCase = p.integer(key::DraftCase, 0, lastCase);
    if (p.isNull(key::Consultation))
        p.null(key::Consultation, {});
    else
        entry.consultation = p.integer(key::Consultation, 0, lastConsultation);
    if (p.failed())
        return;
    const bool toCase = !entry.caseNumber.isEmpty();
    const bool toDraft = entry.draftCase >= 0;
    const bool toConsultation = entry.consultation >= 0;
    if ((toCase || toDraft) && out.source != ParticipantSource::Case)
        return p.fail(Text::tr("only a participant with the source \"case\" links to a case"));
    if (toConsultation && out.source != ParticipantSource::Consultation)
        return p.fail(Text::tr("only a participant with the source \"consultation\" links to a consultation"));
    if (toCase && toDraft)
        return p.fail(Text::tr("a participant came from one case: \"case\" or \"draftCase\", not both"));
    if (toCase && std::none_of(doc.cases.cbegin(), doc.cases.cend(), [&](const CaseBundle &b) {
            return !b.file.draft && b.file.number == entry.caseNumber;
        }))
        return p.fail(Text::tr("\"case\": the file holds no case %1").arg(entry.caseNumber));
    if (toDraft && (entry.draftCase >= doc.cases.size() || !doc.cases.at(entry.draftCase).file.draft))
        return p.fail(Text::tr("\"draftCase\": cases[%1] is not a draft; name a registered case by its number")
                          .arg(entry.draftCase));
    if (toConsultation && entry.consultation >= doc.consultations.size())
        return p.fail(Text::tr("\"consultation\": the file holds no consultations[%1]").arg(entry.consultation));
}

// The states as GroupService leaves them.
void checkState(Fields &p, const Participant &out)
{
    const QDate today = QDate::currentDate();
    const bool joined = out.joinedOn.isValid();
    const bool left = out.leftOn.isValid();
    if (out.pseudonym.trimmed().isEmpty())
        return p.fail(Text::tr("the participant needs a pseudonym"));
    if ((joined && out.joinedOn > today) || (left && out.leftOn > today))
        return p.fail(Text::tr("the day of joining or leaving lies in the future"));
    switch (out.state) {
    case ParticipantState::Member:
        if (!joined || left || !out.leftReason.isEmpty())
            return p.fail(Text::tr("a member has a joining day and no leaving day or reason"));
        break;
    case ParticipantState::Waiting:
    case ParticipantState::Offered:
        if (joined || left || !out.leftReason.isEmpty())
            return p.fail(Text::tr("someone waiting for a seat has no joining or leaving day and no reason"));
        break;
    case ParticipantState::Left:
        if (!left || (joined && out.leftOn < out.joinedOn))
            return p.fail(Text::tr("someone who left has a leaving day, not before the joining day"));
        break;
    }
    if (out.evaluated && !joined)
        return p.fail(Text::tr("only someone who took part can have evaluated the series"));
}

void readParticipants(Fields &f, const PeerGroup &g, const Document &doc, QList<ParticipantBundle> &out)
{
    static const QStringList states = keysOf<ParticipantState>(
        {ParticipantState::Waiting, ParticipantState::Offered, ParticipantState::Member, ParticipantState::Left});
    const QJsonArray participants = f.array(key::Participants);
    int seated = 0;
    for (qsizetype i = 0; i < participants.size() && !f.failed(); ++i) {
        Fields p = f.nested(participants.at(i), QStringLiteral("%1.participants[%2]").arg(f.where()).arg(i));
        ParticipantBundle entry;
        Participant &in = entry.participant;
        in.pseudonym = p.text(key::Pseudonym, GroupService::MaxPseudonymLength);
        readSource(p, entry, doc);
        in.state = participantStateFromKey(p.choice(key::State, states)).value_or(ParticipantState::Waiting);
        in.signedUpAt = p.time(key::SignedUpAt, false);
        in.joinedOn = p.date(key::JoinedOn, true);
        in.leftOn = p.date(key::LeftOn, true);
        in.leftReason = p.text(key::LeftReason, GroupService::MaxReasonLength);
        in.evaluated = p.flag(key::Evaluated);
        p.finish();
        if (p.failed())
            return;
        checkState(p, in);
        const bool twice = in.state != ParticipantState::Left
                           && std::any_of(out.cbegin(), out.cend(), [&](const ParticipantBundle &other) {
                                  return other.participant.state != ParticipantState::Left
                                         && other.participant.pseudonym.compare(in.pseudonym, Qt::CaseInsensitive) == 0;
                              });
        if (!p.failed() && twice)
            p.fail(Text::tr("someone else in the group has the pseudonym \"%1\"").arg(in.pseudonym));
        seated += in.hasSeat() ? 1 : 0;
        out << entry;
    }
    if (!f.failed() && seated > g.capacity)
        f.fail(Text::tr("%1 participants have a seat, more than the group's %2 seats").arg(seated).arg(g.capacity));
}

void readAttendance(Fields &f, const SessionMap &sessions, const QList<ParticipantBundle> &people,
                    QList<AttendanceRecord> &out)
{
    static const QStringList values = keysOf(allAttendances());
    const QJsonArray attendance = f.array(key::Attendance);
    const int last = std::max(0, int(people.size()) - 1);
    for (qsizetype i = 0; i < attendance.size() && !f.failed(); ++i) {
        Fields a = f.nested(attendance.at(i), QStringLiteral("%1.attendance[%2]").arg(f.where()).arg(i));
        AttendanceRecord record;
        record.sessionStart = a.localTime(key::Session, false);
        record.participant = a.integer(key::Participant, 0, last);
        record.value = attendanceFromKey(a.choice(key::Value, values)).value_or(Attendance::Present);
        a.finish();
        if (a.failed())
            return;
        if (record.participant >= people.size() || !people.at(record.participant).participant.joinedOn.isValid())
            return a.fail(Text::tr("\"participant\": participants[%1] never had a seat").arg(record.participant));
        if (!sessions.contains(record.sessionStart) || sessions.value(record.sessionStart))
            return a.fail(Text::tr("\"session\": the series has no session at %1 that took place")
                              .arg(localText(record.sessionStart)));
        if (std::any_of(out.cbegin(), out.cend(), [&](const AttendanceRecord &other) {
                return other.sessionStart == record.sessionStart && other.participant == record.participant;
            }))
            return a.fail(Text::tr("participants[%1] has a second record for this session").arg(record.participant));
        out << record;
    }
}

void readTasks(Fields &f, const QList<ParticipantBundle> &people, QList<GroupTaskRecord> &out)
{
    static const QStringList kinds =
        keysOf<GroupTaskKind>({GroupTaskKind::OfferSeat, GroupTaskKind::MissedSessions, GroupTaskKind::CheckIn});
    const QJsonArray tasks = f.array(key::Tasks);
    for (qsizetype i = 0; i < tasks.size() && !f.failed(); ++i) {
        Fields t = f.nested(tasks.at(i), QStringLiteral("%1.tasks[%2]").arg(f.where()).arg(i));
        GroupTaskRecord record;
        record.task.kind = groupTaskKindFromKey(t.choice(key::Kind, kinds)).value_or(GroupTaskKind::CheckIn);
        if (t.isNull(key::Participant))
            t.null(key::Participant, {});
        else
            record.participant = t.integer(key::Participant, 0, std::max(0, int(people.size()) - 1));
        record.task.due = t.date(key::Due, false);
        record.task.doneAt = t.time(key::DoneAt, true);
        t.finish();
        if (!t.failed() && record.participant >= people.size())
            t.fail(Text::tr("\"participant\": the group has no participants[%1]").arg(record.participant));
        out << record;
    }
}

void readEvaluation(Fields &f, const QList<ParticipantBundle> &people, std::array<int, 5> &out)
{
    const QJsonArray counts = f.array(key::Evaluation);
    if (f.failed())
        return;
    if (counts.size() != 5)
        return f.fail(Text::tr("\"evaluation\" must list five counts: how many gave the scores 1 to 5"));
    int total = 0;
    for (int i = 0; i < 5; ++i) {
        const double n = counts.at(i).toDouble(-1);
        if (!counts.at(i).isDouble() || n < 0 || n > GroupService::MaxCapacity * 100 || n != double(int(n)))
            return f.fail(Text::tr("\"evaluation\" must list five counts: how many gave the scores 1 to 5"));
        out.at(i) = int(n);
        total += int(n);
    }
    const auto evaluated = std::count_if(people.cbegin(), people.cend(),
                                         [](const ParticipantBundle &p) { return p.participant.evaluated; });
    if (total != evaluated)
        f.fail(Text::tr("the evaluation holds %1 scores, but %2 participants are marked as having given one")
                   .arg(total)
                   .arg(evaluated));
}

GroupBundle readGroup(Fields &f, const CodeResolver &codes, const GroupService &rules, const Document &doc)
{
    GroupBundle out;
    PeerGroup &g = out.group;
    g.id = f.integer(key::Id, 1, std::numeric_limits<int>::max());
    g.theme = f.text(key::Theme, GroupService::MaxThemeLength);
    g.description = f.text(key::Description, GroupService::MaxTextLength);
    g.facilitatorIds = f.codes(key::Facilitators, CodeList::GroupFacilitators, codes);
    g.capacity = f.integer(key::Capacity, 1, GroupService::MaxCapacity);
    g.place = f.text(key::Place, MaxPlaceText);
    g.onlineLink = f.text(key::OnlineLink, MaxPlaceText);
    readSchedule(f, g.schedule);
    g.missedInARow = f.integer(key::MissedInARow, 0, 1000);
    g.checkInDays = f.integer(key::CheckInDays, 0, 10000);
    g.createdAt = f.time(key::CreatedAt, false);
    g.updatedAt = f.time(key::UpdatedAt, false);
    if (f.failed())
        return out;
    // Facilitators were resolved above, against the file's lists too.
    PeerGroup check = g;
    check.facilitatorIds.clear();
    if (auto s = rules.validate(check); !s) {
        f.fail(s.error().message);
        return out;
    }
    auto series = Schedules::expand(g.schedule, {}, {});
    if (!series) {
        f.fail(series.error().message);
        return out;
    }
    SessionMap sessions;
    for (const Session &s : std::as_const(*series))
        sessions.insert(s.originalStart, false);
    readChanges(f, g, out.changes, sessions);
    readNotes(f, sessions, out.notes);
    readParticipants(f, g, doc, out.participants);
    readAttendance(f, sessions, out.participants, out.attendance);
    readTasks(f, out.participants, out.tasks);
    readEvaluation(f, out.participants, out.evaluation);
    return out;
}

} // namespace

Status readGroups(const QJsonObject &root, const CodeResolver &codes, const GroupService &rules, Document &doc)
{
    if (doc.version < GroupsVersion)
        return {};
    const QJsonArray groups = root.value(key::Groups).toArray();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QString problem;
        Fields f(groups.at(i), QStringLiteral("groups[%1]").arg(i), problem);
        GroupBundle bundle = readGroup(f, codes, rules, doc);
        f.finish();
        const bool twice = std::any_of(doc.groups.cbegin(), doc.groups.cend(),
                                       [&](const GroupBundle &b) { return b.group.id == bundle.group.id; });
        if (!f.failed() && twice)
            f.fail(Text::tr("the file holds two groups with the number %1").arg(bundle.group.id));
        if (f.failed())
            return invalid(problem);
        doc.groups << bundle;
    }
    return {};
}

} // namespace baken::interchange
