#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"
#include "db/Database.h"

#include <QString>

namespace baken {

inline constexpr int VaultPageSize = 4096;

// Opens an existing file and keys it, then proves the key by reading the
// schema. Before that proof nothing is written: a wrong key leaves the file
// and its folder untouched.
Result<Database> connectKeyed(const QString &path, const SecureBytes &keySpec);

// The settings every vault connection runs with (DESIGN.md, "The vault").
Status configureConnection(Database &db);

// Copies everything in `source`'s main database into the empty file at
// `target` (which must exist), keyed with `keySpec`, 4096-byte pages and a
// rollback journal, so that a finished copy is one file: the new file of a
// passphrase change, a backup, a restored vault.
Status exportEncryptedCopy(Database &source, const QString &target, const SecureBytes &keySpec);

// Removes a file and any journal SQLite left beside it.
void removeWithJournal(const QString &path);

// Refuses a process that is not linked against SQLCipher.
Status checkCipherVersion(Database &db);

} // namespace baken
