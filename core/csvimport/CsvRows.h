#pragma once

// Reading one spreadsheet row into a case: the rules CsvImport applies,
// shared by the dry run, the preview and the import.
#include "CsvImport.h"
#include "cases/CaseRecord.h"

namespace baken::csv::detail {

struct Context {
    const Table &table;
    const Mapping &mapping;
    const Choices &choices;
    QDate today;
    int retentionMonths = 12;
};

struct ReadRow {
    int row = 0;
    CaseFile file;
    QList<StatusChange> history;
    QHash<Field, QString> shown;
    QList<RowError> errors;
    QList<std::pair<Field, QString>> unknown; // list values that matched nothing
    QString cellsKey;                         // the mapped cells, to find repeated rows
};

// What makes the mapping unusable as a whole: a required field without a
// column, a mapped value whose code is not in the vault's list.
QStringList mappingErrors(const Table &table, const Mapping &mapping, const Choices &choices);

ReadRow readRow(const Context &context, const Row &row);

// Intake date, type and description: how an earlier import of the same
// row is recognised. Empty when the row has no description.
QString caseKey(const QDate &intakeDate, CaseType type, const QString &whatHappened);

} // namespace baken::csv::detail
