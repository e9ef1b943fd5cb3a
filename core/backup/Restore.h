#pragma once

#include "base/Result.h"
#include "crypto/RecoveryKey.h"

#include <QString>

#include <memory>

namespace baken {

class Vault;

struct RestoreRequest {
    QString backupPath;
    RecoveryKey recoveryKey;
    // Where the restored vault is written, and its new passphrase (checked
    // for strength like that of any new vault).
    QString vaultPath;
    QString passphrase;
    // Only when the user confirmed replacing the file at vaultPath.
    bool replaceExisting = false;
};

// The path for a forgotten passphrase: opens a backup with the recovery key
// and writes its contents as a new vault under a new passphrase, keeping the
// recovery key. Built under a hidden name, checked, then renamed into place;
// nothing is written before the backup has opened and passed its integrity
// check, and any failure leaves every existing file as it was. Returns the
// new vault, open, with "vault.restored" in its audit log.
Result<std::unique_ptr<Vault>> restoreBackup(const RestoreRequest &request);

} // namespace baken
