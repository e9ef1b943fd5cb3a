// Saving on the large vault, committed with synchronous=FULL as the vault
// runs: a contact moment (CaseService: the row, the search index of its case,
// the audit entry) and a consultation (ConsultationService: validation, the
// row, its topics, the audit entry). Target: < 20 ms each. The engine's limit
// is one INSERT in its own transaction, prepared beforehand.
#include "LargeVault.h"
#include "cases/CaseService.h"
#include "cases/SqlCaseStore.h"
#include "codelists/SqlCodeListStore.h"
#include "doubtline/ConsultationService.h"
#include "doubtline/SqlConsultationStore.h"

#include <benchmark/benchmark.h>

using namespace baken;

namespace {

qint64 typicalCase(Database &db)
{
    // A case in progress with the usual handful of contact moments.
    auto id = db.queryInt("SELECT case_id FROM contact_moment m JOIN case_file c ON c.id = m.case_id"
                          " WHERE c.status = 'in_progress' GROUP BY case_id HAVING count(*) BETWEEN 8 AND 12"
                          " ORDER BY case_id DESC LIMIT 1");
    return id ? *id : 0;
}

void BM_LargeSaveContact(benchmark::State &state)
{
    Vault &vault = bench::largeVault();
    SqlCaseStore store(vault.db());
    SqlCodeListStore codes(vault.db());
    CaseService service(vault, store, codes);
    const qint64 caseId = typicalCase(vault.db());
    for (auto _ : state) {
        ContactMoment contact{0, caseId, QDateTime::currentDateTime().addSecs(-600),
                              0, 30,     u"Gebeld over de voortgang; melder wil eerst zelf het gesprek aangaan."_qs,
                              0};
        if (auto added = service.addContact(contact); !added) {
            state.SkipWithError("saving failed");
            return;
        }
    }
}
BENCHMARK(BM_LargeSaveContact)->Unit(benchmark::kMillisecond)->Iterations(30);

void BM_LargeSaveConsultation(benchmark::State &state)
{
    Vault &vault = bench::largeVault();
    SqlConsultationStore store(vault.db());
    SqlCaseStore cases(vault.db());
    SqlCodeListStore codes(vault.db());
    ConsultationService service(vault, store, cases, codes);
    auto latest = vault.db().queryInt("SELECT max(id) FROM consultation WHERE kind = 'consultation'"
                                      " AND callback_wanted = 0 AND case_id IS NULL");
    auto model = latest ? store.byId(*latest) : Result<Consultation>(Error{ErrorCode::NotFound, {}});
    if (!model) {
        state.SkipWithError("no consultation to copy");
        return;
    }
    for (auto _ : state) {
        Consultation c = *model;
        c.id = 0;
        c.occurredAt = QDateTime::currentDateTime().addSecs(-900);
        if (auto logged = service.log(c); !logged) {
            state.SkipWithError(qPrintable(logged.error().message));
            return;
        }
    }
}
BENCHMARK(BM_LargeSaveConsultation)->Unit(benchmark::kMillisecond)->Iterations(30);

void BM_LargeSaveEngine(benchmark::State &state)
{
    Database &db = bench::largeVault().db();
    const qint64 caseId = typicalCase(db);
    auto begin = db.prepare("BEGIN IMMEDIATE");
    auto insert = db.prepare("INSERT INTO contact_moment (case_id, occurred_at, minutes, note, created_at, updated_at)"
                             " VALUES (?1, ?2, 30, ?3, ?2, ?2)");
    auto commit = db.prepare("COMMIT");
    if (!begin || !insert || !commit) {
        state.SkipWithError("prepare failed");
        return;
    }
    for (auto _ : state) {
        begin->reset();
        insert->reset();
        commit->reset();
        insert->bind(1, caseId).bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        insert->bind(3, u"Gebeld over de voortgang."_qs);
        if (!begin->run() || !insert->run() || !commit->run()) {
            state.SkipWithError("insert failed");
            return;
        }
    }
}
BENCHMARK(BM_LargeSaveEngine)->Unit(benchmark::kMillisecond)->Iterations(30);

} // namespace
