// Vault -> interchange document -> JSON. The layout is documented field by
// field in docs/interchange.md; keep the two in step.
#include "Interchange.h"
#include "InterchangeData.h"
#include "InterchangeDoubtLine.h"
#include "InterchangeFormat.h"
#include "InterchangeGroups.h"
#include "InterchangeJson.h"
#include "PersonalData.h"

#include "cases/SqlCaseStore.h"
#include "codelists/SqlCodeListStore.h"
#include "db/SqlValues.h"
#include "vault/Vault.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace baken {

using namespace interchange;

// Reads every case with what hangs off it, in the order the import writes
// them back, so that a round trip gives the same ids in the same order.
Result<CaseBundle> interchange::loadCaseBundle(const CaseStore &store, qint64 caseId)
{
    CaseBundle bundle;
    auto file = store.caseById(caseId);
    if (!file)
        return file.error();
    bundle.file = *file;
    auto history = store.statusHistory(caseId);
    auto contacts = store.contacts(caseId);
    auto referrals = store.referrals(caseId);
    auto followUps = store.followUps(caseId);
    auto hours = store.hours(caseId);
    if (!history)
        return history.error();
    if (!contacts)
        return contacts.error();
    if (!referrals)
        return referrals.error();
    if (!followUps)
        return followUps.error();
    if (!hours)
        return hours.error();
    bundle.history = *history;
    for (const ContactMoment &moment : *contacts) {
        auto revisions = store.contactRevisions(moment.id);
        if (!revisions)
            return revisions.error();
        bundle.contacts << ContactBundle{moment, *revisions};
    }
    bundle.referrals = *referrals;
    bundle.followUps = *followUps;
    bundle.hours = *hours;
    return bundle;
}

