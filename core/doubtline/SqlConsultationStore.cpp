#include "SqlConsultationStore.h"

#include "ConsultationSnapshot.h"
#include "db/Database.h"
#include "db/SqlValues.h"

#include <QCoreApplication>

namespace baken {

using namespace sql;

namespace {

Error missingConsultation()
{
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate("baken::ConsultationService", "That consultation no longer exists.")};
}

constexpr const char *SelectColumns =
    "SELECT c.id, c.kind, c.occurred_at, c.minutes, c.staff_id, c.channel_id, c.caller_role_id, c.unit_id,"
    " c.question, c.assessment, c.outcome, c.advice_id, c.referral_body_id, c.callback_wanted, c.callback_due,"
    " c.callback_contact, c.callback_done_at, c.case_id, coalesce(f.number, ''), c.created_at, c.updated_at,"
    " (SELECT count(*) FROM consultation_revision r WHERE r.consultation_id = c.id)"
    " FROM consultation c LEFT JOIN case_file f ON f.id = c.case_id ";

// Columns ?2..?18 of an INSERT or UPDATE, in this order.
constexpr const char *WriteColumns = "kind, occurred_at, day, minutes, staff_id, channel_id, caller_role_id, unit_id,"
                                     " question, assessment, outcome, advice_id, referral_body_id, callback_wanted,"
                                     " callback_due, callback_contact, callback_done_at";

QString textOrEmpty(const QString &text)
{
    return text.isNull() ? QString(u""_qs) : text;
}

} // namespace

Result<QList<Consultation>> SqlConsultationStore::read(Statement &stmt) const
{
    QList<Consultation> out;
    if (auto s = stmt.forEach([&](const Statement &row) { out << readRow(row); }); !s)
        return s.error();
    auto topics = m_db.prepare("SELECT kind, item_id FROM consultation_code WHERE consultation_id = ?1"
                               " ORDER BY kind, item_id");
    if (!topics)
        return topics.error();
    for (Consultation &c : out) {
        topics->reset();
        topics->bind(1, c.id);
        auto s = topics->forEach(
            [&](const Statement &row) { (row.text(0) == u"ground" ? c.groundIds : c.formIds) << row.int64(1); });
        if (!s)
            return s.error();
    }
    return out;
}

Consultation SqlConsultationStore::readRow(const Statement &r)
{
    Consultation c;
    c.id = r.int64(0);
    c.kind = contactKindFromKey(r.text(1)).value_or(ContactKind::Consultation);
    c.occurredAt = timeAt(r, 2).toLocalTime();
    c.minutes = int(r.int64(3));
    c.staffId = r.int64(4);
    c.channelId = r.int64(5);
    c.callerRoleId = r.int64(6);
    c.unitId = r.int64(7);
    c.question = r.text(8);
    c.assessment = assessmentFromKey(r.text(9)).value_or(Assessment::Unclear);
    c.outcome = consultationOutcomeFromKey(r.text(10)).value_or(ConsultationOutcome::Listened);
    c.adviceId = r.int64(11);
    c.referralBodyId = r.int64(12);
    c.callbackWanted = r.int64(13) != 0;
    c.callbackDue = dateAt(r, 14);
    c.callbackContact = r.text(15);
    c.callbackDoneAt = timeAt(r, 16);
    c.caseId = r.int64(17);
    c.caseNumber = r.text(18);
    c.createdAt = timeAt(r, 19);
    c.updatedAt = timeAt(r, 20);
    c.revisions = int(r.int64(21));
    return c;
}

void SqlConsultationStore::bindRow(Statement &stmt, const Consultation &c)
{
    stmt.bind(2, toKey(c.kind));
    bindTime(stmt, 3, c.occurredAt);
    stmt.bind(4, dateText(c.occurredAt.toLocalTime().date()));
    stmt.bind(5, c.minutes);
    bindId(stmt, 6, c.staffId);
    bindId(stmt, 7, c.channelId);
    bindId(stmt, 8, c.callerRoleId);
    bindId(stmt, 9, c.unitId);
    stmt.bind(10, textOrEmpty(c.question));
    stmt.bind(11, toKey(c.assessment));
    stmt.bind(12, toKey(c.outcome));
    bindId(stmt, 13, c.adviceId);
    bindId(stmt, 14, c.referralBodyId);
    stmt.bind(15, int(c.callbackWanted));
    bindDate(stmt, 16, c.callbackDue);
    stmt.bind(17, textOrEmpty(c.callbackContact));
    bindTime(stmt, 18, c.callbackDoneAt);
}

