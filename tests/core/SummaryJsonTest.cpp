// The JSON file a published summary leaves the vault as
// (docs/summary.schema.json): what it holds, that it reads back, that
// suppressed figures are reasons only, and what a reader refuses.
#include "summary/SummaryJson.h"
#include "SummarySample.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <functional>

using namespace baken;
using namespace baken::summary;
using test::sampleSummary;

namespace {

QJsonObject written(const Summary &s)
{
    auto bytes = summaryToJson(s);
    EXPECT_TRUE(bytes.ok()) << (bytes ? "" : bytes.error().message.toStdString());
    return bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
}

// Changes one table of a written sample in place.
void editTable(QJsonObject &root, int index, const std::function<void(QJsonObject &)> &change)
{
    QJsonArray tables = root[u"tables"].toArray();
    QJsonObject table = tables[index].toObject();
    change(table);
    tables[index] = table;
    root[u"tables"_qs] = tables;
}

void setCell(QJsonObject &root, int table, int row, int column, const QJsonValue &value)
{
    editTable(root, table, [&](QJsonObject &t) {
        QJsonArray cells = t[u"cells"].toArray();
        QJsonArray line = cells[row].toArray();
        line[column] = value;
        cells[row] = line;
        t[u"cells"_qs] = cells;
    });
}

Result<Summary> readMutated(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = written(sampleSummary());
    change(root);
    return summaryFromJson(QJsonDocument(root).toJson());
}

// Every number under `value`, wherever it stands.
void collectNumbers(const QJsonValue &value, QList<double> &out)
{
    if (value.isDouble())
        out << value.toDouble();
    if (value.isArray())
        for (const QJsonValue &v : value.toArray())
            collectNumbers(v, out);
    if (value.isObject())
        for (const QJsonValue &v : value.toObject())
            collectNumbers(v, out);
}

} // namespace

TEST(SummaryJson, ReadsBackTheSummaryItWrote)
{
    const Summary original = sampleSummary();
    const auto bytes = summaryToJson(original);
    ASSERT_TRUE(bytes.ok()) << bytes.error().message.toStdString();
    const auto read = summaryFromJson(*bytes);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(*read, original);
    // Nothing is lost or added on the way: writing it again gives the same file.
    EXPECT_EQ(*summaryToJson(*read), *bytes);
}

TEST(SummaryJson, TheSameSummaryGivesTheSameBytes)
{
    Summary reordered = sampleSummary();
    const auto first = summaryToJson(sampleSummary());
    const auto second = summaryToJson(reordered);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(*first, *second);
    // Figures change the bytes; otherwise the test above proves nothing.
    reordered.tables[0].cells[0] = test::shown(13);
    EXPECT_NE(*summaryToJson(reordered), *first);
}

TEST(SummaryJson, RefusesAnExactSummary)
{
    Summary exact = sampleSummary();
    exact.published = false;
    const auto bytes = summaryToJson(exact);
    ASSERT_FALSE(bytes.ok());
    EXPECT_EQ(bytes.code(), ErrorCode::InvalidInput);
    EXPECT_FALSE(bytes.error().message.isEmpty());
}

TEST(SummaryJson, ASuppressedFigureIsHiddenAndNeverItsValue)
{
    // Canaries: values publish() should have dropped. No published figure of
    // the sample is 1, 3 or 4.
    Summary leaky = sampleSummary();
    leaky.tables[0].cells[1] = test::small(3);
    leaky.tables[0].cells[2] = test::secondary(4);
    leaky.tables[1].cells[1] = test::small(1);
    leaky.tables[3].total = test::small(3);
    const QJsonObject root = written(leaky);

    const QJsonArray tables = root[u"tables"].toArray();
    const QJsonArray typeCells = tables[0].toObject()[u"cells"].toArray();
    EXPECT_EQ(typeCells[0].toArray()[0], QJsonValue(12));
    const QJsonValue hidden(QJsonObject{{u"suppressed"_qs, u"hidden"_qs}});
    EXPECT_EQ(typeCells[1].toArray()[0], hidden); // small
    EXPECT_EQ(typeCells[2].toArray()[0], hidden); // secondary
    EXPECT_EQ(tables[3].toObject()[u"total"], hidden);

    QList<double> numbers;
    collectNumbers(root[u"tables"], numbers);
    for (const double canary : {1.0, 3.0, 4.0})
        EXPECT_FALSE(numbers.contains(canary)) << "a suppressed value reached the file: " << canary;

    const auto read = summaryFromJson(QJsonDocument(root).toJson());
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(read->tables[0].cells[1], test::small());
    EXPECT_EQ(read->tables[3].total, test::small());
}

