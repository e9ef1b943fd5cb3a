// Which column fills which field, the mapping file, and matching values
// onto the vault's lists.
#include "csvimport/CsvMapping.h"
#include "csvimport/CsvChoices.h"

#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "support/TestVault.h"

#include "csvimport/CsvReader.h"

#include <gtest/gtest.h>

using namespace baken;
using namespace baken::csv;
using namespace baken::test;

TEST(CsvMapping, GuessesDutchAndEnglishHeadersInAnyCase)
{
    const QStringList header{u"DATUM MELDING"_qs,
                             u"soort melding"_qs,
                             u"Grond"_qs,
                             u"Afdeling"_qs,
                             u"Wat is er gebeurd"_qs,
                             u"Status"_qs,
                             u"Datum afgesloten (dd-mm-jjjj)"_qs,
                             u"Uitkomst"_qs,
                             u"Naam melder"_qs};
    const Mapping mapping = Mapping::guess(header);
    EXPECT_EQ(mapping.column(Field::IntakeDate), 0);
    EXPECT_EQ(mapping.column(Field::Type), 1);
    EXPECT_EQ(mapping.column(Field::Grounds), 2);
    EXPECT_EQ(mapping.column(Field::Unit), 3);
    EXPECT_EQ(mapping.column(Field::WhatHappened), 4);
    EXPECT_EQ(mapping.column(Field::Status), 5);
    EXPECT_EQ(mapping.column(Field::ClosedDate), 6);
    EXPECT_EQ(mapping.column(Field::Outcome), 7);
    // A name column is never imported: names stay out of an import.
    EXPECT_FALSE(mapping.fieldOfColumn(8).has_value());

    const Mapping english = Mapping::guess({u"Intake date"_qs, u"Type"_qs, u"Description"_qs, u"Department"_qs,
                                            u"Closed on"_qs, u"Grounds"_qs, u"Accused role"_qs});
    EXPECT_EQ(english.column(Field::IntakeDate), 0);
    EXPECT_EQ(english.column(Field::Type), 1);
    EXPECT_EQ(english.column(Field::WhatHappened), 2);
    EXPECT_EQ(english.column(Field::Unit), 3);
    EXPECT_EQ(english.column(Field::ClosedDate), 4);
    EXPECT_EQ(english.column(Field::Grounds), 5);
    EXPECT_EQ(english.column(Field::AccusedRole), 6);
}

TEST(CsvMapping, TheMoreSpecificNameWins)
{
    const Mapping mapping = Mapping::guess({u"Datum"_qs, u"Omschrijving"_qs, u"Datum melding"_qs});
    EXPECT_EQ(mapping.column(Field::IntakeDate), 2);
}

TEST(CsvMapping, AColumnFillsOneFieldOnly)
{
    Mapping mapping = Mapping::guess({u"Datum"_qs, u"Soort"_qs});
    mapping.setColumn(Field::IncidentDate, 0);
    EXPECT_EQ(mapping.column(Field::IncidentDate), 0);
    EXPECT_EQ(mapping.column(Field::IntakeDate), -1);
    mapping.setColumn(Field::IncidentDate, -1);
    EXPECT_FALSE(mapping.fieldOfColumn(0).has_value());
}

TEST(CsvMapping, ValueChoicesIgnoreCaseAndSpacing)
{
    Mapping mapping;
    mapping.setValue(Field::Grounds, u"Ras / racisme"_qs, u"race_ethnicity"_qs);
    EXPECT_EQ(mapping.value(Field::Grounds, u"ras/RACISME "_qs), u"race_ethnicity");
    EXPECT_FALSE(mapping.value(Field::Forms, u"Ras / racisme"_qs).has_value());
    mapping.clearValue(Field::Grounds, u"RAS / RACISME"_qs);
    EXPECT_FALSE(mapping.value(Field::Grounds, u"Ras / racisme"_qs).has_value());
}

TEST(CsvMapping, RoundTripsThroughTheMappingFile)
{
    const QStringList header{u"Datum melding"_qs, u"Soort"_qs, u"Grond"_qs, u"Kolom X"_qs};
    Mapping mapping = Mapping::guess(header);
    mapping.setColumn(Field::Pseudonym, 3);
    mapping.setValue(Field::Grounds, u"racisme"_qs, u"race_ethnicity"_qs);
    mapping.setValue(Field::Grounds, u"onbekend"_qs, QString());
    auto back = Mapping::fromJson(mapping.toJson(header), header);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(*back, mapping);
    // Columns are found by name, so the file still fits when they move.
    auto moved =
        Mapping::fromJson(mapping.toJson(header), {u"Kolom X"_qs, u"Grond"_qs, u"Soort"_qs, u"Datum melding"_qs});
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(moved->column(Field::IntakeDate), 3);
    EXPECT_EQ(moved->column(Field::Pseudonym), 0);
}

