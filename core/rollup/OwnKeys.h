#pragma once

#include "RollupKeys.h"
#include "base/Result.h"
#include "crypto/SecureBytes.h"

namespace baken::rollup {

// The vault's own roll-up key pairs, secret halves included, for sealing and
// opening packages (RollupPackage.cpp). Internal to core/rollup: the secret
// halves live only in SecureBytes and in the vault's vault_secret table.
struct OwnKeys {
    PublicKeys pub;
    SecureBytes boxSecret;  // crypto_box_SECRETKEYBYTES
    SecureBytes signSecret; // crypto_sign_SECRETKEYBYTES
};

// Reads both pairs, creating them on first use (see ownPublicKeys).
Result<OwnKeys> ownKeys(Vault &vault);

} // namespace baken::rollup
