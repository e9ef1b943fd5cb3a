// The CSV zip a published summary leaves the vault as, unpacked again with
// libzip and read the way a spreadsheet program would.
#include "summary/SummaryCsv.h"
#include "SummarySample.h"

#include <QMap>

#include <gtest/gtest.h>
#include <zip.h>

using namespace baken;
using namespace baken::summary;
using test::sampleSummary;

namespace {

const QByteArray Bom("\xEF\xBB\xBF");

// Every file of the archive by name, in archive order.
QList<std::pair<QString, QByteArray>> unzip(const QByteArray &bytes)
{
    QList<std::pair<QString, QByteArray>> files;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
    EXPECT_NE(archive, nullptr) << zip_error_strerror(&error);
    if (!archive) {
        zip_source_free(source);
        return files;
    }
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        zip_stat_index(archive, zip_uint64_t(i), 0, &stat);
        QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        EXPECT_EQ(zip_fread(file, data.data(), stat.size), zip_int64_t(stat.size));
        zip_fclose(file);
        files.append({QString::fromUtf8(stat.name), data});
    }
    zip_close(archive);
    return files;
}

QMap<QString, QByteArray> filesOf(const QByteArray &bytes)
{
    QMap<QString, QByteArray> out;
    for (const auto &[name, data] : unzip(bytes))
        out.insert(name, data);
    return out;
}

// RFC 4180 fields of each line, quotes undone; the BOM is expected first.
QList<QStringList> parseCsv(QByteArray data)
{
    EXPECT_TRUE(data.startsWith(Bom));
    data = data.mid(Bom.size());
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (quoted) {
            if (c == '"' && i + 1 < data.size() && data[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << QString::fromUtf8(field);
            field.clear();
        } else if (c == '\r' && i + 1 < data.size() && data[i + 1] == '\n') {
            row << QString::fromUtf8(field);
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    EXPECT_TRUE(row.isEmpty() && field.isEmpty()) << "the last line must end with CRLF";
    return rows;
}

QMap<QString, QByteArray> sampleFiles(const QString &language)
{
    const auto bytes = summaryToCsvZip(sampleSummary(), language);
    EXPECT_TRUE(bytes.ok()) << (bytes ? "" : bytes.error().message.toStdString());
    return bytes ? filesOf(*bytes) : QMap<QString, QByteArray>();
}

} // namespace

TEST(SummaryCsv, HoldsOneFilePerTableAndAReadme)
{
    const auto files = unzip(*summaryToCsvZip(sampleSummary(), u"en"_qs));
    QStringList names;
    for (const auto &file : files)
        names << file.first;
    EXPECT_EQ(names, (QStringList{u"README.txt"_qs, u"cases.type.csv"_qs, u"cases.unit_by_type.csv"_qs,
                                  u"groups.measures.csv"_qs, u"doubt_line.ground.csv"_qs}));
    for (const auto &[name, data] : files)
        EXPECT_TRUE(data.startsWith(Bom)) << name.toStdString() << " has no UTF-8 byte order mark";
}

TEST(SummaryCsv, AOneWayTableHasItsLabelsFiguresMarkersAndTotal)
{
    const QList<QStringList> english = parseCsv(sampleFiles(u"en"_qs).value(u"cases.type.csv"_qs));
    // The label with a comma, a semicolon and quotes comes back whole.
    EXPECT_EQ(english, (QList<QStringList>{{u"Type"_qs, u"cases"_qs},
                                           {u"Complaint"_qs, u"12"_qs},
                                           {u"Signal"_qs, u"x"_qs}, // small
                                           {u"Report, formal; \"heavy\""_qs, u"x"_qs}, // secondary
                                           {u"Total"_qs, u"20"_qs}}));
    const QList<QStringList> dutch = parseCsv(sampleFiles(u"nl"_qs).value(u"cases.type.csv"_qs));
    ASSERT_EQ(dutch.size(), 5);
    EXPECT_EQ(dutch[0], (QStringList{u"Soort"_qs, u"casussen"_qs}));
    EXPECT_EQ(dutch[3][0], u"Melding, formeel; \"zwaar\"");
}

TEST(SummaryCsv, QuotesFieldsWithSeparatorsAsRfc4180Says)
{
    const QByteArray raw = sampleFiles(u"en"_qs).value(u"cases.type.csv"_qs);
    EXPECT_TRUE(raw.contains("\r\n\"Report, formal; \"\"heavy\"\"\",x\r\n")) << raw.toStdString();
    EXPECT_TRUE(raw.contains("\r\nComplaint,12\r\n")) << raw.toStdString();
    // A semicolon alone is quoted too: Dutch spreadsheet settings split on it.
    const QByteArray measures = sampleFiles(u"en"_qs).value(u"groups.measures.csv"_qs);
    EXPECT_TRUE(measures.contains("\r\n\"Seats; taken\",36\r\n")) << measures.toStdString();
}

TEST(SummaryCsv, ATwoWayTableHasATotalColumnAndRow)
{
    const QList<QStringList> rows = parseCsv(sampleFiles(u"nl"_qs).value(u"cases.unit_by_type.csv"_qs));
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0], (QStringList{u"Afdeling \\ Soort"_qs, u"Klacht"_qs, u"Signaal"_qs, rows[0].last()}));
    EXPECT_EQ(rows[1], (QStringList{u"Geëmancipeerde zaken"_qs, u"7"_qs, u"x"_qs, u"10"_qs}));
    EXPECT_EQ(rows[2], (QStringList{u"Overige afdelingen"_qs, u"x"_qs, u"9"_qs, u"12"_qs}));
    EXPECT_EQ(rows[3].mid(1), (QStringList{u"8"_qs, u"14"_qs, u"22"_qs}));
    EXPECT_EQ(rows[3][0], rows[0].last()); // "Total" in the language of the file
}

