// baken-cli import-csv: the dry run lists every refused row, the mapping
// file goes out and comes back, and an import is all or nothing.
#include "CliTestSupport.h"

#include "cases/SqlCaseStore.h"
#include "core/CsvTestSupport.h"
#include "support/TestVault.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace baken;
using namespace baken::test;

namespace {

const QMap<QString, QString> Env{{u"BAKEN_PASSPHRASE"_qs, strongPassphrase()}};

// No answer: there is no terminal to ask the question before importing on.
CliRun runAnswering(QStringList args, std::optional<QString> answer = std::nullopt)
{
    return runCliAnswering(std::move(args), Env, std::move(answer));
}

// The mapping file --write-mapping wrote, to edit as the advisor would.
QJsonObject readMapping(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeMapping(const QString &path, const QJsonObject &root)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
}

class CliImportCsv : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto vault = dir.create();
        ASSERT_TRUE(vault);
        addSampleUnits(*vault);
    }

    int caseCount()
    {
        auto vault = Vault::open(dir.path(), strongPassphrase());
        return vault ? int(SqlCaseStore((*vault)->db()).caseIds()->size()) : -1;
    }

    TestVaultDir dir;
};

} // namespace

TEST_F(CliImportCsv, DryRunListsEveryRefusedRowWithItsReasonAndImportsNothing)
{
    const CliRun run =
        runAnswering({u"import-csv"_qs, dir.path(), csvSample("registrations-2000.csv"), u"--dry-run"_qs});
    // (Plural endings come from the translations, so only the stems are checked.)
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.out.contains(u"Windows-1252, semicolon separated, 2000 row")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"Datum melding            -> Intake date")) << run.out.toStdString();
    const QList<PlantedError> planted = plantedErrors();
    QSet<int> rows;
    for (const PlantedError &e : planted)
        rows.insert(e.row);
    EXPECT_TRUE(run.out.contains(QStringLiteral("%1 of 2000 row").arg(2000 - rows.size()))) << run.out.toStdString();
    for (const PlantedError &e : planted) {
        const QString where = e.column.isEmpty() ? QStringLiteral("Row %1: ").arg(e.row)
                                                 : QStringLiteral("Row %1, column \"%2\": ").arg(e.row).arg(e.column);
        const qsizetype at = run.err.indexOf(where);
        ASSERT_GE(at, 0) << where.toStdString();
        const QString line = run.err.mid(at, run.err.indexOf(u'\n', at) - at);
        EXPECT_TRUE(line.contains(reasonFor(e))) << line.toStdString();
    }
    EXPECT_TRUE(run.err.contains(u"Grounds: \"racisme\"")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"Nothing was imported."));
    EXPECT_EQ(caseCount(), 0);
}

TEST_F(CliImportCsv, AWrittenMappingFilledInImportsEveryRow)
{
    const QString mappingPath = dir.path(u"mapping.json"_qs);
    const QString csv = csvSample("registrations-2000-corrected.csv");
    CliRun run = runAnswering({u"import-csv"_qs, dir.path(), csv, u"--write-mapping"_qs, mappingPath});
    EXPECT_EQ(run.code, 1) << "the spelling variants are still unmapped";
    EXPECT_EQ(caseCount(), 0);

    // Every unknown value is in the file, marked "?" for the user to fill in.
    QJsonObject root = readMapping(mappingPath);
    QJsonObject values = root.value(u"values").toObject();
    QJsonObject grounds = values.value(u"grounds").toObject();
    EXPECT_EQ(grounds.value(u"racisme").toString(), u"?");
    EXPECT_EQ(grounds.value(u"Ras / racisme").toString(), u"?");
    EXPECT_TRUE(root.value(u"codes").toObject().value(u"grounds").toObject().contains(u"race_ethnicity"));

    // Still "?": refused, naming it.
    run = runAnswering({u"import-csv"_qs, dir.path(), csv, u"--mapping"_qs, mappingPath, u"--yes"_qs});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(u"\"racisme\" of \"Grounds\" is mapped to \"?\"")) << run.err.toStdString();
    EXPECT_EQ(caseCount(), 0);

    grounds.insert(u"racisme"_qs, u"race_ethnicity"_qs);
    grounds.insert(u"Ras / racisme"_qs, u"race_ethnicity"_qs);
    grounds.insert(u"religie"_qs, u"religion"_qs);
    values.insert(u"grounds"_qs, grounds);
    values.insert(u"channel"_qs, QJsonObject{{u"telefonisch"_qs, u"phone"_qs}});
    root.insert(u"values"_qs, values);
    ASSERT_NO_FATAL_FAILURE(writeMapping(mappingPath, root));

    run = runAnswering({u"import-csv"_qs, dir.path(), csv, u"--mapping"_qs, mappingPath, u"--yes"_qs});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"Registered 2000 case")) << run.out.toStdString();
    EXPECT_EQ(caseCount(), 2000);

    // A second run of the same file is refused as imported before.
    run = runAnswering({u"import-csv"_qs, dir.path(), csv, u"--mapping"_qs, mappingPath, u"--yes"_qs});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(u"Was this file imported before?"));
    EXPECT_EQ(caseCount(), 2000);
}

