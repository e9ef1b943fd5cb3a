#include "BulkWriter.h"

#include "cases/CaseNumber.h"
#include "cases/PersonKey.h"
#include "cases/SqlCaseStore.h"
#include "db/Database.h"
#include "db/SqlValues.h"
#include "doubtline/SqlConsultationStore.h"

namespace baken::demo {

using namespace sql;

namespace {

// The columns SqlCaseStore fills in insertCase, writeIntake, assignNumber and
// updateStatus, in one row.
constexpr const char *InsertCase =
    "INSERT INTO case_file (id, number, year, sequence, is_draft, intake_date, channel_id, case_type, bystander,"
    " reporter_identity, reporter_pseudonym, reporter_name, reporter_contact, reporter_role_id, unit_id, client_id,"
    " incident_date, incident_until, incident_frequency, what_happened, impact, desired_outcome, accused_role_id,"
    " accused_name, accused_key, consent_contact, consent_contact_date, consent_share, consent_share_body_id,"
    " consent_share_date, consent_bundle, consent_bundle_date, status, outcome_id, closed_date, destruction_date,"
    " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
    " ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?37)";
constexpr const char *InsertCode = "INSERT OR IGNORE INTO case_code (case_id, kind, item_id) VALUES (?1, ?2, ?3)";
constexpr const char *InsertStatus =
    "INSERT INTO case_status_change (case_id, changed_at, from_status, to_status) VALUES (?1, ?2, NULL, ?3)";
constexpr const char *InsertContact = "INSERT INTO contact_moment (case_id, occurred_at, channel_id, minutes, note,"
                                      " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)";
constexpr const char *InsertHours = "INSERT INTO hours_entry (case_id, worked_on, minutes, activity_id, created_at)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5)";
constexpr const char *InsertReferral = "INSERT INTO referral (case_id, body_id, referred_on, shares_data, consent,"
                                       " note, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
constexpr const char *InsertFollowUp = "INSERT INTO follow_up (case_id, title, due_date, kind, done_at, created_at)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
// SqlConsultationStore::insertImported and replaceTopics.
constexpr const char *InsertConsultation =
    "INSERT INTO consultation (kind, occurred_at, day, minutes, staff_id, channel_id, caller_role_id, unit_id,"
    " question, assessment, outcome, advice_id, referral_body_id, callback_wanted, callback_due, callback_contact,"
    " callback_done_at, case_id, created_at, updated_at) VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
    " ?13, ?14, ?15, ?16, ?17, ?18, NULL, ?19, ?20)";
constexpr const char *InsertTopic =
    "INSERT OR IGNORE INTO consultation_code (consultation_id, kind, item_id) VALUES (?1, ?2, ?3)";

QString textOrEmpty(const QString &text)
{
    return text.isNull() ? QString(u""_qs) : text;
}

// When something was typed: during office hours on its day, never later than now.
QString typedOn(const QDate &day)
{
    return timeText(std::min(QDateTime(day, QTime(17, 0)), QDateTime::currentDateTime()));
}

} // namespace

BulkWriter::BulkWriter(Database &db, const QDate &today, int retentionMonths)
    : m_db(db)
    , m_today(today)
    , m_retentionMonths(retentionMonths)
{}

Result<Statement *> BulkWriter::statement(const char *sql)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto prepared = m_db.prepare(sql);
        if (!prepared)
            return prepared.error();
        found = m_statements.emplace(sql, std::move(prepared).value()).first;
    }
    found->second.reset();
    return &found->second;
}

