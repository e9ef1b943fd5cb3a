// The case list on a large vault: search as you type must answer each
// keystroke (count and first page) well under 50 ms at 50,000 cases.
#include "cases/CaseSearch.h"
#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "demo/DemoCases.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace baken;

namespace {

constexpr int CaseCount = 50000;

// Built once per run with the production KDF (a single unlock), filled
// through the store in one transaction.
struct LargeVault {
    QTemporaryDir dir;
    std::unique_ptr<Vault> vault;

    LargeVault()
    {
        QElapsedTimer timer;
        timer.start();
        auto created = Vault::create(dir.filePath(QStringLiteral("large.baken")),
                                     QStringLiteral("lantern orbit velvet crocus tambourine"));
        if (!created)
            qFatal("could not create the benchmark vault: %s", qPrintable(created.error().message));
        vault = std::move(created).value();
        SqlCodeListStore codes(vault->db());
        CodeListService lists(*vault, codes);
        for (const char *unit : {"Stadsdeel Noord", "Stadsdeel Zuid", "Publiekszaken", "Sociaal Domein", "Stadsbeheer",
                                 "Bedrijfsvoering", "Handhaving"}) {
            if (!lists.add(CodeList::Units, QString::fromUtf8(unit), QString::fromUtf8(unit)))
                qFatal("could not add a unit");
        }
        for (const char *client : {"Gemeente Havenstad", "Werkbedrijf Havenstad"}) {
            if (!lists.add(CodeList::Clients, QString::fromUtf8(client), QString::fromUtf8(client)))
                qFatal("could not add a client");
        }
        auto added = DemoCases::addLargeVolume(*vault, CaseCount);
        if (!added)
            qFatal("could not add the cases: %s", qPrintable(added.error().message));
        std::fprintf(stderr, "Built a vault with %d cases in %.1f s\n", *added, double(timer.elapsed()) / 1000.0);
    }
};

Vault &largeVault()
{
    static LargeVault large;
    return *large.vault;
}

// What an advisor typically has on: the open cases of the last year.
CaseFilter openLastYear()
{
    CaseFilter filter;
    filter.statuses = {CaseStatus::New, CaseStatus::InProgress, CaseStatus::Referred, CaseStatus::Reopened};
    filter.from = QDate::currentDate().addMonths(-12);
    return filter;
}

const char *const Keystrokes[] = {"h", "ho", "hoo", "hoof", "hoofd", "hoofdd"};

void runListQuery(benchmark::State &state, const CaseFilter &filter, const CaseSort &sort)
{
    CaseSearch search(largeVault().db());
    int hits = 0;
    for (auto _ : state) {
        auto count = search.count(filter);
        auto page = search.page(filter, sort, 0, 100);
        if (!count || !page) {
            state.SkipWithError("query failed");
            return;
        }
        hits = *count;
        benchmark::DoNotOptimize(page->size());
    }
    state.counters["hits"] = hits;
}

void BM_SearchAsYouType(benchmark::State &state)
{
    CaseFilter filter = openLastYear();
    filter.text = QString::fromLatin1(Keystrokes[state.range(0)]);
    state.SetLabel(Keystrokes[state.range(0)]);
    runListQuery(state, filter, {});
}
BENCHMARK(BM_SearchAsYouType)->DenseRange(0, int(std::size(Keystrokes)) - 1)->Unit(benchmark::kMillisecond);

// The worst case: no other filter, the whole vault, drafts included.
void BM_SearchAsYouTypeAllCases(benchmark::State &state)
{
    CaseFilter filter;
    filter.includeDrafts = true;
    filter.text = QString::fromLatin1(Keystrokes[state.range(0)]);
    state.SetLabel(Keystrokes[state.range(0)]);
    runListQuery(state, filter, {});
}
BENCHMARK(BM_SearchAsYouTypeAllCases)->DenseRange(0, int(std::size(Keystrokes)) - 1)->Unit(benchmark::kMillisecond);

void BM_SearchCaseNumber(benchmark::State &state)
{
    CaseFilter filter;
    filter.text = QString::number(QDate::currentDate().year()) + u"-01"_qs;
    runListQuery(state, filter, {});
}
BENCHMARK(BM_SearchCaseNumber)->Unit(benchmark::kMillisecond);

void BM_CaseListFirstPage(benchmark::State &state)
{
    const CaseSortColumn column = CaseSortColumn(state.range(0));
    state.SetLabel(std::array{"number", "intake", "type", "status", "unit", "follow-up"}[state.range(0)]);
    runListQuery(state, state.range(1) ? openLastYear() : CaseFilter{}, {column, true});
}
BENCHMARK(BM_CaseListFirstPage)
    ->ArgsProduct({benchmark::CreateDenseRange(0, 5, 1), {0, 1}})
    ->Unit(benchmark::kMillisecond);

void BM_CaseListOverdue(benchmark::State &state)
{
    CaseFilter filter;
    filter.overdueOnly = true;
    runListQuery(state, filter, {CaseSortColumn::NextFollowUp, false});
}
BENCHMARK(BM_CaseListOverdue)->Unit(benchmark::kMillisecond);

} // namespace
