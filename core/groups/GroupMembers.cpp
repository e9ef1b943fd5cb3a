// GroupService: participants, seats and the waiting list, attendance,
// aftercare and the anonymous evaluation.
#include "GroupService.h"

#include "vault/Vault.h"

#include <QLocale>

namespace baken {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message};
}

bool missed(Attendance a)
{
    return a == Attendance::Absent || a == Attendance::Excused;
}

QDate today()
{
    return QDate::currentDate();
}

} // namespace

Status GroupService::checkPerson(const QString &pseudonym, const QString &contact)
{
    if (pseudonym.isEmpty())
        return invalid(tr("Give a pseudonym: the group knows people by the name they choose to use there."));
    if (pseudonym.size() > MaxPseudonymLength || contact.size() > MaxContactLength)
        return invalid(tr("Keep the pseudonym to %1 and the contact details to %2 characters.")
                           .arg(MaxPseudonymLength)
                           .arg(MaxContactLength));
    return {};
}

Status GroupService::offerFreeSeats(const PeerGroup &group)
{
    auto people = m_store.participants(group.id);
    if (!people)
        return people.error();
    int seated = 0;
    for (const Participant &p : *people)
        seated += p.hasSeat();
    // The waiting list in order of sign-up (participants() gives that order).
    for (Participant p : *people) {
        if (seated >= group.capacity)
            break;
        if (p.state != ParticipantState::Waiting)
            continue;
        p.state = ParticipantState::Offered;
        if (auto s = m_store.updateParticipant(p); !s)
            return s;
        if (auto id = m_store.insertTask({0, group.id, p.id, {}, {}, GroupTaskKind::OfferSeat, today(), {}}); !id)
            return id.error();
        ++seated;
    }
    return {};
}

Result<Participant> GroupService::addParticipant(const Participant &in)
{
    auto group = existingGroup(in.groupId);
    if (!group)
        return group.error();
    const QString pseudonym = in.pseudonym.trimmed();
    if (auto s = checkPerson(pseudonym, in.contact); !s)
        return s.error();
    const qint64 sourceId = in.source == ParticipantSource::Case           ? in.caseId
                            : in.source == ParticipantSource::Consultation ? in.consultationId
                                                                           : 0;
    if (in.source != ParticipantSource::Self) {
        auto exists = m_store.sourceExists(in.source, sourceId);
        if (!exists)
            return exists.error();
        if (!*exists)
            return invalid(in.source == ParticipantSource::Case
                               ? tr("Choose the case this person came from, or choose \"signed up themselves\".")
                               : tr("Choose the consultation this person came from, or choose \"signed up "
                                    "themselves\"."));
    }
    auto people = m_store.participants(in.groupId);
    if (!people)
        return people.error();
    int seated = 0;
    bool waiting = false;
    for (const Participant &p : *people) {
        if (p.state != ParticipantState::Left && p.pseudonym.compare(pseudonym, Qt::CaseInsensitive) == 0)
            return invalid(tr("Someone called \"%1\" is already in this group or waiting for it; choose another "
                              "pseudonym.")
                               .arg(pseudonym));
        seated += p.hasSeat();
        waiting = waiting || p.state == ParticipantState::Waiting;
    }

    Participant p;
    p.groupId = in.groupId;
    p.pseudonym = pseudonym;
    p.contact = in.contact.trimmed();
    p.source = in.source;
    p.caseId = in.source == ParticipantSource::Case ? in.caseId : 0;
    p.consultationId = in.source == ParticipantSource::Consultation ? in.consultationId : 0;
    p.signedUpAt = QDateTime::currentDateTimeUtc();
    // A free seat goes to this person only if nobody is waiting for it.
    if (in.joinedOn.isValid() && in.joinedOn > today())
        return invalid(tr("The day they joined lies in the future."));
    if (seated < group->capacity && !waiting) {
        p.state = ParticipantState::Member;
        p.joinedOn = in.joinedOn.isValid() ? in.joinedOn : today();
    } else {
        p.state = ParticipantState::Waiting;
    }
    Status done = audited("group.participant_added", "group", in.groupId, [&]() -> Status {
        auto id = m_store.insertParticipant(p);
        if (!id)
            return id.error();
        p.id = *id;
        return {};
    });
    if (!done)
        return done.error();
    return p;
}

Status GroupService::updateParticipant(const Participant &in)
{
    auto stored = m_store.participant(in.id);
    if (!stored)
        return stored.error();
    const QString pseudonym = in.pseudonym.trimmed();
    if (auto s = checkPerson(pseudonym, in.contact); !s)
        return s;
    Participant p = *stored;
    p.pseudonym = pseudonym;
    p.contact = in.contact.trimmed();
    return audited("group.participant_updated", "participant", p.id, [&] { return m_store.updateParticipant(p); });
}

