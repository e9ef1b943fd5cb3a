// Search as you type in the case list on the large vault: every keystroke
// counts the hits and reads the first page (CaseSearch, as CaseListModel
// does). Target: p95 < 50 ms per keystroke. The engine's limit is one
// hand-written statement, prepared once, that returns the same count and page.
#include "Keystrokes.h"
#include "cases/CaseSearch.h"

#include <benchmark/benchmark.h>

using namespace baken;

namespace {

// What advisors type: words from case texts and notes, a pseudonym, a number.
std::vector<QString> keystrokes()
{
    return bench::keystrokes({"hoofddoek", "leidinggevende", "teamoverleg", "huidskleur", "Merel", "2021-004"});
}

void BM_LargeSearchAsYouType(benchmark::State &state)
{
    CaseSearch search(bench::largeVault().db());
    bench::timeKeystrokes(state, keystrokes(), [&](const QString &typed) {
        CaseFilter filter;
        filter.text = typed;
        auto count = search.count(filter);
        auto page = search.page(filter, {}, 0, 100);
        if (!count || !page)
            return false;
        benchmark::DoNotOptimize(page->size());
        return true;
    });
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
    bench::timeKeystrokes(state, keystrokes(), [&](const QString &typed) {
        stmt->reset();
        stmt->bind(1, matchFor(typed));
        int rows = 0;
        if (!stmt->forEach([&](const Statement &row) { rows += row.int64(0) > 0 ? 1 : 0; }))
            return false;
        benchmark::DoNotOptimize(rows);
        return true;
    });
}
BENCHMARK(BM_LargeSearchEngine)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
