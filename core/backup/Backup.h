#pragma once

#include "BackupKey.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace baken {

class Vault;

// Encrypted single-file backups of a vault, opened with its recovery key
// alone (docs/security.md, "Backups"). A backup is an SQLCipher file like the
// vault, with its own header (BackupSalt) and a key made from the recovery
// key, so a forgotten passphrase does not lose the cases.
class Backup {
    Q_DECLARE_TR_FUNCTIONS(baken::Backup)

public:
    static constexpr int DefaultKeep = 10;
    static constexpr int MinKeep = 1;
    static constexpr int MaxKeep = 100;

    // "bakenbackup": the extension of every backup file.
    static QString suffix();

    // Reads the plaintext header without any key: tells a backup from a
    // vault and from anything else, and never changes a file.
    static Result<BackupSalt> probe(const QString &path);
};

struct BackupWritten {
    QString path;
    QStringList removed; // older backups rotated away
    QDateTime at;
};

struct BackupFileInfo {
    QString path;
    QDateTime madeAt; // local time, from the name
};

// Writes a backup of the open vault into `folder`: to a hidden temporary
// file, checked (opened with the backup key, integrity_check, every table's
// row count equal to the vault's), synced, then renamed into place. Then
// keeps the `keep` newest backups of this vault in that folder and deletes
// older ones. Audited as "backup.written". Any failure leaves the folder and
// the vault as they were.
Result<BackupWritten> writeBackup(Vault &vault, const QString &folder, int keep = Backup::DefaultKeep);

// This vault's backups in `folder`, newest first. Backups of other vaults
// in the same folder are never listed, so never rotated away.
Result<QList<BackupFileInfo>> listBackups(Vault &vault, const QString &folder);

} // namespace baken
