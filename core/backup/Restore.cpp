#include "Restore.h"

#include "Backup.h"
#include "EncryptedCopy.h"
#include "crypto/Kdf.h"
#include "crypto/PassphraseStrength.h"
#include "platform/FileSystem.h"
#include "vault/Connection.h"
#include "vault/Migrations.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

namespace baken {

namespace {

Status checkTarget(const RestoreRequest &request)
{
    const QFileInfo target(request.vaultPath);
    if (request.vaultPath.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, Backup::tr("Choose where to save the restored vault.")};
    if (target.absoluteFilePath() == QFileInfo(request.backupPath).absoluteFilePath())
        return Error{ErrorCode::InvalidInput,
                     Backup::tr("The restored vault needs a name of its own; it cannot replace the backup.")};
    if (!target.absoluteDir().exists())
        return Error{ErrorCode::Io, Backup::tr("The folder for the restored vault does not exist.")};
    if (target.exists()) {
        if (!request.replaceExisting)
            return Error{ErrorCode::AlreadyExists,
                         Backup::tr("A file with that name already exists. Choose another name.")};
        if (!target.isFile())
            return Error{ErrorCode::InvalidInput, Backup::tr("%1 is a folder.").arg(target.fileName())};
        // Its journal would be replayed into the new file: a vault that is
        // still open, or was not closed properly, is never replaced.
        if (QFileInfo::exists(request.vaultPath + u"-wal") || QFileInfo::exists(request.vaultPath + u"-journal"))
            return Error{ErrorCode::InUse,
                         Backup::tr("The vault at that place is open or was not closed properly. Close it, or "
                                    "choose another name.")};
    }
    const auto strength = PassphraseStrength::evaluate(request.passphrase);
    if (!strength.acceptable)
        return Error{ErrorCode::WeakPassphrase,
                     QCoreApplication::translate("baken::Vault", "This passphrase is too easy to guess (%1). %2")
                         .arg(strength.label, strength.advice)};
    return {};
}

Error damaged(const QString &path)
{
    return Error{ErrorCode::Integrity,
                 Backup::tr("The backup %1 is damaged and cannot be restored. Try an older backup.")
                     .arg(QFileInfo(path).fileName())};
}

// Opens the backup and proves it whole before anything is written.
Result<Database> openBackup(const RestoreRequest &request, const SecureBytes &spec)
{
    auto db = connectKeyed(request.backupPath, spec);
    if (!db) {
        if (db.code() == ErrorCode::WrongPassphrase)
            return Error{ErrorCode::WrongPassphrase,
                         Backup::tr("This recovery key does not open the backup. It may belong to another vault: "
                                    "check that the key and the backup are from the same vault.")};
        if (db.code() == ErrorCode::Integrity)
            return damaged(request.backupPath);
        return db.error();
    }
    auto version = schemaVersion(*db);
    if (!version)
        return damaged(request.backupPath);
    if (*version > latestSchemaVersion())
        return Error{ErrorCode::NewerVersion, Backup::tr("This backup was made by a newer version of Baken. Install "
                                                         "that version to restore it.")};
    if (*version == 0)
        return Error{ErrorCode::NotAVault, Backup::tr("This file is not a Baken backup.")};
    if (auto s = backup::checkIntegrity(*db); !s)
        return damaged(request.backupPath);
    return std::move(db).value();
}

} // namespace

Result<std::unique_ptr<Vault>> restoreBackup(const RestoreRequest &request)
{
    if (auto s = checkTarget(request); !s)
        return s.error();
    auto header = Backup::probe(request.backupPath);
    if (!header)
        return header.error();
    auto backupSpec = backupKeySpec(request.recoveryKey, *header);
    if (!backupSpec)
        return backupSpec.error();
    auto source = openBackup(request, *backupSpec);
    if (!source)
        return source.error();
    auto expected = backup::tableCounts(*source);
    if (!expected)
        return damaged(request.backupPath);

    // The same key derivation as a new vault's (NFC, then Argon2id).
    const VaultSalt salt = VaultSalt::generate(KdfProfile::current().id);
    QByteArray utf8 = request.passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    auto key = deriveVaultKey(utf8, salt);
    wipe(utf8);
    if (!key)
        return key.error();
    const SecureBytes vaultSpec = sqlcipherKeySpec(*key, salt);

    const QFileInfo target(request.vaultPath);
    const QString staging = target.absoluteDir().filePath(u'.' + target.fileName() + QStringLiteral(".restoring-")
                                                          + QUuid::createUuid().toString(QUuid::Id128).left(12));
    if (auto s = platform::createPrivateFile(staging); !s)
        return s.error();
    Status built = exportEncryptedCopy(*source, staging, vaultSpec);
    source->close();
    if (built)
        built = backup::verifyCopy(staging, vaultSpec, *expected);
    if (built) {
        platform::syncFile(staging);
        built = request.replaceExisting && target.exists() ? platform::replaceFile(staging, request.vaultPath)
                                                           : platform::renameNoReplace(staging, request.vaultPath);
    }
    if (!built) {
        removeWithJournal(staging);
        if (built.code() == ErrorCode::Integrity || built.code() == ErrorCode::WrongPassphrase)
            return damaged(request.backupPath);
        return built.error();
    }
    platform::syncDirectory(target.absolutePath());

    auto vault = Vault::open(request.vaultPath, request.passphrase);
    if (!vault)
        return vault.error();
    if (auto s = (*vault)->audit().append(QStringLiteral("vault.restored")); !s)
        return s.error();
    return vault;
}

} // namespace baken
