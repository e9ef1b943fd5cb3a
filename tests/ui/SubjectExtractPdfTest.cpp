#include "cases/SubjectExtractPdf.h"
#include "CaseTestSupport.h"
#include "cases/CaseFileView.h"
#include "interchange/SubjectExtract.h"
#include "support/TestVault.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

// The accused's name: it must never reach the reporter's extract.
const QString AccusedCanary = QStringLiteral("Quirijnsdotter");

class SubjectExtractPdfTest : public ::testing::Test {
protected:
    SubjectExtractPdfTest() : m_vault(m_dir.create()), m_context(*m_vault)
    {
        CaseIntake intake;
        intake.intakeDate = QDate::currentDate().addDays(-10);
        intake.identity = ReporterIdentity::Pseudonym;
        intake.pseudonym = QStringLiteral("Kestrel");
        intake.type = CaseType::Report;
        intake.accusedName = AccusedCanary;
        intake.whatHappened = QStringLiteral("Mr %1 made remarks about <my> accent & laughed.").arg(AccusedCanary);
        auto draft = m_context.service().createDraft(intake);
        EXPECT_TRUE(draft.ok());
        auto file = m_context.service().registerCase(*draft, intake, CaseService::proposedCallback(intake.intakeDate));
        EXPECT_TRUE(file.ok());
        m_caseId = file ? file->id : 0;
        for (int i = 0; i < 3; ++i) {
            ContactMoment contact;
            contact.caseId = m_caseId;
            contact.occurredAt = QDateTime(intake.intakeDate.addDays(i), QTime(10, 0));
            contact.minutes = 30;
            contact.note = QStringLiteral("Talked about the lighthouse meeting with %1.").arg(AccusedCanary);
            EXPECT_TRUE(m_context.service().addContact(contact).ok());
        }
    }

    QByteArray pdf()
    {
        auto extract = buildSubjectExtract(*m_vault, m_caseId);
        EXPECT_TRUE(extract.ok());
        if (!extract)
            return {};
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        EXPECT_TRUE(ui::writeSubjectExtractPdf(*extract, out).ok());
        return out.data();
    }

    TestVaultDir m_dir;
    std::unique_ptr<Vault> m_vault;
    ui::CaseContext m_context;
    qint64 m_caseId = 0;
};

TEST_F(SubjectExtractPdfTest, WritesAPdfForACaseWithContacts)
{
    const QByteArray bytes = pdf();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_GT(bytes.size(), 5000);
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));
}

TEST_F(SubjectExtractPdfTest, HoldsThePseudonymAndNotesButNeverTheAccusedsName)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("extract.pdf")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(pdf());
    file.close();
    QProcess process;
    process.start(pdftotext, {file.fileName(), QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(30000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("Kestrel"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("lighthouse"))) << text.toStdString();
    // Escaped, so it reads as typed rather than as markup.
    EXPECT_TRUE(text.contains(QStringLiteral("<my> accent &"))) << text.toStdString();
    EXPECT_FALSE(text.contains(AccusedCanary, Qt::CaseInsensitive)) << text.toStdString();
}

TEST_F(SubjectExtractPdfTest, TheCaseFileSavesAPdfAndAJsonFileSideBySide)
{
    ui::CaseFileView view(m_context);
    ASSERT_TRUE(view.showCase(m_caseId));
    QTemporaryDir dir;
    auto saved = view.writeSubjectExtract(dir.filePath(QStringLiteral("inzage-test.pdf")));
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_TRUE(saved->contains(QStringLiteral("inzage-test.json")));
    EXPECT_TRUE(saved->contains(QStringLiteral("personal data")));

    QFile pdf(dir.filePath(QStringLiteral("inzage-test.pdf")));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
    QFile json(dir.filePath(QStringLiteral("inzage-test.json")));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
    EXPECT_EQ(doc.value(QStringLiteral("document")).toString(), QStringLiteral("baken-subject-extract"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 2) << "no temporary files left behind";
}

TEST_F(SubjectExtractPdfTest, AFolderThatCannotBeWrittenLeavesNoFileAndSaysWhy)
{
    ui::CaseFileView view(m_context);
    ASSERT_TRUE(view.showCase(m_caseId));
    QTemporaryDir dir;
    auto saved = view.writeSubjectExtract(dir.filePath(QStringLiteral("missing/inzage.pdf")));
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.code(), ErrorCode::Io);
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("could not be written")));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

} // namespace
} // namespace baken::test
