#include "CsvImport.h"

#include "CsvNewItems.h"
#include "CsvRows.h"
#include "cases/CaseService.h"
#include "cases/SqlCaseStore.h"
#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "db/Database.h"
#include "i18n/Translations.h"
#include "vault/Vault.h"

#include <QMap>
#include <QSet>

namespace baken::csv {

using namespace detail;

namespace {

// Every row read, with the refusals that need the other rows or the vault:
// repeated rows and cases imported before.
struct Reading {
    QStringList mappingErrors;
    QList<ReadRow> rows;
};

// Intake date, type and description of the cases already in the vault.
Result<QHash<QString, QString>> existingCases(Database &db)
{
    auto stmt = db.prepare("SELECT intake_date, case_type, what_happened, number FROM case_file"
                           " WHERE is_draft = 0 AND destroyed_at IS NULL AND what_happened <> ''");
    if (!stmt)
        return stmt.error();
    QHash<QString, QString> keys;
    auto done = stmt->forEach([&](const Statement &row) {
        const auto type = caseTypeFromKey(row.text(1));
        const QString key =
            caseKey(QDate::fromString(row.text(0), Qt::ISODate), type.value_or(CaseType::Question), row.text(2));
        keys.insert(key, row.text(3));
    });
    if (!done)
        return done.error();
    return keys;
}

// A dry run's new list item: refused as the list would refuse it, added
// nowhere. Its code ties the mapped value to it and is no list's code.
Result<Choice> standIn(CodeListService &lists, CodeList list, const QString &label)
{
    if (auto s = lists.validateLabels(list, 0, label, label); !s)
        return s.error();
    return Choice{0, QLatin1String(Mapping::NewItem) + label, label};
}

// The import's new list item, in its transaction.
Result<Choice> added(CodeListService &lists, CodeList list, const QString &label)
{
    auto item = lists.addInTransaction(list, label, label);
    if (!item)
        return item.error();
    return Choice{item->id, item->code, item->label(currentLanguage())};
}

// Whether the user stopped the import; reports row `done` of `total` if not.
bool stopped(const ImportProgress *progress, qsizetype done, qsizetype total)
{
    if (!progress)
        return false;
    if (progress->stop.stop_requested())
        return true;
    if (progress->step)
        progress->step(int(done), int(total));
    return false;
}

Error stoppedError()
{
    return Error{ErrorCode::Cancelled, Importer::tr("The import was stopped. Nothing was registered.")};
}

// Reads every row (up to `limit`; -1: all) as the import would take it,
// with the new list items `make` gives; `progress` counts the rows as the
// first half of an import.
Result<Reading> readAll(Vault &vault, const Table &table, const Mapping &asChosen, int limit, const NewItemMaker &make,
                        const ImportProgress *progress = nullptr)
{
    SqlCodeListStore codes(vault.db());
    auto choices = Choices::load(codes);
    if (!choices)
        return choices.error();
    SqlCaseStore store(vault.db());
    const int months = CaseService(vault, store, codes).retentionMonths();
    Reading reading;
    Mapping mapping = asChosen;
    CodeListService lists(vault, codes);
    auto refused = addNewItems(mapping, *choices, lists, make);
    if (!refused)
        return refused.error();
    reading.mappingErrors = *refused + mappingErrors(table, mapping, *choices);
    if (!reading.mappingErrors.isEmpty())
        return reading;
    auto existing = existingCases(vault.db());
    if (!existing)
        return existing.error();

    const Context context{table, mapping, *choices, QDate::currentDate(), months};
    QHash<QString, int> seen; // cells -> first row
    for (const Row &row : table.rows) {
        if (limit >= 0 && reading.rows.size() >= limit)
            break;
        if (stopped(progress, reading.rows.size(), 2 * table.rows.size()))
            return stoppedError();
        ReadRow read = readRow(context, row);
        if (!read.cellsKey.isEmpty()) {
            const auto first = seen.constFind(read.cellsKey);
            if (first != seen.cend())
                read.errors << RowError{row.number,
                                        {},
                                        Importer::tr("This row repeats row %1. Delete one of them, or make them "
                                                     "differ if they are two cases.")
                                            .arg(*first)};
            else
                seen.insert(read.cellsKey, row.number);
        }
        if (read.errors.isEmpty()) {
            const QString key =
                caseKey(read.file.intake.intakeDate, read.file.intake.type, read.file.intake.whatHappened);
            if (const auto number = existing->constFind(key); !key.isEmpty() && number != existing->cend())
                read.errors << RowError{row.number,
                                        {},
                                        Importer::tr("The vault already holds this case (%1: the same intake date, "
                                                     "type and description). Was this file imported before?")
                                            .arg(*number)};
        }
        reading.rows << std::move(read);
    }
    return reading;
}

} // namespace

Result<Choices> Importer::choices() const
{
    SqlCodeListStore codes(m_vault.db());
    return Choices::load(codes);
}

Result<Check> Importer::check(const Table &table, const Mapping &mapping) const
{
    auto reading = readAll(m_vault, table, mapping, -1, standIn);
    if (!reading)
        return reading.error();
    Check check;
    check.rows = int(table.rows.size());
    check.mappingErrors = reading->mappingErrors;
    if (!check.mappingErrors.isEmpty())
        return check;
    // Unknown values by field, then in the order they first appear.
    QMap<std::pair<int, QString>, qsizetype> unknownAt;
    for (const ReadRow &row : std::as_const(reading->rows)) {
        if (row.errors.isEmpty())
            ++check.accepted;
        check.errors << row.errors;
        QSet<std::pair<int, QString>> inRow;
        for (const auto &[field, value] : row.unknown) {
            const std::pair<int, QString> key{int(field), normalized(value)};
            if (inRow.contains(key))
                continue;
            inRow.insert(key);
            if (!unknownAt.contains(key)) {
                unknownAt.insert(key, check.unknownValues.size());
                check.unknownValues << UnknownValue{field, value, 0};
            }
            ++check.unknownValues[unknownAt.value(key)].rows;
        }
    }
    std::stable_sort(check.unknownValues.begin(), check.unknownValues.end(),
                     [](const UnknownValue &a, const UnknownValue &b) { return int(a.field) < int(b.field); });
    return check;
}

Result<QList<PreviewRow>> Importer::preview(const Table &table, const Mapping &mapping, int rows) const
{
    auto reading = readAll(m_vault, table, mapping, rows, standIn);
    if (!reading)
        return reading.error();
    QList<PreviewRow> out;
    for (const ReadRow &row : std::as_const(reading->rows))
        out << PreviewRow{row.row, row.shown, row.errors};
    return out;
}

Result<ImportedCsv> Importer::import(const Table &table, const Mapping &mapping, const ImportProgress &progress)
{
    // One transaction from the first new list item to the audit entry.
    Transaction tx(m_vault.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto reading = readAll(m_vault, table, mapping, -1, added, &progress);
    if (!reading)
        return reading.error();
    if (!reading->mappingErrors.isEmpty())
        return Error{ErrorCode::InvalidInput, reading->mappingErrors.join(u'\n')};
    int rejected = 0;
    for (const ReadRow &row : std::as_const(reading->rows))
        rejected += row.errors.isEmpty() ? 0 : 1;
    if (rejected > 0 || reading->rows.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     reading->rows.isEmpty()
                         ? tr("The file holds no rows to import.")
                         : tr("%n row(s) cannot be imported, so nothing was imported. Correct or map them first.",
                              nullptr, rejected)};

    // Numbers of each intake year follow the intake dates.
    QList<ReadRow> &rows = reading->rows;
    std::stable_sort(rows.begin(), rows.end(), [](const ReadRow &a, const ReadRow &b) {
        return a.file.intake.intakeDate < b.file.intake.intakeDate;
    });
    SqlCaseStore store(m_vault.db());
    const QDate today = QDate::currentDate();
    ImportedCsv result;
    QHash<int, CaseNumber> next;
    qint64 firstId = 0;
    // Every row was read and is good, so there is a case per row to write.
    for (ReadRow &row : rows) {
        if (stopped(&progress, table.rows.size() + result.cases, 2 * table.rows.size()))
            return stoppedError();
        const int year = row.file.intake.intakeDate.year();
        if (!next.contains(year)) {
            auto number = store.nextNumber(year);
            if (!number)
                return number.error();
            next.insert(year, *number);
        }
        CaseNumber &number = next[year];
        row.file.number = number.toString();
        ++number.sequence;
        auto id = store.insertImportedCase(row.file, row.history);
        if (!id)
            return id.error();
        if (firstId == 0)
            firstId = *id;
        ++result.cases;
        if (row.file.status == CaseStatus::Closed) {
            ++result.closed;
            if (row.file.destructionDate <= today)
                ++result.pastDestruction;
        }
    }
    // The new cases' search rows in one statement, as the large demo's.
    if (firstId != 0) {
        if (auto s = store.indexNewCases(firstId); !s)
            return s.error();
    }
    if (stopped(&progress, 2 * table.rows.size(), 2 * table.rows.size()))
        return stoppedError();
    if (auto s = m_vault.audit().append(QStringLiteral("vault.csv_imported"), QStringLiteral("cases"),
                                        QString::number(result.cases));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

} // namespace baken::csv
