// The yearly summary on the large vault: every table counted
// (buildSummary) and published with disclosure control at k = 5, as the
// Reports screen and `baken-cli summary` do. Target: < 1 s; the counting
// within twice the engine's limit, one hand-written statement that counts
// the same tables.
#include "LargeVault.h"
#include "db/Database.h"
#include "db/SqlValues.h"
#include "summary/DisclosureControl.h"
#include "summary/Period.h"
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

// The engine's limit for the same work: one statement that counts every
// case, hours and doubt-line table of the year the way SummaryCrossCheckTest
// counts them (a GROUP BY per table, codes resolved, a case's status at the
// period's end, "not recorded" and "not referred" as rows), and the group
// figures that need no schedule: attendance, participants, evaluations. It
// reads the same indexes the summary reads.
constexpr const char *SameTablesByHand = R"sql(
        WITH y AS (SELECT id, intake_date, case_type, channel_id, reporter_role_id, accused_role_id, unit_id FROM case_file WHERE +is_draft = 0 AND intake_date BETWEEN ?1 AND ?2),
         k AS (SELECT id, kind, day, channel_id, caller_role_id, assessment, outcome FROM consultation WHERE day BETWEEN ?1 AND ?2)
        SELECT 'cases.month', substr(intake_date, 1, 7), NULL, count(*) FROM y GROUP BY 2
        UNION ALL SELECT 'cases.type', case_type, NULL, count(*) FROM y GROUP BY 2
        UNION ALL SELECT 'cases.channel', coalesce(i.code, 'not_recorded'), NULL, count(*) FROM y LEFT JOIN code_list_item i ON i.id = y.channel_id GROUP BY 2
        UNION ALL SELECT 'cases.reporter_role', coalesce(i.code, 'not_recorded'), NULL, count(*) FROM y LEFT JOIN code_list_item i ON i.id = y.reporter_role_id GROUP BY 2
        UNION ALL SELECT 'cases.accused_role', coalesce(i.code, 'not_recorded'), NULL, count(*) FROM y LEFT JOIN code_list_item i ON i.id = y.accused_role_id GROUP BY 2
        UNION ALL SELECT 'cases.unit_by_type', coalesce(i.code, 'not_recorded'), y.case_type, count(*) FROM y LEFT JOIN code_list_item i ON i.id = y.unit_id GROUP BY 2, 3
        UNION ALL SELECT 'cases.ground_by_type', coalesce(i.code, 'not_recorded'), y.case_type, count(*) FROM y LEFT JOIN case_code g ON g.case_id = y.id AND g.kind = 'ground' LEFT JOIN code_list_item i ON i.id = g.item_id GROUP BY 2, 3
        UNION ALL SELECT 'cases.form', coalesce(i.code, 'not_recorded'), NULL, count(*) FROM y LEFT JOIN case_code g ON g.case_id = y.id AND g.kind = 'form' LEFT JOIN code_list_item i ON i.id = g.item_id GROUP BY 2
        UNION ALL SELECT 'cases.measure', coalesce(i.code, 'not_recorded'), NULL, count(*) FROM y LEFT JOIN case_code g ON g.case_id = y.id AND g.kind = 'measure' LEFT JOIN code_list_item i ON i.id = g.item_id GROUP BY 2
        UNION ALL SELECT 'cases.status', coalesce((SELECT s.to_status FROM case_status_change s WHERE s.case_id = y.id AND s.changed_at < ?3 ORDER BY s.changed_at DESC, s.id DESC LIMIT 1), 'new'), NULL, count(*) FROM y GROUP BY 2
        UNION ALL SELECT 'cases.referral', coalesce(i.code, 'none'), NULL, count(DISTINCT y.id) FROM y LEFT JOIN referral r ON r.case_id = y.id AND r.referred_on <= ?2 LEFT JOIN code_list_item i ON i.id = r.body_id GROUP BY 2
        UNION ALL SELECT 'hours.activity', coalesce(i.code, 'not_recorded'), NULL, sum(h.minutes) FROM hours_entry h LEFT JOIN code_list_item i ON i.id = h.activity_id WHERE h.worked_on BETWEEN ?1 AND ?2 AND h.case_id NOT IN (SELECT id FROM case_file WHERE is_draft <> 0) GROUP BY 2
        UNION ALL SELECT 'consultations.month', substr(day, 1, 7), NULL, count(*) FROM k WHERE kind = 'consultation' GROUP BY 2
        UNION ALL SELECT 'consultations.channel', coalesce(i.code, 'not_recorded'), NULL, count(*) FROM k LEFT JOIN code_list_item i ON i.id = k.channel_id WHERE kind = 'consultation' GROUP BY 2
        UNION ALL SELECT 'consultations.caller_role', coalesce(i.code, 'not_recorded'), NULL, count(*) FROM k LEFT JOIN code_list_item i ON i.id = k.caller_role_id WHERE kind = 'consultation' GROUP BY 2
        UNION ALL SELECT 'consultations.assessment', assessment, NULL, count(*) FROM k WHERE kind = 'consultation' GROUP BY 2
        UNION ALL SELECT 'consultations.outcome', outcome, NULL, count(*) FROM k WHERE kind = 'consultation' GROUP BY 2
        UNION ALL SELECT 'consultations.topic', coalesce(t.kind || ':' || i.code, 'not_recorded'), NULL, count(*) FROM k LEFT JOIN consultation_code t ON t.consultation_id = k.id LEFT JOIN code_list_item i ON i.id = t.item_id WHERE k.kind = 'consultation' GROUP BY 2
        UNION ALL SELECT 'non_data_contacts.kind', kind, NULL, count(*) FROM k WHERE kind <> 'consultation' GROUP BY 2
        UNION ALL SELECT 'groups.attendance', value, NULL, count(*) FROM group_attendance WHERE session_start BETWEEN ?1 AND ?2 || 'T99' GROUP BY 2
        UNION ALL SELECT 'groups.participants', NULL, NULL, count(*) FROM group_participant WHERE joined_on <= ?2 AND (left_on IS NULL OR left_on >= ?1)
        UNION ALL SELECT 'evaluations.score', score, NULL, sum(count) FROM group_evaluation GROUP BY 2
)sql";

