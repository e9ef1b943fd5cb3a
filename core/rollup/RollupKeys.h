#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace baken {
class Vault;
}

namespace baken::rollup {

// A vault's own key pairs for the roll-up, made on first use and kept in the
// vault's vault_secret table (never on disk outside it): an X25519 pair to
// receive sealed packages (a coordinator) and an Ed25519 pair to sign them
// (an advisor). Public halves only ever leave the vault.
struct PublicKeys {
    QByteArray box;  // crypto_box_PUBLICKEYBYTES
    QByteArray sign; // crypto_sign_PUBLICKEYBYTES
    bool operator==(const PublicKeys &) const = default;
};

// The vault's public keys, creating both pairs on first use (audited as
// "rollup.keys_created").
Result<PublicKeys> ownPublicKeys(Vault &vault);

// What a coordinator hands to advisors: a label and the public keys.
struct CoordinatorKey {
    QString label; // "Coördinator Gemeente Noord"
    PublicKeys keys;
    bool operator==(const CoordinatorKey &) const = default;
};

// A short text block to mail or paste:
//   -----BEGIN BAKEN COORDINATOR KEY-----
//   label, base64 keys, a checksum
//   -----END BAKEN COORDINATOR KEY-----
QByteArray coordinatorKeyText(const CoordinatorKey &key);
// Reads that block (also from a file with text around it), refusing a
// damaged or mistyped one with a clear message.
Result<CoordinatorKey> parseCoordinatorKey(const QByteArray &text);

// A fingerprint to compare by phone: 8 groups of 4 digits from a BLAKE2b
// hash of both public keys ("4821 0937 5512 ...").
QString fingerprint(const PublicKeys &keys);

} // namespace baken::rollup
