// Opening a case with 100 contact moments on the large vault: what the case
// file view reads when it shows a case (header twice, origin, timeline,
// history, referrals, follow-ups, hours). Target: < 30 ms.
#include "LargeVault.h"
#include "cases/SqlCaseStore.h"
#include "doubtline/SqlConsultationStore.h"

#include <benchmark/benchmark.h>

using namespace baken;

namespace {

// The case whose timeline is closest to 100 contact moments, at least 100.
qint64 busyCase(Database &db)
{
    auto id = db.queryInt("SELECT case_id FROM contact_moment GROUP BY case_id"
                          " ORDER BY count(*) < 100, abs(count(*) - 100), case_id LIMIT 1");
    return id ? *id : 0;
}

void BM_LargeOpenCase(benchmark::State &state)
{
    Database &db = bench::largeVault().db();
    const qint64 id = busyCase(db);
    const SqlCaseStore store(db);
    const SqlConsultationStore consultations(db);
    qsizetype contacts = 0;
    for (auto _ : state) {
        const bool ok = store.caseById(id) && consultations.consultationForCase(id) && store.caseById(id)
                        && store.statusHistory(id) && store.followUps(id) && store.referrals(id) && store.hours(id)
                        && store.followUps(id);
        auto timeline = store.contacts(id);
        if (!ok || !timeline) {
            state.SkipWithError("reading the case failed");
            return;
        }
        contacts = timeline->size();
    }
    state.counters["contacts"] = double(contacts);
}
BENCHMARK(BM_LargeOpenCase)->Unit(benchmark::kMillisecond);

// The same rows, each table read once by a statement prepared beforehand.
void BM_LargeOpenCaseEngine(benchmark::State &state)
{
    Database &db = bench::largeVault().db();
    const qint64 id = busyCase(db);
    std::vector<Statement> statements;
    for (const char *sql : {
             "SELECT * FROM case_file WHERE id = ?1",
             "SELECT item_id FROM case_code WHERE case_id = ?1",
             "SELECT id FROM consultation WHERE case_id = ?1",
             "SELECT * FROM case_status_change WHERE case_id = ?1",
             "SELECT * FROM follow_up WHERE case_id = ?1",
             "SELECT * FROM referral WHERE case_id = ?1",
             "SELECT * FROM hours_entry WHERE case_id = ?1",
             "SELECT * FROM contact_moment WHERE case_id = ?1",
         }) {
        auto stmt = db.prepare(sql);
        if (!stmt) {
            state.SkipWithError("prepare failed");
            return;
        }
        statements.push_back(std::move(stmt).value());
    }
    for (auto _ : state) {
        int rows = 0;
        for (Statement &stmt : statements) {
            stmt.reset();
            stmt.bind(1, id);
            if (!stmt.forEach([&](const Statement &) { ++rows; })) {
                state.SkipWithError("query failed");
                return;
            }
        }
        benchmark::DoNotOptimize(rows);
    }
}
BENCHMARK(BM_LargeOpenCaseEngine)->Unit(benchmark::kMillisecond);

} // namespace
