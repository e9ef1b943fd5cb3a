#pragma once

#include "CsvChoices.h"
#include "CsvMapping.h"
#include "CsvReader.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <stop_token>

namespace baken {
class Vault;
}

namespace baken::csv {

// Why one row cannot be taken. `row` is the spreadsheet's row number,
// `column` the column's name in the file (empty: the row as a whole).
struct RowError {
    int row = 0;
    QString column;
    QString reason;
};

// A value of a choice column that matches no item and was not mapped, with
// how many rows hold it: what the wizard asks the user to map.
struct UnknownValue {
    Field field;
    QString value; // as first written in the file
    int rows = 0;
};

// The dry run: what an import of this table with this mapping would do.
struct Check {
    int rows = 0;              // data rows (blank rows are not counted)
    int accepted = 0;          // rows that would become cases
    QStringList mappingErrors; // the mapping itself is incomplete; no row is taken
    QList<RowError> errors;    // every problem of every row, by row
    QList<UnknownValue> unknownValues;
    int rejected() const { return rows - accepted; }
    bool importable() const { return mappingErrors.isEmpty() && errors.isEmpty() && rows > 0; }
};

// One row as Baken reads it, for the preview: per mapped field the value as
// Baken will store it (a date in ISO form, list items by label), and the
// row's problems.
struct PreviewRow {
    int row = 0;
    QHash<Field, QString> values;
    QList<RowError> errors;
};

struct ImportedCsv {
    int cases = 0;
    int closed = 0;
    int pastDestruction = 0; // closed so long ago that retention lists them at once
};

// A running import's progress and its stop (the wizard's bar and Stop
// button), both used on the importing thread. `step` counts from 0 to
// `total`: every row read and checked, then every case written. A stop is
// honoured until the import commits: it ends with ErrorCode::Cancelled and
// nothing written.
struct ImportProgress {
    std::function<void(int done, int total)> step;
    std::stop_token stop;
};

// Turns a spreadsheet into registered cases, all or nothing. Each row must
// have an intake date and a type; list values must match an item or be
// mapped; a closed row needs its closing date and an outcome. Rows that
// repeat an earlier row, or a case the vault already holds (same intake
// date, type and description), are refused, so a second import of the same
// file takes nothing. Imported cases get numbers of their intake year in
// date order, a status history at their intake (and closing) date, a
// destruction date from the retention period if closed, and no automatic
// follow-ups (they are history). The import is one transaction with one
// audit entry, "vault.csv_imported", whose object id is the number of cases.
class Importer {
    Q_DECLARE_TR_FUNCTIONS(baken::csv::Importer)

public:
    explicit Importer(Vault &vault) : m_vault(vault) {}

    // The lists values are matched against (for the wizard's choices).
    Result<Choices> choices() const;
    Result<Check> check(const Table &table, const Mapping &mapping) const;
    Result<QList<PreviewRow>> preview(const Table &table, const Mapping &mapping, int rows = 10) const;
    // Checks again and writes nothing unless every row is good.
    Result<ImportedCsv> import(const Table &table, const Mapping &mapping, const ImportProgress &progress = {});

private:
    Vault &m_vault;
};

} // namespace baken::csv