Status GroupService::leave(qint64 participantId, const QDate &on, const QString &reason)
{
    auto stored = m_store.participant(participantId);
    if (!stored)
        return stored.error();
    if (stored->state == ParticipantState::Left)
        return invalid(tr("%1 already left the group.").arg(stored->pseudonym));
    if (!on.isValid() || on > today())
        return invalid(tr("Give the day on which they left; it cannot lie in the future."));
    if (stored->joinedOn.isValid() && on < stored->joinedOn)
        return invalid(tr("They cannot leave before they joined (%1).").arg(QLocale().toString(stored->joinedOn)));
    if (reason.size() > MaxReasonLength)
        return invalid(tr("Keep the reason to %1 characters: a few words, not the story.").arg(MaxReasonLength));
    auto group = existingGroup(stored->groupId);
    if (!group)
        return group.error();
    Participant p = *stored;
    p.state = ParticipantState::Left;
    p.leftOn = on;
    p.leftReason = reason.trimmed();
    return audited("group.participant_left", "participant", p.id, [&]() -> Status {
        if (auto s = m_store.updateParticipant(p); !s)
            return s;
        return offerFreeSeats(*group);
    });
}

Status GroupService::acceptSeat(qint64 participantId)
{
    auto stored = m_store.participant(participantId);
    if (!stored)
        return stored.error();
    if (stored->state != ParticipantState::Offered)
        return invalid(tr("%1 has not been offered a seat.").arg(stored->pseudonym));
    Participant p = *stored;
    p.state = ParticipantState::Member;
    p.joinedOn = today();
    return audited("group.seat_accepted", "participant", p.id, [&]() -> Status {
        if (auto s = m_store.updateParticipant(p); !s)
            return s;
        return closeOfferTasks(p);
    });
}

Status GroupService::declineSeat(qint64 participantId)
{
    auto stored = m_store.participant(participantId);
    if (!stored)
        return stored.error();
    if (stored->state != ParticipantState::Offered)
        return invalid(tr("%1 has not been offered a seat.").arg(stored->pseudonym));
    auto group = existingGroup(stored->groupId);
    if (!group)
        return group.error();
    Participant p = *stored;
    p.state = ParticipantState::Left;
    p.leftOn = today();
    return audited("group.seat_declined", "participant", p.id, [&]() -> Status {
        if (auto s = m_store.updateParticipant(p); !s)
            return s;
        if (auto s = closeOfferTasks(p); !s)
            return s;
        return offerFreeSeats(*group);
    });
}

Status GroupService::closeOfferTasks(const Participant &p)
{
    auto tasks = m_store.tasks(p.groupId);
    if (!tasks)
        return tasks.error();
    for (const GroupTask &t : *tasks)
        if (t.participantId == p.id && t.kind == GroupTaskKind::OfferSeat && !t.isDone())
            if (auto s = m_store.setTaskDone(t.id, QDateTime::currentDateTimeUtc()); !s)
                return s;
    return {};
}

Status GroupService::recordAttendance(qint64 groupId, const QDateTime &sessionStart, qint64 participantId,
                                      Attendance value)
{
    auto group = existingGroup(groupId);
    if (!group)
        return group.error();
    auto session = sessionOf(groupId, sessionStart);
    if (!session)
        return session.error();
    if (session->cancelled)
        return invalid(tr("This session was cancelled."));
    if (session->start > QDateTime::currentDateTime())
        return invalid(tr("This session has not taken place yet."));
    auto p = m_store.participant(participantId);
    if (!p)
        return p.error();
    const QDate day = session->start.date();
    if (p->groupId != groupId || !p->joinedOn.isValid() || p->joinedOn > day
        || (p->leftOn.isValid() && p->leftOn < day))
        return invalid(tr("%1 was not in the group on %2.").arg(p->pseudonym, QLocale().toString(day)));
    auto before = m_store.attendance(groupId, sessionStart);
    if (!before)
        return before.error();
    // Only a new miss can make a run of misses long enough for a task.
    const bool newMiss = missed(value) && !(before->contains(participantId) && missed(before->value(participantId)));
    return audited("group.attendance", "group", groupId, [&]() -> Status {
        if (auto s = m_store.putAttendance(groupId, sessionStart, participantId, value); !s)
            return s;
        return newMiss ? checkMissed(*group, participantId, sessionStart) : Status{};
    });
}

