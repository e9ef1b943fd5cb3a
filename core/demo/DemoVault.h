#pragma once

#include "base/Result.h"
#include "vault/Vault.h"

#include <memory>

namespace baken {

// The demo vault: synthetic, realistic data to try Baken on. Its passphrase
// is public (README), so it is the one vault allowed to skip the strength
// check, and it is marked as a demo inside.
struct DemoVault {
    static QString defaultPassphrase();
    static Result<std::unique_ptr<Vault>> create(const QString &path, const QString &passphrase);
    // The demo vault with its units and clients only (LargeDemo fills it).
    static Result<std::unique_ptr<Vault>> createEmpty(const QString &path, const QString &passphrase);
};

} // namespace baken