TEST(SummaryJson, StatesThePeriodInMonthsAndTheRulesInBothLanguages)
{
    const QJsonObject root = written(sampleSummary());
    EXPECT_EQ(root[u"format"].toString(), u"baken-summary");
    EXPECT_EQ(root[u"version"].toInt(), 1);
    const QJsonObject period = root[u"period"].toObject();
    EXPECT_EQ(period[u"key"].toString(), u"2026");
    EXPECT_EQ(period[u"firstMonth"].toString(), u"2026-01");
    EXPECT_EQ(period[u"lastMonth"].toString(), u"2026-12");
    EXPECT_FALSE(period[u"label"][u"nl"].toString().isEmpty());
    EXPECT_FALSE(period[u"label"][u"en"].toString().isEmpty());

    const QJsonObject rules = root[u"rules"].toObject();
    EXPECT_EQ(rules[u"k"].toInt(), 5);
    EXPECT_EQ(rules[u"mergedUnits"][0][u"en"].toString(), u"District North");
    const QJsonArray sentences = rules[u"explanation"].toArray();
    ASSERT_GE(sentences.size(), 3);
    QString english;
    for (const QJsonValue &s : sentences) {
        EXPECT_FALSE(s[u"nl"].toString().isEmpty());
        english += s[u"en"].toString() + u' ';
    }
    // A reader of the file learns k and which unit was merged.
    EXPECT_TRUE(english.contains(u"from 1 to 4")) << english.toStdString();
    EXPECT_TRUE(english.contains(u"District North")) << english.toStdString();
}

TEST(SummaryJson, RefusesAnotherFormatOrANewerVersion)
{
    auto other = readMutated([](QJsonObject &r) { r[u"format"_qs] = u"baken-interchange"_qs; });
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.code(), ErrorCode::InvalidInput);

    auto newer = readMutated([](QJsonObject &r) { r[u"version"_qs] = 2; });
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.code(), ErrorCode::NewerVersion);
    EXPECT_TRUE(newer.error().message.contains(u"newer")) << newer.error().message.toStdString();

    EXPECT_FALSE(summaryFromJson("not json at all").ok());
    EXPECT_FALSE(summaryFromJson("[1, 2]").ok());
}

TEST(SummaryJson, RefusesFiguresThatDoNotFitTheAxes)
{
    auto shortRow = readMutated([](QJsonObject &r) {
        editTable(r, 1, [](QJsonObject &t) {
            QJsonArray cells = t[u"cells"].toArray();
            QJsonArray line = cells[0].toArray();
            line.removeLast();
            cells[0] = line;
            t[u"cells"_qs] = cells;
        });
    });
    ASSERT_FALSE(shortRow.ok());
    EXPECT_TRUE(shortRow.error().message.contains(u"tables[1].cells[0]")) << shortRow.error().message.toStdString();

    auto missingRow = readMutated([](QJsonObject &r) {
        editTable(r, 0, [](QJsonObject &t) {
            QJsonArray cells = t[u"cells"].toArray();
            cells.removeLast();
            t[u"cells"_qs] = cells;
        });
    });
    EXPECT_FALSE(missingRow.ok());

    auto rowTotals = readMutated(
        [](QJsonObject &r) { editTable(r, 1, [](QJsonObject &t) { t[u"rowTotals"_qs] = QJsonArray{10}; }); });
    EXPECT_FALSE(rowTotals.ok());
}

