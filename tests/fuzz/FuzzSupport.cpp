#include "FuzzSupport.h"

#include "crypto/Sodium.h"
#include "vault/TestHooks.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

namespace baken::fuzz {

namespace {

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        fail("no temporary folder");
    return dir;
}

} // namespace

void init()
{
    static int argc = 1;
    static char name[] = "baken-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    testing::enableCheapKdf();
    ensureSodium();
}

QString tempPath(const QString &name)
{
    return tempDir().filePath(name);
}

std::unique_ptr<Vault> createVault(const QString &name, std::optional<RecoveryKey> recoveryKey)
{
    VaultCreateOptions options;
    options.recoveryKey = std::move(recoveryKey);
    auto vault =
        Vault::create(tempPath(name), QStringLiteral("lantern orbit velvet crocus tambourine"), std::move(options));
    if (!vault)
        fail("cannot create the vault the target needs");
    return std::move(vault).value();
}

std::unique_ptr<Vault> createReadOnlyVault(const QString &name)
{
    auto vault = createVault(name);
    if (!vault->db().exec("PRAGMA query_only = 1").ok())
        fail("cannot make the vault refuse writes");
    return vault;
}

RecoveryKey seedRecoveryKey()
{
    SecureBytes bytes(RecoveryKey::Size);
    for (std::size_t i = 0; i < RecoveryKey::Size; ++i)
        bytes.data()[i] = static_cast<unsigned char>(0xA5 ^ i);
    return RecoveryKey::fromBytes(std::move(bytes));
}

SignKeys seedSignKeys()
{
    unsigned char seed[crypto_sign_SEEDBYTES];
    for (std::size_t i = 0; i < sizeof seed; ++i)
        seed[i] = static_cast<unsigned char>(0x42 + i);
    SignKeys keys{QByteArray(crypto_sign_PUBLICKEYBYTES, '\0'), QByteArray(crypto_sign_SECRETKEYBYTES, '\0')};
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(keys.pub.data()),
                             reinterpret_cast<unsigned char *>(keys.secret.data()), seed);
    return keys;
}

void fail(const char *what)
{
    std::fprintf(stderr, "baken fuzz: %s\n", what);
    std::abort();
}

} // namespace baken::fuzz
