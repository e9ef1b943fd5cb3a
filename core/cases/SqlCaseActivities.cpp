// The parts of SqlCaseStore that hang off a case: timeline, referrals,
// follow-ups and hours.
#include "SqlCaseStore.h"

#include "db/Database.h"
#include "db/SqlValues.h"

#include <QCoreApplication>

namespace baken {

using namespace sql;

namespace {

Result<qint64> inserted(Database &db, Status status)
{
    if (!status)
        return status.error();
    return db.lastInsertId();
}

FollowUp readFollowUp(const Statement &r)
{
    FollowUp f;
    f.id = r.int64(0);
    f.caseId = r.int64(1);
    f.caseNumber = r.text(2);
    f.title = r.text(3);
    f.due = dateAt(r, 4);
    f.kind = followUpKindFromKey(r.text(5)).value_or(FollowUpKind::Task);
    f.doneAt = timeAt(r, 6);
    return f;
}

constexpr const char *FollowUpColumns = "SELECT f.id, f.case_id, coalesce(c.number, ''), f.title, f.due_date, f.kind,"
                                        " f.done_at FROM follow_up f JOIN case_file c ON c.id = f.case_id";

} // namespace

Result<qint64> SqlCaseStore::insertContact(const ContactMoment &contact)
{
    auto stmt = m_db.prepare("INSERT INTO contact_moment (case_id, occurred_at, channel_id, minutes, note,"
                             " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, contact.caseId);
    bindTime(*stmt, 2, contact.occurredAt);
    bindId(*stmt, 3, contact.channelId);
    stmt->bind(4, contact.minutes).bind(5, contact.note.isNull() ? QString(u""_qs) : contact.note);
    stmt->bind(6, nowText());
    return inserted(m_db, stmt->run());
}

Status SqlCaseStore::updateContact(const ContactMoment &contact)
{
    // The version being replaced goes to the history first.
    auto keep = m_db.prepare("INSERT INTO contact_moment_revision (contact_id, replaced_at, occurred_at, channel_id,"
                             " minutes, note) SELECT id, ?2, occurred_at, channel_id, minutes, note"
                             " FROM contact_moment WHERE id = ?1");
    if (!keep)
        return keep.error();
    keep->bind(1, contact.id).bind(2, nowText());
    if (auto s = keep->run(); !s)
        return s;
    if (m_db.changes() == 0)
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("baken::Cases", "That contact moment no longer exists.")};
    auto stmt = m_db.prepare("UPDATE contact_moment SET occurred_at = ?2, channel_id = ?3, minutes = ?4, note = ?5,"
                             " updated_at = ?6 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, contact.id);
    bindTime(*stmt, 2, contact.occurredAt);
    bindId(*stmt, 3, contact.channelId);
    stmt->bind(4, contact.minutes).bind(5, contact.note.isNull() ? QString(u""_qs) : contact.note);
    stmt->bind(6, nowText());
    return stmt->run();
}

Result<QList<ContactMoment>> SqlCaseStore::contacts(qint64 caseId) const
{
    return readAll<ContactMoment>(
        m_db,
        "SELECT m.id, m.case_id, m.occurred_at, m.channel_id, m.minutes, m.note,"
        " (SELECT count(*) FROM contact_moment_revision r WHERE r.contact_id = m.id)"
        " FROM contact_moment m WHERE m.case_id = ?1 ORDER BY m.occurred_at, m.id",
        caseId, [](const Statement &r) {
            return ContactMoment{r.int64(0), r.int64(1), timeAt(r, 2), r.int64(3), int(r.int64(4)), r.text(5),
                                 int(r.int64(6))};
        });
}

Result<QList<ContactRevision>> SqlCaseStore::contactRevisions(qint64 contactId) const
{
    return readAll<ContactRevision>(
        m_db,
        "SELECT replaced_at, occurred_at, channel_id, minutes, note FROM contact_moment_revision"
        " WHERE contact_id = ?1 ORDER BY id",
        contactId, [](const Statement &r) {
            return ContactRevision{timeAt(r, 0), timeAt(r, 1), r.int64(2), int(r.int64(3)), r.text(4)};
        });
}

Result<qint64> SqlCaseStore::insertReferral(const Referral &referral)
{
    auto stmt = m_db.prepare("INSERT INTO referral (case_id, body_id, referred_on, shares_data, consent, note,"
                             " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, referral.caseId).bind(2, referral.bodyId);
    bindDate(*stmt, 3, referral.date);
    stmt->bind(4, int(referral.sharesData)).bind(5, int(referral.consent));
    stmt->bind(6, referral.note.isNull() ? QString(u""_qs) : referral.note).bind(7, nowText());
    return inserted(m_db, stmt->run());
}

Result<QList<Referral>> SqlCaseStore::referrals(qint64 caseId) const
{
    return readAll<Referral>(m_db,
                             "SELECT id, case_id, body_id, referred_on, shares_data, consent, note FROM referral"
                             " WHERE case_id = ?1 ORDER BY referred_on, id",
                             caseId, [](const Statement &r) {
                                 return Referral{r.int64(0),        r.int64(1),        r.int64(2), dateAt(r, 3),
                                                 r.int64(4) != 0, r.int64(5) != 0, r.text(6)};
                             });
}

Result<qint64> SqlCaseStore::insertFollowUp(const FollowUp &followUp)
{
    auto stmt = m_db.prepare("INSERT INTO follow_up (case_id, title, due_date, kind, created_at)"
                             " VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, followUp.caseId).bind(2, followUp.title);
    bindDate(*stmt, 3, followUp.due);
    stmt->bind(4, toKey(followUp.kind)).bind(5, nowText());
    return inserted(m_db, stmt->run());
}

Status SqlCaseStore::setFollowUpDone(qint64 followUpId, const QDateTime &doneAt)
{
    auto stmt = m_db.prepare("UPDATE follow_up SET done_at = ?2 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, followUpId);
    bindTime(*stmt, 2, doneAt);
    if (auto s = stmt->run(); !s)
        return s;
    if (m_db.changes() == 0)
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("baken::Cases", "That follow-up no longer exists.")};
    return {};
}

Result<QList<FollowUp>> SqlCaseStore::followUps(qint64 caseId) const
{
    const QByteArray sql = QByteArray(FollowUpColumns) + " WHERE f.case_id = ?1 ORDER BY f.due_date, f.id";
    return readAll<FollowUp>(m_db, sql.constData(), caseId, readFollowUp);
}

Result<QList<FollowUp>> SqlCaseStore::openFollowUps(const QDate &until) const
{
    const QByteArray sql = QByteArray(FollowUpColumns)
                           + " WHERE f.done_at IS NULL AND c.is_draft = 0 AND f.due_date <= ?1 ORDER BY f.due_date, f.id";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, dateText(until));
    QList<FollowUp> out;
    if (auto s = stmt->forEach([&](const Statement &row) { out << readFollowUp(row); }); !s)
        return s.error();
    return out;
}

Result<qint64> SqlCaseStore::insertHours(const HoursEntry &entry)
{
    auto stmt = m_db.prepare("INSERT INTO hours_entry (case_id, worked_on, minutes, activity_id, created_at)"
                             " VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, entry.caseId);
    bindDate(*stmt, 2, entry.date);
    stmt->bind(3, entry.minutes);
    bindId(*stmt, 4, entry.activityId);
    stmt->bind(5, nowText());
    return inserted(m_db, stmt->run());
}

Result<QList<HoursEntry>> SqlCaseStore::hours(qint64 caseId) const
{
    return readAll<HoursEntry>(m_db,
                               "SELECT id, case_id, worked_on, minutes, activity_id FROM hours_entry"
                               " WHERE case_id = ?1 ORDER BY worked_on, id",
                               caseId, [](const Statement &r) {
                                   return HoursEntry{r.int64(0), r.int64(1), dateAt(r, 2), int(r.int64(3)),
                                                     r.int64(4)};
                               });
}

} // namespace baken
