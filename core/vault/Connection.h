#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"
#include "db/Database.h"

namespace baken {

inline constexpr int VaultPageSize = 4096;

// Opens an existing file and keys it, then proves the key by reading the
// schema. Before that proof nothing is written: a wrong key leaves the file
// and its folder untouched.
Result<Database> connectKeyed(const QString &path, const SecureBytes &keySpec);

// The settings every vault connection runs with (DESIGN.md, "The vault").
Status configureConnection(Database &db);

// Refuses a process that is not linked against SQLCipher.
Status checkCipherVersion(Database &db);

} // namespace baken
