// The spreadsheet import of an advisor's years of registrations: the
// 2,000-row sample (tests/data/csv) read and checked (what the wizard and
// the dry run wait for), and imported into an empty vault in one
// transaction. Both should take seconds at most.
#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "csvimport/CsvImport.h"
#include "vault/TestHooks.h"
#include "vault/Vault.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace baken;
using namespace baken::csv;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(BAKEN_SOURCE_DIR "/tests/data/csv/") + QLatin1String(name);
}

// A new vault with the units the sample uses. The cheap test KDF keeps the
// unlock out of the figures: they are about the import.
std::unique_ptr<Vault> vaultWithUnits(const QTemporaryDir &dir, int n)
{
    testing::enableCheapKdf();
    auto created = Vault::create(dir.filePath(QStringLiteral("csv%1.baken").arg(n)),
                                 QStringLiteral("lantern orbit velvet crocus tambourine"));
    if (!created)
        qFatal("could not create the vault: %s", qPrintable(created.error().message));
    SqlCodeListStore codes((*created)->db());
    CodeListService lists(**created, codes);
    for (const char *unit : {"Burgerzaken", "Stadsbeheer", "Sociaal Domein", "Dienstverlening", "Financiën", "ICT",
                             "Vergunningen", "Personeel & Organisatie"})
        if (!lists.add(CodeList::Units, QString::fromUtf8(unit), QString::fromUtf8(unit)))
            qFatal("could not add a unit");
    return std::move(created).value();
}

std::pair<Table, Mapping> corrected()
{
    auto table = Reader::readFile(sample("registrations-2000-corrected.csv"));
    QFile file(sample("registrations-2000.mapping.json"));
    if (!table || !file.open(QIODevice::ReadOnly))
        qFatal("the CSV samples are missing");
    auto mapping = Mapping::fromJson(file.readAll(), table->header.cells);
    if (!mapping)
        qFatal("the sample mapping does not read");
    return {*table, *mapping};
}

void CsvCheck2000Rows(benchmark::State &state)
{
    QTemporaryDir dir;
    auto vault = vaultWithUnits(dir, 0);
    for (auto _ : state) {
        auto table = Reader::readFile(sample("registrations-2000.csv"));
        auto check = Importer(*vault).check(*table, Mapping::guess(table->header.cells));
        if (!check || check->rows != 2000)
            state.SkipWithError("the check failed");
    }
}
BENCHMARK(CsvCheck2000Rows)->Unit(benchmark::kMillisecond);

void CsvImport2000Rows(benchmark::State &state)
{
    QTemporaryDir dir;
    const auto [table, mapping] = corrected();
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto vault = vaultWithUnits(dir, ++n);
        state.ResumeTiming();
        auto imported = Importer(*vault).import(table, mapping);
        if (!imported || imported->cases != 2000)
            state.SkipWithError("the import failed");
        state.PauseTiming();
        vault.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(CsvImport2000Rows)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
