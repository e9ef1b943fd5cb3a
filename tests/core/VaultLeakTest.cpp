// A canary written as data must not be findable in the vault file or in its
// -wal and -shm companions, while open or after locking.
#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "support/TestVault.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace baken;
using test::TestVaultDir;

namespace {

const QString Canary = QStringLiteral("Kanarie-Vogel-7f3a9c");

bool containsCanary(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    const QByteArray utf8 = Canary.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(Canary.utf16()), Canary.size() * 2);
    return bytes.contains(utf8) || bytes.contains(utf16) || bytes.contains(utf8.toLower());
}

bool anyFileContainsCanary(const TestVaultDir &dir)
{
    for (const QString &name : dir.entries())
        if (containsCanary(dir.path(name)))
            return true;
    return false;
}

} // namespace

TEST(VaultLeak, TheScannerFindsTheCanaryInPlaintext)
{
    TestVaultDir dir;
    QFile control(dir.path(QStringLiteral("control.txt")));
    ASSERT_TRUE(control.open(QIODevice::WriteOnly));
    control.write("prefix " + Canary.toUtf8() + " suffix");
    control.close();
    EXPECT_TRUE(anyFileContainsCanary(dir)) << "the check itself must be able to fail";
}

TEST(VaultLeak, CanaryIsNotInTheVaultWalOrShm)
{
    TestVaultDir dir;
    auto vault = dir.create();
    ASSERT_TRUE(vault);
    SqlCodeListStore store(vault->db());
    CodeListService service(*vault, store);
    for (int i = 0; i < 50; ++i)
        ASSERT_TRUE(service.add(CodeList::Units, Canary + QString::number(i), Canary + u'-' + QString::number(i)).ok());

    // Open: the WAL holds the fresh pages.
    ASSERT_GE(dir.entries().size(), 2);
    EXPECT_FALSE(anyFileContainsCanary(dir)) << "while open";

    vault->lock();
    EXPECT_FALSE(anyFileContainsCanary(dir)) << "after lock";
}

TEST(VaultLeak, RetiredAndRelabelledTextDoesNotLinger)
{
    TestVaultDir dir;
    auto vault = dir.create();
    ASSERT_TRUE(vault);
    SqlCodeListStore store(vault->db());
    CodeListService service(*vault, store);
    auto item = service.add(CodeList::Units, Canary, Canary + u'E');
    ASSERT_TRUE(item.ok());
    ASSERT_TRUE(service.relabel(item->id, QStringLiteral("Afdeling"), QStringLiteral("Department")).ok());
    ASSERT_TRUE(service.remove(item->id).ok());
    vault.reset();
    EXPECT_FALSE(anyFileContainsCanary(dir));
}
