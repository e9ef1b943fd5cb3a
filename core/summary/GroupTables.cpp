// The peer-support group tables of a summary. Sessions are not rows of the
// vault but a schedule with changes, so they are expanded here (the same way
// GroupService shows them) and counted in C++; the rest is SQL.
#include "SummaryTables.h"

#include "Period.h"
#include "db/Database.h"
#include "groups/GroupSql.h"
#include "groups/SqlGroupStore.h"

#include <QSet>

#include <algorithm>

namespace baken::summary::detail {

namespace {

struct Measure {
    const char *code;
    const char *label;
};

constexpr Measure Measures[] = {
    {"series", QT_TRANSLATE_NOOP("baken::summary", "Groups with a session in the period")},
    {"sessions_held", QT_TRANSLATE_NOOP("baken::summary", "Sessions held")},
    {"sessions_cancelled", QT_TRANSLATE_NOOP("baken::summary", "Sessions cancelled")},
    {"seats_offered", QT_TRANSLATE_NOOP("baken::summary", "Seats offered at the sessions held")},
    {"participants", QT_TRANSLATE_NOOP("baken::summary", "Participants")},
    {"attendances", QT_TRANSLATE_NOOP("baken::summary", "Attendances")},
    {"absent_with_notice", QT_TRANSLATE_NOOP("baken::summary", "Absent with notice")},
    {"absent", QT_TRANSLATE_NOOP("baken::summary", "Absent without notice")},
};

// What the sessions of every group add up to in the period.
struct SessionCounts {
    Counts measures;
    QSet<qint64> active;   // groups with a session (held or still to come) in the period
    QSet<qint64> finished; // groups whose last session falls in the period
    // Sessions held, as (group, original start) the way attendance names them.
    QSet<std::pair<qint64, QString>> held;
};

// Whether a session of the series can fall between `first` and `last`: one
// that ended before the period or begins after it adds nothing, unless a
// change moved one of its sessions into the period. Expanding only these
// keeps the yearly summary from working out every schedule of ten years.
bool mayMeetIn(const SeriesSchedule &schedule, const QList<SessionChange> &changes, const QDate &first,
               const QDate &last)
{
    for (const SessionChange &change : changes) {
        const QDate moved = change.newStart.date();
        if (!change.cancelled && moved.isValid() && moved >= first && moved <= last)
            return true;
    }
    const QDate end = Schedules::lastDayBound(schedule);
    const QDate begin = schedule.firstStart.date();
    return !(end.isValid() && end < first) && !(begin.isValid() && begin > last);
}

Result<SessionCounts> countSessions(const PeriodQuery &query, const QDateTime &now)
{
    const QDate first = firstDay(query.period());
    const QDate last = lastDay(query.period());
    const auto inPeriod = [&](const QDateTime &t) { return t.date() >= first && t.date() <= last; };

    const SqlGroupStore store(query.db());
    auto groups = store.groups();
    if (!groups)
        return groups.error();
    auto allChanges = store.allSessionChanges();
    if (!allChanges)
        return allChanges.error();
    SessionCounts out;
    for (const PeerGroup &group : *groups) {
        const QList<SessionChange> changes = allChanges->value(group.id);
        if (!mayMeetIn(group.schedule, changes, first, last))
            continue;
        auto sessions = Schedules::expand(group.schedule, changes, group.location());
        if (!sessions)
            return sessions.error();
        const Session *lastSession = nullptr; // by time: a moved session may come later
        for (const Session &session : *sessions) {
            if (!session.cancelled && (!lastSession || session.start > lastSession->start))
                lastSession = &session;
            if (!inPeriod(session.start))
                continue;
            if (session.cancelled) {
                out.measures[u"sessions_cancelled"_qs] += 1;
                continue;
            }
            out.active.insert(group.id);
            // A session still to come has not been held, even in the period.
            if (session.start > now)
                continue;
            out.measures[u"sessions_held"_qs] += 1;
            out.measures[u"seats_offered"_qs] += group.capacity;
            out.held.insert({group.id, sql::localText(session.originalStart)});
        }
        if (lastSession && inPeriod(lastSession->start))
            out.finished.insert(group.id);
    }
    out.measures[u"series"_qs] = out.active.size();
    return out;
}

// Present, excused and absent marks at the sessions held.
Status countAttendance(const PeriodQuery &query, SessionCounts &counts)
{
    // The marks of the sessions held, picked by (group, start): only those
    // whose start lies between the first and the last of them are read, not
    // the marks of every year (a moved session keeps its original start,
    // which may lie outside the period).
    if (counts.held.isEmpty())
        return {};
    QString first = counts.held.cbegin()->second;
    QString last = first;
    for (const auto &session : std::as_const(counts.held)) {
        first = std::min(first, session.second);
        last = std::max(last, session.second);
    }
    auto stmt = query.db().prepare("SELECT group_id, session_start, value, count(*) FROM group_attendance"
                                   " WHERE session_start BETWEEN ?1 AND ?2 GROUP BY 1, 2, 3");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, first).bind(2, last);
    return stmt->forEach([&](const Statement &r) {
        if (!counts.held.contains({r.int64(0), r.text(1)}))
            return;
        const QString value = r.text(2);
        const QString measure = value == u"present"   ? u"attendances"_qs
                                : value == u"excused" ? u"absent_with_notice"_qs
                                                      : u"absent"_qs;
        counts.measures[measure] += r.int64(3);
    });
}

// People who had joined a group with a session in the period and had not
// left it before the period began: each participant row is one person in
// one series (the same person in two series cannot be told apart, by design).
Result<qint64> countParticipants(const PeriodQuery &query, const QSet<qint64> &groups)
{
    auto stmt = query.db().prepare("SELECT group_id, count(*) FROM group_participant"
                                   " WHERE joined_on IS NOT NULL AND joined_on <= ?2"
                                   " AND (left_on IS NULL OR left_on >= ?1) GROUP BY group_id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, sql::dateText(firstDay(query.period()))).bind(2, sql::dateText(lastDay(query.period())));
    qint64 people = 0;
    auto read = stmt->forEach([&](const Statement &r) {
        if (groups.contains(r.int64(0)))
            people += r.int64(1);
    });
    if (!read)
        return read.error();
    return people;
}

Result<Table> evaluationTable(const PeriodQuery &query, const QSet<qint64> &finished)
{
    auto stmt = query.db().prepare("SELECT group_id, score, count FROM group_evaluation");
    if (!stmt)
        return stmt.error();
    Counts byScore;
    qint64 total = 0;
    auto read = stmt->forEach([&](const Statement &r) {
        if (!finished.contains(r.int64(0)))
            return;
        byScore[QString::number(r.int64(1))] += r.int64(2);
        total += r.int64(2);
    });
    if (!read)
        return read.error();
    Axis score{u"score"_qs, text(QT_TRANSLATE_NOOP("baken::summary", "Score")), {}, false, false};
    for (int s = 1; s <= 5; ++s)
        score.categories << Category{QString::number(s), Text{QString::number(s), QString::number(s)}};
    return oneWay({u"evaluations.score"_qs, Section::Groups,
                   text(QT_TRANSLATE_NOOP("baken::summary", "Evaluations of groups that ended, by score")),
                   u"evaluations"_qs, text(QT_TRANSLATE_NOOP("baken::summary", "evaluations"))},
                  score, byScore, total);
}

Result<SessionCounts> countActivity(const PeriodQuery &query, const QDateTime &now)
{
    auto sessions = countSessions(query, now);
    if (!sessions)
        return sessions.error();
    if (auto s = countAttendance(query, *sessions); !s)
        return s.error();
    auto people = countParticipants(query, sessions->active);
    if (!people)
        return people.error();
    sessions->measures[u"participants"_qs] = *people;
    return sessions;
}

Table activityTable(const SessionCounts &sessions)
{
    Axis measure{u"measure"_qs, text(QT_TRANSLATE_NOOP("baken::summary", "Figure")), {}, false, false};
    for (const Measure &m : Measures)
        measure.categories << Category{QString::fromLatin1(m.code), text(m.label)};
    return measureList({u"groups.activity"_qs, Section::Groups,
                        text(QT_TRANSLATE_NOOP("baken::summary", "Peer-support groups")), u"groups"_qs,
                        text(QT_TRANSLATE_NOOP("baken::summary", "number"))},
                       measure, sessions.measures);
}

} // namespace

Result<QList<Table>> groupTables(const PeriodQuery &query, const QDateTime &now)
{
    auto sessions = countActivity(query, now);
    if (!sessions)
        return sessions.error();
    auto evaluations = evaluationTable(query, sessions->finished);
    if (!evaluations)
        return evaluations.error();
    return QList<Table>{activityTable(*sessions), *evaluations};
}

Result<QList<Table>> groupEndTables(const PeriodQuery &query, const QDateTime &now)
{
    auto sessions = countActivity(query, now);
    if (!sessions)
        return sessions.error();
    return QList<Table>{activityTable(*sessions)};
}

} // namespace baken::summary::detail