namespace {

Result<Document> loadDocument(Vault &vault)
{
    Document doc;
    bool ok = false;
    auto months = vault.meta(QStringLiteral("retention_months"));
    if (months && months->toInt(&ok) > 0 && ok)
        doc.retentionMonths = months->toInt();
    const SqlCodeListStore codes(vault.db());
    for (const CodeList list : allCodeLists()) {
        auto items = codes.items(list, true);
        if (!items)
            return items.error();
        doc.codeLists.insert(list, *items);
    }
    const SqlCaseStore store(vault.db());
    auto ids = store.caseIds();
    if (!ids)
        return ids.error();
    for (const qint64 id : *ids) {
        auto bundle = loadCaseBundle(store, id);
        if (!bundle)
            return bundle.error();
        doc.cases << *bundle;
    }
    if (auto s = loadDoubtLine(vault.db(), doc); !s)
        return s.error();
    if (auto s = loadGroups(vault.db(), doc); !s)
        return s.error();
    return doc;
}

QJsonObject consent(const Consent &value)
{
    return {{key::Given, value.given}, {key::Date, dateJson(value.date)}};
}

// Never the personal data: `in` comes through withoutPersonalData(), and
// caseJson() drops every key of PersonalData.h.
QJsonObject intakeJson(const CaseIntake &in, const CodeNames &code)
{
    QJsonObject share = consent(in.shareConsent);
    share.insert(key::Body, code(in.shareBodyId));
    return {
        {key::IntakeDate, dateJson(in.intakeDate)},
        {key::Channel, code(in.channelId)},
        {key::Type, toKey(in.type)},
        {key::Bystander, in.bystander},
        {key::Identity, toKey(in.identity)},
        {key::Pseudonym, in.pseudonym},
        {key::ReporterRole, code(in.reporterRoleId)},
        {key::Unit, code(in.unitId)},
        {key::Client, code(in.clientId)},
        {key::IncidentDate, dateJson(in.incidentDate)},
        {key::IncidentUntil, dateJson(in.incidentUntil)},
        {key::Frequency, toKey(in.frequency)},
        {key::WhatHappened, in.whatHappened},
        {key::Impact, in.impact},
        {key::DesiredOutcome, in.desiredOutcome},
        {key::Grounds, code(in.groundIds)},
        {key::Forms, code(in.formIds)},
        {key::AccusedRole, code(in.accusedRoleId)},
        {key::Consents, QJsonObject{{key::ContactConsent, consent(in.contactConsent)},
                                    {key::ShareConsent, share},
                                    {key::BundleConsent, consent(in.bundleConsent)}}},
    };
}

void addActivities(const CaseBundle &bundle, const CodeNames &code, QJsonObject &out)
{
    QJsonArray history;
    for (const StatusChange &step : bundle.history)
        history.append(QJsonObject{{key::At, timeJson(step.at)},
                                   {key::From, step.from ? QJsonValue(toKey(*step.from)) : QJsonValue()},
                                   {key::To, toKey(step.to)}});
    QJsonArray contacts;
    for (const ContactBundle &contact : bundle.contacts) {
        QJsonArray revisions;
        for (const ContactRevision &r : contact.revisions)
            revisions.append(QJsonObject{{key::ReplacedAt, timeJson(r.replacedAt)},
                                         {key::OccurredAt, timeJson(r.occurredAt)},
                                         {key::Channel, code(r.channelId)},
                                         {key::Minutes, r.minutes},
                                         {key::Note, r.note}});
        const ContactMoment &m = contact.moment;
        contacts.append(QJsonObject{{key::OccurredAt, timeJson(m.occurredAt)},
                                    {key::Channel, code(m.channelId)},
                                    {key::Minutes, m.minutes},
                                    {key::Note, m.note},
                                    {key::Revisions, revisions}});
    }
    QJsonArray referrals;
    for (const Referral &r : bundle.referrals)
        referrals.append(QJsonObject{{key::Body, code(r.bodyId)},
                                     {key::Date, dateJson(r.date)},
                                     {key::SharesData, r.sharesData},
                                     {key::Consent, r.consent},
                                     {key::Note, r.note}});
    QJsonArray followUps;
    for (const FollowUp &f : bundle.followUps)
        followUps.append(QJsonObject{{key::Title, f.title},
                                     {key::Due, dateJson(f.due)},
                                     {key::Kind, toKey(f.kind)},
                                     {key::DoneAt, timeJson(f.doneAt)}});
    QJsonArray hours;
    for (const HoursEntry &h : bundle.hours)
        hours.append(
            QJsonObject{{key::Date, dateJson(h.date)}, {key::Minutes, h.minutes}, {key::Activity, code(h.activityId)}});
    out.insert(key::Contacts, contacts);
    out.insert(key::Referrals, referrals);
    out.insert(key::FollowUps, followUps);
    out.insert(key::Hours, hours);
    out.insert(key::StatusHistory, history);
}

QJsonObject caseJson(const CaseBundle &bundle, const CodeNames &code)
{
    const CaseFile &f = bundle.file;
    QJsonObject intake = intakeJson(withoutPersonalData(f.intake), code);
    QJsonObject out{
        {key::Number, f.draft ? QJsonValue() : QJsonValue(f.number)},
        {key::Draft, f.draft},
        {key::CreatedAt, timeJson(f.createdAt)},
        {key::UpdatedAt, timeJson(f.updatedAt)},
        {key::Status, toKey(f.status)},
        {key::Outcome, code(f.outcomeId)},
        {key::Measures, code(f.measureIds)},
        {key::ClosedDate, dateJson(f.closedDate)},
        {key::DestructionDate, dateJson(f.destructionDate)},
    };
    addActivities(bundle, code, out);
    // Should a personal-data key ever be written above, it still stays out.
    for (const PersonalDataColumn &column : PersonalDataColumns) {
        intake.remove(column.key);
        out.remove(column.key);
    }
    out.insert(key::Intake, intake);
    return out;
}

QJsonObject documentJson(const Document &doc)
{
    QJsonObject lists;
    for (auto it = doc.codeLists.cbegin(); it != doc.codeLists.cend(); ++it) {
        QJsonArray items;
        for (const CodeItem &item : it.value())
            items.append(QJsonObject{{key::Code, item.code},
                                     {key::LabelNl, item.labelNl},
                                     {key::LabelEn, item.labelEn},
                                     {key::Retired, item.retired},
                                     {key::Builtin, item.builtin}});
        lists.insert(codeListKey(it.key()), items);
    }
    const CodeNames code(doc);
    QJsonArray cases;
    for (const CaseBundle &bundle : doc.cases)
        cases.append(caseJson(bundle, code));
    QJsonObject settings;
    if (doc.retentionMonths)
        settings.insert(key::RetentionMonths, *doc.retentionMonths);
    return {
        {key::Format, FormatName},
        {key::Version, FormatVersion},
        {key::ExportedAt, timeJson(doc.exportedAt)},
        {key::Settings, settings},
        {key::CodeLists, lists},
        {key::Cases, cases},
        {key::Consultations, consultationsJson(doc, code)},
        {key::ReferralGuide, referralGuideJson(doc, code)},
        {key::Groups, groupsJson(doc, code)},
    };
}

} // namespace

Status exportVault(Vault &vault, QIODevice &out, const QDateTime &exportedAt)
{
    // One read transaction: the document is a consistent snapshot, and the
    // audit entry is written with it (a failed write to `out` still counts as
    // an export attempt, which is the safer side to err on).
    Transaction tx(vault.db());
    if (auto s = tx.begin(); !s)
        return s;
    auto doc = loadDocument(vault);
    if (!doc)
        return doc.error();
    doc->exportedAt = exportedAt.isValid() ? exportedAt : QDateTime::currentDateTimeUtc();
    if (auto s = vault.audit().append(QStringLiteral("vault.exported"), QStringLiteral("vault")); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;

    const QByteArray bytes = QJsonDocument(documentJson(*doc)).toJson(QJsonDocument::Indented);
    // errorString() is often "Unknown error" here (a full disk, a file-size
    // limit); the likely causes are what helps the advisor.
    if (out.write(bytes) != bytes.size())
        return Error{ErrorCode::Io, QCoreApplication::translate("baken::Interchange",
                                                                "The export could not be written. The disk may be "
                                                                "full, or the folder may not accept files: free some "
                                                                "space or choose another folder.")};
    return {};
}

} // namespace baken
