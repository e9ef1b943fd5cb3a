#pragma once

#include "crypto/RecoveryKey.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>

// Shared by the libFuzzer targets in this folder: a Qt application object,
// a private temporary folder, and vaults made with the cheap test KDF, all
// set up once per process so that each input costs only the code under test.
namespace baken::fuzz {

// Creates the QCoreApplication and switches to the cheap test KDF
// (vault/TestHooks.h). Call from LLVMFuzzerInitialize.
void init();

// A path in this process's temporary folder, removed at exit.
QString tempPath(const QString &name);

// A new vault in the temporary folder; aborts when it cannot be made, since
// a target without its vault would report nothing but false "passes".
std::unique_ptr<Vault> createVault(const QString &name, std::optional<RecoveryKey> recoveryKey = {});

// The key the committed backup seeds were made with (make_seeds.cpp), so
// that the backup target reaches past the key check on them.
// An empty vault that refuses every write (PRAGMA query_only), for targets
// whose code under test must only read: one for the whole run, and a crash
// reproduces from the input alone.
std::unique_ptr<Vault> createReadOnlyVault(const QString &name);

RecoveryKey seedRecoveryKey();

// The Ed25519 key pair that signs the roll-up seeds: a fixed seed, so the
// signKey written in corpus/rollup_package matches what the target signs with.
struct SignKeys {
    QByteArray pub;
    QByteArray secret;
};
SignKeys seedSignKeys();

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Stops the run with a message: libFuzzer saves the input as a crash.
[[noreturn]] void fail(const char *what);

} // namespace baken::fuzz
