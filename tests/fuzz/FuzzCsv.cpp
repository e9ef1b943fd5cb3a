// The spreadsheet import (core/csvimport): bytes from any program that
// writes CSV, read, mapped by the guess and checked row by row against a
// vault's lists, the way import-csv's dry run does.
#include "FuzzSupport.h"

#include "csvimport/CsvImport.h"

using namespace baken;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // check() and preview() only read.
    static const std::unique_ptr<Vault> vault = fuzz::createReadOnlyVault(QStringLiteral("csv.baken"));
    auto table = csv::Reader::read(fuzz::bytesOf(data, size));
    if (!table)
        return 0;
    const csv::Mapping mapping = csv::Mapping::guess(table->header.cells);
    csv::Importer importer(*vault);
    (void)importer.check(*table, mapping);
    (void)importer.preview(*table, mapping, 5);
    // The mapping file must read back as it was written.
    const QByteArray json = mapping.toJson(table->header.cells);
    auto back = csv::Mapping::fromJson(json, table->header.cells);
    if (back.ok() && !(*back == mapping))
        fuzz::fail("mapping round trip");
    return 0;
}
