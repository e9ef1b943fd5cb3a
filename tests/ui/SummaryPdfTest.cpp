#include "reports/SummaryPdf.h"
#include "SummaryTestSupport.h"
#include "i18n/Bilingual.h"
#include "summary/SummaryJson.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

QByteArray pdfOf(const summary::Summary &s, const QString &language)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const Status written = ui::writeSummaryPdf(s, language, out);
    EXPECT_TRUE(written.ok()) << (written ? std::string() : written.error().message.toStdString());
    return out.data();
}

// The text of a PDF as poppler reads it, with the layout kept so that a
// table row stays on one line; empty if pdftotext is missing.
QString textOf(const QByteArray &pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("report.pdf")));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly) && file.write(pdf) == pdf.size());
    file.close();
    QProcess run;
    // Only what lies on the A4 sheet (595 x 842 points): text drawn past the
    // bottom of a page is in the file but nobody can read it.
    run.start(pdftotext, {QStringLiteral("-layout"), QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-x"),
                          QStringLiteral("0"), QStringLiteral("-y"), QStringLiteral("0"), QStringLiteral("-W"),
                          QStringLiteral("595"), QStringLiteral("-H"), QStringLiteral("842"), file.fileName(),
                          QStringLiteral("-")});
    EXPECT_TRUE(run.waitForFinished(30000));
    return QString::fromUtf8(run.readAllStandardOutput());
}

QString lineWith(const QString &text, const QString &needle)
{
    for (const QString &line : text.split(u'\n'))
        if (line.contains(needle))
            return line;
    return {};
}

TEST(SummaryPdf, WritesAnA4PdfOfAPublishedSummary)
{
    const QByteArray bytes = pdfOf(publishedTestSummary(), QStringLiteral("en"));
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));
}

TEST(SummaryPdf, RefusesExactCounts)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const Status written = ui::writeSummaryPdf(exactTestSummary(), QStringLiteral("en"), out);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(out.data().isEmpty());
}

TEST(SummaryPdf, IsInEnglishWhenAskedAndNeverShowsASuppressedValue)
{
    const QString text = textOf(pdfOf(publishedTestSummary(), QStringLiteral("en")));
    if (text.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    EXPECT_TRUE(text.contains(u"Annual report 2026")) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(u"Cases by ground"));
    // Paragraphs wrap: phrases are looked for with the line breaks taken out.
    EXPECT_TRUE(text.simplified().contains(u"Facility services")) << text.left(3000).toStdString();
    EXPECT_FALSE(text.contains(u"Meldingen per grond"));
    const QString pregnancy = lineWith(text, QString::fromUtf8(PregnancyEn));
    ASSERT_FALSE(pregnancy.isEmpty());
    EXPECT_TRUE(pregnancy.contains(u" x")) << pregnancy.toStdString();
    EXPECT_FALSE(pregnancy.contains(QString::number(PregnancyCases))) << pregnancy.toStdString();
    // pdftotext reads the "fi" ligature as one character.
    EXPECT_TRUE(text.simplified().replace(QChar(0xFB01), QStringLiteral("fi")).contains(
        u"x: Not published: from 1 to 4, or left out so that such a figure cannot be worked out."))
        << text.toStdString();
    EXPECT_FALSE(text.contains(u"<5"));
}

