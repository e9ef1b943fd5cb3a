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
// counts them (a GROUP BY per table by code id, each group's code looked up
// once, a case's status at the period's end, "not recorded" and "not
// referred" as rows). The group figures are approximate: a schedule cannot
// be expanded in SQL, so it counts the period's attendance marks and every
// participant and evaluation (a few ms) where the summary expands the
// schedules and counts the held sessions' only. It reads the same indexes
// as the summary. SQLite 3.15 reads a WITH table again at every use: one
// statement cannot keep the year's rows, as the summary's memory does.
constexpr const char *SameTablesByHand = R"sql(
    WITH y AS (SELECT id, intake_date, case_type, channel_id, reporter_role_id, accused_role_id, unit_id FROM case_file
               WHERE +is_draft = 0 AND intake_date BETWEEN ?1 AND ?2),
         k AS (SELECT id, kind, day, channel_id, caller_role_id, assessment, outcome FROM consultation
               WHERE day BETWEEN ?1 AND ?2)
    SELECT 'cases.month', substr(intake_date, 1, 7), NULL, count(*) FROM y GROUP BY 2
    UNION ALL SELECT 'cases.type', case_type, NULL, count(*) FROM y GROUP BY 2
    UNION ALL SELECT 'cases.channel', coalesce((SELECT code FROM code_list_item WHERE id = g.v), 'not_recorded'), NULL, g.n FROM (SELECT channel_id AS v, count(*) AS n FROM y GROUP BY 1) g
    UNION ALL SELECT 'cases.reporter_role', coalesce((SELECT code FROM code_list_item WHERE id = g.v), 'not_recorded'), NULL, g.n FROM (SELECT reporter_role_id AS v, count(*) AS n FROM y GROUP BY 1) g
    UNION ALL SELECT 'cases.accused_role', coalesce((SELECT code FROM code_list_item WHERE id = g.v), 'not_recorded'), NULL, g.n FROM (SELECT accused_role_id AS v, count(*) AS n FROM y GROUP BY 1) g
    UNION ALL SELECT 'cases.unit_by_type', coalesce((SELECT code FROM code_list_item WHERE id = g.v), 'not_recorded'), g.t, g.n FROM (SELECT unit_id AS v, case_type AS t, count(*) AS n FROM y GROUP BY 1, 2) g
    UNION ALL SELECT 'cases.ground_by_type', coalesce((SELECT code FROM code_list_item WHERE id = g.v), 'not_recorded'), g.t, g.n FROM (SELECT c.item_id AS v, y.case_type AS t, count(*) AS n FROM y LEFT JOIN case_code c ON c.case_id = y.id AND c.kind = 'ground' GROUP BY 1, 2) g
    UNION ALL SELECT 'cases.form', coalesce((SELECT code FROM code_list_item WHERE id = g.v), 'not_recorded'), NULL, g.n FROM (SELECT c.item_id AS v, count(*) AS n FROM y LEFT JOIN case_code c ON c.case_id = y.id AND c.kind = 'form' GROUP BY 1) g
    UNION ALL SELECT 'cases.measure', coalesce((SELECT code FROM code_list_item WHERE id = g.v), 'not_recorded'), NULL, g.n FROM (SELECT c.item_id AS v, count(*) AS n FROM y LEFT JOIN case_code c ON c.case_id = y.id AND c.kind = 'measure' GROUP BY 1) g
    UNION ALL SELECT 'cases.status', coalesce(g.v, 'new'), NULL, count(*) FROM (SELECT (SELECT s.to_status FROM case_status_change s WHERE s.case_id = y.id AND s.changed_at < ?3 ORDER BY s.changed_at DESC, s.id DESC LIMIT 1) AS v FROM y) g GROUP BY 2
    UNION ALL SELECT 'cases.referral', coalesce((SELECT code FROM code_list_item WHERE id = g.v), 'none'), NULL, g.n FROM (SELECT r.body_id AS v, count(DISTINCT y.id) AS n FROM y LEFT JOIN referral r ON r.case_id = y.id AND r.referred_on <= ?2 GROUP BY 1) g
    UNION ALL SELECT 'hours.activity', coalesce((SELECT code FROM code_list_item WHERE id = g.v), 'not_recorded'), NULL, g.n FROM (SELECT activity_id AS v, sum(minutes) AS n FROM hours_entry WHERE worked_on BETWEEN ?1 AND ?2 AND case_id NOT IN (SELECT id FROM case_file WHERE is_draft <> 0) GROUP BY 1) g
    UNION ALL SELECT 'consultations.month', substr(day, 1, 7), NULL, count(*) FROM k WHERE kind = 'consultation' GROUP BY 2
    UNION ALL SELECT 'consultations.channel', coalesce((SELECT code FROM code_list_item WHERE id = g.v), 'not_recorded'), NULL, g.n FROM (SELECT channel_id AS v, count(*) AS n FROM k WHERE kind = 'consultation' GROUP BY 1) g
    UNION ALL SELECT 'consultations.caller_role', coalesce((SELECT code FROM code_list_item WHERE id = g.v), 'not_recorded'), NULL, g.n FROM (SELECT caller_role_id AS v, count(*) AS n FROM k WHERE kind = 'consultation' GROUP BY 1) g
    UNION ALL SELECT 'consultations.assessment', assessment, NULL, count(*) FROM k WHERE kind = 'consultation' GROUP BY 2
    UNION ALL SELECT 'consultations.outcome', outcome, NULL, count(*) FROM k WHERE kind = 'consultation' GROUP BY 2
    UNION ALL SELECT 'consultations.topic', coalesce(g.t || ':' || (SELECT code FROM code_list_item WHERE id = g.v), 'not_recorded'), NULL, g.n FROM (SELECT t.kind AS t, t.item_id AS v, count(*) AS n FROM k LEFT JOIN consultation_code t ON t.consultation_id = k.id WHERE k.kind = 'consultation' GROUP BY 1, 2) g
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