// A period's bounds as the summary binds them: first day, last day, and the
// end of the last day in UTC (status changes are stamped in UTC).
void bindYear(Statement &stmt)
{
    const summary::Period year = lastYear();
    stmt.bind(1, sql::dateText(summary::firstDay(year)))
        .bind(2, sql::dateText(summary::lastDay(year)))
        .bind(3, sql::timeText(QDateTime(summary::lastDay(year).addDays(1), QTime(0, 0))));
}

void BM_LargeYearlySummaryEngine(benchmark::State &state)
{
    Database &db = bench::largeVault().db();
    auto stmt = db.prepare(SameTablesByHand);
    if (!stmt) {
        state.SkipWithError("prepare failed");
        return;
    }
    for (auto _ : state) {
        stmt->reset();
        bindYear(*stmt);
        qint64 figures = 0;
        if (auto s = stmt->forEach([&](const Statement &r) { figures += r.int64(3); }); !s) {
            state.SkipWithError("query failed");
            return;
        }
        benchmark::DoNotOptimize(figures);
    }
}
BENCHMARK(BM_LargeYearlySummaryEngine)->Unit(benchmark::kMillisecond)->Iterations(3);

// The floor below that: the year's rows only counted, from the indexes,
// without reading a value or grouping (docs/performance.md). No target.
void BM_LargeYearlySummaryFloor(benchmark::State &state)
{
    Database &db = bench::largeVault().db();
    auto stmt =
        db.prepare("SELECT (SELECT count(*) FROM case_file c JOIN case_code k ON k.case_id = c.id"
                   "        WHERE c.is_draft = 0 AND c.intake_date BETWEEN ?1 AND ?2)"
                   " + (SELECT count(*) FROM consultation q LEFT JOIN consultation_code k ON k.consultation_id = q.id"
                   "    WHERE q.day BETWEEN ?1 AND ?2)"
                   " + (SELECT sum(minutes) FROM hours_entry WHERE worked_on BETWEEN ?1 AND ?2)"
                   " + (SELECT count(*) FROM referral WHERE referred_on <= ?2)"
                   " + (SELECT count(*) FROM case_status_change WHERE changed_at < ?3)"
                   " + (SELECT count(*) FROM group_attendance WHERE session_start BETWEEN ?1 AND ?2 || 'T99')");
    if (!stmt) {
        state.SkipWithError("prepare failed");
        return;
    }
    for (auto _ : state) {
        stmt->reset();
        bindYear(*stmt);
        auto row = stmt->step();
        if (!row || !*row) {
            state.SkipWithError("query failed");
            return;
        }
        benchmark::DoNotOptimize(stmt->int64(0));
    }
}
BENCHMARK(BM_LargeYearlySummaryFloor)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
