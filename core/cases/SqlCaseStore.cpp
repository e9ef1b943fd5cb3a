#include "SqlCaseStore.h"

#include "PersonKey.h"
#include "db/Database.h"
#include "db/FullTextSearch.h"
#include "db/SqlValues.h"

#include <QCoreApplication>

namespace baken {

using namespace sql;

namespace {

Error missingCase()
{
    return Error{ErrorCode::NotFound, QCoreApplication::translate("baken::Cases", "That case no longer exists.")};
}

Status expectChange(Database &db, Status status)
{
    if (status && db.changes() == 0)
        return missingCase();
    return status;
}

constexpr const char *IntakeColumns =
    "intake_date = ?2, channel_id = ?3, case_type = ?4, bystander = ?5, reporter_identity = ?6,"
    " reporter_pseudonym = ?7, reporter_name = ?8, reporter_contact = ?9, reporter_role_id = ?10, unit_id = ?11,"
    " client_id = ?12, incident_date = ?13, incident_until = ?14, incident_frequency = ?15, what_happened = ?16,"
    " impact = ?17, desired_outcome = ?18, accused_role_id = ?19, accused_name = ?20, accused_key = ?21,"
    " consent_contact = ?22, consent_contact_date = ?23, consent_share = ?24, consent_share_body_id = ?25,"
    " consent_share_date = ?26, consent_bundle = ?27, consent_bundle_date = ?28, updated_at = ?29";

constexpr const char *SelectCase =
    "SELECT id, number, is_draft, intake_date, channel_id, case_type, bystander, reporter_identity,"
    " reporter_pseudonym, reporter_name, reporter_contact, reporter_role_id, unit_id, client_id, incident_date,"
    " incident_until, incident_frequency, what_happened, impact, desired_outcome, accused_role_id, accused_name,"
    " consent_contact, consent_contact_date, consent_share, consent_share_body_id, consent_share_date,"
    " consent_bundle, consent_bundle_date, status, outcome_id, closed_date, destruction_date, created_at,"
    " updated_at, destroyed_at FROM case_file WHERE id = ?1";

} // namespace

Result<qint64> SqlCaseStore::insertCase(const CaseIntake &intake)
{
    auto insert = m_db.prepare("INSERT INTO case_file (intake_date, created_at, updated_at) VALUES (?1, ?2, ?2)");
    if (!insert)
        return insert.error();
    insert->bind(1, dateText(intake.intakeDate)).bind(2, nowText());
    if (auto s = insert->run(); !s)
        return s.error();
    const qint64 id = m_db.lastInsertId();
    if (auto s = writeIntake(id, intake); !s)
        return s.error();
    return id;
}

Status SqlCaseStore::updateIntake(qint64 caseId, const CaseIntake &intake)
{
    return writeIntake(caseId, intake);
}

Status SqlCaseStore::writeIntake(qint64 caseId, const CaseIntake &in)
{
    const QByteArray sql = QByteArray("UPDATE case_file SET ") + IntakeColumns + " WHERE id = ?1";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, caseId);
    bindDate(*stmt, 2, in.intakeDate);
    bindId(*stmt, 3, in.channelId);
    stmt->bind(4, toKey(in.type)).bind(5, int(in.bystander)).bind(6, toKey(in.identity));
    stmt->bind(7, in.pseudonym.isNull() ? QString(u""_qs) : in.pseudonym);
    stmt->bind(8, in.reporterName.isNull() ? QString(u""_qs) : in.reporterName);
    stmt->bind(9, in.reporterContact.isNull() ? QString(u""_qs) : in.reporterContact);
    bindId(*stmt, 10, in.reporterRoleId);
    bindId(*stmt, 11, in.unitId);
    bindId(*stmt, 12, in.clientId);
    bindDate(*stmt, 13, in.incidentDate);
    bindDate(*stmt, 14, in.incidentUntil);
    stmt->bind(15, toKey(in.frequency));
    stmt->bind(16, in.whatHappened.isNull() ? QString(u""_qs) : in.whatHappened);
    stmt->bind(17, in.impact.isNull() ? QString(u""_qs) : in.impact);
    stmt->bind(18, in.desiredOutcome.isNull() ? QString(u""_qs) : in.desiredOutcome);
    bindId(*stmt, 19, in.accusedRoleId);
    stmt->bind(20, in.accusedName.isNull() ? QString(u""_qs) : in.accusedName);
    stmt->bind(21, personKey(in.accusedName));
    stmt->bind(22, int(in.contactConsent.given));
    bindDate(*stmt, 23, in.contactConsent.date);
    stmt->bind(24, int(in.shareConsent.given));
    bindId(*stmt, 25, in.shareBodyId);
    bindDate(*stmt, 26, in.shareConsent.date);
    stmt->bind(27, int(in.bundleConsent.given));
    bindDate(*stmt, 28, in.bundleConsent.date);
    stmt->bind(29, nowText());
    if (auto s = expectChange(m_db, stmt->run()); !s)
        return s;
    if (auto s = replaceCodes(caseId, "ground", in.groundIds); !s)
        return s;
    return replaceCodes(caseId, "form", in.formIds);
}

