// Importing a spreadsheet: every refused row explained, all or nothing,
// cases as the file has them, one audit entry without content.
#include "CsvTestSupport.h"

#include "cases/CaseSearch.h"
#include "cases/SqlCaseStore.h"
#include "csvimport/CsvImport.h"
#include "support/TestVault.h"
#include "vault/VaultSettings.h"

#include <QFile>
#include <QMap>

#include <algorithm>
#include <stop_token>

#include <gtest/gtest.h>

using namespace baken;
using namespace baken::csv;
using namespace baken::test;

namespace {

class CsvImport : public ::testing::Test {
protected:
    void SetUp() override
    {
        vault = dir.create();
        ASSERT_TRUE(vault);
        addSampleUnits(*vault);
    }

    Table read(const char *name)
    {
        auto table = Reader::readFile(csvSample(name));
        EXPECT_TRUE(table.ok()) << (table.ok() ? "" : table.error().message.toStdString());
        return table.ok() ? *table : Table{};
    }

    Mapping sampleMapping(const Table &table)
    {
        QFile file(csvSample("registrations-2000.mapping.json"));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        auto mapping = Mapping::fromJson(file.readAll(), table.header.cells);
        EXPECT_TRUE(mapping.ok()) << (mapping.ok() ? "" : mapping.error().message.toStdString());
        return mapping.ok() ? *mapping : Mapping{};
    }

    qint64 caseCount()
    {
        auto ids = SqlCaseStore(vault->db()).caseIds();
        EXPECT_TRUE(ids.ok());
        return ids.ok() ? ids->size() : -1;
    }

    CaseFile caseNumbered(const QString &number)
    {
        SqlCaseStore store(vault->db());
        auto id = store.caseIdByNumber(number);
        EXPECT_TRUE(id.ok() && id->has_value()) << number.toStdString();
        return id.ok() && id->has_value() ? *store.caseById(**id) : CaseFile{};
    }

    QString codeOf(qint64 id)
    {
        auto item = SqlCodeListStore(vault->db()).item(id);
        return item.ok() ? item->code : QString();
    }

    TestVaultDir dir;
    std::unique_ptr<Vault> vault;
};

} // namespace

TEST_F(CsvImport, MessySampleRefusesExactlyThePlantedRowsWithTheirReasons)
{
    const Table table = read("registrations-2000.csv");
    EXPECT_EQ(table.encoding, Encoding::Windows1252);
    EXPECT_EQ(table.delimiter, u';');
    ASSERT_EQ(table.rows.size(), 2000);
    auto check = Importer(*vault).check(table, Mapping::guess(table.header.cells));
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->mappingErrors.isEmpty()) << check->mappingErrors.join(u'\n').toStdString();

    const QList<PlantedError> planted = plantedErrors();
    QSet<int> plantedRows;
    for (const PlantedError &e : planted)
        plantedRows.insert(e.row);
    QSet<int> refusedRows;
    for (const RowError &e : std::as_const(check->errors))
        refusedRows.insert(e.row);
    EXPECT_EQ(refusedRows, plantedRows);
    EXPECT_EQ(check->rejected(), plantedRows.size());
    EXPECT_EQ(check->accepted, 2000 - plantedRows.size());
    EXPECT_EQ(check->errors.size(), planted.size()) << "one reason per planted fault, nothing more";

    for (const PlantedError &e : planted) {
        const QString reason = reasonFor(e);
        const bool found = std::any_of(check->errors.cbegin(), check->errors.cend(), [&](const RowError &error) {
            return error.row == e.row && error.column == e.column && error.reason.contains(reason);
        });
        EXPECT_TRUE(found) << "row " << e.row << " column \"" << e.column.toStdString() << "\" should say \""
                           << reason.toStdString() << "\"";
    }
    // The values to map, once each with their number of rows.
    int racisme = 0;
    for (const PlantedError &e : planted)
        racisme += e.value == u"racisme" ? 1 : 0;
    const auto unknown = std::find_if(check->unknownValues.cbegin(), check->unknownValues.cend(),
                                      [](const UnknownValue &v) { return v.value == u"racisme"; });
    ASSERT_NE(unknown, check->unknownValues.cend());
    EXPECT_EQ(unknown->field, Field::Grounds);
    EXPECT_EQ(unknown->rows, racisme);

    // The dry run writes nothing.
    EXPECT_EQ(caseCount(), 0);
    auto refused = Importer(*vault).import(table, Mapping::guess(table.header.cells));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(caseCount(), 0);
}

