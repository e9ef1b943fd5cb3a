// GroupService: the series and its sessions. Participants, seats,
// attendance, aftercare and evaluation are in GroupMembers.cpp.
#include "GroupService.h"

#include "codelists/CodeChoice.h"
#include "vault/Vault.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace baken {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message};
}

// False only when no session of the series can start on `from` or later:
// its schedule ended before and no session was moved to then.
bool mayMeetFrom(const SeriesSchedule &schedule, const QList<SessionChange> &changes, const QDate &from)
{
    if (const QDate last = Schedules::lastDayBound(schedule); !last.isValid() || last >= from)
        return true;
    return std::any_of(changes.cbegin(), changes.cend(), [&](const SessionChange &c) {
        return !c.cancelled && c.newStart.isValid() && c.newStart.date() >= from;
    });
}

} // namespace

Status GroupService::validate(const PeerGroup &g) const
{
    if (g.theme.trimmed().isEmpty())
        return invalid(tr("Give the group a theme, for example \"Racism at work\"."));
    if (g.theme.size() > MaxThemeLength)
        return invalid(tr("Keep the theme to %1 characters.").arg(MaxThemeLength));
    if (g.description.size() > MaxTextLength)
        return invalid(tr("Keep the description to %1 characters.").arg(MaxTextLength));
    if (g.capacity < 1 || g.capacity > MaxCapacity)
        return invalid(tr("The number of seats must lie between 1 and %1.").arg(MaxCapacity));
    if (g.place.size() > MaxPlaceLength || g.onlineLink.size() > MaxPlaceLength)
        return invalid(tr("Keep the place and the online link to %1 characters each.").arg(MaxPlaceLength));
    if (g.missedInARow < 0 || g.missedInARow > MaxMissedInARow)
        return invalid(tr("The aftercare rule for missed sessions must lie between 0 (off) and %1 sessions.")
                           .arg(MaxMissedInARow));
    if (g.checkInDays < 0 || g.checkInDays > MaxCheckInDays)
        return invalid(tr("The check-in after the series must lie between 0 (off) and %1 days.").arg(MaxCheckInDays));
    if (auto s = Schedules::validate(g.schedule); !s)
        return s;
    return checkChoices(m_codes, g.facilitatorIds, CodeList::GroupFacilitators, tr("facilitators"));
}

Status GroupService::audited(const char *event, const char *objectType, qint64 id,
                             const std::function<Status()> &change)
{
    Transaction tx(m_vault.db());
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = change(); !s)
        return s;
    if (auto s = m_vault.audit().append(QLatin1String(event), QLatin1String(objectType), QString::number(id)); !s)
        return s;
    return tx.commit();
}

Result<PeerGroup> GroupService::existingGroup(qint64 groupId) const
{
    return m_store.group(groupId);
}

