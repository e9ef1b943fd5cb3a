// baken-cli summary, in-process against a small cheap-KDF vault.
#include "CliTestSupport.h"
#include "audit/AuditLog.h"
#include "summary/SummaryJson.h"
#include "support/TestVault.h"
#include "vault/Vault.h"
#include "vault/VaultSettings.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace baken;
using test::strongPassphrase;

namespace {

using test::CliRun;

struct PdfCall {
    QByteArray json;
    QString language;
    QString out;
};

class CliSummary : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(run({u"init"_qs, vaultPath()}).code, 0);
        // Last year: 24 cases over four types, three grounds, two channels and
        // every month (two a month, so the month table is all small figures).
        const QStringList types{u"signal"_qs, u"complaint"_qs, u"report"_qs, u"question"_qs};
        const QStringList grounds{u"religion"_qs, u"age"_qs, u"gender"_qs};
        const QStringList channels{u"phone"_qs, u"email"_qs};
        for (int i = 0; i < CaseCount; ++i) {
            const CliRun added = run({u"case"_qs, u"add"_qs, vaultPath(), u"--type"_qs, types[i % 4], u"--channel"_qs,
                                      channels[i % 2], u"--ground"_qs, grounds[i % 3], u"--intake-date"_qs,
                                      QStringLiteral("%1-%2-10").arg(Year).arg(i % 12 + 1, 2, 10, QLatin1Char('0'))});
            ASSERT_EQ(added.code, 0) << added.err.toStdString();
        }
    }

    static constexpr int CaseCount = 24;
    // Last year: whole, and in the past whatever today is.
    const int Year = QDate::currentDate().year() - 1;
    const QString YearText = QString::number(Year);

    // runCli with the PDF hook, which the shared runner leaves unset.
    CliRun run(QStringList args, bool withPdf = false)
    {
        CliRun result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        CliIo io{out, err, [](const QString &) { return QString(); },
                 [](const char *name) {
                     return QLatin1String(name) == u"BAKEN_PASSPHRASE" ? strongPassphrase() : QString();
                 }};
        if (withPdf) {
            io.writePdf = [this](const QByteArray &json, const QString &language, const QString &path) -> Status {
                pdfCalls.append({json, language, path});
                QFile file(path);
                if (!file.open(QIODevice::WriteOnly))
                    return Error{ErrorCode::Io, file.errorString()};
                file.write("%PDF-1.4 fake");
                return {};
            };
        }
        args.prepend(u"baken-cli"_qs);
        if (!args.contains(u"--lang"_qs))
            args << u"--lang"_qs << u"en"_qs;
        result.code = CliApp(io).run(args);
        out.flush();
        err.flush();
        return result;
    }

    CliRun summary(const QStringList &extra, bool withPdf = false)
    {
        return run(QStringList{u"summary"_qs, vaultPath()} + extra, withPdf);
    }

    QString vaultPath() const { return dir.path(u"v.baken"_qs); }
    QString outPath(const QString &name) const { return dir.path(name); }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QList<AuditEntry> exports()
    {
        QList<AuditEntry> out;
        auto opened = Vault::open(vaultPath(), strongPassphrase());
        if (!opened)
            return out;
        for (const AuditEntry &entry : *(*opened)->audit().latest(100))
            if (entry.event == u"summary.exported")
                out << entry;
        return out;
    }

    test::TestVaultDir dir;
    QList<PdfCall> pdfCalls;
};

// No published figure from 1 to k-1 anywhere in the summary.
void expectNoSmallFigure(const summary::Summary &s)
{
    for (const summary::Table &table : s.tables) {
        QList<summary::Figure> all = table.cells + table.rowTotals + table.columnTotals;
        if (table.total)
            all << *table.total;
        for (const summary::Figure &f : all) {
            if (f.published()) {
                EXPECT_FALSE(*f.value >= 1 && *f.value < s.rules.k) << table.id.toStdString();
            }
        }
    }
}

} // namespace

TEST_F(CliSummary, WritesAPublishedJsonSummaryOfAYear)
{
    const QString out = outPath(u"summary.json"_qs);
    const CliRun done = summary({u"--period"_qs, YearText, u"--format"_qs, u"json"_qs, u"--out"_qs, out});
    ASSERT_EQ(done.code, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(out)) << done.out.toStdString();

    const auto read = summary::summaryFromJson(CliSummary::read(out));
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_TRUE(read->published);
    EXPECT_EQ(read->period, (summary::Period{Year, 1, Year, 12}));
    EXPECT_EQ(read->rules.k, 5);
    ASSERT_FALSE(read->tables.isEmpty());
    // Every case is counted; the months (two cases each) are small figures.
    bool countedAll = false;
    for (const summary::Table &table : read->tables)
        countedAll |= table.population == u"cases" && table.total == summary::Figure{CaseCount, {}};
    EXPECT_TRUE(countedAll);
    expectNoSmallFigure(*read);
    EXPECT_EQ(QFile(out).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);
}

TEST_F(CliSummary, WritesTheCsvZipInTheChosenLanguage)
{
    const QString out = outPath(u"summary.zip"_qs);
    const CliRun done = summary(
        {u"--period"_qs, YearText + u"-Q1", u"--format"_qs, u"csv"_qs, u"--out"_qs, out, u"--lang"_qs, u"nl"_qs});
    ASSERT_EQ(done.code, 0) << done.err.toStdString();
    const QByteArray zip = read(out);
    EXPECT_TRUE(zip.startsWith("PK\x03\x04"));
    EXPECT_TRUE(zip.contains("README.txt")); // names are stored uncompressed
}