TEST(SummaryCsv, AMeasuresTableHasNoTotalRow)
{
    const QList<QStringList> rows = parseCsv(sampleFiles(u"en"_qs).value(u"groups.measures.csv"_qs));
    EXPECT_EQ(rows, (QList<QStringList>{
                        {u"Measure"_qs, u"number"_qs}, {u"Sessions"_qs, u"0"_qs}, {u"Seats; taken"_qs, u"36"_qs}}));
}

TEST(SummaryCsv, SuppressedValuesNeverReachTheFiles)
{
    Summary leaky = sampleSummary();
    leaky.tables[0].cells[1] = test::small(3);
    leaky.tables[0].cells[2] = test::secondary(4);
    leaky.tables[3].total = test::small(1);
    const auto files = filesOf(*summaryToCsvZip(leaky, u"en"_qs));
    EXPECT_EQ(parseCsv(files.value(u"cases.type.csv"_qs))[2][1], u"x");
    EXPECT_EQ(parseCsv(files.value(u"cases.type.csv"_qs))[3][1], u"x");
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (!it.key().endsWith(u".csv"))
            continue;
        for (const QStringList &row : parseCsv(it.value()))
            for (const QString &field : row.mid(1))
                EXPECT_TRUE(field != u"3" && field != u"4" && field != u"1")
                    << it.key().toStdString() << " shows a suppressed value: " << field.toStdString();
    }
}

TEST(SummaryCsv, TheReadmeStatesPeriodKMarkersAndMergedUnits)
{
    const QString english = QString::fromUtf8(sampleFiles(u"en"_qs).value(u"README.txt"_qs).mid(Bom.size()));
    EXPECT_TRUE(english.contains(u"2026")) << english.toStdString();
    EXPECT_FALSE(english.contains(u"<5")) << english.toStdString();
    EXPECT_TRUE(english.contains(u"\"x\" marks a figure that is not published: from 1 to 4, or left out"))
        << english.toStdString();
    EXPECT_TRUE(english.contains(u"District North")) << english.toStdString();
    EXPECT_TRUE(english.contains(u"cases.unit_by_type.csv  Cases by unit and type")) << english.toStdString();
    const QString dutch = QString::fromUtf8(sampleFiles(u"nl"_qs).value(u"README.txt"_qs).mid(Bom.size()));
    EXPECT_TRUE(dutch.contains(u"Stadsdeel Noord")) << dutch.toStdString();
}

TEST(SummaryCsv, RefusesAnExactSummary)
{
    Summary exact = sampleSummary();
    exact.published = false;
    const auto bytes = summaryToCsvZip(exact, u"en"_qs);
    ASSERT_FALSE(bytes.ok());
    EXPECT_EQ(bytes.code(), ErrorCode::InvalidInput);
}

TEST(SummaryCsv, ARollUpHasACoverageFileWithAnXPerDeliveredMonth)
{
    Summary s = sampleSummary();
    EXPECT_FALSE(filesOf(*summaryToCsvZip(s, u"en"_qs)).contains(u"coverage.csv"_qs));
    s.coverage = {{u"Noord, Oost"_qs, {u"2026-01"_qs, u"2026-03"_qs}}, {u"Bureau Integriteit"_qs, {u"2026-12"_qs}}};
    const auto files = filesOf(*summaryToCsvZip(s, u"en"_qs));
    const QList<QStringList> rows = parseCsv(files.value(u"coverage.csv"_qs));
    ASSERT_EQ(rows.size(), 3);
    ASSERT_EQ(rows[0].size(), 13);
    EXPECT_EQ(rows[0][0], u"Source"_qs);
    EXPECT_EQ(rows[0][1], u"2026-01"_qs);
    EXPECT_EQ(rows[0][12], u"2026-12"_qs);
    EXPECT_EQ(rows[1], (QStringList{u"Noord, Oost"_qs, u"x"_qs, QString(), u"x"_qs} + QStringList(9)));
    EXPECT_EQ(rows[2], (QStringList{u"Bureau Integriteit"_qs} + QStringList(11) + QStringList{u"x"_qs}));
    const QString readme = QString::fromUtf8(files.value(u"README.txt"_qs).mid(Bom.size()));
    EXPECT_TRUE(readme.contains(u"coverage.csv"_qs));
    EXPECT_TRUE(readme.contains(u"Combined from 2 sources"_qs));
}

// No CSV file tells a small hidden figure from one hidden to protect it.
TEST(SummaryCsv, ASmallAndASecondaryFigureAreWrittenAlike)
{
    const Summary published = test::publishedSmallAndSecondary();
    ASSERT_TRUE(published.published);
    const auto zip = summaryToCsvZip(published, u"en"_qs);
    ASSERT_TRUE(zip.ok());
    const auto files = filesOf(*zip);
    const QList<QStringList> rows = parseCsv(files.value(u"cases.type.csv"_qs));
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows[1 + test::SmallRow][1], u"x");
    EXPECT_EQ(rows[1 + test::SecondaryRow][1], u"x");
    for (auto it = files.begin(); it != files.end(); ++it)
        EXPECT_FALSE(it.value().contains("<5")) << it.key().toStdString();
}
