// Search as you type on the doubt line on the large vault: every keystroke
// counts the hits and reads the first page (ConsultationSearch, as the
// shift view's list does). Target: p95 < 50 ms per keystroke. The engine's
// limit is one hand-written statement, prepared once, that returns the same
// count and page.
#include "Keystrokes.h"
#include "doubtline/ConsultationSearch.h"

using namespace baken;

namespace {

// What doubt-line colleagues type: words from callers' questions, from the
// most common ("discriminatie") to the rare, and one that is never there.
std::vector<QString> keystrokes()
{
    return bench::keystrokes(
        {"discriminatie", "hoofddoek", "leidinggevende", "groepsapp", "zwangerschap", "fietsenstalling"});
}

void BM_LargeConsultationSearch(benchmark::State &state)
{
    ConsultationSearch search(bench::largeVault().db());
    bench::timeKeystrokes(state, keystrokes(), [&](const QString &typed) {
        auto count = search.count(typed);
        auto page = search.page(typed, 0, 100);
        if (!count || !page)
            return false;
        benchmark::DoNotOptimize(page->size());
        return true;
    });
}
BENCHMARK(BM_LargeConsultationSearch)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_LargeConsultationSearchEngine(benchmark::State &state)
{
    Database &db = bench::largeVault().db();
    auto stmt = db.prepare(
        "SELECT (SELECT count(*) FROM consultation_search WHERE consultation_search MATCH ?1),"
        " c.id, c.kind, c.occurred_at, c.minutes, c.staff_id, c.channel_id, c.caller_role_id, c.unit_id, c.question,"
        " c.assessment, c.outcome, c.advice_id, c.referral_body_id, c.callback_wanted, c.callback_due,"
        " c.callback_done_at, c.case_id, coalesce(f.number, '')"
        " FROM consultation c LEFT JOIN case_file f ON f.id = c.case_id"
        " WHERE c.id IN (SELECT docid FROM consultation_search WHERE consultation_search MATCH ?1)"
        " ORDER BY c.occurred_at DESC, c.id DESC LIMIT 100");
    if (!stmt) {
        state.SkipWithError("prepare failed");
        return;
    }
    bench::timeKeystrokes(state, keystrokes(), [&](const QString &typed) {
        stmt->reset();
        stmt->bind(1, QString(u'"' + typed + u"*\""_qs)); // the words typed here are single tokens
        int rows = 0;
        if (!stmt->forEach([&](const Statement &row) { rows += row.int64(0) > 0 ? 1 : 0; }))
            return false;
        benchmark::DoNotOptimize(rows);
        return true;
    });
}
BENCHMARK(BM_LargeConsultationSearchEngine)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