TEST_F(CsvImport, CorrectedSampleWithItsMappingImportsAllRowsAsTheFileHasThem)
{
    ASSERT_TRUE(setRetentionMonths(*vault, 24).ok());
    const Table table = read("registrations-2000-corrected.csv");
    const Mapping mapping = sampleMapping(table);
    auto check = Importer(*vault).check(table, mapping);
    ASSERT_TRUE(check.ok());
    for (const RowError &e : std::as_const(check->errors).first(std::min<qsizetype>(5, check->errors.size())))
        ADD_FAILURE() << "row " << e.row << ": " << e.reason.toStdString();
    ASSERT_TRUE(check->importable());

    auto imported = Importer(*vault).import(table, mapping);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(imported->cases, 2000);
    EXPECT_EQ(caseCount(), 2000);

    // The file's first row: 2-6-18;Signaal;email;Handicap ...;"Micro-agressie; Seksuele intimidatie";
    // Personeel & Organisatie;;collega;In de teamapp ...;In behandeling;;;Priya
    auto ids = SqlCaseStore(vault->db()).caseIds();
    ASSERT_TRUE(ids.ok());
    std::optional<CaseFile> first;
    for (const qint64 id : *ids) {
        CaseFile file = *SqlCaseStore(vault->db()).caseById(id);
        if (file.intake.whatHappened
            == u"In de teamapp werd een foto met een kwetsende tekst gedeeld. Melder "
               u"twijfelt of dit discriminatie is. (nr. 1589)")
            first = file;
    }
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->intake.intakeDate, QDate(2018, 6, 2));
    EXPECT_EQ(first->intake.type, CaseType::Signal);
    EXPECT_EQ(codeOf(first->intake.channelId), u"email");
    ASSERT_EQ(first->intake.groundIds.size(), 1);
    EXPECT_EQ(codeOf(first->intake.groundIds[0]), u"disability");
    ASSERT_EQ(first->intake.formIds.size(), 2);
    EXPECT_EQ(codeOf(first->intake.accusedRoleId), u"colleague");
    EXPECT_EQ(first->intake.reporterRoleId, 0);
    EXPECT_EQ(first->status, CaseStatus::InProgress);
    EXPECT_EQ(first->intake.identity, ReporterIdentity::Pseudonym);
    EXPECT_EQ(first->intake.pseudonym, u"Priya");
    EXPECT_FALSE(first->draft);
    EXPECT_TRUE(first->number.startsWith(u"2018-"));

    // The second: 17 mei 2021;signaal;...;afgesloten;2021-09-25;Opgelost;Noëlle
    const auto found = std::find_if(ids->cbegin(), ids->cend(), [&](qint64 id) {
        return SqlCaseStore(vault->db()).caseById(id)->intake.whatHappened
               == u"Op de afdeling maakte een collega een grap over haar hoofddoek. Melder wil vooral dat het stopt. "
                  u"(nr. 3089)";
    });
    ASSERT_NE(found, ids->cend());
    const CaseFile second = *SqlCaseStore(vault->db()).caseById(*found);
    EXPECT_EQ(second.intake.intakeDate, QDate(2021, 5, 17));
    EXPECT_EQ(second.status, CaseStatus::Closed);
    EXPECT_EQ(second.closedDate, QDate(2021, 9, 25));
    EXPECT_EQ(second.destructionDate, QDate(2023, 9, 25)) << "closed + the vault's 24 months";
    EXPECT_EQ(codeOf(second.outcomeId), u"resolved");
    EXPECT_EQ(second.intake.pseudonym, u"Noëlle");

    // Its history: registered at intake, closed on the closing date.
    auto history = SqlCaseStore(vault->db()).statusHistory(second.id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(1).to, CaseStatus::Closed);
    EXPECT_EQ(history->at(1).at.date(), QDate(2021, 9, 25));

    // Numbers of a year follow the intake dates, whatever the order of the file.
    QMap<QString, QDate> byNumber;
    for (const qint64 id : *ids) {
        const CaseFile file = *SqlCaseStore(vault->db()).caseById(id);
        if (file.number.startsWith(u"2018-"))
            byNumber.insert(file.number, file.intake.intakeDate);
    }
    ASSERT_GT(byNumber.size(), 100);
    EXPECT_TRUE(byNumber.firstKey().endsWith(u"-0001"));
    EXPECT_TRUE(std::is_sorted(byNumber.cbegin(), byNumber.cend()));

    // The search index knows them.
    CaseFilter filter;
    filter.text = u"kwetsende"_qs;
    auto hits = CaseSearch(vault->db()).count(filter);
    ASSERT_TRUE(hits.ok()) << hits.error().message.toStdString();
    EXPECT_GT(*hits, 0);
}

