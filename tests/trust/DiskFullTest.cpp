// A full disk, as a file-size limit makes it (`ulimit -f`: RLIMIT_FSIZE with
// SIGXFSZ ignored, so a write past the limit fails with EFBIG instead of
// killing the process). Saving to the vault, writing a backup and writing an
// export each fail with a message that says what happened in words (the text
// baken-cli prints, which is the core error's message the GUI shows too), and
// everything saved before is still there: the vault reopens, passes its
// integrity check and holds the same records.
#include "backup/EncryptedCopy.h"
#include "cli/CliTestSupport.h"
#include "support/TestVault.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>

using namespace baken;
using test::CliRun;
using test::strongPassphrase;

namespace {

// The limit for the lifetime of the object, and back after.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        EXPECT_EQ(::getrlimit(RLIMIT_FSIZE, &m_saved), 0);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, m_saved.rlim_max};
        EXPECT_EQ(::setrlimit(RLIMIT_FSIZE, &limit), 0);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
};

// What an advisor can act on: that the disk may be full (or the file too
// large for it), not only that something failed.
bool saysTheDiskIsFull(const QString &message)
{
    return message.contains(u"full", Qt::CaseInsensitive) || message.contains(u"space", Qt::CaseInsensitive)
           || message.contains(u"too large", Qt::CaseInsensitive);
}

class DiskFull : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(run({u"init"_qs, vaultPath()}).code, 0);
        for (int i = 0; i < 5; ++i)
            ASSERT_EQ(addConsultation().code, 0);
        before = contents();
        ASSERT_EQ(before.value(u"consultation"_qs), 5);
    }

    CliRun run(QStringList args)
    {
        return test::runCli(std::move(args), {}, {{u"BAKEN_PASSPHRASE"_qs, strongPassphrase()}});
    }

    CliRun addConsultation()
    {
        return run({u"consult"_qs,
                    u"add"_qs,
                    vaultPath(),
                    u"--channel"_qs,
                    u"phone"_qs,
                    u"--role"_qs,
                    u"bystander"_qs,
                    u"--ground"_qs,
                    u"religion"_qs,
                    u"--form"_qs,
                    u"exclusion"_qs,
                    u"--question"_qs,
                    QStringLiteral("Is een grap over een hoofddoek in het teamoverleg discriminatie? ").repeated(7),
                    u"--assessment"_qs,
                    u"possibly"_qs,
                    u"--outcome"_qs,
                    u"advised"_qs,
                    u"--advice"_qs,
                    u"write_down"_qs,
                    u"--minutes"_qs,
                    u"12"_qs});
    }

    // Rows per table after a fresh open, which must pass integrity_check;
    // the audit log is left out (opening the vault adds to it).
    backup::TableCounts contents()
    {
        auto vault = Vault::open(vaultPath(), strongPassphrase());
        EXPECT_TRUE(vault.ok()) << vault.error().message.toStdString();
        if (!vault)
            return {};
        EXPECT_TRUE(backup::checkIntegrity((*vault)->db()).ok());
        auto counts = backup::tableCounts((*vault)->db());
        EXPECT_TRUE(counts.ok());
        if (!counts)
            return {};
        counts->remove(u"audit_log"_qs);
        return *counts;
    }

    qint64 vaultSize() const { return QFileInfo(vaultPath()).size(); }
    QString vaultPath() const { return dir.path(u"v.baken"_qs); }

    test::TestVaultDir dir;
    QTemporaryDir elsewhere;
    backup::TableCounts before;
};

} // namespace

TEST_F(DiskFull, SavingToTheVaultFailsInWordsAndEarlierRecordsStay)
{
    // The vault may not grow: the WAL fills up to the same size, then a save fails.
    CliRun failed;
    int saved = 0;
    {
        FileSizeLimit limit{rlim_t(vaultSize())};
        for (int i = 0; i < 400; ++i) {
            failed = addConsultation();
            if (failed.code != 0)
                break;
            ++saved;
        }
    }
    ASSERT_NE(failed.code, 0) << "the limit never stopped a save";
    EXPECT_TRUE(saysTheDiskIsFull(failed.err)) << failed.err.toStdString();
    std::printf("figure disk_full_vault_message=%s", qPrintable(failed.err));
    backup::TableCounts expected = before;
    expected[u"consultation"_qs] += saved;
    const backup::TableCounts after = contents();
    EXPECT_EQ(after.value(u"consultation"_qs), expected.value(u"consultation"_qs)) << saved << " saved under the limit";
    EXPECT_EQ(after.value(u"case_file"_qs), expected.value(u"case_file"_qs));
    // With room again, saving works.
    EXPECT_EQ(addConsultation().code, 0);
}

TEST_F(DiskFull, ABackupFailsInWordsAndLeavesNothingHalfWritten)
{
    CliRun failed;
    {
        FileSizeLimit limit{rlim_t(vaultSize() / 2)};
        failed = run({u"backup"_qs, vaultPath(), u"--to"_qs, elsewhere.path()});
    }
    ASSERT_NE(failed.code, 0);
    EXPECT_TRUE(saysTheDiskIsFull(failed.err)) << failed.err.toStdString();
    std::printf("figure disk_full_backup_message=%s", qPrintable(failed.err));
    EXPECT_TRUE(QDir(elsewhere.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    EXPECT_EQ(contents(), before);
}

TEST_F(DiskFull, AnExportFailsInWordsAndLeavesNothingHalfWritten)
{
    // Room for the vault's journal while it is open, not for the whole export.
    const QString whole = dir.path(u"whole.json"_qs);
    ASSERT_EQ(run({u"export"_qs, vaultPath(), u"--out"_qs, whole, u"--yes"_qs}).code, 0);
    const qint64 exportSize = QFileInfo(whole).size();
    ASSERT_TRUE(QFile::remove(whole));
    const QString out = elsewhere.filePath(u"export.json"_qs);
    CliRun failed;
    {
        FileSizeLimit limit{rlim_t(exportSize / 2)};
        failed = run({u"export"_qs, vaultPath(), u"--out"_qs, out, u"--yes"_qs});
    }
    ASSERT_NE(failed.code, 0);
    EXPECT_TRUE(failed.err.contains(u"export")) << "about the export, not the vault: " << failed.err.toStdString();
    EXPECT_TRUE(saysTheDiskIsFull(failed.err)) << failed.err.toStdString();
    std::printf("figure disk_full_export_message=%s", qPrintable(failed.err));
    EXPECT_TRUE(QDir(elsewhere.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    EXPECT_EQ(contents(), before);
}