TEST_F(CliImportCsv, AsksBeforeImportingAndNeedsYesWithoutATerminal)
{
    const QString csv = csvSample("small-utf8-bom.csv");
    CliRun run = runAnswering({u"import-csv"_qs, dir.path(), csv});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(u"--yes"));
    EXPECT_EQ(caseCount(), 0);

    run = runAnswering({u"import-csv"_qs, dir.path(), csv}, u"no"_qs);
    EXPECT_EQ(run.code, 1);
    EXPECT_EQ(caseCount(), 0);

    run = runAnswering({u"import-csv"_qs, dir.path(), csv}, u"yes"_qs);
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(caseCount(), 3);
}

TEST_F(CliImportCsv, OneBadRowImportsNothing)
{
    const CliRun run = runAnswering({u"import-csv"_qs, dir.path(), csvSample("small-utf8-one-bad.csv"), u"--yes"_qs});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(u"Row 3, column \"Grond\": \"racisme\" matches no item")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"Nothing was imported."));
    EXPECT_EQ(caseCount(), 0);
}

TEST_F(CliImportCsv, FilesThatCannotBeUsedAreExplainedAndNothingChanges)
{
    const QString missing = dir.path(u"no-such-file.csv"_qs);
    CliRun run = runAnswering({u"import-csv"_qs, dir.path(), missing, u"--yes"_qs});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(u"no-such-file.csv cannot be read")) << run.err.toStdString();

    const QString binary = dir.path(u"vault-copy.csv"_qs);
    QFile::copy(dir.path(), binary); // an encrypted vault, as if chosen by mistake
    run = runAnswering({u"import-csv"_qs, dir.path(), binary, u"--yes"_qs});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(u"not a text file")) << run.err.toStdString();

    const QString mapping = dir.path(u"mapping.json"_qs);
    {
        QFile out(mapping);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("{ \"fields\": ");
    }
    run = runAnswering(
        {u"import-csv"_qs, dir.path(), csvSample("small-utf8-bom.csv"), u"--mapping"_qs, mapping, u"--yes"_qs});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(u"The mapping file is not valid JSON")) << run.err.toStdString();
    run = runAnswering({u"import-csv"_qs, dir.path(), csvSample("small-utf8-bom.csv"), u"--mapping"_qs,
                        dir.path(u"absent.json"_qs), u"--yes"_qs});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(u"absent.json cannot be read")) << run.err.toStdString();
    EXPECT_EQ(caseCount(), 0);
}

TEST_F(CliImportCsv, AValueMarkedPlusInTheMappingFileJoinsItsList)
{
    const QString csv = csvSample("small-new-unit.csv");
    const QString mappingPath = dir.path(u"mapping.json"_qs);
    CliRun run = runAnswering({u"import-csv"_qs, dir.path(), csv, u"--write-mapping"_qs, mappingPath});
    EXPECT_EQ(run.code, 1);

    QJsonObject root = readMapping(mappingPath);
    const QJsonObject codes = root.value(u"codes").toObject();
    EXPECT_TRUE(codes.value(u"unit").toObject().contains(u"+")) << "a list offers to add the value";
    EXPECT_FALSE(codes.value(u"type").toObject().contains(u"+")) << "the types are fixed";
    QJsonObject values = root.value(u"values").toObject();
    ASSERT_EQ(values.value(u"unit").toObject().value(u"Team Zuid").toString(), u"?");
    values.insert(u"unit"_qs, QJsonObject{{u"Team Zuid"_qs, u"+"_qs}});
    root.insert(u"values"_qs, values);
    ASSERT_NO_FATAL_FAILURE(writeMapping(mappingPath, root));

    run = runAnswering({u"import-csv"_qs, dir.path(), csv, u"--mapping"_qs, mappingPath, u"--yes"_qs});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(caseCount(), 3);
    auto vault = Vault::open(dir.path(), strongPassphrase());
    ASSERT_TRUE(vault.ok());
    auto units = SqlCodeListStore((*vault)->db()).items(CodeList::Units, false);
    ASSERT_TRUE(units.ok());
    EXPECT_EQ(units->last().labelNl, u"Team Zuid");
}
