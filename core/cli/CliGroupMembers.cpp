// baken-cli's group commands for participants and sessions: group join |
// leave | attend | cancel | move, and the helpers every group command uses.
// Names are not taken on the command line (the shell history would keep
// them): a participant is a pseudonym, and a contact detail is added in Baken.
#include "CliApp.h"
#include "CliCaseSupport.h"
#include "CliGroupSupport.h"

#include "cases/SqlCaseStore.h"
#include "doubtline/SqlConsultationStore.h"

namespace baken {

using namespace cli;

namespace {

// The task ids of a group, to tell which ones a command added.
QSet<qint64> taskIds(const QList<GroupTask> &tasks)
{
    QSet<qint64> out;
    for (const GroupTask &t : tasks)
        out.insert(t.id);
    return out;
}

} // namespace

std::optional<QDateTime> CliApp::timeOption(const QCommandLineParser &parser, const char *name)
{
    const QString text = parser.value(QLatin1String(name));
    if (text.isEmpty()) {
        m_io.err << tr("Give --%1 YYYY-MM-DDTHH:MM (local time).").arg(QLatin1String(name)) << '\n';
        return std::nullopt;
    }
    QString iso = text;
    iso.replace(u' ', u'T');
    const QDateTime at = QDateTime::fromString(iso, QStringLiteral("yyyy-MM-dd'T'HH:mm"));
    if (!at.isValid()) {
        m_io.err << tr("--%1: \"%2\" is not a time; write it as YYYY-MM-DDTHH:MM.").arg(QLatin1String(name), text)
                 << '\n';
        return std::nullopt;
    }
    return at;
}

std::optional<qint64> CliApp::idFrom(const QString &text, const QString &error)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (ok && id >= 1)
        return id;
    m_io.err << error << '\n';
    return std::nullopt;
}

ExitCode CliApp::openGroups(const QCommandLineParser &parser, std::unique_ptr<GroupServices> &groups)
{
    std::unique_ptr<Vault> vault;
    if (auto code = openVault(parser, tr("Passphrase: "), vault); code != ExitCode::Ok)
        return code;
    groups = std::make_unique<GroupServices>(std::move(vault));
    return ExitCode::Ok;
}

ExitCode CliApp::openGroup(const QCommandLineParser &parser, std::unique_ptr<GroupServices> &groups, qint64 &groupId)
{
    const QString text = parser.positionalArguments().at(1);
    const auto id = idFrom(text, tr("\"%1\" is not a group number; \"baken-cli group list\" shows them.").arg(text));
    if (!id)
        return ExitCode::Usage;
    groupId = *id;
    if (auto code = openGroups(parser, groups); code != ExitCode::Ok)
        return code;
    auto group = groups->store.group(groupId);
    if (!group && group.code() == ErrorCode::NotFound) {
        m_io.err << tr("The vault holds no group %1.").arg(groupId) << '\n';
        return ExitCode::Failure;
    }
    if (!group)
        return fail(group.error());
    return ExitCode::Ok;
}