Status GroupService::checkMissed(const PeerGroup &group, qint64 participantId, const QDateTime &sessionStart)
{
    if (group.missedInARow <= 0)
        return {};
    auto all = sessions(group.id);
    if (!all)
        return all.error();
    auto records = m_store.attendanceOf(participantId);
    if (!records)
        return records.error();
    // The run of misses that holds this session: sessions in order, cancelled
    // ones skipped; a session whose attendance was not taken ends a run.
    int run = 0;
    bool holdsThisOne = false;
    for (const Session &s : *all) {
        if (s.cancelled)
            continue;
        const bool miss = records->contains(s.originalStart) && missed(records->value(s.originalStart));
        if (miss) {
            ++run;
            holdsThisOne = holdsThisOne || s.originalStart == sessionStart;
        } else if (holdsThisOne) {
            break;
        } else {
            run = 0;
        }
    }
    if (!holdsThisOne || run < group.missedInARow)
        return {};
    auto tasks = m_store.tasks(group.id);
    if (!tasks)
        return tasks.error();
    for (const GroupTask &t : *tasks)
        if (t.participantId == participantId && t.kind == GroupTaskKind::MissedSessions && !t.isDone())
            return {}; // one open task is enough
    auto id = m_store.insertTask({0, group.id, participantId, {}, {}, GroupTaskKind::MissedSessions, today(), {}});
    return id ? Status{} : Status{id.error()};
}

Result<int> GroupService::refreshAftercare(const QDate &day)
{
    // Only a group where a member still has no check-in can need one: with
    // years of groups, the few series still running, not every past one.
    auto waiting = m_store.groupsAwaitingCheckIn();
    if (!waiting)
        return waiting.error();
    int created = 0;
    for (const qint64 groupId : std::as_const(*waiting)) {
        auto found = existingGroup(groupId);
        if (!found)
            return found.error();
        const PeerGroup &group = *found;
        auto all = sessionsOf(group);
        if (!all)
            return all.error();
        QDateTime lastEnd;
        for (const Session &s : *all)
            if (!s.cancelled && (!lastEnd.isValid() || s.end > lastEnd))
                lastEnd = s.end;
        if (!lastEnd.isValid() || lastEnd.date() >= day)
            continue; // the series has not ended
        auto people = m_store.participants(group.id);
        auto tasks = m_store.tasks(group.id);
        if (!people)
            return people.error();
        if (!tasks)
            return tasks.error();
        QList<qint64> planned;
        for (const GroupTask &t : *tasks)
            if (t.kind == GroupTaskKind::CheckIn)
                planned << t.participantId;
        QList<GroupTask> fresh;
        for (const Participant &p : *people)
            if (p.state == ParticipantState::Member && !planned.contains(p.id))
                fresh << GroupTask{
                    0, group.id, p.id, {}, {}, GroupTaskKind::CheckIn, lastEnd.date().addDays(group.checkInDays), {}};
        if (fresh.isEmpty())
            continue;
        Status done = audited("group.aftercare_planned", "group", group.id, [&]() -> Status {
            for (const GroupTask &t : fresh)
                if (auto id = m_store.insertTask(t); !id)
                    return id.error();
            return {};
        });
        if (!done)
            return done.error();
        created += int(fresh.size());
    }
    return created;
}

Status GroupService::completeTask(qint64 taskId)
{
    auto task = m_store.task(taskId);
    if (!task)
        return task.error();
    if (task->isDone())
        return invalid(tr("This task is already done."));
    return audited("group.task_done", "group", task->groupId,
                   [&] { return m_store.setTaskDone(taskId, QDateTime::currentDateTimeUtc()); });
}

Status GroupService::evaluate(qint64 participantId, int score)
{
    if (score < 1 || score > 5)
        return invalid(tr("A score lies between 1 and 5."));
    auto stored = m_store.participant(participantId);
    if (!stored)
        return stored.error();
    if (!stored->joinedOn.isValid())
        return invalid(tr("Only someone who took part can evaluate the series."));
    if (stored->evaluated)
        return invalid(
            tr("%1 already gave a score for this series; each participant scores once.").arg(stored->pseudonym));
    Participant p = *stored;
    p.evaluated = true;
    // Audited on the group, not the person: the log must not link a score
    // to anyone either.
    return audited("group.evaluated", "group", p.groupId, [&]() -> Status {
        if (auto s = m_store.updateParticipant(p); !s)
            return s;
        return m_store.addEvaluation(p.groupId, score);
    });
}

} // namespace baken