// The first figure where the statement and buildSummary disagree, as
// "table row column: statement N, summary M"; empty when they count the same
// (the group figures aside, which the statement only approximates). Hours
// are compared as the summary rounds them.
QString firstDifference(Statement &stmt, const summary::Summary &exact)
{
    QString difference;
    const auto indexOf = [](const summary::Axis &axis, const QString &code) {
        for (int i = 0; i < axis.categories.size(); ++i)
            if (axis.categories[i].code == code)
                return i;
        return -1;
    };
    auto read = stmt.forEach([&](const Statement &r) {
        const QString id = r.text(0);
        if (!difference.isEmpty() || id.startsWith(u"groups.") || id.startsWith(u"evaluations."))
            return;
        const QString row = r.text(1);
        const QString column = r.isNull(2) ? QString() : r.text(2);
        qint64 counted = r.int64(3);
        if (id == u"hours.activity")
            counted = (counted + 30) / 60;
        const summary::Table *table = exact.table(id);
        const int at = table ? indexOf(table->rows, row) : -1;
        const int in = table && table->columns ? indexOf(*table->columns, column) : 0;
        const qint64 summed = at < 0 || in < 0 ? -1 : table->cell(at, in).value.value_or(-1);
        if (summed != counted)
            difference =
                QStringLiteral("%1 %2 %3: statement %4, summary %5").arg(id, row, column).arg(counted).arg(summed);
    });
    return read ? difference : read.error().message;
}

void BM_LargeYearlySummaryEngine(benchmark::State &state)
{
    Database &db = bench::largeVault().db();
    auto stmt = db.prepare(SameTablesByHand);
    if (!stmt) {
        state.SkipWithError("prepare failed");
        return;
    }
    // Before it is timed: the statement counts what the summary counts.
    auto exact = summary::buildSummary(db, lastYear());
    if (!exact) {
        state.SkipWithError(qPrintable(exact.error().message));
        return;
    }
    bindYear(*stmt);
    if (const QString difference = firstDifference(*stmt, *exact); !difference.isEmpty()) {
        state.SkipWithError(qPrintable(u"not the same tables: "_qs + difference));
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
