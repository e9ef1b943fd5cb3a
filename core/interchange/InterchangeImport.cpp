// Import: read and check everything, then write it all in one transaction.
#include "Interchange.h"
#include "InterchangeCodeLists.h"
#include "InterchangeDoubtLine.h"
#include "InterchangeGroups.h"
#include "InterchangeReader.h"
#include "ReaderSupport.h"

#include "cases/SqlCaseStore.h"
#include "codelists/SqlCodeListStore.h"
#include "groups/GroupService.h"
#include "groups/SqlGroupStore.h"
#include "vault/Vault.h"

#include <QIODevice>
#include <QJsonDocument>

namespace baken {

using namespace interchange;

namespace {

// Far above any real vault; stops a wrong file from exhausting memory.
constexpr qint64 MaxDocumentBytes = qint64(512) * 1024 * 1024;

Result<QJsonObject> parse(QIODevice &in)
{
    if (in.size() > MaxDocumentBytes)
        return Error{ErrorCode::InvalidInput, Text::tr("The file is too large to be a Baken interchange file.")};
    const QByteArray bytes = in.readAll();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{
            ErrorCode::InvalidInput,
            Text::tr("The file is not valid JSON: %1 (at character %2).").arg(error.errorString()).arg(error.offset)};
    if (!json.isObject())
        return Error{ErrorCode::InvalidInput, Text::tr("This is not a Baken interchange file.")};
    return json.object();
}

Status checkNumbersAreFree(const CaseStore &store, const Document &doc)
{
    for (const CaseBundle &bundle : doc.cases) {
        if (bundle.file.draft)
            continue;
        auto existing = store.caseIdByNumber(bundle.file.number);
        if (!existing)
            return existing.error();
        if (*existing)
            return Error{ErrorCode::InvalidInput, Text::tr("case %1: this vault already holds a case with that number; "
                                                           "nothing was imported")
                                                      .arg(bundle.file.number)};
    }
    return {};
}

// Items the document defined got provisional ids while checking; now that
// they are written, every reference gets the real one.
void remap(CaseBundle &bundle, const QHash<qint64, qint64> &ids)
{
    const auto fix = [&](qint64 &id) { id = id < 0 ? ids.value(id) : id; };
    CaseIntake &in = bundle.file.intake;
    for (qint64 *id : {&in.channelId, &in.reporterRoleId, &in.unitId, &in.clientId, &in.accusedRoleId, &in.shareBodyId,
                       &bundle.file.outcomeId})
        fix(*id);
    for (QList<qint64> *list : {&in.groundIds, &in.formIds, &bundle.file.measureIds})
        for (qint64 &id : *list)
            fix(id);
    for (ContactBundle &contact : bundle.contacts) {
        fix(contact.moment.channelId);
        for (ContactRevision &revision : contact.revisions)
            fix(revision.channelId);
    }
    for (Referral &referral : bundle.referrals)
        fix(referral.bodyId);
    for (HoursEntry &entry : bundle.hours)
        fix(entry.activityId);
}

Result<qint64> writeCase(CaseStore &store, const CaseBundle &bundle, ImportReport &report)
{
    auto id = store.insertImportedCase(bundle.file, bundle.history);
    if (!id)
        return id;
    ++(bundle.file.draft ? report.drafts : report.cases);
    for (ContactBundle contact : bundle.contacts) {
        contact.moment.caseId = *id;
        if (auto s = store.insertImportedContact(contact.moment, contact.revisions); !s)
            return s.error();
        ++report.contacts;
    }
    for (Referral referral : bundle.referrals) {
        referral.caseId = *id;
        if (auto s = store.insertReferral(referral); !s)
            return s.error();
        ++report.referrals;
    }
    for (FollowUp followUp : bundle.followUps) {
        followUp.caseId = *id;
        auto followUpId = store.insertFollowUp(followUp);
        if (!followUpId)
            return followUpId.error();
        if (followUp.isDone())
            if (auto s = store.setFollowUpDone(*followUpId, followUp.doneAt); !s)
                return s.error();
        ++report.followUps;
    }
    for (HoursEntry entry : bundle.hours) {
        entry.caseId = *id;
        if (auto s = store.insertHours(entry); !s)
            return s.error();
        ++report.hours;
    }
    if (auto s = store.reindex(*id); !s)
        return s.error();
    return id;
}

Status writeSettings(Database &db, const Document &doc)
{
    if (!doc.retentionMonths)
        return {};
    auto stmt = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('retention_months', ?1)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, QString::number(*doc.retentionMonths));
    return stmt->run();
}

} // namespace

Result<ImportReport> importVault(Vault &vault, QIODevice &in)
{
    auto root = parse(in);
    if (!root)
        return root.error();
    Document doc;
    if (auto s = readHeader(*root, doc); !s)
        return s.error();

    SqlCaseStore store(vault.db());
    auto existingCases = store.caseIds();
    if (!existingCases)
        return existingCases.error();
    auto existingConsultations = hasConsultations(vault.db());
    if (!existingConsultations)
        return existingConsultations.error();
    auto existingGroups = hasGroups(vault.db());
    if (!existingGroups)
        return existingGroups.error();
    CodeResolver codes;
    const bool fresh = existingCases->isEmpty() && !*existingConsultations && !*existingGroups;
    auto plan = planCodeLists(vault.db(), doc, fresh, codes);
    if (!plan)
        return plan.error();
    if (auto s = readCases(*root, codes, doc); !s)
        return s.error();
    if (auto s = readDoubtLine(*root, codes, doc); !s)
        return s.error();
    SqlCodeListStore codeStore(vault.db());
    SqlGroupStore groupStore(vault.db());
    if (auto s = readGroups(*root, codes, GroupService(vault, groupStore, codeStore), doc); !s)
        return s.error();
    if (auto s = checkNumbersAreFree(store, doc); !s)
        return s.error();

    // Everything is checked; from here on only the database can refuse.
    ImportReport report;
    report.adoptedCodeLists = plan->adopt;
    report.codeItemsAdded = plan->added;
    Transaction tx(vault.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto ids = applyCodeLists(vault.db(), *plan);
    if (!ids)
        return ids.error();
    if (plan->adopt)
        if (auto s = writeSettings(vault.db(), doc); !s)
            return s.error();
    QList<qint64> caseIds;
    for (CaseBundle &bundle : doc.cases) {
        remap(bundle, *ids);
        auto id = writeCase(store, bundle, report);
        if (!id)
            return id.error();
        caseIds << *id;
    }
    remapDoubtLine(doc, *ids);
    QList<qint64> consultationIds;
    if (auto s = writeDoubtLine(vault.db(), doc, caseIds, plan->adopt, report, consultationIds); !s)
        return s.error();
    remapGroups(doc, *ids);
    if (auto s = writeGroups(vault.db(), doc, caseIds, consultationIds, !*existingGroups, report); !s)
        return s.error();
    if (auto s = vault.audit().append(QStringLiteral("vault.imported"), QStringLiteral("vault")); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace baken
