#include "Kdf.h"

#include "Sodium.h"
#include "vault/TestHooks.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>

namespace baken {

namespace {
constexpr unsigned char Magic[3] = {'B', 'K', 'N'};
}

VaultSalt VaultSalt::generate(std::uint8_t profile)
{
    ensureSodium();
    VaultSalt salt;
    randombytes_buf(salt.m_bytes.data(), RandomBytes);
    std::memcpy(salt.m_bytes.data() + RandomBytes, Magic, sizeof Magic);
    salt.m_bytes[Size - 1] = profile;
    return salt;
}

std::optional<VaultSalt> VaultSalt::parse(const QByteArray &header)
{
    if (header.size() < static_cast<qsizetype>(Size))
        return std::nullopt;
    if (std::memcmp(header.constData() + RandomBytes, Magic, sizeof Magic) != 0)
        return std::nullopt;
    VaultSalt salt;
    std::memcpy(salt.m_bytes.data(), header.constData(), Size);
    return salt;
}

QByteArray VaultSalt::toHex() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), Size).toHex();
}

KdfProfile KdfProfile::current()
{
    if (testing::cheapKdfEnabled())
        return *byId(TestOnly);
    return *byId(Moderate);
}

std::optional<KdfProfile> KdfProfile::byId(std::uint8_t id)
{
    switch (id) {
    case Moderate:
        return KdfProfile{Moderate, crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
    case TestOnly:
        if (testing::cheapKdfEnabled())
            return KdfProfile{TestOnly, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

Result<SecureBytes> deriveVaultKey(const QByteArray &passphraseUtf8, const VaultSalt &salt)
{
    ensureSodium();
    const auto profile = KdfProfile::byId(salt.profile());
    if (!profile) {
        return Error{ErrorCode::UnsupportedKdf,
                     QCoreApplication::translate(
                         "baken::Vault", "This vault uses a key setting that this version of Baken does not know. "
                                         "Open it with the version that created it.")};
    }
    SecureBytes key(VaultKeySize);
    if (crypto_pwhash(key.data(), key.size(), passphraseUtf8.constData(),
                      static_cast<unsigned long long>(passphraseUtf8.size()), salt.bytes().data(), profile->opsLimit,
                      profile->memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Error{
            ErrorCode::Crypto,
            QCoreApplication::translate(
                "baken::Vault", "There was not enough memory to derive the key. Close other programs and try again.")};
    }
    return key;
}

SecureBytes sqlcipherKeySpec(const SecureBytes &key, const VaultSalt &salt)
{
    // x' + 64 hex + 32 hex + ' ; built in locked memory, never in a QString.
    const std::size_t hexLen = key.size() * 2 + VaultSalt::Size * 2;
    SecureBytes spec(hexLen + 3);
    char *out = reinterpret_cast<char *>(spec.data());
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, key.size() * 2 + 1, key.data(), key.size());
    sodium_bin2hex(out + 2 + key.size() * 2, VaultSalt::Size * 2 + 1, salt.bytes().data(), VaultSalt::Size);
    out[hexLen + 2] = '\'';
    return spec;
}

} // namespace baken
