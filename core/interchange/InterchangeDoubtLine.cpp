// The doubt line between the vault and the document: what the export reads
// and writes as JSON, and what the import writes once everything is checked.
#include "InterchangeDoubtLine.h"

#include "InterchangeFormat.h"
#include "InterchangeJson.h"
#include "PersonalData.h"

#include "db/Database.h"
#include "doubtline/SqlConsultationStore.h"

#include <QJsonObject>

namespace baken::interchange {

namespace {

constexpr const char *GuideColumns = "body_id, what_nl, what_en, when_nl, when_en, next_nl, next_en, anonymous,"
                                     " anonymous_note_nl, anonymous_note_en, contact";

// The fields a consultation and each of its earlier versions share.
QJsonObject contentJson(const Consultation &c, const CodeNames &code)
{
    return {
        {key::Kind, toKey(c.kind)},
        {key::OccurredAt, timeJson(c.occurredAt)},
        {key::Minutes, c.minutes},
        {key::Staff, code(c.staffId)},
        {key::Channel, code(c.channelId)},
        {key::CallerRole, code(c.callerRoleId)},
        {key::Unit, code(c.unitId)},
        {key::Grounds, code.inListOrder(c.groundIds)},
        {key::Forms, code.inListOrder(c.formIds)},
        {key::Question, c.question},
        {key::Assessment, toKey(c.assessment)},
        {key::Outcome, toKey(c.outcome)},
        {key::Advice, code(c.adviceId)},
        {key::Body, code(c.referralBodyId)},
        {key::CallbackWanted, c.callbackWanted},
        {key::CallbackDue, dateJson(c.callbackDue)},
    };
}

QJsonObject consultationJson(const ConsultationBundle &bundle, const CodeNames &code)
{
    const Consultation &c = bundle.consultation;
    QJsonObject out = contentJson(c, code);
    QJsonArray revisions;
    for (const ConsultationRevision &r : bundle.revisions) {
        QJsonObject revision = contentJson(r.before, code);
        revision.insert(key::ReplacedAt, timeJson(r.replacedAt));
        revisions.append(revision);
    }
    const bool toDraft = bundle.draftCase >= 0;
    out.insert(key::CallbackDoneAt, timeJson(c.callbackDoneAt));
    out.insert(key::Case, c.caseId > 0 && !toDraft ? QJsonValue(c.caseNumber) : QJsonValue());
    out.insert(key::DraftCase, toDraft ? QJsonValue(bundle.draftCase) : QJsonValue());
    out.insert(key::CreatedAt, timeJson(c.createdAt));
    out.insert(key::UpdatedAt, timeJson(c.updatedAt));
    out.insert(key::Revisions, revisions);
    // The callback contact is never read into `out`; should a personal-data
    // key ever be added above, it still stays out.
    for (const PersonalDataColumn &column : PersonalDataColumns)
        out.remove(column.key);
    return out;
}

Status loadGuide(Database &db, Document &doc)
{
    const QByteArray sql = QByteArray("SELECT ") + GuideColumns + " FROM referral_guide";
    auto stmt = db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    auto read = stmt->forEach([&](const Statement &r) {
        GuideEntry e;
        e.bodyId = r.int64(0);
        e.what = {r.text(1), r.text(2)};
        e.when = {r.text(3), r.text(4)};
        e.next = {r.text(5), r.text(6)};
        e.anonymous = anonymousReportsFromKey(r.text(7)).value_or(AnonymousReports::Unknown);
        e.anonymousNote = {r.text(8), r.text(9)};
        e.contact = r.text(10);
        doc.referralGuide << e;
    });
    if (!read)
        return read;
    const CodeNames code(doc);
    std::stable_sort(doc.referralGuide.begin(), doc.referralGuide.end(), [&](const GuideEntry &a, const GuideEntry &b) {
        return code.rank(a.bodyId) < code.rank(b.bodyId);
    });
    return {};
}

// NOT NULL text columns: an empty QString goes in as ''.
void bindText(Statement &stmt, int index, const QString &value)
{
    if (value.isNull())
        stmt.bindText(index, "", 0);
    else
        stmt.bind(index, value);
}

Status writeGuide(Database &db, const Document &doc, bool adopt, ImportReport &report)
{
    if (adopt)
        if (auto s = db.exec("DELETE FROM referral_guide"); !s)
            return s;
    const QByteArray sql = QByteArray("INSERT OR IGNORE INTO referral_guide (") + GuideColumns
                           + ", updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
    auto insert = db.prepare(sql.constData());
    if (!insert)
        return insert.error();
    const QString now = sql::nowText();
    for (const GuideEntry &e : doc.referralGuide) {
        insert->reset();
        insert->bind(1, e.bodyId);
        int index = 2;
        for (const GuideText *text : {&e.what, &e.when, &e.next}) {
            bindText(*insert, index++, text->nl);
            bindText(*insert, index++, text->en);
        }
        insert->bind(8, toKey(e.anonymous));
        bindText(*insert, 9, e.anonymousNote.nl);
        bindText(*insert, 10, e.anonymousNote.en);
        bindText(*insert, 11, e.contact);
        insert->bind(12, now);
        if (auto s = insert->run(); !s)
            return s;
        report.guideEntries += db.changes();
    }
    return {};
}

} // namespace

Status loadDoubtLine(Database &db, Document &doc)
{
    const SqlConsultationStore store(db);
    auto ids = store.ids();
    if (!ids)
        return ids.error();
    QHash<qint64, int> drafts; // case id -> index in doc.cases
    for (qsizetype i = 0; i < doc.cases.size(); ++i)
        if (doc.cases.at(i).file.draft)
            drafts.insert(doc.cases.at(i).file.id, int(i));
    for (const qint64 id : *ids) {
        ConsultationBundle bundle;
        auto c = store.byId(id);
        if (!c)
            return c.error();
        auto revisions = store.revisions(id);
        if (!revisions)
            return revisions.error();
        bundle.consultation = *c;
        bundle.consultation.callbackContact.clear(); // personal data: never in a document
        bundle.revisions = *revisions;
        bundle.draftCase = drafts.value(c->caseId, -1);
        doc.consultations << bundle;
    }
    return loadGuide(db, doc);
}

QJsonArray consultationsJson(const Document &doc, const CodeNames &code)
{
    QJsonArray out;
    for (const ConsultationBundle &bundle : doc.consultations)
        out.append(consultationJson(bundle, code));
    return out;
}

QJsonArray referralGuideJson(const Document &doc, const CodeNames &code)
{
    QJsonArray out;
    for (const GuideEntry &e : doc.referralGuide)
        out.append(QJsonObject{
            {key::Body, code(e.bodyId)},
            {key::WhatNl, e.what.nl},
            {key::WhatEn, e.what.en},
            {key::WhenNl, e.when.nl},
            {key::WhenEn, e.when.en},
            {key::NextNl, e.next.nl},
            {key::NextEn, e.next.en},
            {key::Anonymous, toKey(e.anonymous)},
            {key::AnonymousNoteNl, e.anonymousNote.nl},
            {key::AnonymousNoteEn, e.anonymousNote.en},
            {key::BodyContact, e.contact},
        });
    return out;
}

void remapDoubtLine(Document &doc, const QHash<qint64, qint64> &ids)
{
    const auto fix = [&](qint64 &id) { id = id < 0 ? ids.value(id) : id; };
    const auto fixAll = [&](Consultation &c) {
        for (qint64 *id : {&c.staffId, &c.channelId, &c.callerRoleId, &c.unitId, &c.adviceId, &c.referralBodyId})
            fix(*id);
        for (QList<qint64> *list : {&c.groundIds, &c.formIds})
            for (qint64 &id : *list)
                fix(id);
    };
    for (ConsultationBundle &bundle : doc.consultations) {
        fixAll(bundle.consultation);
        for (ConsultationRevision &revision : bundle.revisions)
            fixAll(revision.before);
    }
    for (GuideEntry &e : doc.referralGuide)
        fix(e.bodyId);
}

Status writeDoubtLine(Database &db, const Document &doc, const QList<qint64> &caseIds, bool adopt, ImportReport &report,
                      QList<qint64> &consultationIds)
{
    if (doc.version < DoubtLineVersion)
        return {};
    QHash<QString, qint64> byNumber;
    for (qsizetype i = 0; i < doc.cases.size(); ++i)
        if (!doc.cases.at(i).file.draft)
            byNumber.insert(doc.cases.at(i).file.number, caseIds.at(i));
    SqlConsultationStore store(db);
    for (const ConsultationBundle &bundle : doc.consultations) {
        Consultation c = bundle.consultation;
        c.caseId = bundle.draftCase >= 0 ? caseIds.at(bundle.draftCase) : byNumber.value(c.caseNumber);
        c.caseNumber.clear();
        auto id = store.insertImported(c, bundle.revisions);
        if (!id)
            return id.error();
        consultationIds << *id;
        ++report.consultations;
    }
    return writeGuide(db, doc, adopt, report);
}

Result<bool> hasConsultations(Database &db)
{
    auto any = db.queryInt("SELECT EXISTS (SELECT 1 FROM consultation)");
    if (!any)
        return any.error();
    return *any != 0;
}

} // namespace baken::interchange
