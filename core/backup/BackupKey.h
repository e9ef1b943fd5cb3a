#pragma once

#include "base/Result.h"
#include "crypto/RecoveryKey.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>

#include <array>
#include <cstdint>
#include <optional>

namespace baken {

// The 16 plaintext bytes at the start of a backup file, laid out like a
// vault's (VaultSalt) but with the magic "BKB" and a format number in place
// of "BKN" and the KDF profile, so that a backup, a vault and anything else
// can be told apart before any key exists.
class BackupSalt {
public:
    static constexpr std::size_t Size = 16;
    static constexpr std::size_t RandomBytes = 12;
    static constexpr std::uint8_t Format = 1;

    static BackupSalt generate();
    // Empty when the bytes lack the backup magic.
    static std::optional<BackupSalt> parse(const QByteArray &header);

    std::uint8_t format() const { return m_bytes[Size - 1]; }
    const std::array<unsigned char, Size> &bytes() const { return m_bytes; }

private:
    std::array<unsigned char, Size> m_bytes{};
};

// The raw SQLCipher key spec ("x'<key><salt>'") of a backup. The key is
// BLAKE2b keyed with the 256-bit recovery key over a fixed context and the
// salt: the recovery key is random, so a slow KDF would add nothing, and a
// fresh salt gives every backup its own key.
Result<SecureBytes> backupKeySpec(const RecoveryKey &recovery, const BackupSalt &salt);

} // namespace baken
