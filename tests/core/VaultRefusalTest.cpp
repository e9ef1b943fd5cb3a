// Every file Baken must refuse, refused with its own error code and without
// creating or changing a single byte in the folder.
#include "db/Database.h"
#include "support/TestVault.h"

#include <QDir>
#include <QFile>

#include <sodium.h>

#include <gtest/gtest.h>

using namespace baken;
using test::fileHash;
using test::strongPassphrase;
using test::TestVaultDir;

namespace {

struct FolderSnapshot {
    QStringList names;
    QList<QByteArray> hashes;
    bool operator==(const FolderSnapshot &) const = default;
};

FolderSnapshot snapshot(const TestVaultDir &dir)
{
    FolderSnapshot s;
    s.names = dir.entries();
    for (const QString &name : s.names)
        s.hashes << fileHash(dir.path(name));
    return s;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, '\0');
    randombytes_buf(bytes.data(), std::size_t(size));
    return bytes;
}

void expectRefused(const TestVaultDir &dir, const QString &path, ErrorCode expected)
{
    const FolderSnapshot before = snapshot(dir);
    auto vault = Vault::open(path, strongPassphrase());
    ASSERT_FALSE(vault.ok());
    EXPECT_EQ(int(vault.code()), int(expected)) << vault.error().message.toStdString();
    EXPECT_FALSE(vault.error().message.isEmpty());
    EXPECT_TRUE(snapshot(dir) == before) << "the folder changed";
}

} // namespace

TEST(VaultRefusal, MissingPathIsNotCreated)
{
    TestVaultDir dir;
    expectRefused(dir, dir.path(QStringLiteral("nothing.baken")), ErrorCode::VaultMissing);
    EXPECT_TRUE(dir.entries().isEmpty());
}

TEST(VaultRefusal, EmptyFile)
{
    TestVaultDir dir;
    writeFile(dir.path(), {});
    expectRefused(dir, dir.path(), ErrorCode::VaultEmpty);
}

TEST(VaultRefusal, PlainSqliteFileIsNeverOpened)
{
    TestVaultDir dir;
    {
        auto db = Database::open(dir.path(QStringLiteral("plain.db")), Database::OpenMode::CreateNew);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->exec("CREATE TABLE cases (x); INSERT INTO cases VALUES ('a')").ok());
    }
    expectRefused(dir, dir.path(QStringLiteral("plain.db")), ErrorCode::PlainSqlite);
}

TEST(VaultRefusal, RandomBytesAreNotAVault)
{
    TestVaultDir dir;
    writeFile(dir.path(), randomBytes(8192));
    expectRefused(dir, dir.path(), ErrorCode::NotAVault);
}

TEST(VaultRefusal, TextFileIsNotAVault)
{
    TestVaultDir dir;
    writeFile(dir.path(QStringLiteral("cases.csv")), QByteArray("nummer;datum\n2026-0001;1-3-2026\n").repeated(300));
    expectRefused(dir, dir.path(QStringLiteral("cases.csv")), ErrorCode::NotAVault);
}

TEST(VaultRefusal, FolderIsNotAVault)
{
    TestVaultDir dir;
    ASSERT_TRUE(QDir(dir.path(QString())).mkdir(QStringLiteral("sub.baken")));
    const auto vault = Vault::open(dir.path(QStringLiteral("sub.baken")), strongPassphrase());
    ASSERT_FALSE(vault.ok());
    EXPECT_EQ(vault.code(), ErrorCode::NotAVault);
}

TEST(VaultRefusal, WrongPassphraseLeavesTheFileByteIdentical)
{
    TestVaultDir dir;
    ASSERT_TRUE(dir.create());
    const FolderSnapshot before = snapshot(dir);
    ASSERT_EQ(before.names, QStringList{u"test.baken"_qs});
    for (const char *guess : {"lantern orbit velvet crocus", "", "LANTERN ORBIT VELVET CROCUS TAMBOURINE"}) {
        auto vault = Vault::open(dir.path(), QString::fromUtf8(guess));
        ASSERT_FALSE(vault.ok());
        EXPECT_EQ(vault.code(), ErrorCode::WrongPassphrase);
    }
    EXPECT_TRUE(snapshot(dir) == before);
}

TEST(VaultRefusal, VaultFromANewerSchemaIsRefusedAndLeftAlone)
{
    TestVaultDir dir;
    {
        auto vault = dir.create();
        ASSERT_TRUE(vault);
        ASSERT_TRUE(vault->db().exec("INSERT INTO schema_migrations (version, applied_at) VALUES (999, 'later')").ok());
    }
    expectRefused(dir, dir.path(), ErrorCode::NewerVersion);
}

TEST(VaultRefusal, ErrorsAreDistinctSoTheUserKnowsWhatHappened)
{
    TestVaultDir dir;
    writeFile(dir.path(QStringLiteral("empty.baken")), {});
    writeFile(dir.path(QStringLiteral("noise.baken")), randomBytes(4096));
    ASSERT_TRUE(dir.create());
    const QString messages[] = {
        Vault::open(dir.path(QStringLiteral("missing.baken")), strongPassphrase()).error().message,
        Vault::open(dir.path(QStringLiteral("empty.baken")), strongPassphrase()).error().message,
        Vault::open(dir.path(QStringLiteral("noise.baken")), strongPassphrase()).error().message,
        Vault::open(dir.path(), QStringLiteral("wrong")).error().message,
    };
    for (int i = 0; i < 4; ++i)
        for (int j = i + 1; j < 4; ++j)
            EXPECT_NE(messages[i], messages[j]);
}