ExitCode CliApp::groupJoin(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("pseudonym"), tr("The name the participant is known by in the group."), tr("NAME")},
        {QStringLiteral("source"), tr("How they came: self (default), case or consultation."), tr("SOURCE")},
        {QStringLiteral("case"), tr("The case they came from (implies --source case)."), tr("NUMBER")},
        {QStringLiteral("consultation"),
         tr("The doubt-line consultation they came from (implies --source "
            "consultation)."),
         tr("ID")},
    });
    if (auto done = parseCommand(parser, args,
                                 tr("Sign someone up for a group by pseudonym. They get a seat while there is one, "
                                    "otherwise a place on the waiting list."),
                                 false, {tr("GROUP_ID")}))
        return *done;
    Participant p;
    p.pseudonym = parser.value(QStringLiteral("pseudonym")).trimmed();
    if (p.pseudonym.isEmpty()) {
        m_io.err << tr("Give the participant's pseudonym with --pseudonym.") << '\n';
        return ExitCode::Usage;
    }
    const bool fromCase = parser.isSet(QStringLiteral("case"));
    const bool fromConsultation = parser.isSet(QStringLiteral("consultation"));
    const QString source = parser.isSet(QStringLiteral("source")) ? parser.value(QStringLiteral("source"))
                           : fromCase                             ? u"case"_qs
                           : fromConsultation                     ? u"consultation"_qs
                                                                  : u"self"_qs;
    const auto parsed = participantSourceFromKey(source);
    if (!parsed) {
        m_io.err << tr("--source: choose self, case or consultation.") << '\n';
        return ExitCode::Usage;
    }
    p.source = *parsed;
    if ((fromCase && p.source != ParticipantSource::Case)
        || (fromConsultation && p.source != ParticipantSource::Consultation)) {
        m_io.err << tr("--case goes with --source case, --consultation with --source consultation.") << '\n';
        return ExitCode::Usage;
    }
    if (fromConsultation) {
        const auto id = idFrom(parser.value(QStringLiteral("consultation")),
                               tr("--consultation: give the consultation's number, as \"consult list\" shows it."));
        if (!id)
            return ExitCode::Usage;
        p.consultationId = *id;
    }

    std::unique_ptr<GroupServices> groups;
    if (auto code = openGroup(parser, groups, p.groupId); code != ExitCode::Ok)
        return code;
    if (fromCase) {
        const QString number = parser.value(QStringLiteral("case"));
        auto id = SqlCaseStore(groups->vault->db()).caseIdByNumber(number);
        if (!id)
            return fail(id.error());
        if (!*id) {
            m_io.err << tr("The vault holds no case %1.").arg(number) << '\n';
            return ExitCode::Failure;
        }
        p.caseId = **id;
    }
    if (fromConsultation) {
        auto c = SqlConsultationStore(groups->vault->db()).byId(p.consultationId);
        if (!c && c.code() == ErrorCode::NotFound) {
            m_io.err << tr("The vault holds no consultation %1.").arg(p.consultationId) << '\n';
            return ExitCode::Failure;
        }
        if (!c)
            return fail(c.error());
    }
    auto added = groups->service.addParticipant(p);
    if (!added)
        return fail(added.error());
    if (added->state == ParticipantState::Member) {
        m_io.out << tr("Participant %1 has a seat.").arg(added->id) << '\n';
        return ExitCode::Ok;
    }
    auto people = groups->store.participants(p.groupId);
    if (!people)
        return fail(people.error());
    int position = 0;
    for (const Participant &other : std::as_const(*people)) {
        position += other.state == ParticipantState::Waiting ? 1 : 0;
        if (other.id == added->id)
            break;
    }
    m_io.out << tr("Participant %1 is on the waiting list, position %2.").arg(added->id).arg(position) << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::groupLeave(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("reason"), tr("Why, in a few words and without a story."), tr("TEXT")},
        {QStringLiteral("date"), tr("The day they left (default: today)."), tr("YYYY-MM-DD")},
    });
    if (auto done = parseCommand(parser, args,
                                 tr("Record that a participant left the group or the waiting list. A freed seat is "
                                    "offered to the first one waiting, with a task to contact them."),
                                 false, {tr("PARTICIPANT_ID")}))
        return *done;
    const QString text = parser.positionalArguments().at(1);
    const auto id =
        idFrom(text, tr("\"%1\" is not a participant number; \"baken-cli group show\" shows them.").arg(text));
    if (!id)
        return ExitCode::Usage;
    QDate on = QDate::currentDate();
    if (parser.isSet(QStringLiteral("date")) && !parseDateOption(parser, "date", on, m_io.err))
        return ExitCode::Usage;
    std::unique_ptr<GroupServices> groups;
    if (auto code = openGroups(parser, groups); code != ExitCode::Ok)
        return code;
    auto p = groups->store.participant(*id);
    if (!p && p.code() == ErrorCode::NotFound) {
        m_io.err << tr("The vault holds no participant %1.").arg(*id) << '\n';
        return ExitCode::Failure;
    }
    auto before = groups->store.participants(p ? p->groupId : 0);
    if (const Error *error = firstError(p, before))
        return fail(*error);
    if (auto s = groups->service.leave(*id, on, parser.value(QStringLiteral("reason")).trimmed()); !s)
        return fail(s.error());
    m_io.out << tr("%1 left group %2.").arg(p->pseudonym).arg(p->groupId) << '\n';
    auto after = groups->store.participants(p->groupId);
    if (!after)
        return fail(after.error());
    for (const Participant &other : std::as_const(*after)) {
        const bool wasOffered = std::any_of(before->cbegin(), before->cend(), [&](const Participant &b) {
            return b.id == other.id && b.state == ParticipantState::Offered;
        });
        if (other.state == ParticipantState::Offered && !wasOffered)
            m_io.out << tr("The seat is offered to %1 (participant %2); a task to contact them was added.")
                            .arg(other.pseudonym)
                            .arg(other.id)
                     << '\n';
    }
    return ExitCode::Ok;
}

