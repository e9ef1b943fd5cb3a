// Scrolling the whole case list on the large vault, page by page as
// CaseListModel fetches (100 rows, newest intake first, each page after the
// last row of the one before). Target: every fetch < 16 ms (one frame), and
// the process < 300 MB resident with the vault open. The engine's limit is
// the whole list read by one statement, counted per 100 rows.
#include "LargeVault.h"
#include "cases/CaseSearch.h"

#include <benchmark/benchmark.h>

#include <numeric>
#include <optional>

using namespace baken;

namespace {

constexpr int PageSize = 100; // CaseListModel::PageSize

void BM_LargeScrollCaseList(benchmark::State &state)
{
    CaseSearch search(bench::largeVault().db());
    bench::Laps laps;
    for (auto _ : state) {
        // As the list fetches: the first page, then each after the last row held.
        std::optional<CaseSummary> last;
        for (int offset = 0;; offset += PageSize) {
            const bench::Lap lap;
            auto page = last ? search.pageAfter({}, {}, *last, offset, PageSize) : search.page({}, {}, 0, PageSize);
            if (!page) {
                state.SkipWithError("fetch failed");
                return;
            }
            laps.add(lap);
            if (page->size() < PageSize)
                break;
            last = page->constLast();
        }
    }
    const auto mean = [](const std::vector<double> &v) {
        return std::accumulate(v.begin(), v.end(), 0.0) / double(std::max<std::size_t>(v.size(), 1));
    };
    state.counters["max_ms"] = bench::percentile(laps.wall, 100);
    state.counters["max_cpu_ms"] = bench::percentile(laps.cpu, 100);
    state.counters["mean_ms"] = mean(laps.wall);
    state.counters["mean_cpu_ms"] = mean(laps.cpu);
    state.counters["fetches"] = double(laps.wall.size()) / double(state.iterations());
    state.counters["rss_mb"] = bench::residentMiB();
    state.counters["peak_rss_mb"] = bench::peakResidentMiB();
}
BENCHMARK(BM_LargeScrollCaseList)->Unit(benchmark::kMillisecond)->Iterations(2);

void BM_LargeScrollEngine(benchmark::State &state)
{
    auto stmt = bench::largeVault().db().prepare(
        "SELECT c.id, c.number, c.intake_date, c.case_type, c.status, c.reporter_pseudonym, c.unit_id,"
        " (SELECT min(f.due_date) FROM follow_up f WHERE f.case_id = c.id AND f.done_at IS NULL)"
        " FROM case_file c WHERE c.is_draft = 0 ORDER BY c.intake_date DESC, c.id DESC");
    if (!stmt) {
        state.SkipWithError("prepare failed");
        return;
    }
    int rows = 0;
    for (auto _ : state) {
        stmt->reset();
        rows = 0;
        if (!stmt->forEach([&](const Statement &) { ++rows; })) {
            state.SkipWithError("query failed");
            return;
        }
    }
    state.counters["rows"] = rows;
}
BENCHMARK(BM_LargeScrollEngine)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