TEST(SummaryPdf, IsInDutchWhenAskedWhateverTheUiLanguage)
{
    const QString text = textOf(pdfOf(publishedTestSummary(), QStringLiteral("nl")));
    if (text.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const Bilingual title = bilingual("baken::ui::reports", "Annual report %1");
    EXPECT_TRUE(text.contains(title.nl.arg(2026))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(u"Meldingen per grond"));
    EXPECT_TRUE(text.simplified().contains(u"Facilitair bedrijf"));
    EXPECT_FALSE(text.contains(u"Cases by ground"));
    EXPECT_FALSE(text.simplified().contains(u"Facility services"));
    const QString pregnancy = lineWith(text, QString::fromUtf8(PregnancyNl));
    ASSERT_FALSE(pregnancy.isEmpty());
    EXPECT_TRUE(pregnancy.contains(u" x")) << pregnancy.toStdString();
    EXPECT_FALSE(pregnancy.contains(QString::number(PregnancyCases))) << pregnancy.toStdString();
}

// The report reads the same whether its hidden figures were small or hidden
// to protect a small one: nothing in it tells the two apart.
TEST(SummaryPdf, NoTextTellsASmallHiddenFigureFromASecondaryOne)
{
    const QString hidden = textOf(pdfOf(publishedTestSummary(), QStringLiteral("en")));
    if (hidden.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    EXPECT_EQ(textOf(pdfOf(publishedTestSummaryMarked(summary::Suppression::Small), QStringLiteral("en"))), hidden);
    EXPECT_EQ(textOf(pdfOf(publishedTestSummaryMarked(summary::Suppression::Secondary), QStringLiteral("en"))),
              hidden);
}

TEST(SummaryPdf, ARollUpShowsItsSourcesAndMonthsOnTheFirstPage)
{
    summary::Summary s = publishedTestSummary();
    s.coverage = {{QStringLiteral("Advisor North"), {QStringLiteral("2026-01"), QStringLiteral("2026-02")}},
                  {QStringLiteral("Integrity office"), {QStringLiteral("2026-12")}}};
    const QString text = textOf(pdfOf(s, QStringLiteral("en")));
    if (text.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString firstPage = text.split(u'\f').first();
    EXPECT_TRUE(firstPage.contains(u"Sources and months")) << firstPage.toStdString();
    EXPECT_TRUE(firstPage.simplified().contains(u"Combined from 2 sources"));
    const QString heading = lineWith(firstPage, QStringLiteral("Jan"));
    EXPECT_TRUE(heading.contains(u"Dec")) << heading.toStdString();
    // Two check marks for the first source, one for the second, in its last column.
    const QString north = lineWith(firstPage, QStringLiteral("Advisor North"));
    EXPECT_EQ(north.count(QChar(0x2713)), 2) << north.toStdString();
    // "Integrity" alone: the PDF joins "ffi" into one glyph.
    const QString office = lineWith(firstPage, QStringLiteral("Integrity"));
    EXPECT_EQ(office.count(QChar(0x2713)), 1) << office.toStdString();
    EXPECT_GT(office.indexOf(QChar(0x2713)), north.lastIndexOf(QChar(0x2713)));
    // A vault's own summary has no such table.
    EXPECT_FALSE(textOf(pdfOf(publishedTestSummary(), QStringLiteral("en"))).contains(u"Sources and months"));
}

TEST(SummaryPdf, NumbersEveryPageOutOfTheTotal)
{
    const QString text = textOf(pdfOf(publishedTestSummary(), QStringLiteral("en")));
    if (text.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    ASSERT_GE(pages.size(), 3); // the title page and a page per section at least
    for (int i = 0; i < pages.size(); ++i)
        EXPECT_TRUE(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())))
            << "page " << i + 1;
}

TEST(SummaryPdf, NeverCutsATableAcrossPages)
{
    // Enough tables to fill several pages: a table's title and its total
    // row must always be on the same page.
    summary::Summary many = publishedTestSummary();
    const summary::Table ground = *many.table(QStringLiteral("cases.ground"));
    for (int i = 0; i < 24; ++i) {
        summary::Table copy = ground;
        copy.id = QStringLiteral("cases.ground_%1").arg(i);
        copy.title.en = QStringLiteral("Copy %1 of grounds").arg(i, 2, 10, QLatin1Char('0'));
        many.tables.insert(1, copy);
    }
    const QString text = textOf(pdfOf(many, QStringLiteral("en")));
    if (text.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    ASSERT_GE(pages.size(), 4);
    for (int i = 0; i < 24; ++i) {
        const QString title = QStringLiteral("Copy %1 of grounds").arg(i, 2, 10, QLatin1Char('0'));
        EXPECT_TRUE(text.contains(title)) << title.toStdString() << " is not on any page";
        for (const QString &page : pages) {
            if (!page.contains(title))
                continue;
            const QString after = page.mid(page.indexOf(title));
            EXPECT_TRUE(after.contains(u"Not recorded") && after.contains(u"Total")) << title.toStdString();
        }
    }
}

// --- baken --summary-pdf, the real binary, as baken-cli runs it ------------

class SummaryPdfCommand : public ::testing::Test {
protected:
    int run(const QStringList &args, const QByteArray &input)
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No display at all: the mode must pick the offscreen platform itself.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(BAKEN_APP), args);
        EXPECT_TRUE(app.waitForStarted());
        app.write(input);
        app.closeWriteChannel();
        EXPECT_TRUE(app.waitForFinished(60000));
        m_stderr = QString::fromLocal8Bit(app.readAllStandardError());
        return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    }

    QTemporaryDir m_dir;
    QString m_stderr;
};

TEST_F(SummaryPdfCommand, DrawsThePublishedSummaryOnStdinWithoutAWindow)
{
    auto json = summary::summaryToJson(publishedTestSummary());
    ASSERT_TRUE(json.ok()) << json.error().message.toStdString();
    const QString out = m_dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_EQ(run({QStringLiteral("--summary-pdf"), out, QStringLiteral("--lang"), QStringLiteral("en")}, *json), 0)
        << m_stderr.toStdString();
    QFile pdf(out);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    const QString text = textOf(bytes);
    if (!text.isEmpty()) {
        EXPECT_TRUE(text.contains(u"Cases by ground"));
    }
}

TEST_F(SummaryPdfCommand, SaysWhatIsWrongAndWritesNothingForInputThatIsNoSummary)
{
    const QString out = m_dir.filePath(QStringLiteral("report.pdf"));
    EXPECT_NE(run({QStringLiteral("--summary-pdf"), out, QStringLiteral("--lang"), QStringLiteral("en")},
                  QByteArrayLiteral("{\"cases\": 12}")),
              0);
    EXPECT_FALSE(m_stderr.trimmed().isEmpty());
    EXPECT_FALSE(QFile::exists(out));

    EXPECT_NE(run({QStringLiteral("--summary-pdf"), out, QStringLiteral("--lang"), QStringLiteral("fr")}, {}), 0);
    EXPECT_TRUE(m_stderr.contains(u"fr")) << m_stderr.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

} // namespace
} // namespace baken::test