ExitCode CliApp::groupAttend(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("session"), tr("The session, by the time the series gave it."), tr("YYYY-MM-DDTHH:MM")},
        {QStringLiteral("participant"), tr("The participant, by number."), tr("ID")},
        {QStringLiteral("present"), tr("They were there.")},
        {QStringLiteral("excused"), tr("They were not there and had said so.")},
        {QStringLiteral("absent"), tr("They were not there without notice.")},
    });
    if (auto done = parseCommand(parser, args,
                                 tr("Record a participant's attendance at a session that took place. Missing "
                                    "sessions in a row adds a task to check in with them."),
                                 false, {tr("GROUP_ID")}))
        return *done;
    const QList<std::pair<const char *, Attendance>> values = {
        {"present", Attendance::Present}, {"excused", Attendance::Excused}, {"absent", Attendance::Absent}};
    std::optional<Attendance> value;
    int given = 0;
    for (const auto &[name, v] : values) {
        if (parser.isSet(QLatin1String(name))) {
            value = v;
            ++given;
        }
    }
    if (given != 1) {
        m_io.err << tr("Give exactly one of --present, --excused and --absent.") << '\n';
        return ExitCode::Usage;
    }
    const auto participantId =
        idFrom(parser.value(QStringLiteral("participant")),
               tr("Give the participant's number with --participant; \"group show\" lists them."));
    if (!participantId)
        return ExitCode::Usage;
    const auto at = timeOption(parser, "session");
    if (!at)
        return ExitCode::Usage;
    std::unique_ptr<GroupServices> groups;
    qint64 groupId = 0;
    if (auto code = openGroup(parser, groups, groupId); code != ExitCode::Ok)
        return code;
    auto sessions = groups->service.sessions(groupId);
    auto before = groups->store.tasks(groupId);
    if (const Error *error = firstError(sessions, before))
        return fail(*error);
    const Session *session = findSession(*sessions, *at);
    if (!session) {
        m_io.err << tr("Group %1 has no session at %2.").arg(groupId).arg(localTimeText(*at)) << '\n';
        return ExitCode::Failure;
    }
    if (auto s = groups->service.recordAttendance(groupId, session->originalStart, *participantId, *value); !s)
        return fail(s.error());
    m_io.out << tr("Recorded: %1.").arg(label(*value)) << '\n';
    auto after = groups->store.tasks(groupId);
    if (!after)
        return fail(after.error());
    const QSet<qint64> old = taskIds(*before);
    for (const GroupTask &t : std::as_const(*after))
        if (!old.contains(t.id))
            m_io.out << tr("New task, due %1: %2.").arg(t.due.toString(Qt::ISODate), label(t.kind)) << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::groupCancel(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("session"), tr("The session, by the time the series gave it."), tr("YYYY-MM-DDTHH:MM")});
    if (auto done = parseCommand(parser, args, tr("Cancel one session; the rest of the series stays as it is."), false,
                                 {tr("GROUP_ID")}))
        return *done;
    const auto at = timeOption(parser, "session");
    if (!at)
        return ExitCode::Usage;
    std::unique_ptr<GroupServices> groups;
    qint64 groupId = 0;
    if (auto code = openGroup(parser, groups, groupId); code != ExitCode::Ok)
        return code;
    const auto original = originalStart(groups->service, groupId, *at);
    if (!original)
        return fail(original.error());
    if (auto s = groups->service.cancelSession(groupId, *original); !s)
        return fail(s.error());
    m_io.out << tr("Cancelled the session of %1.").arg(localTimeText(*original)) << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::groupMove(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("session"), tr("The session, by the time the series gave it."), tr("YYYY-MM-DDTHH:MM")},
        {QStringLiteral("to"), tr("Its new time."), tr("YYYY-MM-DDTHH:MM")},
        {QStringLiteral("place"), tr("Its new place."), tr("PLACE")},
    });
    if (auto done = parseCommand(parser, args,
                                 tr("Move one session to another time, another place or both; attendance and notes "
                                    "stay with it."),
                                 false, {tr("GROUP_ID")}))
        return *done;
    const auto at = timeOption(parser, "session");
    if (!at)
        return ExitCode::Usage;
    QDateTime to;
    if (parser.isSet(QStringLiteral("to"))) {
        const auto parsed = timeOption(parser, "to");
        if (!parsed)
            return ExitCode::Usage;
        to = *parsed;
    }
    QString place = parser.value(QStringLiteral("place")).trimmed();
    if (!to.isValid() && place.isEmpty()) {
        m_io.err << tr("Give the new time with --to, the new place with --place, or both.") << '\n';
        return ExitCode::Usage;
    }
    std::unique_ptr<GroupServices> groups;
    qint64 groupId = 0;
    if (auto code = openGroup(parser, groups, groupId); code != ExitCode::Ok)
        return code;
    const auto original = originalStart(groups->service, groupId, *at);
    if (!original)
        return fail(original.error());
    // Moving again in time keeps an earlier move in place, and the other way round.
    auto changes = groups->store.sessionChanges(groupId);
    if (!changes)
        return fail(changes.error());
    for (const SessionChange &c : std::as_const(*changes)) {
        if (c.originalStart == *original && !c.cancelled) {
            to = to.isValid() ? to : c.newStart;
            place = place.isEmpty() ? c.newPlace : place;
        }
    }
    if (auto s = groups->service.moveSession(groupId, *original, to, place); !s)
        return fail(s.error());
    m_io.out << tr("Moved the session of %1.").arg(localTimeText(*original)) << '\n';
    return ExitCode::Ok;
}

} // namespace baken
