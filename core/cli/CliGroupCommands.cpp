// baken-cli's peer-support group commands: group add | list | show | ics
// here, the participants and sessions in CliGroupMembers.cpp. As with the
// case commands, usage errors (exit 2) are found before anything changes and
// refusals by GroupService's rules exit 1. Participants are shown by
// pseudonym only: a contact detail never leaves the vault this way.
#include "CliApp.h"
#include "CliCaseSupport.h"
#include "CliGroupSupport.h"

#include "cases/SqlCaseStore.h"
#include "i18n/Translations.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace baken {

using namespace cli;

namespace {

// The translation context of these messages (lupdate needs a class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(baken::CliApp)
};

QString sessionText(const Session &s)
{
    QString text = localTimeText(s.originalStart);
    if (s.cancelled)
        return text + u"  " + Text::tr("cancelled");
    if (s.moved)
        text += u"  " + Text::tr("moved to %1").arg(localTimeText(s.start));
    text += u'-' + s.end.toString(QStringLiteral("HH:mm"));
    if (!s.place.isEmpty())
        text += u"  " + s.place;
    return text;
}

QString participantState(const Participant &p, int waitingPosition)
{
    switch (p.state) {
    case ParticipantState::Member:
        return Text::tr("member since %1").arg(p.joinedOn.toString(Qt::ISODate));
    case ParticipantState::Waiting:
        return Text::tr("waiting list, position %1").arg(waitingPosition);
    case ParticipantState::Offered:
        return Text::tr("offered a seat");
    case ParticipantState::Left:
        return p.leftReason.isEmpty() ? Text::tr("left on %1").arg(p.leftOn.toString(Qt::ISODate))
                                      : Text::tr("left on %1: %2").arg(p.leftOn.toString(Qt::ISODate), p.leftReason);
    }
    return {};
}

QString scheduleText(const SeriesSchedule &s)
{
    const QString series =
        s.count > 0 ? Text::tr("%1 from %2, %n session(s)", nullptr, s.count)
                          .arg(label(s.recurrence), localTimeText(s.firstStart))
                    : Text::tr("%1 from %2 until %3")
                          .arg(label(s.recurrence), localTimeText(s.firstStart), s.until.toString(Qt::ISODate));
    return series + u", " + Text::tr("%n minute(s) each", nullptr, s.durationMinutes);
}

// Where a participant came from: a case or a consultation, by its number.
QString sourceText(const Participant &p, const CaseStore &cases)
{
    if (p.source == ParticipantSource::Case && p.caseId > 0) {
        auto file = cases.caseById(p.caseId);
        if (file && !file->draft)
            return Text::tr("from case %1").arg(file->number);
        return Text::tr("from a draft case");
    }
    if (p.source == ParticipantSource::Consultation && p.consultationId > 0)
        return Text::tr("from consultation #%1").arg(p.consultationId);
    return p.source == ParticipantSource::Self ? QString() : label(p.source);
}

} // namespace

ExitCode CliApp::groupCommand(const QStringList &args)
{
    return dispatch(
        args, u"group"_qs,
        {
            {"add", &CliApp::groupAdd, tr("Start a group: a series of sessions, and print its number")},
            {"list", &CliApp::groupList, tr("List groups: number, theme, next session, seats, waiting list")},
            {"show", &CliApp::groupShow, tr("Print a group: sessions, participants, tasks, evaluation")},
            {"join", &CliApp::groupJoin, tr("Sign someone up by pseudonym: a seat or the waiting list")},
            {"leave", &CliApp::groupLeave, tr("Record that a participant left; the seat goes to the waiting list")},
            {"attend", &CliApp::groupAttend, tr("Record a participant's attendance at a session")},
            {"cancel", &CliApp::groupCancel, tr("Cancel one session of a group")},
            {"move", &CliApp::groupMove, tr("Move one session of a group to another time or place")},
            {"ics", &CliApp::groupIcs, tr("Write a group's sessions to an iCalendar file")},
        });
}