Result<qint64> SqlConsultationStore::insert(const Consultation &c)
{
    Consultation stamped = c;
    stamped.createdAt = stamped.updatedAt = QDateTime::currentDateTimeUtc();
    return insertImported(stamped, {});
}

Result<qint64> SqlConsultationStore::insertImported(const Consultation &c, const QList<ConsultationRevision> &revisions)
{
    const QByteArray sql = QByteArray("INSERT INTO consultation (") + WriteColumns
                           + ", case_id, created_at, updated_at) VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
                             " ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    bindRow(*stmt, c);
    bindId(*stmt, 19, c.caseId);
    bindTime(*stmt, 20, c.createdAt);
    bindTime(*stmt, 21, c.updatedAt);
    if (auto s = stmt->run(); !s)
        return s.error();
    const qint64 id = m_db.lastInsertId();
    if (auto s = replaceTopics(id, c); !s)
        return s.error();
    for (const ConsultationRevision &revision : revisions)
        if (auto s = insertRevision(id, revision.replacedAt, revision.before); !s)
            return s.error();
    return id;
}

Status SqlConsultationStore::update(const Consultation &c, bool keepRevision)
{
    if (keepRevision) {
        auto before = byId(c.id);
        if (!before)
            return before.error();
        if (auto s = insertRevision(c.id, QDateTime::currentDateTimeUtc(), *before); !s)
            return s;
    }
    return write(c.id, c);
}

Status SqlConsultationStore::write(qint64 id, const Consultation &c)
{
    QByteArray sql = "UPDATE consultation SET (";
    sql += WriteColumns;
    sql += ", updated_at) = (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)"
           " WHERE id = ?1";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    bindRow(*stmt, c);
    stmt->bind(19, nowText());
    if (auto s = stmt->run(); !s)
        return s;
    if (m_db.changes() == 0)
        return missingConsultation();
    return replaceTopics(id, c);
}

Status SqlConsultationStore::replaceTopics(qint64 id, const Consultation &c)
{
    auto clear = m_db.prepare("DELETE FROM consultation_code WHERE consultation_id = ?1");
    if (!clear)
        return clear.error();
    clear->bind(1, id);
    if (auto s = clear->run(); !s)
        return s;
    auto add = m_db.prepare("INSERT OR IGNORE INTO consultation_code (consultation_id, kind, item_id)"
                            " VALUES (?1, ?2, ?3)");
    if (!add)
        return add.error();
    const std::pair<QString, const QList<qint64> *> topics[] = {{u"ground"_qs, &c.groundIds}, {u"form"_qs, &c.formIds}};
    for (const auto &[kind, ids] : topics) {
        for (const qint64 item : *ids) {
            add->reset();
            add->bind(1, id).bind(2, kind).bind(3, item);
            if (auto s = add->run(); !s)
                return s;
        }
    }
    return {};
}