TEST_F(CliSummary, KComesFromTheOptionOrTheVault)
{
    {
        auto opened = Vault::open(vaultPath(), strongPassphrase());
        ASSERT_TRUE(opened.ok());
        ASSERT_TRUE(setSummaryK(**opened, 7).ok());
        EXPECT_FALSE(setSummaryK(**opened, 2).ok());
    }
    const QString stored = outPath(u"stored.json"_qs);
    ASSERT_EQ(summary({u"--period"_qs, YearText, u"--out"_qs, stored}).code, 0);
    EXPECT_EQ(summary::summaryFromJson(read(stored))->rules.k, 7);

    const QString given = outPath(u"given.json"_qs);
    ASSERT_EQ(summary({u"--period"_qs, YearText, u"--k"_qs, u"3"_qs, u"--out"_qs, given}).code, 0);
    EXPECT_EQ(summary::summaryFromJson(read(given))->rules.k, 3);
}

TEST_F(CliSummary, BadArgumentsAreExplainedAndWriteNothing)
{
    const QString out = outPath(u"s.json"_qs);
    const CliRun period = summary({u"--period"_qs, u"last year"_qs, u"--out"_qs, out});
    EXPECT_EQ(period.code, 2);
    EXPECT_TRUE(period.err.contains(u"2026-Q2")) << period.err.toStdString();
    const CliRun noPeriod = summary({u"--out"_qs, out});
    EXPECT_EQ(noPeriod.code, 2);
    EXPECT_TRUE(noPeriod.err.contains(u"--period")) << noPeriod.err.toStdString();
    const CliRun format = summary({u"--period"_qs, YearText, u"--format"_qs, u"docx"_qs, u"--out"_qs, out});
    EXPECT_EQ(format.code, 2);
    EXPECT_TRUE(format.err.contains(u"json, csv, pdf")) << format.err.toStdString();
    const CliRun lowK = summary({u"--period"_qs, YearText, u"--k"_qs, u"2"_qs, u"--out"_qs, out});
    EXPECT_EQ(lowK.code, 2);
    EXPECT_TRUE(lowK.err.contains(u"from 3 to 50")) << lowK.err.toStdString();
    const CliRun noOut = summary({u"--period"_qs, YearText});
    EXPECT_EQ(noOut.code, 2);
    EXPECT_TRUE(noOut.err.contains(u"--out")) << noOut.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_TRUE(exports().isEmpty());
}

TEST_F(CliSummary, NeverOverwritesAFile)
{
    const QString out = outPath(u"taken.json"_qs);
    {
        QFile file(out);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("mine");
    }
    const CliRun taken = summary({u"--period"_qs, YearText, u"--out"_qs, out});
    EXPECT_EQ(taken.code, 1); // as export: the arguments are fine, the place is not
    EXPECT_TRUE(taken.err.contains(u"already exists")) << taken.err.toStdString();
    EXPECT_EQ(read(out), "mine");
    EXPECT_TRUE(exports().isEmpty());
}

TEST_F(CliSummary, TheAuditLogNamesPeriodFormatAndKButNoFigure)
{
    ASSERT_EQ(summary({u"--period"_qs, YearText, u"--format"_qs, u"csv"_qs, u"--out"_qs, outPath(u"a.zip"_qs)}).code,
              0);
    const QList<AuditEntry> entries = exports();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].objectType, u"summary");
    EXPECT_EQ(entries[0].objectId, YearText + u" csv k=5"); // nothing else: no count, no unit
}

TEST_F(CliSummary, APdfIsDrawnByTheAppFromThePublishedJson)
{
    const QString out = outPath(u"report.pdf"_qs);
    const CliRun done =
        summary({u"--period"_qs, YearText, u"--format"_qs, u"pdf"_qs, u"--out"_qs, out, u"--lang"_qs, u"nl"_qs}, true);
    ASSERT_EQ(done.code, 0) << done.err.toStdString();
    ASSERT_EQ(pdfCalls.size(), 1);
    EXPECT_EQ(pdfCalls[0].language, u"nl");
    EXPECT_EQ(pdfCalls[0].out, out);
    const auto sent = summary::summaryFromJson(pdfCalls[0].json);
    ASSERT_TRUE(sent.ok()) << sent.error().message.toStdString();
    EXPECT_TRUE(sent->published);
    expectNoSmallFigure(*sent);
    ASSERT_EQ(exports().size(), 1);
    EXPECT_EQ(exports()[0].objectId, YearText + u" pdf k=5");

    // Without the app (no hook): refused before the vault is opened.
    const CliRun without =
        summary({u"--period"_qs, YearText, u"--format"_qs, u"pdf"_qs, u"--out"_qs, outPath(u"other.pdf"_qs)});
    EXPECT_EQ(without.code, 1);
    EXPECT_TRUE(without.err.contains(u"PDF needs the Baken app")) << without.err.toStdString();
    EXPECT_FALSE(QFile::exists(outPath(u"other.pdf"_qs)));
}
