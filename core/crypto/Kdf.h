#pragma once

#include "SecureBytes.h"
#include "base/Result.h"

#include <QByteArray>

#include <array>
#include <cstdint>
#include <optional>

namespace baken {

// The 16 bytes at the start of every vault file, in plaintext: SQLCipher keeps
// its salt there, and Baken makes that salt carry what is needed before the
// key exists: 12 random bytes, the magic "BKN" and the KDF profile number.
// The whole 16 bytes are the Argon2id salt, so the profile is bound to the key.
class VaultSalt {
public:
    static constexpr std::size_t Size = 16;
    static constexpr std::size_t RandomBytes = 12;

    static VaultSalt generate(std::uint8_t profile);
    // Empty when the bytes lack Baken's magic.
    static std::optional<VaultSalt> parse(const QByteArray &header);

    std::uint8_t profile() const { return m_bytes[Size - 1]; }
    const std::array<unsigned char, Size> &bytes() const { return m_bytes; }
    QByteArray toHex() const;

private:
    std::array<unsigned char, Size> m_bytes{};
};

// Argon2id cost levels. The number is stored in the vault's salt, so a later
// version can raise the default without breaking vaults made earlier.
struct KdfProfile {
    std::uint8_t id;
    unsigned long long opsLimit;
    std::size_t memLimit;

    static constexpr std::uint8_t Moderate = 1;    // libsodium MODERATE: 3 passes, 256 MiB
    static constexpr std::uint8_t TestOnly = 0xE7; // see vault/TestHooks.h

    // The profile new vaults get.
    static KdfProfile current();
    // Known profiles; the test-only one only while the test hook is on.
    static std::optional<KdfProfile> byId(std::uint8_t id);
};

inline constexpr std::size_t VaultKeySize = 32;

// Argon2id(passphrase, salt) -> 32-byte raw SQLCipher key.
Result<SecureBytes> deriveVaultKey(const QByteArray &passphraseUtf8, const VaultSalt &salt);

// "x'<64 hex key><32 hex salt>'", the raw-key form SQLCipher 3.4.1 accepts.
SecureBytes sqlcipherKeySpec(const SecureBytes &key, const VaultSalt &salt);

} // namespace baken
