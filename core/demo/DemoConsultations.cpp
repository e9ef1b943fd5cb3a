#include "DemoConsultations.h"

#include "DemoConsultationPlan.h"
#include "cases/SqlCaseStore.h"
#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "doubtline/ConsultationService.h"
#include "doubtline/SqlConsultationStore.h"
#include "vault/Vault.h"

#include <QSet>

namespace baken {

using demo::DemoConsultationCodes;

namespace {

// The colleagues who staff the line, in the order of the shift table.
constexpr const char *StaffNames[] = {"Samira B.", "Joost V.", "Hatice K.", "Ricardo M.", "Eline D."};

} // namespace

Result<DemoConsultationCodes> DemoConsultationCodes::load(Vault &vault, const CodeListStore &store)
{
    DemoConsultationCodes codes;
    SqlCodeListStore writable(vault.db());
    CodeListService lists(vault, writable);
    for (const char *name : StaffNames) {
        auto item = lists.add(CodeList::DoubtLineStaff, QString::fromUtf8(name), QString::fromUtf8(name));
        if (!item)
            return item.error();
        codes.staff << item->id;
    }
    const std::pair<CodeList, QHash<QString, qint64> *> byCode[] = {
        {CodeList::Channels, &codes.channels}, {CodeList::Grounds, &codes.grounds},
        {CodeList::Forms, &codes.forms},       {CodeList::ReporterRoles, &codes.roles},
        {CodeList::Advice, &codes.advice},     {CodeList::ReferralBodies, &codes.bodies},
    };
    for (const auto &[list, target] : byCode) {
        auto items = store.items(list, false);
        if (!items)
            return items.error();
        for (const CodeItem &item : *items)
            target->insert(item.code, item.id);
    }
    auto units = store.items(CodeList::Units, false);
    if (!units)
        return units.error();
    for (const CodeItem &item : *units)
        codes.units << item.id;
    return codes;
}

namespace {

bool wentToAdvisor(const Consultation &c, qint64 advisor)
{
    return c.outcome == ConsultationOutcome::Referred && c.referralBodyId == advisor && c.assessment != Assessment::No
           && !c.groundIds.isEmpty();
}

// Links consultations referred to the confidential advisor to a demo case
// about the same ground registered within two weeks after: the case that
// the caller's visit to the advisor became.
Status linkToCases(const SqlCaseStore &cases, SqlConsultationStore &store, const QList<Consultation> &plans,
                   const QList<qint64> &ids, qint64 advisor, const QDate &today)
{
    auto caseIds = cases.caseIds();
    if (!caseIds)
        return caseIds.error();
    QList<CaseFile> files;
    for (const qint64 id : *caseIds) {
        auto file = cases.caseById(id);
        if (!file)
            return file.error();
        if (!file->draft)
            files << *file;
    }
    // At most one a month, so that the links spread over the year.
    QList<qint64> used;
    QSet<int> months;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const Consultation &c = plans.at(i);
        const QDate day = c.occurredAt.date();
        const int month = day.year() * 12 + day.month();
        if (!wentToAdvisor(c, advisor) || day > today.addDays(-14) || months.contains(month))
            continue;
        for (const CaseFile &file : std::as_const(files)) {
            const qint64 after = day.daysTo(file.intake.intakeDate);
            if (after < 1 || after > 14 || used.contains(file.id)
                || !file.intake.groundIds.contains(c.groundIds.first()))
                continue;
            if (auto s = store.linkCase(ids.at(i), file.id); !s)
                return s;
            used << file.id;
            months.insert(month);
            break;
        }
    }
    return {};
}

} // namespace

Result<int> DemoConsultations::add(Vault &vault, const QDate &today)
{
    SqlCodeListStore codes(vault.db());
    auto loaded = DemoConsultationCodes::load(vault, codes);
    if (!loaded)
        return loaded.error();
    const qint64 advisor = loaded->bodies.value(QStringLiteral("confidential_advisor"));
    demo::DemoConsultationGenerator generator(*loaded, today);
    const QList<Consultation> plans = generator.year();

    SqlConsultationStore store(vault.db());
    SqlCaseStore cases(vault.db());
    ConsultationService service(vault, store, cases, codes);
    QList<qint64> ids;
    {
        // One transaction: demo data that a crash interrupts is simply made again.
        Transaction tx(vault.db());
        if (auto s = tx.begin(); !s)
            return s.error();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Consultation &plan : plans) {
            // Every rule of a real entry holds; written through the store so
            // that it keeps the time it was logged, not today.
            if (auto s = service.validate(plan); !s)
                return s.error();
            Consultation c = plan;
            c.callbackDoneAt = {};
            c.createdAt = std::min(plan.occurredAt.addSecs(60 * plan.minutes).toUTC(), now);
            c.updatedAt = c.createdAt;
            auto id = store.insertImported(c, {});
            if (!id)
                return id.error();
            if (plan.callbackDoneAt.isValid())
                if (auto s = store.completeCallback(*id, plan.callbackDoneAt); !s)
                    return s.error();
            ids << *id;
        }
        if (auto s = linkToCases(cases, store, plans, ids, advisor, today); !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    // The latest hand-overs wait as drafts for the advisor.
    int handedOver = 0;
    for (qsizetype i = plans.size() - 1; i >= 0 && handedOver < 2; --i) {
        if (plans.at(i).occurredAt.date() < today.addDays(-14))
            break;
        if (!wentToAdvisor(plans.at(i), advisor))
            continue;
        if (auto draft = service.handOver(ids.at(i)); !draft)
            return draft.error();
        ++handedOver;
    }
    return int(plans.size());
}

} // namespace baken
