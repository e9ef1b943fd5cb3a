// Every backup or restore Baken must refuse, refused with a typed error and a
// message, and without creating or changing a file anywhere it looked.
#include "BackupTestSupport.h"

#include "backup/BackupSettings.h"
#include "db/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <sodium.h>
#include <sys/resource.h>

using namespace baken;
using namespace baken::test;

namespace {

class BackupRefusal : public ::testing::Test {
protected:
    void SetUp() override
    {
        vault = dir.create(QStringLiteral("advisor.baken"));
        ASSERT_TRUE(vault);
        ASSERT_TRUE(vault->db().exec("INSERT INTO meta (key, value) VALUES ('probe', 'kept')").ok());
        auto written = writeBackup(*vault, folder.path());
        ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
        backupPath = written->path;
    }

    QString vaultFolder() const { return QFileInfo(dir.path()).absolutePath(); }
    QString target() const { return dir.path(QStringLiteral("restored.baken")); }

    // Restores `path` with this vault's recovery key (or `key`) and expects
    // `code`, with both folders exactly as they were.
    void expectRestoreRefused(const QString &path, ErrorCode code, std::optional<RecoveryKey> key = {})
    {
        const FolderSnapshot vaults = snapshotFolder(vaultFolder());
        const FolderSnapshot backups = snapshotFolder(folder.path());
        RestoreRequest request = restoreRequest(path, *vault, target());
        if (key)
            request.recoveryKey = std::move(*key);
        auto restored = restoreBackup(request);
        ASSERT_FALSE(restored.ok()) << "restored from " << path.toStdString();
        EXPECT_EQ(int(restored.code()), int(code)) << restored.error().message.toStdString();
        EXPECT_FALSE(restored.error().message.isEmpty());
        EXPECT_TRUE(snapshotFolder(vaultFolder()) == vaults) << "the vault folder changed";
        EXPECT_TRUE(snapshotFolder(folder.path()) == backups) << "the backup folder changed";
    }

    QString damagedCopy(const std::function<void(QByteArray &)> &damage)
    {
        QFile original(backupPath);
        EXPECT_TRUE(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        damage(bytes);
        const QString path = folder.filePath(QStringLiteral("damaged.bakenbackup"));
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return path;
    }

    TestVaultDir dir;
    QTemporaryDir folder;
    std::unique_ptr<Vault> vault;
    QString backupPath;
};

} // namespace

TEST_F(BackupRefusal, WrongRecoveryKey)
{
    expectRestoreRefused(backupPath, ErrorCode::WrongPassphrase, RecoveryKey::generate());
}

TEST_F(BackupRefusal, BitFlippedBackup)
{
    const QString path = damagedCopy([](QByteArray &bytes) { bytes[bytes.size() / 2 + 100] ^= 0x10; });
    expectRestoreRefused(path, ErrorCode::Integrity);
}

TEST_F(BackupRefusal, TruncatedBackup)
{
    const QString cut = damagedCopy([](QByteArray &bytes) { bytes.chop(1000); });
    expectRestoreRefused(cut, ErrorCode::Integrity);
    QFile::remove(cut);
    // Cut at a page boundary, so the size alone does not tell.
    const QString pages = damagedCopy([](QByteArray &bytes) { bytes.truncate(bytes.size() / 2 / 4096 * 4096); });
    expectRestoreRefused(pages, ErrorCode::Integrity);
}

TEST_F(BackupRefusal, AVaultOfferedAsBackup)
{
    vault->lock();
    auto reopened = Vault::open(dir.path(QStringLiteral("advisor.baken")), strongPassphrase());
    ASSERT_TRUE(reopened.ok());
    vault = std::move(reopened).value();
    // A copy, closed, so that its hash is stable while the original is open.
    const QString copy = folder.filePath(QStringLiteral("copy.baken"));
    ASSERT_TRUE(QFile::copy(dir.path(QStringLiteral("advisor.baken")), copy));
    expectRestoreRefused(copy, ErrorCode::NotAVault);
}

TEST_F(BackupRefusal, OtherFiles)
{
    expectRestoreRefused(folder.filePath(QStringLiteral("nothing.bakenbackup")), ErrorCode::VaultMissing);
    const QString empty = damagedCopy([](QByteArray &bytes) { bytes.clear(); });
    expectRestoreRefused(empty, ErrorCode::VaultEmpty);
    QFile::remove(empty);
    QByteArray noise(8192, '\0');
    randombytes_buf(noise.data(), std::size_t(noise.size()));
    const QString random = damagedCopy([&](QByteArray &bytes) { bytes = noise; });
    expectRestoreRefused(random, ErrorCode::NotAVault);
}

TEST_F(BackupRefusal, NeverOverwritesAnExistingFile)
{
    QFile existing(target());
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    expectRestoreRefused(backupPath, ErrorCode::AlreadyExists);
}

TEST_F(BackupRefusal, WeakNewPassphrase)
{
    const FolderSnapshot vaults = snapshotFolder(vaultFolder());
    RestoreRequest request = restoreRequest(backupPath, *vault, target());
    request.passphrase = QStringLiteral("welkom123");
    auto restored = restoreBackup(request);
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.code(), ErrorCode::WeakPassphrase);
    EXPECT_TRUE(snapshotFolder(vaultFolder()) == vaults);
}

TEST_F(BackupRefusal, ReplacesOnlyWhenAsked)
{
    QFile existing(target());
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("an old file the user chose to replace");
    existing.close();
    RestoreRequest request = restoreRequest(backupPath, *vault, target());
    request.replaceExisting = true;
    auto restored = restoreBackup(request);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(*(*restored)->meta(QStringLiteral("probe")), u"kept");
}

TEST_F(BackupRefusal, MissingBackupFolder)
{
    QTemporaryDir parent;
    const FolderSnapshot before = snapshotFolder(parent.path());
    auto written = writeBackup(*vault, parent.filePath(QStringLiteral("unplugged-stick")));
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.code(), ErrorCode::Io);
    EXPECT_TRUE(written.error().message.contains(u"unplugged-stick"_qs)) << written.error().message.toStdString();
    EXPECT_TRUE(snapshotFolder(parent.path()) == before);
    EXPECT_FALSE(QFileInfo::exists(parent.filePath(QStringLiteral("unplugged-stick"))));

    auto noFolder = writeBackup(*vault, QString());
    ASSERT_FALSE(noFolder.ok());
    EXPECT_EQ(noFolder.code(), ErrorCode::InvalidInput);
}

TEST_F(BackupRefusal, DiskFullFailsCleanly)
{
    // A file-size limit (as `ulimit -f` sets) makes the write fail part-way,
    // like a USB stick that fills up during the backup.
    const FolderSnapshot before = snapshotFolder(folder.path());
    const FolderSnapshot vaults = snapshotFolder(vaultFolder());
    rlimit saved{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previous = ::signal(SIGXFSZ, SIG_IGN);
    rlimit small{16384, saved.rlim_max};
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    auto written = writeBackup(*vault, folder.path());
    ::setrlimit(RLIMIT_FSIZE, &saved);
    ::signal(SIGXFSZ, previous);

    ASSERT_FALSE(written.ok()) << "the limit must stop the backup";
    EXPECT_EQ(written.code(), ErrorCode::Io) << written.error().message.toStdString();
    EXPECT_TRUE(snapshotFolder(folder.path()) == before) << "no partial backup or temporary file may be left";
    EXPECT_TRUE(snapshotFolder(vaultFolder()) == vaults) << "the vault is untouched";
    auto later = writeBackup(*vault, folder.path());
    EXPECT_TRUE(later.ok()) << "with room again, the next backup works";
}