TEST(SummaryJson, RefusesANegativeOrFractionalFigure)
{
    auto negative = readMutated([](QJsonObject &r) { setCell(r, 0, 0, 0, -12); });
    ASSERT_FALSE(negative.ok());
    EXPECT_TRUE(negative.error().message.contains(u"negative")) << negative.error().message.toStdString();

    EXPECT_FALSE(readMutated([](QJsonObject &r) { setCell(r, 0, 0, 0, 12.5); }).ok());
    EXPECT_FALSE(readMutated([](QJsonObject &r) { setCell(r, 0, 0, 0, u"12"_qs); }).ok());
    EXPECT_FALSE(
        readMutated([](QJsonObject &r) { editTable(r, 0, [](QJsonObject &t) { t[u"total"_qs] = -1; }); }).ok());
}

TEST(SummaryJson, RefusesASuppressedFigureThatCarriesAValue)
{
    auto withValue = readMutated([](QJsonObject &r) {
        setCell(r, 0, 1, 0, QJsonObject{{u"suppressed"_qs, u"hidden"_qs}, {u"value"_qs, 3}});
    });
    ASSERT_FALSE(withValue.ok());
    EXPECT_TRUE(withValue.error().message.contains(u"never a value")) << withValue.error().message.toStdString();

    // Only "hidden": a reason would tell small figures from secondary ones.
    for (const QString &marker : {u"tiny"_qs, u"small"_qs, u"secondary"_qs}) {
        EXPECT_FALSE(readMutated([&marker](QJsonObject &r) {
                         setCell(r, 0, 1, 0, QJsonObject{{u"suppressed"_qs, marker}});
                     }).ok())
            << marker.toStdString();
    }
    EXPECT_FALSE(readMutated([](QJsonObject &r) { setCell(r, 0, 1, 0, QJsonValue::Null); }).ok());
}

TEST(SummaryJson, RefusesMissingAndUnknownFields)
{
    auto missing = readMutated([](QJsonObject &r) { r.remove(u"rules"_qs); });
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(u"rules")) << missing.error().message.toStdString();

    // A field outside the format could carry anything: names, free text.
    auto unknown = readMutated(
        [](QJsonObject &r) { editTable(r, 0, [](QJsonObject &t) { t[u"note"_qs] = u"Fatima, afdeling Noord"_qs; }); });
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(u"note")) << unknown.error().message.toStdString();

    auto lowK = readMutated([](QJsonObject &r) {
        QJsonObject rules = r[u"rules"].toObject();
        rules[u"k"_qs] = 1;
        r[u"rules"_qs] = rules;
    });
    EXPECT_FALSE(lowK.ok());

    auto days = readMutated([](QJsonObject &r) {
        QJsonObject period = r[u"period"].toObject();
        period[u"firstMonth"_qs] = u"2026-01-15"_qs;
        r[u"period"_qs] = period;
    });
    EXPECT_FALSE(days.ok());
}

// Run by ctest as the setup of SummaryJson.FileMatchesSchema, which checks
// the file with python3-jsonschema against docs/summary.schema.json.
TEST(SummaryJson, WritesTheSchemaSample)
{
    const auto bytes = summaryToJson(sampleSummary());
    ASSERT_TRUE(bytes.ok());
    ASSERT_TRUE(summaryFromJson(*bytes).ok());
    const QString path = qEnvironmentVariable("BAKEN_SUMMARY_SAMPLE");
    if (path.isEmpty())
        return; // run alone by ctest, not as the setup
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(*bytes), bytes->size());
}

