#include "BackupSettings.h"

#include "vault/Vault.h"
#include "vault/VaultSettings.h"

#include <sqlcipher/sqlite3.h>

namespace baken {

namespace {

const QString FolderKey = QStringLiteral("backup_folder");
const QString KeepKey = QStringLiteral("backup_keep");
// Set when a backup on lock or close failed; not a user setting, so it is
// written without an audit entry.
const QString PendingKey = QStringLiteral("backup_pending");

} // namespace

QString backupFolder(Vault &vault)
{
    auto stored = vault.meta(FolderKey);
    return stored ? *stored : QString();
}

Status setBackupFolder(Vault &vault, const QString &folder)
{
    return writeVaultSetting(vault, FolderKey, folder.trimmed());
}

int backupKeep(Vault &vault)
{
    auto stored = vault.meta(KeepKey);
    bool ok = false;
    const int keep = stored ? stored->toInt(&ok) : 0;
    return ok && keep >= Backup::MinKeep && keep <= Backup::MaxKeep ? keep : Backup::DefaultKeep;
}

Status setBackupKeep(Vault &vault, int keep)
{
    if (keep < Backup::MinKeep || keep > Backup::MaxKeep)
        return Error{ErrorCode::InvalidInput,
                     Backup::tr("Keep between %1 and %2 backups.").arg(Backup::MinKeep).arg(Backup::MaxKeep)};
    return writeVaultSetting(vault, KeepKey, QString::number(keep));
}

AutoBackup::AutoBackup(Vault &vault) : m_vault(vault), m_baseline(changeCount()) {}

qint64 AutoBackup::changeCount() const
{
    // Rows written through this connection since it opened, audit entries
    // included; a passphrase change opens a new connection, which differs too.
    return m_vault.isOpen() ? sqlite3_total_changes(m_vault.db().handle()) : m_baseline;
}

bool AutoBackup::pendingFromEarlier()
{
    auto stored = m_vault.meta(PendingKey);
    return stored && *stored == u"1";
}

void AutoBackup::setPending(bool pending)
{
    auto stmt = pending ? m_vault.db().prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, '1')")
                        : m_vault.db().prepare("DELETE FROM meta WHERE key = ?1");
    if (stmt) {
        stmt->bind(1, PendingKey);
        (void)stmt->run();
    }
}

bool AutoBackup::due()
{
    if (!m_vault.isOpen() || backupFolder(m_vault).isEmpty())
        return false;
    return changeCount() != m_baseline || pendingFromEarlier();
}

Result<std::optional<BackupWritten>> AutoBackup::runIfDue()
{
    if (!due())
        return std::optional<BackupWritten>();
    auto written = writeBackup(m_vault, backupFolder(m_vault), backupKeep(m_vault));
    if (!written) {
        setPending(true);
        return written.error();
    }
    noteBackupWritten();
    return std::optional<BackupWritten>(std::move(written).value());
}

void AutoBackup::noteBackupWritten()
{
    if (pendingFromEarlier())
        setPending(false);
    m_baseline = changeCount();
}

} // namespace baken