Status SqlCaseStore::replaceCodes(qint64 caseId, const char *kind, const QList<qint64> &ids)
{
    auto clear = m_db.prepare("DELETE FROM case_code WHERE case_id = ?1 AND kind = ?2");
    if (!clear)
        return clear.error();
    clear->bind(1, caseId).bind(2, QString::fromLatin1(kind));
    if (auto s = clear->run(); !s)
        return s;
    auto insert = m_db.prepare("INSERT OR IGNORE INTO case_code (case_id, kind, item_id) VALUES (?1, ?2, ?3)");
    if (!insert)
        return insert.error();
    for (const qint64 id : ids) {
        insert->reset();
        insert->bind(1, caseId).bind(2, QString::fromLatin1(kind)).bind(3, id);
        if (auto s = insert->run(); !s)
            return s;
    }
    return {};
}

Result<QList<qint64>> SqlCaseStore::codes(qint64 caseId, const char *kind) const
{
    auto stmt = m_db.prepare("SELECT item_id FROM case_code c JOIN code_list_item i ON i.id = c.item_id"
                             " WHERE c.case_id = ?1 AND c.kind = ?2 ORDER BY i.position, i.id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, caseId).bind(2, QString::fromLatin1(kind));
    QList<qint64> out;
    if (auto s = stmt->forEach([&](const Statement &row) { out << row.int64(0); }); !s)
        return s.error();
    return out;
}

Result<CaseNumber> SqlCaseStore::nextNumber(int year) const
{
    auto stmt = m_db.prepare("SELECT coalesce(max(sequence), 0) + 1 FROM case_file WHERE year = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, year);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return CaseNumber{year, int(stmt->int64(0))};
}

Status SqlCaseStore::assignNumber(qint64 caseId, const CaseNumber &number)
{
    auto stmt = m_db.prepare("UPDATE case_file SET number = ?2, year = ?3, sequence = ?4, is_draft = 0,"
                             " updated_at = ?5 WHERE id = ?1 AND is_draft = 1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, caseId).bind(2, number.toString()).bind(3, number.year).bind(4, number.sequence);
    stmt->bind(5, nowText());
    return expectChange(m_db, stmt->run());
}

Result<CaseFile> SqlCaseStore::caseById(qint64 caseId) const
{
    auto stmt = m_db.prepare(SelectCase);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, caseId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return missingCase();
    const Statement &r = *stmt;
    CaseFile f;
    f.id = r.int64(0);
    f.number = r.text(1);
    f.draft = r.int64(2) != 0;
    CaseIntake &in = f.intake;
    in.intakeDate = dateAt(r, 3);
    in.channelId = r.int64(4);
    in.type = caseTypeFromKey(r.text(5)).value_or(CaseType::Question);
    in.bystander = r.int64(6) != 0;
    in.identity = reporterIdentityFromKey(r.text(7)).value_or(ReporterIdentity::Anonymous);
    in.pseudonym = r.text(8);
    in.reporterName = r.text(9);
    in.reporterContact = r.text(10);
    in.reporterRoleId = r.int64(11);
    in.unitId = r.int64(12);
    in.clientId = r.int64(13);
    in.incidentDate = dateAt(r, 14);
    in.incidentUntil = dateAt(r, 15);
    in.frequency = incidentFrequencyFromKey(r.text(16)).value_or(IncidentFrequency::Unknown);
    in.whatHappened = r.text(17);
    in.impact = r.text(18);
    in.desiredOutcome = r.text(19);
    in.accusedRoleId = r.int64(20);
    in.accusedName = r.text(21);
    in.contactConsent = {r.int64(22) != 0, dateAt(r, 23)};
    in.shareConsent = {r.int64(24) != 0, dateAt(r, 26)};
    in.shareBodyId = r.int64(25);
    in.bundleConsent = {r.int64(27) != 0, dateAt(r, 28)};
    f.status = caseStatusFromKey(r.text(29)).value_or(CaseStatus::New);
    f.outcomeId = r.int64(30);
    f.closedDate = dateAt(r, 31);
    f.destructionDate = dateAt(r, 32);
    f.createdAt = timeAt(r, 33);
    f.updatedAt = timeAt(r, 34);
    f.destroyedAt = timeAt(r, 35);

    for (auto [kind, target] :
         {std::pair{"ground", &in.groundIds}, std::pair{"form", &in.formIds}, std::pair{"measure", &f.measureIds}}) {
        auto ids = codes(caseId, kind);
        if (!ids)
            return ids.error();
        *target = *ids;
    }
    return f;
}

Result<std::optional<qint64>> SqlCaseStore::caseIdByNumber(const QString &number) const
{
    auto stmt = m_db.prepare("SELECT id FROM case_file WHERE number = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, number.trimmed());
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? std::optional<qint64>(stmt->int64(0)) : std::nullopt;
}

Status SqlCaseStore::deleteDraft(qint64 caseId)
{
    auto stmt = m_db.prepare("DELETE FROM case_file WHERE id = ?1 AND is_draft = 1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, caseId);
    if (auto s = expectChange(m_db, stmt->run()); !s)
        return s;
    auto fts = m_db.prepare("DELETE FROM case_search WHERE docid = ?1");
    if (!fts)
        return fts.error();
    fts->bind(1, caseId);
    return fts->run();
}

Status SqlCaseStore::updateStatus(const CaseFile &file, std::optional<CaseStatus> from)
{
    auto stmt = m_db.prepare("UPDATE case_file SET status = ?2, outcome_id = ?3, closed_date = ?4,"
                             " destruction_date = ?5, updated_at = ?6 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, file.id).bind(2, toKey(file.status));
    bindId(*stmt, 3, file.outcomeId);
    bindDate(*stmt, 4, file.closedDate);
    bindDate(*stmt, 5, file.destructionDate);
    stmt->bind(6, nowText());
    if (auto s = expectChange(m_db, stmt->run()); !s)
        return s;
    if (auto s = replaceCodes(file.id, "measure", file.measureIds); !s)
        return s;
    if (from == file.status)
        return {};
    auto history = m_db.prepare("INSERT INTO case_status_change (case_id, changed_at, from_status, to_status)"
                                " VALUES (?1, ?2, ?3, ?4)");
    if (!history)
        return history.error();
    history->bind(1, file.id).bind(2, nowText());
    if (from)
        history->bind(3, toKey(*from));
    else
        history->bindNull(3);
    history->bind(4, toKey(file.status));
    return history->run();
}

Result<QList<StatusChange>> SqlCaseStore::statusHistory(qint64 caseId) const
{
    auto stmt = m_db.prepare("SELECT changed_at, from_status, to_status FROM case_status_change"
                             " WHERE case_id = ?1 ORDER BY id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, caseId);
    QList<StatusChange> out;
    auto read = stmt->forEach([&](const Statement &r) {
        out << StatusChange{timeAt(r, 0), r.isNull(1) ? std::nullopt : caseStatusFromKey(r.text(1)),
                            caseStatusFromKey(r.text(2)).value_or(CaseStatus::New)};
    });
    if (!read)
        return read.error();
    return out;
}

namespace {

// A case's search row: its number, pseudonym, texts and contact notes.
constexpr const char *InsertSearchRows =
    "INSERT INTO case_search (docid, number, pseudonym, body)"
    " SELECT c.id, coalesce(c.number, ''), c.reporter_pseudonym,"
    "  c.what_happened || ' ' || c.impact || ' ' || c.desired_outcome || ' ' ||"
    "  coalesce((SELECT group_concat(note, ' ') FROM contact_moment WHERE case_id = c.id), '')"
    " FROM case_file c";

} // namespace

Status SqlCaseStore::reindex(qint64 caseId)
{
    // The whole row is rewritten: FTS4 has no partial update.
    auto remove = m_db.prepare("DELETE FROM case_search WHERE docid = ?1");
    if (!remove)
        return remove.error();
    remove->bind(1, caseId);
    if (auto s = remove->run(); !s)
        return s;
    const QByteArray one = QByteArray(InsertSearchRows) + " WHERE c.id = ?1";
    auto insert = m_db.prepare(one.constData());
    if (!insert)
        return insert.error();
    insert->bind(1, caseId);
    return insert->run();
}

Status SqlCaseStore::indexNewCases(qint64 firstId)
{
    const QByteArray from = QByteArray(InsertSearchRows) + " WHERE c.id >= ?1";
    auto insert = m_db.prepare(from.constData());
    if (!insert)
        return insert.error();
    insert->bind(1, firstId);
    if (auto s = insert->run(); !s)
        return s;
    return mergeFtsSegments(m_db, "case_search");
}

} // namespace baken
