#include "Backup.h"

#include "EncryptedCopy.h"
#include "crypto/Kdf.h"
#include "platform/FileSystem.h"
#include "vault/Connection.h"
#include "vault/StaleCopies.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace baken {

namespace {

constexpr char SqliteMagic[] = "SQLite format 3";
constexpr char TimeFormat[] = "yyyy-MM-dd-HHmmss";

// The first eight hex digits of the vault's id: enough to keep the backups
// of two vaults in one folder apart, and nothing about what they hold.
QString vaultTag(Vault &vault)
{
    auto id = vault.meta(QStringLiteral("vault_id"));
    QString tag = id ? QString(*id).remove(u'-').left(8).toLower() : QString();
    return tag.isEmpty() ? QStringLiteral("vault") : tag;
}

// baken-<tag>-<yyyy-MM-dd-HHmmss>[-<n>].bakenbackup
QRegularExpression namePattern(const QString &tag)
{
    return QRegularExpression(QStringLiteral("^baken-%1-(\\d{4}-\\d{2}-\\d{2}-\\d{6})(?:-(\\d+))?\\.%2$")
                                  .arg(QRegularExpression::escape(tag), Backup::suffix()));
}

QString backupName(const QString &tag, const QDateTime &at, int attempt)
{
    QString name = QStringLiteral("baken-") + tag + u'-' + at.toString(QLatin1String(TimeFormat));
    if (attempt > 1)
        name += u'-' + QString::number(attempt);
    return name + u'.' + Backup::suffix();
}

// The highest number a backup of `tag` made in the second of `at` carries
// in `dir` (1 for one without a number), 0 when there is none.
int lastAttempt(const QDir &dir, const QString &tag, const QDateTime &at)
{
    const QRegularExpression pattern = namePattern(tag);
    const QString stamp = at.toString(QLatin1String(TimeFormat));
    int last = 0;
    for (const QString &name : dir.entryList({u"baken-*." + Backup::suffix()}, QDir::Files)) {
        const auto match = pattern.match(name);
        if (match.hasMatch() && match.captured(1) == stamp)
            last = std::max(last, match.captured(2).isEmpty() ? 1 : match.captured(2).toInt());
    }
    return last;
}

Error folderProblem(const QString &folder)
{
    const QFileInfo info(folder);
    const QString shown = QDir::toNativeSeparators(folder);
    if (!info.exists())
        return Error{ErrorCode::Io, Backup::tr("The backup folder %1 is not there. Connect the USB stick or network "
                                               "drive, or choose another folder in Settings.")
                                        .arg(shown)};
    return Error{ErrorCode::Io, Backup::tr("%1 is not a folder. Choose a folder for backups in Settings.").arg(shown)};
}

// Errors of the file system and of SQLCipher while writing, in words about
// the backup rather than the vault.
Error writeProblem(const Error &cause, const QString &folder)
{
    // sqlcipher_export reports a failed write in the copy as a plain SQL
    // error; the vault itself was only read, so the target is the cause.
    if (cause.code == ErrorCode::Database)
        return Error{ErrorCode::Io, Backup::tr("The backup could not be written in %1. The disk may be full, or the "
                                               "folder may not accept files. Your vault and your earlier backups are "
                                               "unchanged.")
                                        .arg(QDir::toNativeSeparators(folder))};
    if (cause.code != ErrorCode::Io && cause.code != ErrorCode::AlreadyExists)
        return cause;
    return Error{ErrorCode::Io,
                 Backup::tr("The backup could not be written in %1: %2 Your vault and your earlier backups are "
                            "unchanged.")
                     .arg(QDir::toNativeSeparators(folder), cause.message)};
}

void rotate(const QList<BackupFileInfo> &newestFirst, int keep, QStringList &removed)
{
    for (qsizetype i = keep; i < newestFirst.size(); ++i) {
        if (QFile::remove(newestFirst[i].path))
            removed << newestFirst[i].path;
    }
}

} // namespace

QString Backup::suffix()
{
    return QStringLiteral("bakenbackup");
}

