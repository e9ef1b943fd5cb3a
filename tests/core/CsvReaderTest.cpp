// The CSV reader: separators, encodings, quoting and row numbers as
// spreadsheets write them.
#include "csvimport/CsvReader.h"

#include <QStringDecoder>

#include <gtest/gtest.h>

using namespace baken;
using namespace baken::csv;

namespace {

Table readOk(const QByteArray &bytes)
{
    auto table = Reader::read(bytes);
    EXPECT_TRUE(table.ok()) << (table.ok() ? "" : table.error().message.toStdString());
    return table.ok() ? *table : Table{};
}

} // namespace

TEST(CsvReader, ReadsWindows1252WithSemicolons)
{
    // "Financiën;€ 45 “grap”" as Excel on Windows saves it.
    const QByteArray bytes("Afdeling;Omschrijving\r\nFinanci\xEBn;\x80 45 \x93grap\x94 caf\xE9\r\n");
    const Table table = readOk(bytes);
    EXPECT_EQ(table.encoding, Encoding::Windows1252);
    EXPECT_EQ(table.delimiter, u';');
    ASSERT_EQ(table.rows.size(), 1);
    EXPECT_EQ(table.rows[0].cells, (QStringList{u"Financiën"_qs, u"€ 45 “grap” café"_qs}));
}

TEST(CsvReader, Utf8ByteOrderMarkIsNotPartOfTheFirstName)
{
    const Table table = readOk(QByteArray("\xEF\xBB\xBF"
                                          "Datum,Soort\n3-2-2019,klacht\n"));
    EXPECT_EQ(table.encoding, Encoding::Utf8);
    EXPECT_TRUE(table.byteOrderMark);
    EXPECT_EQ(table.delimiter, u',');
    EXPECT_EQ(table.header.cells, (QStringList{u"Datum"_qs, u"Soort"_qs}));
}

TEST(CsvReader, Utf8WithoutMarkStaysUtf8)
{
    const Table table = readOk(QByteArray("Afdeling;Wie\nFinanci\xC3\xABn;No\xC3\xABlle\n"));
    EXPECT_EQ(table.encoding, Encoding::Utf8);
    EXPECT_FALSE(table.byteOrderMark);
    EXPECT_EQ(table.rows[0].cells, (QStringList{u"Financiën"_qs, u"Noëlle"_qs}));
}

TEST(CsvReader, QuotedCellsKeepSeparatorsQuotesAndLineBreaks)
{
    const Table table =
        readOk("Datum;Omschrijving;Status\r\n3-2-2019;\"Zei \"\"grapje\"\"; daarna\r\nweggelopen\";open\r\n");
    ASSERT_EQ(table.rows.size(), 1);
    EXPECT_EQ(table.rows[0].cells,
              (QStringList{u"3-2-2019"_qs, u"Zei \"grapje\"; daarna\r\nweggelopen"_qs, u"open"_qs}));
}

TEST(CsvReader, RowNumbersAreTheSpreadsheetsRows)
{
    // A blank row counts as a row, a line break inside a cell does not.
    const Table table = readOk("Datum;Tekst\n\n3-2-2019;\"twee\nregels\"\n;;;\n4-2-2019;b\n");
    ASSERT_EQ(table.rows.size(), 2);
    EXPECT_EQ(table.header.number, 1);
    EXPECT_EQ(table.rows[0].number, 3);
    EXPECT_EQ(table.rows[1].number, 5);
}

TEST(CsvReader, TrailingEmptyColumnsAreDropped)
{
    const Table table = readOk("Datum;Soort;;\r\n3-2-2019;klacht;;\r\n");
    EXPECT_EQ(table.header.cells, (QStringList{u"Datum"_qs, u"Soort"_qs}));
}

TEST(CsvReader, OldMacLineEndsSeparateRows)
{
    const Table table = readOk("Datum;Soort\r3-2-2019;klacht\r4-2-2019;signaal\r");
    EXPECT_EQ(table.rows.size(), 2);
}

TEST(CsvReader, CommasInTextDoNotMakeASemicolonFileComma)
{
    const Table table = readOk("Datum;Omschrijving;Status\n3-2-2019;ja, nee, misschien;open\n"
                               "4-2-2019;een, twee;open\n");
    EXPECT_EQ(table.delimiter, u';');
    EXPECT_EQ(table.rows[1].cells.value(1), u"een, twee");
}

TEST(CsvReader, AQuoteThatNeverClosesRefusesTheFile)
{
    auto table = Reader::read("Datum;Omschrijving\n3-2-2019;ok\n4-2-2019;\"afgebroken\n5-2-2019;x\n");
    ASSERT_FALSE(table.ok());
    EXPECT_TRUE(table.error().message.contains(u"row 3")) << table.error().message.toStdString();
}

TEST(CsvReader, EmptyFileIsRefused)
{
    EXPECT_FALSE(Reader::read("\r\n;;;\r\n").ok());
}

TEST(CsvReader, FallbackTableDecodesLikeIcuForEveryByte)
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    QStringDecoder icu("windows-1252");
    ASSERT_TRUE(icu.isValid()) << "Qt without ICU: the table is what decodes here";
    EXPECT_EQ(decodeWindows1252Table(all), icu.decode(all));
}