TEST(CsvMapping, MappingFileNamingAMissingColumnIsRefused)
{
    const QStringList header{u"Datum melding"_qs, u"Soort"_qs};
    const QByteArray json = Mapping::guess(header).toJson(header);
    auto read = Mapping::fromJson(json, {u"Datum"_qs, u"Soort"_qs});
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.error().message.contains(u"Datum melding"));
    EXPECT_FALSE(Mapping::fromJson("{\"format\": \"something else\"}", header).ok());
    EXPECT_FALSE(Mapping::fromJson("not json", header).ok());
}

TEST(CsvChoices, MatchesLabelsInEitherLanguageIgnoringCaseAccentsAndPunctuation)
{
    TestVaultDir dir;
    auto vault = dir.create();
    ASSERT_TRUE(vault);
    SqlCodeListStore store(vault->db());
    ASSERT_TRUE(CodeListService(*vault, store).add(CodeList::Units, u"Financiën"_qs, u"Finance"_qs).ok());
    auto choices = Choices::load(store);
    ASSERT_TRUE(choices.ok());

    // The code a cell matches; "(none)" when it matches nothing.
    const auto code = [&](Field field, const QString &cell) {
        const auto choice = choices->match(field, cell);
        return choice ? choice->code : u"(none)"_qs;
    };
    EXPECT_EQ(code(Field::ReporterRole, u"leidinggevende"_qs), u"manager");
    EXPECT_EQ(code(Field::AccusedRole, u"Manager"_qs), u"manager");
    EXPECT_EQ(code(Field::Unit, u"FINANCIEN"_qs), code(Field::Unit, u"Financiën"_qs));
    EXPECT_EQ(code(Field::Forms, u"micro agressie"_qs), u"micro_aggression");
    EXPECT_EQ(code(Field::Channel, u"email"_qs), u"email");
    EXPECT_EQ(code(Field::Grounds, u"racism / ethnic or migration background"_qs), u"race_ethnicity");
    EXPECT_EQ(code(Field::Type, u"Vraag/advies"_qs), u"question");
    EXPECT_EQ(code(Field::Status, u"afgesloten"_qs), u"closed");
    // Spelled otherwise: the user maps it, nothing guesses.
    EXPECT_FALSE(choices->match(Field::Grounds, u"racisme"_qs).has_value());
    EXPECT_FALSE(choices->match(Field::Grounds, u"Ras / racisme"_qs).has_value());
    // A reopened case has a history no spreadsheet holds.
    EXPECT_FALSE(choices->match(Field::Status, u"reopened"_qs).has_value());
}

// Found by fuzz_csv: a byte order mark inside the header (two files put
// together) made a column name that the saved mapping file did not give
// back, so loading the mapping picked another column or none.
TEST(CsvMapping, AHeaderWithInvisibleCharactersReadsBackFromTheMappingFile)
{
    auto table = Reader::read(QStringLiteral("Datum,\uFEFFSoort,Omschrijving\u200B\n2025-01-06,vraag,x\n").toUtf8());
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->header.cells, (QStringList{u"Datum"_qs, u"Soort"_qs, u"Omschrijving"_qs}));
    const Mapping mapping = Mapping::guess(table->header.cells);
    ASSERT_EQ(mapping.column(Field::Type), 1);
    auto back = Mapping::fromJson(mapping.toJson(table->header.cells), table->header.cells);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_TRUE(*back == mapping);

    // The fuzzer's input: two columns that now read alike are refused by name.
    auto twice = Reader::read(QByteArray::fromBase64("bGluZyzvu79JbnRha2UgZGF0ZSxJbnRha2UgZGF0ZSxUVEplYXRpdG8="));
    ASSERT_TRUE(twice.ok());
    const Mapping guessed = Mapping::guess(twice->header.cells);
    auto refused = Mapping::fromJson(guessed.toJson(twice->header.cells), twice->header.cells);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"two columns named \"Intake date\""))
        << refused.error().message.toStdString();
}
