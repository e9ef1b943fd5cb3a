#pragma once

#include "Backup.h"
#include "base/Result.h"

#include <optional>

namespace baken {

class Vault;

// Where this vault's backups go and how many are kept: vault settings (the
// meta table), so that they travel with the vault and baken-cli finds them.
QString backupFolder(Vault &vault);
// An empty folder switches the automatic backups off.
Status setBackupFolder(Vault &vault, const QString &folder);
// Backup::DefaultKeep when the vault holds no valid value.
int backupKeep(Vault &vault);
Status setBackupKeep(Vault &vault, int keep);

// The backups written when the vault is locked or closed: only when a folder
// is set and the vault changed since the last backup. A failed backup is
// remembered in the vault, so that the next lock tries again even after a
// restart.
class AutoBackup {
public:
    // Takes the vault as it is now as backed up, for this session.
    explicit AutoBackup(Vault &vault);

    bool due();
    // Writes a backup if one is due; an empty optional when none was.
    Result<std::optional<BackupWritten>> runIfDue();
    // A backup was written by other means ("Back up now").
    void noteBackupWritten();

private:
    qint64 changeCount() const;
    bool pendingFromEarlier();
    void setPending(bool pending);

    Vault &m_vault;
    qint64 m_baseline;
};

} // namespace baken
