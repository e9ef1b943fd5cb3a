#include "DemoVaultCopy.h"

#include "vault/TestHooks.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace baken::test {

namespace {

constexpr int kLockWaitMs = 10 * 60 * 1000;

QByteArray shortHash(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(16);
}

// The running test program's file: a rebuild changes its time and size.
QFileInfo testProgram()
{
    return QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget());
}

// Cached copies of an earlier build or day: removed so the folder stays small.
void removeOutdated(const QDir &cache, const QString &prefix, const QString &current)
{
    for (const QString &name : cache.entryList({prefix + QStringLiteral("*.baken")}, QDir::Files))
        if (!name.startsWith(current))
            QFile::remove(cache.filePath(name));
}

::testing::AssertionResult makeCached(const QString &path, const QString &passphrase, const VaultMaker &make)
{
    const QString part = path + QStringLiteral(".part");
    for (const QString &leftover : QStringList{part, part + QStringLiteral("-wal"), part + QStringLiteral("-shm")})
        QFile::remove(leftover);
    if (auto made = make(part, passphrase); !made)
        return made;
    if (QFileInfo::exists(part + QStringLiteral("-wal")))
        return ::testing::AssertionFailure() << "the closed vault left its -wal behind";
    if (!QFile::rename(part, path))
        return ::testing::AssertionFailure() << "cannot move the vault into " << path.toStdString();
    return ::testing::AssertionSuccess();
}

} // namespace

::testing::AssertionResult copyDemoVault(const QString &to, const QString &passphrase)
{
    return copyCachedVault(QStringLiteral("demo"), to, passphrase, [](const QString &path, const QString &pass) {
        auto demo = DemoVault::create(path, pass);
        if (!demo.ok())
            return ::testing::AssertionFailure() << "the demo vault: " << demo.error().message.toStdString();
        return ::testing::AssertionSuccess();
    });
}

::testing::AssertionResult copyCachedVault(const QString &name, const QString &to, const QString &passphrase,
                                           const VaultMaker &make)
{
    testing::enableCheapKdf();
    const QDir cache(QStringLiteral(BAKEN_TEST_CACHE_DIR));
    if (!cache.mkpath(QStringLiteral(".")))
        return ::testing::AssertionFailure() << "cannot make " << cache.path().toStdString();
    const QFileInfo program = testProgram();
    const QString prefix = QStringLiteral("%1-%2-").arg(name, program.fileName());
    const QString build =
        prefix
        + QString::fromLatin1(shortHash(program.filePath().toUtf8() + QByteArray::number(program.size())
                                        + QByteArray::number(program.lastModified().toMSecsSinceEpoch())
                                        + QDate::currentDate().toString(Qt::ISODate).toUtf8()));
    const QString path = cache.filePath(build + QLatin1Char('-') + QString::fromLatin1(shortHash(passphrase.toUtf8()))
                                        + QStringLiteral(".baken"));

    QLockFile lock(cache.filePath(prefix + QStringLiteral("lock")));
    lock.setStaleLockTime(kLockWaitMs);
    if (!lock.tryLock(kLockWaitMs))
        return ::testing::AssertionFailure()
               << "the cached vault's lock was not free within ten minutes (QLockFile error " << lock.error() << ")";
    if (!QFileInfo::exists(path)) {
        removeOutdated(cache, prefix, build);
        if (auto made = makeCached(path, passphrase, make); !made)
            return made;
    }
    lock.unlock();
    if (!QFile::copy(path, to))
        return ::testing::AssertionFailure() << "cannot copy the cached vault to " << to.toStdString();
    return ::testing::AssertionSuccess();
}

} // namespace baken::test
