// baken-cli backup and restore: in-process with the cheap test KDF, and once
// through the real binary with the secrets piped in, as a script would.
#include "CliTestSupport.h"

#include "backup/BackupSettings.h"
#include "support/TestVault.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace baken;
using namespace baken::test;

namespace {

const QString NewPassphrase = QStringLiteral("harbour quilt meridian pumpkin saxophone");

QMap<QString, QString> passphraseEnv()
{
    return {{u"BAKEN_PASSPHRASE"_qs, strongPassphrase()}};
}

QString onlyFileIn(const QString &folder)
{
    const QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(files.size(), 1) << files.join(u", ").toStdString();
    return files.isEmpty() ? QString() : QDir(folder).filePath(files.constFirst());
}

class CliBackup : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto vault = dir.create();
        ASSERT_TRUE(vault);
        ASSERT_TRUE(vault->db().exec("INSERT INTO meta (key, value) VALUES ('probe', 'kept')").ok());
        recoveryKey = vault->recoveryKey()->formatted();
    }

    TestVaultDir dir;
    QTemporaryDir folder;
    QString recoveryKey;
};

} // namespace

TEST_F(CliBackup, BackupThenRestoreWithTheRecoveryKey)
{
    const CliRun backup = runCli({u"backup"_qs, dir.path(), u"--to"_qs, folder.path()}, {}, passphraseEnv());
    ASSERT_EQ(backup.code, 0) << backup.err.toStdString();
    const QString file = onlyFileIn(folder.path());
    EXPECT_TRUE(backup.out.contains(QDir::toNativeSeparators(file))) << backup.out.toStdString();

    const QString restored = dir.path(QStringLiteral("restored.baken"));
    const CliRun restore =
        runCli({u"restore"_qs, file, u"--out"_qs, restored}, {recoveryKey, NewPassphrase, NewPassphrase});
    ASSERT_EQ(restore.code, 0) << restore.err.toStdString();
    EXPECT_FALSE(restore.out.contains(NewPassphrase));
    EXPECT_FALSE(restore.out.contains(recoveryKey));
    auto vault = Vault::open(restored, NewPassphrase);
    ASSERT_TRUE(vault.ok()) << vault.error().message.toStdString();
    EXPECT_EQ(*(*vault)->meta(QStringLiteral("probe")), u"kept");
    EXPECT_EQ((*vault)->recoveryKey()->formatted(), recoveryKey);
}

TEST_F(CliBackup, UsesTheVaultsFolderAndKeepsN)
{
    const CliRun none = runCli({u"backup"_qs, dir.path()}, {}, passphraseEnv());
    EXPECT_EQ(none.code, 2) << "no folder set and none given";
    EXPECT_TRUE(none.err.contains(u"--to")) << none.err.toStdString();
    {
        auto vault = Vault::open(dir.path(), strongPassphrase());
        ASSERT_TRUE(vault.ok());
        ASSERT_TRUE(setBackupFolder(**vault, folder.path()).ok());
    }
    for (int i = 0; i < 3; ++i) {
        const CliRun run = runCli({u"backup"_qs, dir.path(), u"--keep"_qs, u"2"_qs}, {}, passphraseEnv());
        ASSERT_EQ(run.code, 0) << run.err.toStdString();
    }
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files).size(), 2);
    EXPECT_EQ(runCli({u"backup"_qs, dir.path(), u"--keep"_qs, u"0"_qs}, {}, passphraseEnv()).code, 2);
}

TEST_F(CliBackup, RestoreRefusalsWriteNothing)
{
    ASSERT_EQ(runCli({u"backup"_qs, dir.path(), u"--to"_qs, folder.path()}, {}, passphraseEnv()).code, 0);
    const QString file = onlyFileIn(folder.path());
    const QString restored = dir.path(QStringLiteral("restored.baken"));
    const QStringList before = dir.entries();

    const CliRun wrongKey = runCli({u"restore"_qs, file, u"--out"_qs, restored},
                                   {RecoveryKey::generate().formatted(), NewPassphrase, NewPassphrase});
    EXPECT_EQ(wrongKey.code, 3) << wrongKey.err.toStdString();
    EXPECT_TRUE(wrongKey.err.contains(u"recovery key")) << wrongKey.err.toStdString();

    const CliRun typo = runCli({u"restore"_qs, file, u"--out"_qs, restored}, {recoveryKey.left(20)});
    EXPECT_EQ(typo.code, 1) << typo.err.toStdString();

    const CliRun vaultAsBackup = runCli({u"restore"_qs, dir.path(), u"--out"_qs, restored}, {recoveryKey});
    EXPECT_EQ(vaultAsBackup.code, 3) << vaultAsBackup.err.toStdString();
    EXPECT_TRUE(vaultAsBackup.err.contains(u"vault, not a backup")) << vaultAsBackup.err.toStdString();

    const CliRun onExisting = runCli({u"restore"_qs, file, u"--out"_qs, dir.path()}, {recoveryKey});
    EXPECT_EQ(onExisting.code, 1);
    EXPECT_TRUE(onExisting.err.contains(u"--replace")) << onExisting.err.toStdString();

    const CliRun noOut = runCli({u"restore"_qs, file});
    EXPECT_EQ(noOut.code, 2);
    EXPECT_EQ(dir.entries(), before) << "nothing may be written";
}

TEST(CliBackupProcess, RestoreReadsTheSecretsFromAPipe)
{
    // The real binary and the real KDF: the path a user in a terminal takes.
    TestVaultDir dir;
    QTemporaryDir folder;
    QString recovery;
    {
        auto vault = dir.create();
        ASSERT_TRUE(vault);
        recovery = vault->recoveryKey()->formatted();
    }
    // The test vault uses the cheap test KDF, which the real binary refuses:
    // back it up in-process, restore it with the binary.
    ASSERT_EQ(runCli({u"backup"_qs, dir.path(), u"--to"_qs, folder.path()}, {}, passphraseEnv()).code, 0);
    const QString file = onlyFileIn(folder.path());
    const QString restored = dir.path(QStringLiteral("restored.baken"));

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"BAKEN_PASSPHRASE", "BAKEN_NEW_PASSPHRASE", "BAKEN_RECOVERY_KEY"})
        env.remove(QLatin1String(name));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BAKEN_CLI_PATH), {u"--lang"_qs, u"en"_qs, u"restore"_qs, file, u"--out"_qs, restored});
    ASSERT_TRUE(process.waitForStarted());
    process.write((recovery + u'\n' + NewPassphrase + u'\n' + NewPassphrase + u'\n').toUtf8());
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    ASSERT_EQ(process.exitCode(), 0) << err.toStdString();
    EXPECT_TRUE(err.contains(u"Recovery key:")) << "the prompt goes to stderr";
    EXPECT_FALSE(QString::fromUtf8(process.readAllStandardOutput()).contains(recovery));
    EXPECT_TRUE(QFileInfo::exists(restored));
}
