#include "BackupKey.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>

namespace baken {

namespace {

constexpr unsigned char Magic[3] = {'B', 'K', 'B'};
// Changing this string changes every backup key: it names the format.
constexpr char Context[] = "baken/backup-key/v1";
constexpr std::size_t KeySize = 32;

} // namespace

BackupSalt BackupSalt::generate()
{
    ensureSodium();
    BackupSalt salt;
    randombytes_buf(salt.m_bytes.data(), RandomBytes);
    std::memcpy(salt.m_bytes.data() + RandomBytes, Magic, sizeof Magic);
    salt.m_bytes[Size - 1] = Format;
    return salt;
}

std::optional<BackupSalt> BackupSalt::parse(const QByteArray &header)
{
    if (header.size() < static_cast<qsizetype>(Size))
        return std::nullopt;
    if (std::memcmp(header.constData() + RandomBytes, Magic, sizeof Magic) != 0)
        return std::nullopt;
    BackupSalt salt;
    std::memcpy(salt.m_bytes.data(), header.constData(), Size);
    return salt;
}

Result<SecureBytes> backupKeySpec(const RecoveryKey &recovery, const BackupSalt &salt)
{
    ensureSodium();
    if (recovery.bytes().size() != RecoveryKey::Size)
        return Error{ErrorCode::Crypto,
                     QCoreApplication::translate("baken::Backup", "The recovery key of this vault is incomplete.")};
    unsigned char input[sizeof Context - 1 + BackupSalt::Size];
    std::memcpy(input, Context, sizeof Context - 1);
    std::memcpy(input + sizeof Context - 1, salt.bytes().data(), BackupSalt::Size);

    SecureBytes key(KeySize);
    if (crypto_generichash(key.data(), key.size(), input, sizeof input, recovery.bytes().data(),
                           recovery.bytes().size())
        != 0)
        return Error{ErrorCode::Crypto,
                     QCoreApplication::translate("baken::Backup", "The backup key could not be made.")};

    // x' + 64 hex + 32 hex + ' ; in locked memory, never in a QString.
    const std::size_t hexLen = KeySize * 2 + BackupSalt::Size * 2;
    SecureBytes spec(hexLen + 3);
    char *out = reinterpret_cast<char *>(spec.data());
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, KeySize * 2 + 1, key.data(), KeySize);
    sodium_bin2hex(out + 2 + KeySize * 2, BackupSalt::Size * 2 + 1, salt.bytes().data(), BackupSalt::Size);
    out[hexLen + 2] = '\'';
    return spec;
}

} // namespace baken