namespace {

Summary rollUpSample()
{
    Summary s = sampleSummary();
    s.coverage = {{u"Vertrouwenspersoon Noord"_qs, {u"2026-01"_qs, u"2026-02"_qs, u"2026-03"_qs}},
                  {u"Bureau Integriteit"_qs, {u"2026-02"_qs, u"2026-12"_qs}}};
    return s;
}

} // namespace

TEST(SummaryJson, ARollUpStatesWhichMonthsEachSourceDelivered)
{
    const QJsonObject root = written(rollUpSample());
    const QJsonArray coverage = root[u"coverage"].toArray();
    ASSERT_EQ(coverage.size(), 2);
    EXPECT_EQ(coverage[1][u"source"].toString(), u"Bureau Integriteit"_qs);
    EXPECT_EQ(coverage[1][u"months"].toArray().toVariantList(), (QVariantList{u"2026-02"_qs, u"2026-12"_qs}));
    const auto read = summaryFromJson(*summaryToJson(rollUpSample()));
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(*read, rollUpSample());
    // The rules say the figures were combined, in both languages.
    const QString explanation = QString::fromUtf8(QJsonDocument(root[u"rules"][u"explanation"].toArray()).toJson());
    EXPECT_TRUE(explanation.contains(u"Combined from 2 sources"_qs)) << explanation.toStdString();
}

TEST(SummaryJson, AVaultsOwnSummaryHasNoCoverage)
{
    EXPECT_FALSE(written(sampleSummary()).contains(u"coverage"_qs));
}

TEST(SummaryJson, RefusesCoverageOutsideThePeriodOrOutOfOrder)
{
    const auto withMonths = [](const QStringList &months) {
        QJsonObject root = written(rollUpSample());
        root[u"coverage"_qs] = QJsonArray{QJsonObject{{u"source"_qs, u"Noord"_qs},
                                                      {u"months"_qs, QJsonArray::fromStringList(months)}}};
        return summaryFromJson(QJsonDocument(root).toJson());
    };
    EXPECT_TRUE(withMonths({u"2026-01"_qs, u"2026-12"_qs}).ok());
    EXPECT_FALSE(withMonths({u"2027-01"_qs}).ok());
    EXPECT_FALSE(withMonths({u"2025-12"_qs}).ok());
    EXPECT_FALSE(withMonths({u"2026-03"_qs, u"2026-02"_qs}).ok());
    EXPECT_FALSE(withMonths({u"2026-03-01"_qs}).ok());
}

// The roll-up variant of the schema sample, for the same python check.
TEST(SummaryJson, WritesTheRollUpSchemaSample)
{
    const auto bytes = summaryToJson(rollUpSample());
    ASSERT_TRUE(bytes.ok());
    const QString path = qEnvironmentVariable("BAKEN_SUMMARY_ROLLUP_SAMPLE");
    if (path.isEmpty())
        return;
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(*bytes), bytes->size());
}

// No file tells a small hidden figure from one hidden to protect it: the two
// are written byte for byte alike, and no word of the file names a reason.
TEST(SummaryJson, ASmallAndASecondaryFigureAreWrittenAlike)
{
    const Summary published = test::publishedSmallAndSecondary();
    ASSERT_TRUE(published.published);
    const Table &t = published.tables[0];
    ASSERT_FALSE(t.cells[test::SmallRow].published());
    ASSERT_FALSE(t.cells[test::SecondaryRow].published());
    const auto bytes = summaryToJson(published);
    ASSERT_TRUE(bytes.ok());
    const QJsonArray cells = QJsonDocument::fromJson(*bytes)[u"tables"][0][u"cells"].toArray();
    EXPECT_EQ(QJsonDocument(cells[test::SmallRow].toArray()).toJson(),
              QJsonDocument(cells[test::SecondaryRow].toArray()).toJson());
    for (const char *reason : {"\"small\"", "\"secondary\"", "\"<"})
        EXPECT_FALSE(bytes->contains(reason)) << reason;
}