Result<BackupSalt> Backup::probe(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return Error{ErrorCode::VaultMissing, tr("There is no file at %1.").arg(QDir::toNativeSeparators(path))};
    if (!info.isFile())
        return Error{ErrorCode::NotAVault, tr("%1 is a folder, not a Baken backup.").arg(name)};
    if (info.size() == 0)
        return Error{ErrorCode::VaultEmpty, tr("%1 is empty: it is not a Baken backup.").arg(name)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("%1 cannot be read. Check its permissions.").arg(name)};
    const QByteArray header = file.read(BackupSalt::Size);
    if (header.startsWith(QByteArrayView(SqliteMagic)))
        return Error{
            ErrorCode::PlainSqlite,
            tr("%1 is an unencrypted database, not a Baken backup. Baken only opens backups it made.").arg(name)};
    if (VaultSalt::parse(header))
        return Error{ErrorCode::NotAVault,
                     tr("%1 is a Baken vault, not a backup: it opens with its own passphrase.").arg(name)};
    auto salt = BackupSalt::parse(header);
    if (!salt)
        return Error{ErrorCode::NotAVault, tr("%1 is not a Baken backup.").arg(name)};
    if (salt->format() != BackupSalt::Format)
        return Error{ErrorCode::NewerVersion,
                     tr("%1 was made by a newer version of Baken. Install that version to restore it.").arg(name)};
    if (info.size() < VaultPageSize || info.size() % VaultPageSize != 0)
        return Error{ErrorCode::Integrity,
                     tr("%1 is incomplete or damaged: it cannot be restored. Try an older backup.").arg(name)};
    return *salt;
}

Result<QList<BackupFileInfo>> listBackups(Vault &vault, const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return folderProblem(folder);
    const QRegularExpression pattern = namePattern(vaultTag(vault));
    struct Found {
        BackupFileInfo info;
        QString stamp;
        int attempt;
    };
    QList<Found> found;
    const QStringList names = dir.entryList({u"baken-*." + Backup::suffix()}, QDir::Files);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const QString stamp = match.captured(1);
        found.push_back({{dir.filePath(name), QDateTime::fromString(stamp, QLatin1String(TimeFormat))},
                         stamp,
                         match.captured(2).isEmpty() ? 1 : match.captured(2).toInt()});
    }
    // The stamps sort as text; two backups in one second carry -2, -3...
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.stamp != b.stamp ? a.stamp > b.stamp : a.attempt > b.attempt;
    });
    QList<BackupFileInfo> out;
    for (const Found &f : found)
        out << f.info;
    return out;
}

Result<BackupWritten> writeBackup(Vault &vault, const QString &folder, int keep)
{
    if (!vault.isOpen())
        return Error{ErrorCode::Locked, Backup::tr("The vault is locked.")};
    if (keep < Backup::MinKeep || keep > Backup::MaxKeep)
        return Error{ErrorCode::InvalidInput,
                     Backup::tr("Keep between %1 and %2 backups.").arg(Backup::MinKeep).arg(Backup::MaxKeep)};
    if (folder.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, Backup::tr("Choose a folder for the backups first.")};
    if (!QFileInfo(folder).isDir())
        return folderProblem(folder);

    auto recovery = vault.recoveryKey();
    if (!recovery)
        return recovery.error();
    const BackupSalt salt = BackupSalt::generate();
    auto spec = backupKeySpec(*recovery, salt);
    if (!spec)
        return spec.error();

    const QDir dir(folder);
    // What a crash or a kill left of an earlier backup of any vault here.
    removeStaleCopies(folder, QStringLiteral(".baken-backup-*.tmp*"), QDateTime::currentDateTime());
    const QString staging =
        dir.filePath(QStringLiteral(".baken-backup-") + QUuid::createUuid().toString(QUuid::Id128).left(12) + u".tmp");
    if (auto s = platform::createPrivateFile(staging); !s)
        return writeProblem(s.error(), folder);

    const QDateTime at = QDateTime::currentDateTime();
    Result<QString> placed = [&]() -> Result<QString> {
        if (auto s = exportEncryptedCopy(vault.db(), staging, *spec); !s)
            return s.error();
        auto expected = backup::tableCounts(vault.db());
        if (!expected)
            return expected.error();
        if (auto s = backup::verifyCopy(staging, *spec, *expected); !s)
            return s.error();
        platform::syncFile(staging);
        const QString tag = vaultTag(vault);
        // After the highest number already used in this second, never in a
        // gap that rotation left: the newest backup must sort as the newest,
        // or the next rotation would remove it.
        const int first = lastAttempt(dir, tag, at) + 1;
        for (int attempt = first;; ++attempt) {
            const QString target = dir.filePath(backupName(tag, at, attempt));
            Status renamed = platform::renameNoReplace(staging, target);
            if (renamed)
                return target;
            if (renamed.code() != ErrorCode::AlreadyExists || attempt >= first + 20)
                return renamed.error();
        }
    }();
    if (!placed) {
        removeWithJournal(staging);
        return writeProblem(placed.error(), folder);
    }
    platform::syncDirectory(dir.absolutePath());

    BackupWritten written{*placed, {}, at};
    if (auto s = vault.audit().append(QStringLiteral("backup.written")); !s)
        return s.error();
    if (auto all = listBackups(vault, folder))
        rotate(*all, keep, written.removed);
    if (!written.removed.isEmpty())
        platform::syncDirectory(dir.absolutePath());
    return written;
}

} // namespace baken