Status SqlConsultationStore::insertRevision(qint64 id, const QDateTime &replacedAt, const Consultation &before)
{
    auto stmt = m_db.prepare("INSERT INTO consultation_revision (consultation_id, replaced_at, snapshot)"
                             " VALUES (?1, ?2, ?3)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id).bind(2, timeText(replacedAt)).bind(3, QString::fromUtf8(consultationSnapshot(before)));
    return stmt->run();
}

Result<Consultation> SqlConsultationStore::byId(qint64 id) const
{
    const QByteArray sql = QByteArray(SelectColumns) + "WHERE c.id = ?1";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto rows = read(*stmt);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return missingConsultation();
    return rows->front();
}

Result<QList<Consultation>> SqlConsultationStore::list(const ConsultationFilter &filter) const
{
    // Only the conditions that are set: "?1 IS NULL OR c.day >= ?1" keeps
    // SQLite from the day index, and one day of the shift view would then
    // walk ten years of consultations newest first.
    QByteArray sql = QByteArray(SelectColumns) + "WHERE 1";
    if (filter.from.isValid())
        sql += " AND c.day >= ?1";
    if (filter.to.isValid())
        sql += " AND c.day <= ?2";
    if (filter.kind)
        sql += " AND c.kind = ?3";
    sql += " ORDER BY c.occurred_at DESC, c.id DESC LIMIT ?4";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    bindDate(*stmt, 1, filter.from);
    bindDate(*stmt, 2, filter.to);
    if (filter.kind)
        stmt->bind(3, toKey(*filter.kind));
    else
        stmt->bindNull(3);
    stmt->bind(4, filter.limit);
    return read(*stmt);
}

Result<QList<ConsultationRevision>> SqlConsultationStore::revisions(qint64 id) const
{
    auto stmt = m_db.prepare("SELECT replaced_at, snapshot FROM consultation_revision WHERE consultation_id = ?1"
                             " ORDER BY id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    QList<ConsultationRevision> out;
    auto s = stmt->forEach([&](const Statement &row) {
        out << ConsultationRevision{timeAt(row, 0), consultationFromSnapshot(row.text(1).toUtf8())};
    });
    if (!s)
        return s.error();
    return out;
}

Status SqlConsultationStore::completeCallback(qint64 id, const QDateTime &doneAt)
{
    auto stmt = m_db.prepare("UPDATE consultation SET callback_done_at = ?2, callback_contact = '', updated_at = ?2"
                             " WHERE id = ?1 AND callback_wanted = 1 AND callback_done_at IS NULL");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    bindTime(*stmt, 2, doneAt);
    if (auto s = stmt->run(); !s)
        return s;
    if (m_db.changes() == 0)
        return missingConsultation();
    return {};
}

Result<QList<Consultation>> SqlConsultationStore::openCallbacks(const QDate &until) const
{
    const QByteArray sql = QByteArray(SelectColumns)
                           + "WHERE c.callback_wanted = 1 AND c.callback_done_at IS NULL"
                             " AND (?1 IS NULL OR c.callback_due <= ?1) ORDER BY c.callback_due, c.id";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    bindDate(*stmt, 1, until);
    return read(*stmt);
}

Result<ConsultationCounts> SqlConsultationStore::counts(const QDate &from, const QDate &to) const
{
    ConsultationCounts out;
    auto stmt = m_db.prepare("SELECT kind, coalesce(channel_id, 0), assessment, count(*) FROM consultation"
                             " WHERE day >= ?1 AND day <= ?2 GROUP BY 1, 2, 3");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, dateText(from)).bind(2, dateText(to));
    auto s = stmt->forEach([&](const Statement &row) {
        const ContactKind kind = contactKindFromKey(row.text(0)).value_or(ContactKind::Consultation);
        const int n = int(row.int64(3));
        if (isNonData(kind)) {
            out.nonData[kind] += n;
            return;
        }
        out.consultations += n;
        out.byChannel[row.int64(1)] += n;
        out.byAssessment[assessmentFromKey(row.text(2)).value_or(Assessment::Unclear)] += n;
    });
    if (!s)
        return s.error();
    return out;
}

Status SqlConsultationStore::linkCase(qint64 id, qint64 caseId)
{
    auto stmt = m_db.prepare("UPDATE consultation SET case_id = ?2 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    bindId(*stmt, 2, caseId);
    if (auto s = stmt->run(); !s)
        return s;
    if (m_db.changes() == 0)
        return missingConsultation();
    return {};
}

Result<std::optional<qint64>> SqlConsultationStore::consultationForCase(qint64 caseId) const
{
    auto stmt = m_db.prepare("SELECT id FROM consultation WHERE case_id = ?1 ORDER BY id LIMIT 1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, caseId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<qint64>();
    return std::optional<qint64>(stmt->int64(0));
}

Result<QList<qint64>> SqlConsultationStore::ids() const
{
    auto stmt = m_db.prepare("SELECT id FROM consultation ORDER BY occurred_at, id");
    if (!stmt)
        return stmt.error();
    QList<qint64> out;
    if (auto s = stmt->forEach([&](const Statement &row) { out << row.int64(0); }); !s)
        return s.error();
    return out;
}

} // namespace baken
