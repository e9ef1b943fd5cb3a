// A value the vault's lists do not know yet (a unit, most often) can be
// added to its list by the import itself: in the same transaction as the
// cases, so a refused import adds nothing.
#include "CsvTestSupport.h"

#include "cases/SqlCaseStore.h"
#include "csvimport/CsvImport.h"
#include "support/TestVault.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace baken;
using namespace baken::csv;
using namespace baken::test;

namespace {

class CsvNewItems : public ::testing::Test {
protected:
    void SetUp() override
    {
        vault = dir.create();
        ASSERT_TRUE(vault);
        addSampleUnits(*vault);
    }

    // small-new-unit.csv: "Team Zuid" twice, a unit the lists do not have;
    // `more` rows after its own.
    Table table(const QByteArray &more = {})
    {
        QFile sample(csvSample("small-new-unit.csv"));
        EXPECT_TRUE(sample.open(QIODevice::ReadOnly));
        auto read = Reader::read(sample.readAll() + more);
        EXPECT_TRUE(read.ok());
        return read.ok() ? *read : Table{};
    }

    QStringList units()
    {
        QStringList out;
        for (const CodeItem &item : *SqlCodeListStore(vault->db()).items(CodeList::Units, true))
            out << item.labelNl + u'/' + item.labelEn;
        return out;
    }

    QStringList events(int n)
    {
        QStringList out;
        for (const AuditEntry &entry : *vault->audit().latest(n))
            out.prepend(entry.event);
        return out;
    }

    TestVaultDir dir;
    std::unique_ptr<Vault> vault;
};

} // namespace

TEST_F(CsvNewItems, AValueMappedToPlusJoinsItsListWithTheCases)
{
    const Table rows = table();
    Mapping mapping = Mapping::guess(rows.header.cells);
    auto unmapped = Importer(*vault).check(rows, mapping);
    ASSERT_TRUE(unmapped.ok());
    ASSERT_EQ(unmapped->unknownValues.size(), 1);
    EXPECT_EQ(unmapped->unknownValues[0].value, u"Team Zuid");
    EXPECT_EQ(unmapped->unknownValues[0].rows, 2);

    mapping.setValue(Field::Unit, u"Team Zuid"_qs, QLatin1String(Mapping::NewItem));
    auto check = Importer(*vault).check(rows, mapping);
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->importable()) << check->mappingErrors.join(u'\n').toStdString();
    EXPECT_EQ(check->accepted, 3);
    auto preview = Importer(*vault).preview(rows, mapping, 3);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->at(2).values.value(Field::Unit), u"Team Zuid");
    const QStringList before = units();
    EXPECT_FALSE(before.contains(u"Team Zuid/Team Zuid")); // a dry run adds nothing

    auto imported = Importer(*vault).import(rows, mapping);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(units(), before + QStringList{u"Team Zuid/Team Zuid"_qs});
    const auto added = *SqlCodeListStore(vault->db()).items(CodeList::Units, true);
    const qint64 zuid = added.last().id;
    SqlCaseStore store(vault->db());
    QList<qint64> inZuid;
    for (const qint64 id : *store.caseIds())
        if (store.caseById(id)->intake.unitId == zuid)
            inZuid << id;
    EXPECT_EQ(inZuid.size(), 2);
    EXPECT_EQ(events(2), (QStringList{u"codelist.item_added"_qs, u"vault.csv_imported"_qs}));
}

TEST_F(CsvNewItems, ARefusedImportAddsNoItem)
{
    const Table rows = table("31-2-2019;signaal;Leeftijd;ICT;Geen datum.\n");
    Mapping mapping = Mapping::guess(rows.header.cells);
    mapping.setValue(Field::Unit, u"Team Zuid"_qs, QLatin1String(Mapping::NewItem));
    const QStringList before = units();
    const qint64 auditBefore = *vault->audit().count();
    auto imported = Importer(*vault).import(rows, mapping);
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(units(), before);
    EXPECT_EQ(*vault->audit().count(), auditBefore);
    EXPECT_TRUE(SqlCaseStore(vault->db()).caseIds()->isEmpty());
}

TEST_F(CsvNewItems, AFixedListOrANameTheListRefusesIsAMappingError)
{
    const QString longName(81, u'x');
    const Table rows = table("6-2-2019;signaal;Leeftijd;" + longName.toUtf8() + ";Lang.\n");
    Mapping mapping = Mapping::guess(rows.header.cells);
    mapping.setValue(Field::Unit, u"Team Zuid"_qs, QLatin1String(Mapping::NewItem));
    mapping.setValue(Field::Unit, longName, QLatin1String(Mapping::NewItem));
    mapping.setValue(Field::Type, u"signaal"_qs, QLatin1String(Mapping::NewItem));
    auto check = Importer(*vault).check(rows, mapping);
    ASSERT_TRUE(check.ok());
    ASSERT_EQ(check->mappingErrors.size(), 2) << check->mappingErrors.join(u'\n').toStdString();
    EXPECT_TRUE(check->mappingErrors.join(u'\n').contains(u"80"));
    EXPECT_TRUE(check->mappingErrors.join(u'\n').contains(u"fixed"));
    EXPECT_FALSE(check->importable());
    EXPECT_FALSE(Importer(*vault).import(rows, mapping).ok());
    EXPECT_FALSE(units().contains(u"Team Zuid/Team Zuid"));
}