TEST_F(CsvImport, OneBadRowImportsNothing)
{
    const Table table = read("small-utf8-one-bad.csv");
    EXPECT_EQ(table.encoding, Encoding::Utf8);
    EXPECT_EQ(table.delimiter, u',');
    const qint64 auditBefore = *vault->audit().count();
    auto check = Importer(*vault).check(table, Mapping::guess(table.header.cells));
    ASSERT_TRUE(check.ok());
    EXPECT_EQ(check->accepted, 2);
    ASSERT_EQ(check->errors.size(), 1);
    EXPECT_EQ(check->errors[0].row, 3);
    EXPECT_EQ(check->errors[0].column, u"Grond");

    auto imported = Importer(*vault).import(table, Mapping::guess(table.header.cells));
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.error().message.contains(u"nothing was imported"));
    EXPECT_EQ(caseCount(), 0);
    EXPECT_EQ(*vault->audit().count(), auditBefore);

    // Mapped, the same file goes in whole.
    Mapping mapping = Mapping::guess(table.header.cells);
    mapping.setValue(Field::Grounds, u"racisme"_qs, u"race_ethnicity"_qs);
    auto again = Importer(*vault).import(table, mapping);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(caseCount(), 3);
}

// The wizard's Stop: honoured up to the commit, even with most cases
// written, and the progress it reports runs through reading, then writing.
TEST_F(CsvImport, AStoppedImportWritesNothingAndSaysSo)
{
    const Table table = read("registrations-2000-corrected.csv");
    const Mapping mapping = sampleMapping(table);
    const qint64 auditBefore = *vault->audit().count();
    const qint64 itemsBefore = *vault->db().queryInt("SELECT count(*) FROM code_list_item");
    std::stop_source stop;
    QList<int> steps;
    int total = 0;
    const ImportProgress stopping{[&](int done, int of) {
                                      steps << done;
                                      total = of;
                                      if (done == of * 3 / 4) // the cases half written
                                          stop.request_stop();
                                  },
                                  stop.get_token()};
    auto imported = Importer(*vault).import(table, mapping, stopping);
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().code, ErrorCode::Cancelled);
    EXPECT_TRUE(imported.error().message.contains(u"Nothing was registered")) << imported.error().message.toStdString();
    EXPECT_EQ(caseCount(), 0);
    EXPECT_EQ(*vault->audit().count(), auditBefore);
    EXPECT_EQ(*vault->db().queryInt("SELECT count(*) FROM code_list_item"), itemsBefore);
    EXPECT_EQ(total, 2 * 2000);
    ASSERT_FALSE(steps.isEmpty());
    EXPECT_EQ(steps.first(), 0);
    EXPECT_EQ(steps.last(), 3000);
    EXPECT_TRUE(std::is_sorted(steps.cbegin(), steps.cend()));

    // Not stopped, the same import goes in whole.
    int last = -1;
    auto again = Importer(*vault).import(table, mapping, {[&](int done, int) { last = done; }, {}});
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->cases, 2000);
    EXPECT_EQ(caseCount(), 2000);
    EXPECT_EQ(last, 2 * 2000);
}

