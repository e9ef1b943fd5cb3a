// The yearly summary on the large vault: every table counted
// (buildSummary) and published with disclosure control at k = 5, as the
// Reports screen and `baken-cli summary` do. Target: < 1 s. The engine's
// limit is one statement that reads every row the summary must count for
// that year (cases with their codes, consultations with theirs, hours,
// referrals, status changes, attendance) and adds them up.
#include "LargeVault.h"
#include "summary/DisclosureControl.h"
#include "summary/SummaryBuilder.h"

#include <benchmark/benchmark.h>

using namespace baken;

namespace {

// The last full calendar year: the yearly report.
summary::Period lastYear()
{
    const int year = QDate::currentDate().year() - 1;
    return {year, 1, year, 12};
}

void BM_LargeYearlySummary(benchmark::State &state)
{
    Database &db = bench::largeVault().db();
    for (auto _ : state) {
        auto exact = summary::buildSummary(db, lastYear());
        auto published = exact ? summary::publish(*exact, 5) : Result<summary::Summary>(exact.error());
        if (!published) {
            state.SkipWithError(qPrintable(published.error().message));
            return;
        }
        benchmark::DoNotOptimize(published);
    }
    state.counters["peak_rss_mb"] = bench::peakResidentMiB();
}
BENCHMARK(BM_LargeYearlySummary)->Unit(benchmark::kMillisecond)->Iterations(3);

// Counting alone, without disclosure control: what the engine's limit compares with.
void BM_LargeBuildSummary(benchmark::State &state)
{
    Database &db = bench::largeVault().db();
    for (auto _ : state) {
        auto exact = summary::buildSummary(db, lastYear());
        if (!exact) {
            state.SkipWithError(qPrintable(exact.error().message));
            return;
        }
        benchmark::DoNotOptimize(exact);
    }
}
BENCHMARK(BM_LargeBuildSummary)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_LargeYearlySummaryEngine(benchmark::State &state)
{
    Database &db = bench::largeVault().db();
    auto stmt =
        db.prepare("SELECT (SELECT count(*) FROM case_file c JOIN case_code k ON k.case_id = c.id"
                   "        WHERE c.is_draft = 0 AND c.intake_date BETWEEN ?1 AND ?2)"
                   " + (SELECT count(*) FROM consultation q LEFT JOIN consultation_code k ON k.consultation_id = q.id"
                   "    WHERE q.day BETWEEN ?1 AND ?2)"
                   " + (SELECT sum(minutes) FROM hours_entry WHERE worked_on BETWEEN ?1 AND ?2)"
                   " + (SELECT count(*) FROM referral WHERE referred_on <= ?2)"
                   " + (SELECT count(*) FROM case_status_change WHERE changed_at <= ?2 || 'T99')"
                   " + (SELECT count(*) FROM group_attendance WHERE session_start BETWEEN ?1 AND ?2 || 'T99')");
    if (!stmt) {
        state.SkipWithError("prepare failed");
        return;
    }
    const int year = QDate::currentDate().year() - 1;
    for (auto _ : state) {
        stmt->reset();
        stmt->bind(1, QDate(year, 1, 1).toString(Qt::ISODate)).bind(2, QDate(year, 12, 31).toString(Qt::ISODate));
        auto row = stmt->step();
        if (!row || !*row) {
            state.SkipWithError("query failed");
            return;
        }
        benchmark::DoNotOptimize(stmt->int64(0));
    }
}
BENCHMARK(BM_LargeYearlySummaryEngine)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
