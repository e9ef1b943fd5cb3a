// Search as you type in the case list on the large vault: every keystroke
// counts the hits and reads the first page (CaseSearch, as CaseListModel
// does). Target: p95 < 50 ms per keystroke. The engine's limit is one
// hand-written statement, prepared once, that returns the same count and page.
#include "LargeVault.h"
#include "cases/CaseSearch.h"

#include <benchmark/benchmark.h>

using namespace baken;

namespace {

// What advisors type: words from case texts and notes, a pseudonym, a number.
const char *const Typed[] = {"hoofddoek", "leidinggevende", "teamoverleg", "huidskleur", "Merel", "2021-004"};

std::vector<QString> keystrokes()
{
    std::vector<QString> out;
    for (const char *word : Typed) {
        const QString w = QString::fromLatin1(word);
        for (qsizetype n = 1; n <= w.size(); ++n)
            out.push_back(w.left(n));
    }
    return out;
}

void report(benchmark::State &state, const bench::Laps &laps)
{
    state.counters["p95_ms"] = bench::percentile(laps.wall, 95);
    state.counters["p95_cpu_ms"] = bench::percentile(laps.cpu, 95);
    state.counters["max_ms"] = bench::percentile(laps.wall, 100);
    state.counters["keystrokes"] = double(laps.wall.size());
    state.counters["peak_rss_mb"] = bench::peakResidentMiB();
}

void BM_LargeSearchAsYouType(benchmark::State &state)
{
    CaseSearch search(bench::largeVault().db());
    bench::Laps laps;
    for (auto _ : state) {
        for (const QString &typed : keystrokes()) {
            const bench::Lap lap;
            CaseFilter filter;
            filter.text = typed;
            auto count = search.count(filter);
            auto page = search.page(filter, {}, 0, 100);
            if (!count || !page) {
                state.SkipWithError("search failed");
                return;
            }
            benchmark::DoNotOptimize(page->size());
            laps.add(lap);
        }
    }
    report(state, laps);
}
BENCHMARK(BM_LargeSearchAsYouType)->Unit(benchmark::kMillisecond)->Iterations(3);

// The FTS prefix query CaseSearch builds for a typed word ("2021-004" -> "2021 004*").
QString matchFor(QString typed)
{
    typed.replace(u'-', u' ');
    return u'"' + typed + u"*\""_qs;
}

void BM_LargeSearchEngine(benchmark::State &state)
{
    Database &db = bench::largeVault().db();
    auto stmt = db.prepare(
        "SELECT (SELECT count(*) FROM case_file WHERE is_draft = 0"
        "        AND id IN (SELECT docid FROM case_search WHERE case_search MATCH ?1)),"
        " c.id, c.number, c.intake_date, c.case_type, c.status, c.reporter_pseudonym, c.unit_id,"
        " (SELECT min(f.due_date) FROM follow_up f WHERE f.case_id = c.id AND f.done_at IS NULL)"
        " FROM case_file c WHERE c.is_draft = 0 AND c.id IN (SELECT docid FROM case_search WHERE case_search MATCH ?1)"
        " ORDER BY c.intake_date DESC, c.id DESC LIMIT 100");
    if (!stmt) {
        state.SkipWithError("prepare failed");
        return;
    }
    bench::Laps laps;
    for (auto _ : state) {
        for (const QString &typed : keystrokes()) {
            const bench::Lap lap;
            stmt->reset();
            stmt->bind(1, matchFor(typed));
            int rows = 0;
            if (!stmt->forEach([&](const Statement &row) { rows += row.int64(0) > 0 ? 1 : 0; })) {
                state.SkipWithError("query failed");
                return;
            }
            benchmark::DoNotOptimize(rows);
            laps.add(lap);
        }
    }
    report(state, laps);
}
BENCHMARK(BM_LargeSearchEngine)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
