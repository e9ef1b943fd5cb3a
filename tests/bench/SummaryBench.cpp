// Anonymised summaries on a large vault: counting a year and publishing it
// (disclosure control with its integer programs) must leave the Reports
// screen responsive. tests/bench/run.sh gives the figures.
#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "demo/DemoCases.h"
#include "summary/DisclosureControl.h"
#include "summary/SummaryBuilder.h"
#include "vault/Vault.h"

#include <QDate>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace baken;

namespace {

constexpr int CaseCount = 20000;

struct SummaryVault {
    QTemporaryDir dir;
    std::unique_ptr<Vault> vault;

    SummaryVault()
    {
        auto created = Vault::create(dir.filePath(QStringLiteral("summary.baken")),
                                     QStringLiteral("lantern orbit velvet crocus tambourine"));
        if (!created)
            qFatal("could not create the benchmark vault: %s", qPrintable(created.error().message));
        vault = std::move(created).value();
        SqlCodeListStore codes(vault->db());
        CodeListService lists(*vault, codes);
        // Small units as well as large ones, so that merging and secondary
        // suppression have work to do.
        for (const char *unit : {"Stadsdeel Noord", "Stadsdeel Zuid", "Publiekszaken", "Sociaal Domein", "Stadsbeheer",
                                 "Bedrijfsvoering", "Handhaving", "Griffie", "Rekenkamer", "Ombudsteam"}) {
            if (!lists.add(CodeList::Units, QString::fromUtf8(unit), QString::fromUtf8(unit)))
                qFatal("could not add a unit");
        }
        if (!DemoCases::addLargeVolume(*vault, CaseCount))
            qFatal("could not add the cases");
    }
};

Vault &summaryVault()
{
    static SummaryVault v;
    return *v.vault;
}

summary::Period lastTwelveMonths()
{
    const QDate today = QDate::currentDate();
    const QDate from = today.addMonths(-11);
    return {from.year(), from.month(), today.year(), today.month()};
}

void BM_BuildSummary(benchmark::State &state)
{
    Vault &vault = summaryVault();
    for (auto _ : state) {
        auto exact = summary::buildSummary(vault.db(), lastTwelveMonths());
        if (!exact)
            state.SkipWithError("buildSummary failed");
        benchmark::DoNotOptimize(exact);
    }
}
BENCHMARK(BM_BuildSummary)->Unit(benchmark::kMillisecond);

void BM_PublishSummary(benchmark::State &state)
{
    auto exact = summary::buildSummary(summaryVault().db(), lastTwelveMonths());
    if (!exact) {
        state.SkipWithError("buildSummary failed");
        return;
    }
    for (auto _ : state) {
        auto published = summary::publish(*exact, int(state.range(0)));
        if (!published)
            state.SkipWithError("publish failed");
        benchmark::DoNotOptimize(published);
    }
}
BENCHMARK(BM_PublishSummary)->Arg(3)->Arg(5)->Arg(10)->Unit(benchmark::kMillisecond);

} // namespace
