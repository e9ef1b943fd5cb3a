#include "TestVault.h"

#include "vault/TestHooks.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

namespace baken::test {

TestVaultDir::TestVaultDir()
{
    testing::enableCheapKdf();
}

QString TestVaultDir::path(const QString &name) const
{
    return m_dir.filePath(name);
}

std::unique_ptr<Vault> TestVaultDir::create(const QString &name)
{
    auto vault = Vault::create(path(name), strongPassphrase());
    EXPECT_TRUE(vault.ok()) << (vault.ok() ? "" : vault.error().message.toStdString());
    return vault.ok() ? std::move(vault).value() : nullptr;
}

QStringList TestVaultDir::entries() const
{
    return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace baken::test
