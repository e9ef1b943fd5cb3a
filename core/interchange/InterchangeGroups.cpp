// Peer-support groups between the vault and the document: what the export
// reads and writes as JSON, and what the import writes once everything is
// checked (the reading and checking is in InterchangeGroupReader.cpp).
#include "InterchangeGroups.h"

#include "InterchangeFormat.h"
#include "InterchangeJson.h"
#include "PersonalData.h"

#include "db/Database.h"
#include "groups/GroupSql.h"
#include "groups/SqlGroupStore.h"

#include <QJsonObject>

namespace baken::interchange {

namespace {

template<typename... T>
const Error *firstError(const Result<T> &...results)
{
    const Error *out = nullptr;
    ((out = out ? out : (results ? nullptr : &results.error())), ...);
    return out;
}

QJsonValue localJson(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(sql::localText(value)) : QJsonValue(QJsonValue::Null);
}

// What the store has no list for: every note and every attendance record of
// a group, in session order.
Status loadSessionRecords(Database &db, const QHash<qint64, int> &indexOf, GroupBundle &bundle)
{
    auto notes = sql::readAll<SessionNote>(
        db, "SELECT session_start, note FROM group_session_note WHERE group_id = ?1 ORDER BY session_start",
        bundle.group.id, [](const Statement &r) {
            return SessionNote{sql::localAt(r, 0), r.text(1)};
        });
    if (!notes)
        return notes.error();
    bundle.notes = *notes;
    auto attendance = sql::readAll<AttendanceRecord>(
        db, "SELECT session_start, participant_id, value FROM group_attendance WHERE group_id = ?1", bundle.group.id,
        [&](const Statement &r) {
            return AttendanceRecord{sql::localAt(r, 0), indexOf.value(r.int64(1), -1),
                                    attendanceFromKey(r.text(2)).value_or(Attendance::Absent)};
        });
    if (!attendance)
        return attendance.error();
    bundle.attendance = *attendance;
    std::sort(bundle.attendance.begin(), bundle.attendance.end(),
              [](const AttendanceRecord &a, const AttendanceRecord &b) {
                  return std::pair(a.sessionStart, a.participant) < std::pair(b.sessionStart, b.participant);
              });
    return {};
}

Result<GroupBundle> loadGroup(Database &db, const GroupStore &store, qint64 id, const Document &doc)
{
    QHash<qint64, QString> numbers; // case id -> number
    QHash<qint64, int> drafts;      // case id -> index in doc.cases
    for (qsizetype i = 0; i < doc.cases.size(); ++i) {
        const CaseFile &file = doc.cases.at(i).file;
        if (file.draft)
            drafts.insert(file.id, int(i));
        else
            numbers.insert(file.id, file.number);
    }
    QHash<qint64, int> consultations; // consultation id -> index
    for (qsizetype i = 0; i < doc.consultations.size(); ++i)
        consultations.insert(doc.consultations.at(i).consultation.id, int(i));

    GroupBundle bundle;
    auto group = store.group(id);
    auto changes = store.sessionChanges(id);
    auto people = store.participants(id);
    auto tasks = store.tasks(id);
    auto evaluation = store.evaluation(id);
    if (const Error *error = firstError(group, changes, people, tasks, evaluation))
        return *error;
    bundle.group = *group;
    bundle.changes = *changes;
    QHash<qint64, int> indexOf; // participant id -> index
    for (const Participant &p : std::as_const(*people)) {
        ParticipantBundle entry;
        entry.participant = p;
        entry.participant.contact.clear(); // personal data: never in a document
        entry.caseNumber = numbers.value(p.caseId);
        entry.draftCase = drafts.value(p.caseId, -1);
        entry.consultation = consultations.value(p.consultationId, -1);
        indexOf.insert(p.id, int(bundle.participants.size()));
        bundle.participants << entry;
    }
    for (const GroupTask &t : std::as_const(*tasks))
        bundle.tasks << GroupTaskRecord{t, t.participantId > 0 ? indexOf.value(t.participantId, -1) : -1};
    for (int score = 1; score <= 5; ++score)
        bundle.evaluation.at(score - 1) = evaluation->byScore.value(score);
    if (auto s = loadSessionRecords(db, indexOf, bundle); !s)
        return s.error();
    return bundle;
}

QJsonObject participantJson(const ParticipantBundle &entry)
{
    const Participant &p = entry.participant;
    QJsonObject out{
        {key::Pseudonym, p.pseudonym},
        {key::Source, toKey(p.source)},
        {key::Case, entry.caseNumber.isEmpty() ? QJsonValue() : QJsonValue(entry.caseNumber)},
        {key::DraftCase, entry.draftCase >= 0 ? QJsonValue(entry.draftCase) : QJsonValue()},
        {key::Consultation, entry.consultation >= 0 ? QJsonValue(entry.consultation) : QJsonValue()},
        {key::State, toKey(p.state)},
        {key::SignedUpAt, timeJson(p.signedUpAt)},
        {key::JoinedOn, dateJson(p.joinedOn)},
        {key::LeftOn, dateJson(p.leftOn)},
        {key::LeftReason, p.leftReason},
        {key::Evaluated, p.evaluated},
    };
    // The contact is never read into `out`; should a personal-data key ever
    // be added above, it still stays out.
    for (const PersonalDataColumn &column : PersonalDataColumns)
        out.remove(column.key);
    return out;
}

QJsonObject groupJson(const GroupBundle &bundle, const CodeNames &code)
{
    const PeerGroup &g = bundle.group;
    const SeriesSchedule &s = g.schedule;
    QJsonArray changes;
    for (const SessionChange &c : bundle.changes)
        changes.append(QJsonObject{{key::OriginalStart, localJson(c.originalStart)},
                                   {key::Cancelled, c.cancelled},
                                   {key::NewStart, localJson(c.newStart)},
                                   {key::NewPlace, c.newPlace}});
    QJsonArray notes;
    for (const SessionNote &n : bundle.notes)
        notes.append(QJsonObject{{key::Session, localJson(n.sessionStart)}, {key::Note, n.note}});
    QJsonArray participants;
    for (const ParticipantBundle &p : bundle.participants)
        participants.append(participantJson(p));
    QJsonArray attendance;
    for (const AttendanceRecord &a : bundle.attendance)
        attendance.append(QJsonObject{{key::Session, localJson(a.sessionStart)},
                                      {key::Participant, a.participant},
                                      {key::Value, toKey(a.value)}});
    QJsonArray tasks;
    for (const GroupTaskRecord &t : bundle.tasks)
        tasks.append(QJsonObject{{key::Kind, toKey(t.task.kind)},
                                 {key::Participant, t.participant >= 0 ? QJsonValue(t.participant) : QJsonValue()},
                                 {key::Due, dateJson(t.task.due)},
                                 {key::DoneAt, timeJson(t.task.doneAt)}});
    QJsonArray evaluation;
    for (const int count : bundle.evaluation)
        evaluation.append(count);
    return {
        {key::Id, g.id},
        {key::Theme, g.theme},
        {key::Description, g.description},
        {key::Facilitators, code.inListOrder(g.facilitatorIds)},
        {key::Capacity, g.capacity},
        {key::Place, g.place},
        {key::OnlineLink, g.onlineLink},
        {key::Schedule, QJsonObject{{key::FirstStart, localJson(s.firstStart)},
                                    {key::DurationMinutes, s.durationMinutes},
                                    {key::Recurrence, toKey(s.recurrence)},
                                    {key::Count, s.count},
                                    {key::Until, dateJson(s.until)}}},
        {key::MissedInARow, g.missedInARow},
        {key::CheckInDays, g.checkInDays},
        {key::CreatedAt, timeJson(g.createdAt)},
        {key::UpdatedAt, timeJson(g.updatedAt)},
        {key::SessionChanges, changes},
        {key::SessionNotes, notes},
        {key::Participants, participants},
        {key::Attendance, attendance},
        {key::Tasks, tasks},
        {key::Evaluation, evaluation},
    };
}

// The group row with its times and, for a vault without groups, its number.
Result<qint64> insertGroup(Database &db, const PeerGroup &g, bool keepNumber)
{
    auto stmt = db.prepare("INSERT INTO peer_group (id, theme, description, capacity, place, online_link,"
                           " first_start, duration_minutes, recurrence, session_count, until_date,"
                           " missed_in_a_row, check_in_days, created_at, updated_at)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    if (!stmt)
        return stmt.error();
    if (keepNumber)
        stmt->bind(1, g.id);
    else
        stmt->bindNull(1);
    stmt->bind(2, g.theme).bind(3, sql::orEmpty(g.description)).bind(4, g.capacity);
    stmt->bind(5, sql::orEmpty(g.place)).bind(6, sql::orEmpty(g.onlineLink));
    stmt->bind(7, sql::localText(g.schedule.firstStart)).bind(8, g.schedule.durationMinutes);
    stmt->bind(9, toKey(g.schedule.recurrence)).bind(10, g.schedule.count);
    sql::bindDate(*stmt, 11, g.schedule.until);
    stmt->bind(12, g.missedInARow).bind(13, g.checkInDays);
    sql::bindTime(*stmt, 14, g.createdAt);
    sql::bindTime(*stmt, 15, g.updatedAt);
    if (auto s = stmt->run(); !s)
        return s.error();
    const qint64 id = db.lastInsertId();
    auto facilitator = db.prepare("INSERT INTO group_facilitator (group_id, item_id) VALUES (?1, ?2)");
    if (!facilitator)
        return facilitator.error();
    for (const qint64 item : g.facilitatorIds) {
        facilitator->reset();
        facilitator->bind(1, id).bind(2, item);
        if (auto s = facilitator->run(); !s)
            return s.error();
    }
    return id;
}

// Everything that hangs off the group, through the store.
Status writeMembers(GroupStore &store, qint64 id, const GroupBundle &bundle, const QList<qint64> &caseIds,
                    const QList<qint64> &consultationIds, const QHash<QString, qint64> &byNumber, ImportReport &report)
{
    for (const SessionChange &c : bundle.changes)
        if (auto s = store.putSessionChange(id, c); !s)
            return s;
    for (const SessionNote &n : bundle.notes)
        if (auto s = store.putSessionNote(id, n.sessionStart, n.note); !s)
            return s;
    QList<qint64> participantIds;
    for (const ParticipantBundle &entry : bundle.participants) {
        Participant p = entry.participant;
        p.groupId = id;
        p.caseId = entry.draftCase >= 0 ? caseIds.at(entry.draftCase) : byNumber.value(entry.caseNumber);
        p.consultationId = entry.consultation >= 0 ? consultationIds.at(entry.consultation) : 0;
        auto pid = store.insertParticipant(p);
        if (!pid)
            return pid.error();
        p.id = *pid;
        if (p.evaluated) // the insert leaves it unset, as for anyone new
            if (auto s = store.updateParticipant(p); !s)
                return s;
        participantIds << *pid;
        ++report.participants;
    }
    for (const AttendanceRecord &a : bundle.attendance)
        if (auto s = store.putAttendance(id, a.sessionStart, participantIds.at(a.participant), a.value); !s)
            return s;
    for (const GroupTaskRecord &t : bundle.tasks) {
        GroupTask task = t.task;
        task.groupId = id;
        task.participantId = t.participant >= 0 ? participantIds.at(t.participant) : 0;
        auto taskId = store.insertTask(task);
        if (!taskId)
            return taskId.error();
        if (task.isDone())
            if (auto s = store.setTaskDone(*taskId, task.doneAt); !s)
                return s;
    }
    for (int score = 1; score <= 5; ++score)
        for (int n = 0; n < bundle.evaluation.at(score - 1); ++n)
            if (auto s = store.addEvaluation(id, score); !s)
                return s;
    return {};
}

} // namespace

Status loadGroups(Database &db, Document &doc)
{
    const SqlGroupStore store(db);
    auto stmt = db.prepare("SELECT id FROM peer_group ORDER BY id");
    if (!stmt)
        return stmt.error();
    QList<qint64> ids;
    if (auto s = stmt->forEach([&](const Statement &r) { ids << r.int64(0); }); !s)
        return s;
    for (const qint64 id : std::as_const(ids)) {
        auto bundle = loadGroup(db, store, id, doc);
        if (!bundle)
            return bundle.error();
        doc.groups << *bundle;
    }
    return {};
}

QJsonArray groupsJson(const Document &doc, const CodeNames &code)
{
    QJsonArray out;
    for (const GroupBundle &bundle : doc.groups)
        out.append(groupJson(bundle, code));
    return out;
}

void remapGroups(Document &doc, const QHash<qint64, qint64> &ids)
{
    for (GroupBundle &bundle : doc.groups)
        for (qint64 &id : bundle.group.facilitatorIds)
            id = id < 0 ? ids.value(id) : id;
}

Status writeGroups(Database &db, const Document &doc, const QList<qint64> &caseIds,
                   const QList<qint64> &consultationIds, bool keepNumbers, ImportReport &report)
{
    QHash<QString, qint64> byNumber;
    for (qsizetype i = 0; i < doc.cases.size(); ++i)
        if (!doc.cases.at(i).file.draft)
            byNumber.insert(doc.cases.at(i).file.number, caseIds.at(i));
    SqlGroupStore store(db);
    for (const GroupBundle &bundle : doc.groups) {
        auto id = insertGroup(db, bundle.group, keepNumbers);
        if (!id)
            return id.error();
        if (auto s = writeMembers(store, *id, bundle, caseIds, consultationIds, byNumber, report); !s)
            return s;
        ++report.groups;
    }
    return {};
}

Result<bool> hasGroups(Database &db)
{
    auto any = db.queryInt("SELECT EXISTS (SELECT 1 FROM peer_group)");
    if (!any)
        return any.error();
    return *any != 0;
}

} // namespace baken::interchange