TEST_F(CsvImport, TheAuditEntryHoldsTheCountAndNoContent)
{
    const Table table = read("small-utf8-bom.csv");
    auto imported = Importer(*vault).import(table, Mapping::guess(table.header.cells));
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(imported->cases, 3);
    auto latest = vault->audit().latest(1);
    ASSERT_TRUE(latest.ok());
    const AuditEntry &entry = latest->at(0);
    EXPECT_EQ(entry.event, u"vault.csv_imported");
    EXPECT_EQ(entry.objectId, u"3");
    for (const QString &content : {u"Merel"_qs, u"Ahmed"_qs, u"team lunch"_qs, u"ICT"_qs, u"Racism"_qs}) {
        for (const QString &field : {entry.event, entry.objectType, entry.objectId, entry.actor})
            EXPECT_FALSE(field.contains(content, Qt::CaseInsensitive)) << content.toStdString();
    }
    // One entry for the whole import, not one per case.
    auto previous = vault->audit().latest(2);
    ASSERT_EQ(previous->size(), 2);
    EXPECT_NE(previous->at(1).event, u"vault.csv_imported");
}

TEST_F(CsvImport, ImportingTheSameFileTwiceIsRefused)
{
    const Table table = read("small-utf8-bom.csv");
    const Mapping mapping = Mapping::guess(table.header.cells);
    ASSERT_TRUE(Importer(*vault).import(table, mapping).ok());
    auto check = Importer(*vault).check(table, mapping);
    ASSERT_TRUE(check.ok());
    // The two rows with a description are recognised; the one without cannot be.
    EXPECT_EQ(check->rejected(), 2);
    for (const RowError &e : std::as_const(check->errors))
        EXPECT_TRUE(e.reason.contains(u"imported before")) << e.reason.toStdString();
    EXPECT_FALSE(Importer(*vault).import(table, mapping).ok());
    EXPECT_EQ(caseCount(), 3);
}

TEST_F(CsvImport, EnglishFileWithByteOrderMarkReadsItsValues)
{
    const Table table = read("small-utf8-bom.csv");
    EXPECT_TRUE(table.byteOrderMark);
    auto preview = Importer(*vault).preview(table, Mapping::guess(table.header.cells), 2);
    ASSERT_TRUE(preview.ok());
    ASSERT_EQ(preview->size(), 2);
    const PreviewRow &row = preview->at(1);
    EXPECT_EQ(row.row, 3);
    EXPECT_TRUE(row.errors.isEmpty());
    EXPECT_EQ(row.values.value(Field::IntakeDate), u"2021-03-05");
    EXPECT_EQ(row.values.value(Field::WhatHappened), u"Line one.\nLine two, with a comma.");
    EXPECT_EQ(row.values.value(Field::Grounds).split(u", "_qs).size(), 2);
}

TEST_F(CsvImport, MissingRequiredColumnIsAMappingError)
{
    const Table table = read("small-utf8-bom.csv");
    Mapping mapping = Mapping::guess(table.header.cells);
    mapping.setColumn(Field::Type, -1);
    auto check = Importer(*vault).check(table, mapping);
    ASSERT_TRUE(check.ok());
    ASSERT_EQ(check->mappingErrors.size(), 1);
    EXPECT_TRUE(check->mappingErrors[0].contains(u"Type"));
    EXPECT_FALSE(check->importable());
    mapping.setColumn(Field::Type, 1);
    mapping.setValue(Field::Grounds, u"age"_qs, u"no_such_code"_qs);
    check = Importer(*vault).check(table, mapping);
    ASSERT_EQ(check->mappingErrors.size(), 1);
    EXPECT_TRUE(check->mappingErrors[0].contains(u"no_such_code"));
}