ExitCode CliApp::groupAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("theme"), tr("What the group is about; also the calendar title."), tr("TEXT")},
        {QStringLiteral("description"), tr("What the group is for (it may go into the calendar)."), tr("TEXT")},
        {QStringLiteral("start"), tr("The first session, local time."), tr("YYYY-MM-DDTHH:MM")},
        {QStringLiteral("every"), tr("How often it meets: week, 2weeks or month."), tr("PERIOD")},
        {QStringLiteral("count"), tr("The number of sessions."), tr("N")},
        {QStringLiteral("until"), tr("The last day a session may fall on (instead of --count)."), tr("YYYY-MM-DD")},
        {QStringLiteral("duration"), tr("The length of a session in minutes (default 120)."), tr("MINUTES")},
        {QStringLiteral("capacity"), tr("The number of seats (default 8)."), tr("N")},
        {QStringLiteral("place"), tr("Where it meets: a room or an address."), tr("PLACE")},
        {QStringLiteral("link"), tr("A video link, for a group that meets online."), tr("URL")},
        {QStringLiteral("facilitator"), tr("Who runs it (list \"group_facilitators\"); repeat for more."), tr("CODE")},
    });
    if (auto done = parseCommand(parser, args,
                                 tr("Start a peer-support group: a series of sessions with seats and a waiting "
                                    "list. Prints the group's number.")))
        return *done;

    PeerGroup g;
    g.theme = parser.value(QStringLiteral("theme")).trimmed();
    g.description = parser.value(QStringLiteral("description")).trimmed();
    g.place = parser.value(QStringLiteral("place")).trimmed();
    g.onlineLink = parser.value(QStringLiteral("link")).trimmed();
    if (g.theme.isEmpty()) {
        m_io.err << tr("Give the group's theme with --theme.") << '\n';
        return ExitCode::Usage;
    }
    const auto start = timeOption(parser, "start");
    if (!start)
        return ExitCode::Usage;
    g.schedule.firstStart = *start;
    const QString every = parser.value(QStringLiteral("every"));
    if (every == u"week")
        g.schedule.recurrence = Recurrence::Weekly;
    else if (every == u"2weeks")
        g.schedule.recurrence = Recurrence::Fortnightly;
    else if (every == u"month")
        g.schedule.recurrence = Recurrence::Monthly;
    else {
        m_io.err << tr("--every: choose week, 2weeks or month.") << '\n';
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("count")) == parser.isSet(QStringLiteral("until"))) {
        m_io.err << tr("End the series with either --count N or --until YYYY-MM-DD.") << '\n';
        return ExitCode::Usage;
    }
    const auto number = [&](const char *name, int &out) {
        if (!parser.isSet(QLatin1String(name)))
            return true;
        bool ok = false;
        out = parser.value(QLatin1String(name)).toInt(&ok);
        if (!ok || out < 1) {
            m_io.err << tr("--%1: give a whole number from 1 on.").arg(QLatin1String(name)) << '\n';
            return false;
        }
        return true;
    };
    if (!number("count", g.schedule.count) || !number("duration", g.schedule.durationMinutes)
        || !number("capacity", g.capacity))
        return ExitCode::Usage;
    if (parser.isSet(QStringLiteral("until")) && !parseDateOption(parser, "until", g.schedule.until, m_io.err))
        return ExitCode::Usage;

    std::unique_ptr<GroupServices> groups;
    if (auto code = openGroups(parser, groups); code != ExitCode::Ok)
        return code;
    if (!CodeOptions(groups->codes, parser, m_io.err).all("facilitator", CodeList::GroupFacilitators, g.facilitatorIds))
        return ExitCode::Usage;
    auto id = groups->service.createGroup(g);
    if (!id)
        return fail(id.error());
    m_io.out << *id << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::groupList(const QStringList &args)
{
    QCommandLineParser parser;
    if (auto done = parseCommand(parser, args,
                                 tr("List the peer-support groups, the latest series first: number, theme, next "
                                    "session, seats taken, waiting list.")))
        return *done;
    std::unique_ptr<GroupServices> groups;
    if (auto code = openGroups(parser, groups); code != ExitCode::Ok)
        return code;
    auto all = groups->store.groups();
    if (!all)
        return fail(all.error());
    const QDateTime now = QDateTime::currentDateTime();
    for (const PeerGroup &g : std::as_const(*all)) {
        auto sessions = groups->service.sessions(g.id);
        auto people = groups->store.participants(g.id);
        if (const Error *error = firstError(sessions, people))
            return fail(*error);
        QString next = tr("series ended");
        for (const Session &s : std::as_const(*sessions)) {
            if (!s.cancelled && s.end > now) {
                next = tr("next %1").arg(localTimeText(s.start));
                break;
            }
        }
        int taken = 0;
        int waiting = 0;
        for (const Participant &p : std::as_const(*people)) {
            taken += p.hasSeat() ? 1 : 0;
            waiting += p.state == ParticipantState::Waiting ? 1 : 0;
        }
        m_io.out << QStringLiteral("#%1").arg(g.id).leftJustified(5) << g.theme << "  " << next << "  "
                 << tr("%1 of %n seat(s) taken", nullptr, g.capacity).arg(taken) << "  "
                 << tr("%n waiting", nullptr, waiting) << '\n';
    }
    m_io.out << tr("%n group(s)", nullptr, int(all->size())) << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::groupShow(const QStringList &args)
{
    QCommandLineParser parser;
    if (auto done = parseCommand(parser, args,
                                 tr("Print a group: its series with moved and cancelled sessions, attendance, "
                                    "notes, participants by pseudonym, tasks and the anonymous evaluation. Contact "
                                    "details are not shown."),
                                 false, {tr("GROUP_ID")}))
        return *done;
    std::unique_ptr<GroupServices> groups;
    qint64 groupId = 0;
    if (auto code = openGroup(parser, groups, groupId); code != ExitCode::Ok)
        return code;
    const SqlGroupStore &store = groups->store;
    const SqlCaseStore cases(groups->vault->db());
    auto g = store.group(groupId);
    auto sessions = groups->service.sessions(groupId);
    auto people = store.participants(groupId);
    auto tasks = store.tasks(groupId);
    auto evaluation = store.evaluation(groupId);
    if (const Error *error = firstError(g, sessions, people, tasks, evaluation))
        return fail(*error);

    const QString lang = currentLanguage();
    QStringList facilitators;
    for (const qint64 id : std::as_const(g->facilitatorIds))
        if (auto item = groups->codes.item(id))
            facilitators << item->label(lang);
    const auto line = [&](const QString &name, const QString &value) {
        m_io.out << "  " << QString(name + u':').leftJustified(14) << (value.isEmpty() ? u"-"_qs : value) << '\n';
    };
    m_io.out << tr("Group %1: %2").arg(groupId).arg(g->theme) << '\n';
    line(tr("Description"), g->description.simplified());
    line(tr("Schedule"), scheduleText(g->schedule));
    line(tr("Place"), g->place);
    line(tr("Online"), g->onlineLink);
    line(tr("Facilitators"), facilitators.join(u", "));
    line(tr("Seats"), QString::number(g->capacity));

    QHash<qint64, QString> names;
    for (const Participant &p : std::as_const(*people))
        names.insert(p.id, p.pseudonym);
    m_io.out << '\n' << tr("Sessions") << '\n';
    for (const Session &s : std::as_const(*sessions)) {
        m_io.out << "  " << QString::number(s.number).rightJustified(3) << "  " << sessionText(s) << '\n';
        auto attendance = store.attendance(groupId, s.originalStart);
        if (!attendance)
            return fail(attendance.error());
        QStringList absent;
        int present = 0;
        for (auto it = attendance->cbegin(); it != attendance->cend(); ++it) {
            if (it.value() == Attendance::Present)
                ++present;
            else
                absent << QStringLiteral("%1 (%2)").arg(names.value(it.key()), label(it.value()));
        }
        if (!attendance->isEmpty()) {
            absent.sort();
            m_io.out << "       " << tr("present: %1").arg(present)
                     << (absent.isEmpty() ? QString() : u"; " + tr("not there: %1").arg(absent.join(u", "))) << '\n';
        }
        auto note = store.sessionNote(groupId, s.originalStart);
        if (!note)
            return fail(note.error());
        if (!note->isEmpty())
            m_io.out << "       " << tr("note: %1").arg(QString(*note).replace(u'\n', u"\n       "_qs)) << '\n';
    }

    m_io.out << '\n' << tr("Participants") << '\n';
    int waiting = 0;
    for (const Participant &p : std::as_const(*people)) {
        if (p.state == ParticipantState::Waiting)
            ++waiting;
        QStringList parts{participantState(p, waiting)};
        if (const QString from = sourceText(p, cases); !from.isEmpty())
            parts << from;
        if (p.evaluated)
            parts << tr("evaluated");
        m_io.out << "  " << QStringLiteral("#%1").arg(p.id).leftJustified(6) << p.pseudonym.leftJustified(20) << "  "
                 << parts.join(u"; ") << '\n';
    }
    if (people->isEmpty())
        m_io.out << "  -\n";

    m_io.out << '\n' << tr("Tasks") << '\n';
    for (const GroupTask &t : std::as_const(*tasks))
        m_io.out << "  " << t.due.toString(Qt::ISODate) << "  " << label(t.kind)
                 << (t.participantId > 0 ? u": " + names.value(t.participantId) : QString()) << "  "
                 << (t.isDone() ? tr("done") : tr("open")) << '\n';
    if (tasks->isEmpty())
        m_io.out << "  -\n";

    const EvaluationSummary &e = *evaluation;
    QStringList byScore;
    for (int score = 1; score <= 5; ++score)
        byScore << QStringLiteral("%1: %2").arg(score).arg(e.byScore.value(score));
    m_io.out << '\n'
             << tr("Evaluation: %n score(s)", nullptr, e.count())
             << (e.count() > 0 ? tr(", mean %1 (%2)").arg(QString::number(e.mean(), 'f', 1), byScore.join(u", "))
                               : QString())
             << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::groupIcs(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), tr("Write the calendar to FILE (.ics)."), tr("FILE")});
    if (auto done = parseCommand(parser, args,
                                 tr("Write a group's sessions to an iCalendar file for a calendar program: the "
                                    "theme, description, place and times, never a participant. Writing it again "
                                    "updates the same events."),
                                 false, {tr("GROUP_ID")}))
        return *done;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        m_io.err << tr("Name the file to write with --out FILE.ics.") << '\n';
        return ExitCode::Usage;
    }
    // Replacing an earlier calendar is the point of a stable UID; anything
    // else (a vault, say) is never overwritten.
    if (QFile existing(out); existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly) || !existing.read(15).startsWith("BEGIN:VCALENDAR")) {
            m_io.err << tr("%1 already exists and is not a calendar file; Baken does not overwrite it.").arg(out)
                     << '\n';
            return ExitCode::Failure;
        }
    }
    std::unique_ptr<GroupServices> groups;
    qint64 groupId = 0;
    if (auto code = openGroup(parser, groups, groupId); code != ExitCode::Ok)
        return code;
    auto g = groups->store.group(groupId);
    auto changes = groups->store.sessionChanges(groupId);
    auto vaultId = groups->vault->meta(QStringLiteral("vault_id"));
    if (const Error *error = firstError(g, changes, vaultId))
        return fail(*error);
    CalendarSeries series;
    series.uid = QStringLiteral("group-%1@%2.baken").arg(groupId).arg(*vaultId);
    series.title = g->theme;
    series.description = g->description;
    series.location = g->location();
    series.schedule = g->schedule;
    series.changes = *changes;
    auto calendar = writeCalendar(series);
    if (!calendar)
        return fail(calendar.error());

    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(*calendar) != calendar->size() || !file.commit()) {
        m_io.err << tr("%1 cannot be written: %2").arg(out, file.errorString()) << '\n';
        return ExitCode::Failure;
    }
    m_io.out << tr("Wrote %1.").arg(QDir::toNativeSeparators(out)) << '\n';
    return ExitCode::Ok;
}

} // namespace baken
