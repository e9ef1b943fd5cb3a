// What a crash or a kill in the middle of a passphrase change or a backup
// leaves behind - a whole encrypted copy of the vault under a hidden name -
// is removed the next time, and a copy that may still be being written is not.
#include "backup/Backup.h"
#include "support/TestVault.h"
#include "vault/StaleCopies.h"
#include "vault/Vault.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

// A file of `name` in `folder`, last written `age` ago.
QString leftover(const QString &folder, const QString &name, std::chrono::minutes age)
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("an encrypted copy of a vault");
    file.close();
    EXPECT_TRUE(file.open(QIODevice::ReadWrite));
    EXPECT_TRUE(file.setFileTime(QDateTime::currentDateTime().addSecs(-60 * age.count()),
                                 QFileDevice::FileModificationTime));
    return path;
}

TEST(StaleCopies, OpeningAVaultRemovesTheCopiesAKilledPassphraseChangeLeftBesideIt)
{
    TestVaultDir dir;
    dir.create(QStringLiteral("cases.baken")).reset();
    const QString folder = QFileInfo(dir.path(QStringLiteral("cases.baken"))).absolutePath();
    const QString rekey = leftover(folder, QStringLiteral(".cases.baken.rekey-0a1b2c3d4e5f"), std::chrono::hours(3));
    const QString rekeyJournal = leftover(folder, QStringLiteral(".cases.baken.rekey-0a1b2c3d4e5f-journal"),
                                          std::chrono::hours(3));
    const QString creating = leftover(folder, QStringLiteral(".cases.baken.creating-aaaaaaaaaaaa"), std::chrono::hours(2));
    const QString writing = leftover(folder, QStringLiteral(".cases.baken.rekey-ffffffffffff"), std::chrono::minutes(2));
    const QString otherVaults = leftover(folder, QStringLiteral(".other.baken.rekey-0a1b2c3d4e5f"), std::chrono::hours(3));

    auto vault = Vault::open(dir.path(QStringLiteral("cases.baken")), strongPassphrase());
    ASSERT_TRUE(vault.ok()) << vault.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(rekey));
    EXPECT_FALSE(QFile::exists(rekeyJournal));
    EXPECT_FALSE(QFile::exists(creating));
    EXPECT_TRUE(QFile::exists(writing)) << "a copy written minutes ago may be another Baken's, still at work";
    EXPECT_TRUE(QFile::exists(otherVaults)) << "another vault's leftovers are that vault's to clear";
}

TEST(StaleCopies, AWrongPassphraseRemovesNothing)
{
    TestVaultDir dir;
    dir.create(QStringLiteral("cases.baken")).reset();
    const QString folder = QFileInfo(dir.path(QStringLiteral("cases.baken"))).absolutePath();
    const QString rekey = leftover(folder, QStringLiteral(".cases.baken.rekey-0a1b2c3d4e5f"), std::chrono::hours(3));
    EXPECT_FALSE(Vault::open(dir.path(QStringLiteral("cases.baken")), QStringLiteral("not the passphrase of this vault at all")).ok());
    EXPECT_TRUE(QFile::exists(rekey));
}

TEST(StaleCopies, ABackupRemovesWhatAnEarlierKilledBackupLeftInTheFolder)
{
    TestVaultDir dir;
    auto vault = dir.create();
    QTemporaryDir stick;
    const QString old = leftover(stick.path(), QStringLiteral(".baken-backup-0a1b2c3d4e5f.tmp"), std::chrono::hours(5));
    const QString oldJournal =
        leftover(stick.path(), QStringLiteral(".baken-backup-0a1b2c3d4e5f.tmp-journal"), std::chrono::hours(5));
    const QString writing =
        leftover(stick.path(), QStringLiteral(".baken-backup-ffffffffffff.tmp"), std::chrono::minutes(1));

    auto written = writeBackup(*vault, stick.path());
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(old));
    EXPECT_FALSE(QFile::exists(oldJournal));
    EXPECT_TRUE(QFile::exists(writing));
    const QStringList left = QDir(stick.path()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(left.size(), 2) << left.join(u", ").toStdString(); // the new backup and the copy still being written
}

} // namespace
} // namespace baken::test