Result<qint64> GroupService::createGroup(const PeerGroup &group)
{
    if (auto s = validate(group); !s)
        return s.error();
    qint64 id = 0;
    Transaction tx(m_vault.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto inserted = m_store.insertGroup(group);
    if (!inserted)
        return inserted;
    id = *inserted;
    if (auto s = m_vault.audit().append(u"group.created"_qs, u"group"_qs, QString::number(id)); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status GroupService::updateGroup(const PeerGroup &group)
{
    if (auto s = validate(group); !s)
        return s;
    auto existing = existingGroup(group.id);
    if (!existing)
        return existing.error();
    auto people = m_store.participants(group.id);
    if (!people)
        return people.error();
    int seated = 0;
    for (const Participant &p : *people)
        seated += p.hasSeat();
    if (group.capacity < seated)
        return invalid(tr("%n people have a seat in this group; lower the number of seats only after someone leaves.",
                          nullptr, seated));
    if (group.schedule != existing->schedule) {
        // Attendance, notes and changes hang off a session's original start:
        // a new schedule must keep every session that holds one.
        auto kept = Schedules::expand(group.schedule, {}, group.location());
        if (!kept)
            return kept.error();
        QSet<QDateTime> starts;
        for (const Session &s : *kept)
            starts.insert(s.originalStart);
        auto used = m_store.sessionsWithRecords(group.id);
        if (!used)
            return used.error();
        for (const QDateTime &at : *used)
            if (!starts.contains(at))
                return invalid(tr("The new schedule drops the session of %1, which already has attendance, a note "
                                  "or a change. Move or cancel single sessions instead.")
                                   .arg(QLocale().toString(at, QLocale::ShortFormat)));
    }
    return audited("group.updated", "group", group.id, [&]() -> Status {
        if (auto s = m_store.updateGroup(group); !s)
            return s;
        return offerFreeSeats(group);
    });
}

Result<QList<Session>> GroupService::sessions(qint64 groupId) const
{
    auto group = existingGroup(groupId);
    if (!group)
        return group.error();
    return sessionsOf(*group);
}

Result<QList<Session>> GroupService::sessionsOf(const PeerGroup &group) const
{
    auto changes = m_store.sessionChanges(group.id);
    if (!changes)
        return changes.error();
    return sessionsOf(group, *changes);
}

Result<QList<Session>> GroupService::sessionsOf(const PeerGroup &group, const QList<SessionChange> &changes)
{
    return Schedules::expand(group.schedule, changes, group.location());
}

Result<SeriesOutlook> GroupService::outlookOf(const PeerGroup &group, const QList<SessionChange> &changes,
                                              const QDateTime &now)
{
    // A session lasts at most 12 hours, so none that started before
    // yesterday is still going on.
    if (group.schedule.count > 0 && !mayMeetFrom(group.schedule, changes, now.date().addDays(-1))) {
        if (auto s = Schedules::validate(group.schedule); !s)
            return s.error();
        return SeriesOutlook{group.schedule.count, {}};
    }
    auto sessions = sessionsOf(group, changes);
    if (!sessions)
        return sessions.error();
    SeriesOutlook out{int(sessions->size()), {}};
    for (const Session &s : std::as_const(*sessions)) {
        if (!s.cancelled && s.end >= now) {
            out.next = s.start;
            break;
        }
    }
    return out;
}

Result<QList<GroupSession>> GroupService::sessionsFrom(const QDate &from) const
{
    auto groups = m_store.groups();
    if (!groups)
        return groups.error();
    auto changes = m_store.allSessionChanges();
    if (!changes)
        return changes.error();
    QList<GroupSession> out;
    for (const PeerGroup &group : *groups) {
        const QList<SessionChange> own = changes->value(group.id);
        if (!mayMeetFrom(group.schedule, own, from))
            continue;
        auto sessions = sessionsOf(group, own);
        if (!sessions)
            return sessions.error();
        for (const Session &s : *sessions)
            if (s.start.date() >= from)
                out.append({group.id, group.theme, s});
    }
    return out;
}

Result<Session> GroupService::sessionOf(qint64 groupId, const QDateTime &originalStart) const
{
    auto all = sessions(groupId);
    if (!all)
        return all.error();
    for (const Session &s : *all)
        if (s.originalStart == originalStart)
            return s;
    return invalid(tr("The group has no session on %1.").arg(QLocale().toString(originalStart, QLocale::ShortFormat)));
}

Status GroupService::moveSession(qint64 groupId, const QDateTime &originalStart, const QDateTime &newStart,
                                 const QString &newPlace)
{
    auto group = existingGroup(groupId);
    if (!group)
        return group.error();
    const SessionChange change{originalStart, false, newStart, newPlace.trimmed()};
    if (auto s = Schedules::validate(group->schedule, change); !s)
        return s;
    if (newPlace.size() > MaxPlaceLength)
        return invalid(tr("Keep the place and the online link to %1 characters each.").arg(MaxPlaceLength));
    return audited("group.session_moved", "group", groupId, [&] { return m_store.putSessionChange(groupId, change); });
}

Status GroupService::cancelSession(qint64 groupId, const QDateTime &originalStart)
{
    auto group = existingGroup(groupId);
    if (!group)
        return group.error();
    const SessionChange change{originalStart, true, {}, {}};
    if (auto s = Schedules::validate(group->schedule, change); !s)
        return s;
    auto taken = m_store.attendance(groupId, originalStart);
    if (!taken)
        return taken.error();
    if (!taken->isEmpty())
        return invalid(tr("Attendance was taken for this session, so it took place; it cannot be cancelled."));
    return audited("group.session_cancelled", "group", groupId,
                   [&] { return m_store.putSessionChange(groupId, change); });
}

Status GroupService::restoreSession(qint64 groupId, const QDateTime &originalStart)
{
    if (auto s = sessionOf(groupId, originalStart); !s)
        return s.error();
    return audited("group.session_restored", "group", groupId,
                   [&] { return m_store.removeSessionChange(groupId, originalStart); });
}

Status GroupService::setSessionNote(qint64 groupId, const QDateTime &sessionStart, const QString &note)
{
    if (auto s = sessionOf(groupId, sessionStart); !s)
        return s.error();
    if (note.size() > MaxTextLength)
        return invalid(tr("Keep the session note to %1 characters.").arg(MaxTextLength));
    return audited("group.session_note", "group", groupId,
                   [&] { return m_store.putSessionNote(groupId, sessionStart, note.trimmed()); });
}

} // namespace baken