Result<qint64> BulkWriter::writeCase(const DemoCasePlan &p)
{
    if (m_lastCaseId < 0) {
        auto max = m_db.queryInt("SELECT coalesce(max(id), 0) FROM case_file");
        if (!max)
            return max.error();
        m_lastCaseId = *max;
    }
    const qint64 id = ++m_lastCaseId;
    if (auto s = writeCaseRow(id, p); !s)
        return s.error();
    if (auto s = writeCodes(id, "ground", p.intake.groundIds); !s)
        return s.error();
    if (auto s = writeCodes(id, "form", p.intake.formIds); !s)
        return s.error();
    if (p.draft)
        return id;
    if (auto s = writeCodes(id, "measure", p.status == CaseStatus::Closed ? p.measureIds : QList<qint64>{}); !s)
        return s.error();
    auto history = statement(InsertStatus);
    if (!history)
        return history.error();
    (*history)->bind(1, id).bind(2, typedOn(p.intake.intakeDate)).bind(3, toKey(p.status));
    if (auto s = (*history)->run(); !s)
        return s.error();
    if (auto s = writeActivities(id, p); !s)
        return s.error();
    if (auto s = writeFollowUps(id, p); !s)
        return s.error();
    return id;
}

Status BulkWriter::writeCaseRow(qint64 id, const DemoCasePlan &p)
{
    auto row = statement(InsertCase);
    if (!row)
        return row.error();
    Statement &stmt = **row;
    const CaseIntake &in = p.intake;
    stmt.bind(1, id);
    if (p.draft) {
        stmt.bindNull(2).bindNull(3).bindNull(4).bind(5, 1);
    } else {
        const int year = in.intakeDate.year();
        if (!m_lastSequence.contains(year)) {
            auto next = SqlCaseStore(m_db).nextNumber(year);
            if (!next)
                return next.error();
            m_lastSequence.insert(year, next->sequence - 1);
        }
        const CaseNumber number{year, ++m_lastSequence[year]};
        stmt.bind(2, number.toString()).bind(3, year).bind(4, number.sequence).bind(5, 0);
    }
    bindDate(stmt, 6, in.intakeDate);
    bindId(stmt, 7, in.channelId);
    stmt.bind(8, toKey(in.type)).bind(9, int(in.bystander)).bind(10, toKey(in.identity));
    stmt.bind(11, textOrEmpty(in.pseudonym)).bind(12, textOrEmpty(in.reporterName));
    stmt.bind(13, textOrEmpty(in.reporterContact));
    bindId(stmt, 14, in.reporterRoleId);
    bindId(stmt, 15, in.unitId);
    bindId(stmt, 16, in.clientId);
    bindDate(stmt, 17, in.incidentDate);
    bindDate(stmt, 18, in.incidentUntil);
    stmt.bind(19, toKey(in.frequency)).bind(20, textOrEmpty(in.whatHappened)).bind(21, textOrEmpty(in.impact));
    stmt.bind(22, textOrEmpty(in.desiredOutcome));
    bindId(stmt, 23, in.accusedRoleId);
    stmt.bind(24, textOrEmpty(in.accusedName)).bind(25, personKey(in.accusedName));
    stmt.bind(26, int(in.contactConsent.given));
    bindDate(stmt, 27, in.contactConsent.date);
    stmt.bind(28, int(in.shareConsent.given));
    bindId(stmt, 29, in.shareBodyId);
    bindDate(stmt, 30, in.shareConsent.date);
    stmt.bind(31, int(in.bundleConsent.given));
    bindDate(stmt, 32, in.bundleConsent.date);
    const bool closed = !p.draft && p.status == CaseStatus::Closed;
    stmt.bind(33, toKey(p.draft ? CaseStatus::New : p.status));
    bindId(stmt, 34, closed ? p.outcomeId : 0);
    bindDate(stmt, 35, closed ? p.closedOn : QDate());
    bindDate(stmt, 36, closed ? p.closedOn.addMonths(m_retentionMonths) : QDate());
    stmt.bind(37, typedOn(in.intakeDate));
    return stmt.run();
}

Status BulkWriter::writeCodes(qint64 caseId, const char *kind, const QList<qint64> &ids)
{
    for (const qint64 item : ids) {
        auto stmt = statement(InsertCode);
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, caseId).bind(2, QString::fromLatin1(kind)).bind(3, item);
        if (auto s = (*stmt)->run(); !s)
            return s;
    }
    return {};
}

