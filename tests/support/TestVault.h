#pragma once

#include "vault/Vault.h"

#include <QTemporaryDir>

#include <memory>

namespace baken::test {

// A strong passphrase that passes the strength check.
inline QString strongPassphrase()
{
    return QStringLiteral("lantern orbit velvet crocus tambourine");
}

// A temporary folder holding vaults made with the cheap test KDF
// (vault/TestHooks.h); removed with everything in it when it goes.
class TestVaultDir {
public:
    TestVaultDir();
    QString path(const QString &name = QStringLiteral("test.baken")) const;
    // Creates a vault named `name` with strongPassphrase(); fails the test on error.
    std::unique_ptr<Vault> create(const QString &name = QStringLiteral("test.baken"));
    // Every file in the folder, for checks that nothing was left behind.
    QStringList entries() const;

private:
    QTemporaryDir m_dir;
};

QByteArray fileHash(const QString &path);

} // namespace baken::test
