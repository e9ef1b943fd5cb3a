#include "DemoCases.h"

#include "DemoCasePlan.h"
#include "cases/CaseService.h"
#include "cases/SqlCaseStore.h"
#include "codelists/SqlCodeListStore.h"
#include "vault/Vault.h"

namespace baken {

using demo::DemoCasePlan;
using demo::wasDone;

namespace {

Status writeThroughService(CaseService &service, const CaseStore &store, const DemoCasePlan &p, const QDate &today)
{
    auto draft = service.createDraft(p.intake);
    if (!draft || p.draft)
        return draft ? Status{} : Status{draft.error()};
    auto file = service.registerCase(*draft, p.intake, p.callback);
    if (!file)
        return file.error();
    const qint64 id = file->id;
    for (ContactMoment contact : p.contacts) {
        contact.caseId = id;
        if (auto added = service.addContact(contact); !added)
            return added.error();
    }
    for (HoursEntry entry : p.hours) {
        entry.caseId = id;
        if (auto added = service.addHours(entry); !added)
            return added.error();
    }
    if (auto s = p.status == CaseStatus::New ? Status{} : service.setStatus(id, CaseStatus::InProgress); !s)
        return s;
    if (p.referral) {
        Referral referral = *p.referral;
        referral.caseId = id;
        if (auto added = service.refer(referral); !added)
            return added.error();
    }
    if (auto s = p.closedOn.isValid() ? service.close(id, p.outcomeId, p.measureIds, p.closedOn) : Status{}; !s)
        return s;
    if (auto s = p.status == CaseStatus::Reopened ? service.reopen(id) : Status{}; !s)
        return s;
    for (FollowUp followUp : p.followUps) {
        followUp.caseId = id;
        if (auto added = service.addFollowUp(followUp); !added)
            return added.error();
    }
    auto followUps = store.followUps(id);
    if (!followUps)
        return followUps.error();
    for (const FollowUp &f : *followUps) {
        if (auto s = wasDone(f, p, today) ? service.completeFollowUp(f.id) : Status{}; !s)
            return s;
    }
    return {};
}

Status writeThroughStore(SqlCaseStore &store, const DemoCasePlan &p, const QDate &today, int retentionMonths)
{
    auto id = store.insertCase(p.intake);
    if (!id || p.draft)
        return id ? Status{} : Status{id.error()};
    auto number = store.nextNumber(p.intake.intakeDate.year());
    if (!number)
        return number.error();
    if (auto s = store.assignNumber(*id, *number); !s)
        return s;
    CaseFile file;
    file.id = *id;
    file.status = p.status;
    if (p.status == CaseStatus::Closed) {
        file.outcomeId = p.outcomeId;
        file.measureIds = p.measureIds;
        file.closedDate = p.closedOn;
        file.destructionDate = p.closedOn.addMonths(retentionMonths);
    }
    if (auto s = store.updateStatus(file, std::nullopt); !s)
        return s;
    for (ContactMoment contact : p.contacts) {
        contact.caseId = *id;
        if (auto added = store.insertContact(contact); !added)
            return added.error();
    }
    for (HoursEntry entry : p.hours) {
        entry.caseId = *id;
        if (auto added = store.insertHours(entry); !added)
            return added.error();
    }
    if (p.referral) {
        Referral referral = *p.referral;
        referral.caseId = *id;
        if (auto added = store.insertReferral(referral); !added)
            return added.error();
    }
    QList<FollowUp> followUps = p.followUps;
    if (p.callback)
        followUps.prepend(*p.callback);
    for (FollowUp f : followUps) {
        f.caseId = *id;
        auto added = store.insertFollowUp(f);
        if (!added)
            return added.error();
        f.id = *added;
        if (auto s = wasDone(f, p, today) ? store.setFollowUpDone(f.id, QDateTime::currentDateTimeUtc()) : Status{}; !s)
            return s;
    }
    return store.reindex(*id);
}

} // namespace

Status DemoCases::add(Vault &vault, int count, const QDate &today)
{
    SqlCodeListStore codes(vault.db());
    auto loaded = demo::DemoCodes::load(codes);
    if (!loaded)
        return loaded.error();
    SqlCaseStore store(vault.db());
    CaseService service(vault, store, codes);
    demo::DemoCaseGenerator generator(*loaded, today);
    // Thousands of small transactions, each waiting for the disk: demo data
    // that a crash interrupts is simply made again, so skip the waiting.
    if (auto s = vault.db().exec("PRAGMA synchronous = OFF"); !s)
        return s;
    for (int i = 0; i < count; ++i) {
        if (auto s = writeThroughService(service, store, generator.next(), today); !s) {
            (void)vault.db().exec("PRAGMA synchronous = FULL");
            return s;
        }
    }
    return vault.db().exec("PRAGMA synchronous = FULL"); // as configureConnection() left it
}

Result<int> DemoCases::addLargeVolume(Vault &vault, int count, const QDate &today)
{
    SqlCodeListStore codes(vault.db());
    auto loaded = demo::DemoCodes::load(codes);
    if (!loaded)
        return loaded.error();
    SqlCaseStore store(vault.db());
    const int retention = CaseService(vault, store, codes).retentionMonths();
    demo::DemoCaseGenerator generator(*loaded, today);
    Transaction tx(vault.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    for (int i = 0; i < count; ++i) {
        if (auto s = writeThroughStore(store, generator.next(), today, retention); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return count;
}

} // namespace baken