Status BulkWriter::writeActivities(qint64 caseId, const DemoCasePlan &p)
{
    for (const ContactMoment &contact : p.contacts) {
        auto stmt = statement(InsertContact);
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, caseId);
        bindTime(**stmt, 2, contact.occurredAt);
        bindId(**stmt, 3, contact.channelId);
        (*stmt)->bind(4, contact.minutes).bind(5, textOrEmpty(contact.note)).bind(6, timeText(contact.occurredAt));
        if (auto s = (*stmt)->run(); !s)
            return s;
        ++m_contacts;
    }
    for (const HoursEntry &entry : p.hours) {
        auto stmt = statement(InsertHours);
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, caseId);
        bindDate(**stmt, 2, entry.date);
        (*stmt)->bind(3, entry.minutes);
        bindId(**stmt, 4, entry.activityId);
        (*stmt)->bind(5, typedOn(entry.date));
        if (auto s = (*stmt)->run(); !s)
            return s;
    }
    if (!p.referral)
        return {};
    const Referral &r = *p.referral;
    auto stmt = statement(InsertReferral);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, caseId).bind(2, r.bodyId);
    bindDate(**stmt, 3, r.date);
    (*stmt)->bind(4, int(r.sharesData)).bind(5, int(r.consent)).bind(6, textOrEmpty(r.note)).bind(7, typedOn(r.date));
    return (*stmt)->run();
}

Status BulkWriter::writeFollowUps(qint64 caseId, const DemoCasePlan &p)
{
    QList<FollowUp> followUps = p.followUps;
    if (p.callback)
        followUps.prepend(*p.callback);
    if (m_lastFollowUpId < 0) {
        auto max = m_db.queryInt("SELECT coalesce(max(id), 0) FROM follow_up");
        if (!max)
            return max.error();
        m_lastFollowUpId = *max;
    }
    for (FollowUp f : followUps) {
        f.id = ++m_lastFollowUpId; // wasDone() decides by id, as in DemoCases
        auto stmt = statement(InsertFollowUp);
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, caseId).bind(2, f.title);
        bindDate(**stmt, 3, f.due);
        (*stmt)->bind(4, toKey(f.kind));
        if (wasDone(f, p, m_today))
            (*stmt)->bind(5, typedOn(std::min(f.due, m_today)));
        else
            (*stmt)->bindNull(5);
        (*stmt)->bind(6, typedOn(p.intake.intakeDate));
        if (auto s = (*stmt)->run(); !s)
            return s;
        ++m_followUps;
    }
    return {};
}

Result<qint64> BulkWriter::writeConsultation(const Consultation &c)
{
    auto row = statement(InsertConsultation);
    if (!row)
        return row.error();
    Statement &stmt = **row;
    SqlConsultationStore::bindRow(stmt, c);
    // A done callback keeps no contact detail (SqlConsultationStore::completeCallback).
    if (c.callbackDoneAt.isValid())
        stmt.bind(17, QString(u""_qs));
    const QDateTime logged = std::min(c.occurredAt.addSecs(60 * c.minutes).toUTC(), QDateTime::currentDateTimeUtc());
    bindTime(stmt, 19, logged);
    bindTime(stmt, 20, c.callbackDoneAt.isValid() ? c.callbackDoneAt : logged);
    if (auto s = stmt.run(); !s)
        return s.error();
    const qint64 id = m_db.lastInsertId();
    const std::pair<QString, const QList<qint64> *> topics[] = {{u"ground"_qs, &c.groundIds}, {u"form"_qs, &c.formIds}};
    for (const auto &[kind, ids] : topics) {
        for (const qint64 item : *ids) {
            auto topic = statement(InsertTopic);
            if (!topic)
                return topic.error();
            (*topic)->bind(1, id).bind(2, kind).bind(3, item);
            if (auto s = (*topic)->run(); !s)
                return s.error();
        }
    }
    return id;
}

} // namespace baken::demo
