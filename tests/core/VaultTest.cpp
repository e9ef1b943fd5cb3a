#include "crypto/Kdf.h"
#include "demo/DemoVault.h"
#include "support/TestVault.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace baken;
using test::strongPassphrase;
using test::TestVaultDir;

namespace {

QStringList auditEvents(Vault &vault)
{
    QStringList events;
    auto entries = vault.audit().latest(100);
    EXPECT_TRUE(entries.ok());
    for (const auto &entry : *entries)
        events.prepend(entry.event);
    return events;
}

QByteArray header(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.read(16);
}

} // namespace

TEST(Vault, CreatesAVaultThatReopensWithItsPassphrase)
{
    TestVaultDir dir;
    auto vault = dir.create();
    ASSERT_TRUE(vault);
    EXPECT_TRUE(vault->isOpen());
    auto recovery = vault->recoveryKey();
    ASSERT_TRUE(recovery.ok());
    const QString shown = recovery->formatted();
    vault->lock();
    EXPECT_FALSE(vault->isOpen());

    auto reopened = Vault::open(dir.path(), strongPassphrase());
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    EXPECT_EQ((*reopened)->recoveryKey()->formatted(), shown);
    EXPECT_EQ(auditEvents(**reopened), (QStringList{u"vault.created"_qs, u"vault.opened"_qs, u"vault.opened"_qs}));
}

TEST(Vault, KeepsTheRecoveryKeyTheUserWasShown)
{
    TestVaultDir dir;
    auto shown = RecoveryKey::generate();
    const QString text = shown.formatted();
    VaultCreateOptions options;
    options.recoveryKey = std::move(shown);
    auto vault = Vault::create(dir.path(), strongPassphrase(), std::move(options));
    ASSERT_TRUE(vault.ok());
    EXPECT_EQ((*vault)->recoveryKey()->formatted(), text);
}

TEST(Vault, FilesAreOwnerOnlyAndNothingElseIsLeftInTheFolder)
{
    TestVaultDir dir;
    auto vault = dir.create(QStringLiteral("cases.baken"));
    ASSERT_TRUE(vault);
    for (const QString &name : dir.entries()) {
        EXPECT_TRUE(name.startsWith(u"cases.baken")) << name.toStdString();
        const auto perms = QFileInfo(dir.path(name)).permissions();
        EXPECT_EQ(perms & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther), 0)
            << name.toStdString();
    }
    vault.reset();
    EXPECT_EQ(dir.entries(), QStringList{u"cases.baken"_qs});
}

TEST(Vault, RunsWithTheConfiguredPragmas)
{
    TestVaultDir dir;
    auto vault = dir.create();
    ASSERT_TRUE(vault);
    Database &db = vault->db();
    EXPECT_EQ(*db.queryText("PRAGMA journal_mode"), u"wal");
    EXPECT_EQ(*db.queryInt("PRAGMA synchronous"), 2); // FULL
    EXPECT_EQ(*db.queryInt("PRAGMA foreign_keys"), 1);
    EXPECT_EQ(*db.queryInt("PRAGMA secure_delete"), 1);
    EXPECT_EQ(*db.queryInt("PRAGMA temp_store"), 2); // MEMORY
    EXPECT_EQ(*db.queryInt("PRAGMA page_size"), 4096);
    EXPECT_FALSE(db.queryText("PRAGMA cipher_version")->isEmpty());
}

TEST(Vault, HeaderHoldsTheSaltAndProfileInPlaintext)
{
    TestVaultDir dir;
    ASSERT_TRUE(dir.create());
    auto salt = Vault::probe(dir.path());
    ASSERT_TRUE(salt.ok());
    EXPECT_EQ(salt->profile(), KdfProfile::current().id);
    EXPECT_FALSE(header(dir.path()).startsWith("SQLite format 3"));
}

TEST(Vault, RefusesAWeakPassphraseAndCreatesNothing)
{
    TestVaultDir dir;
    auto vault = Vault::create(dir.path(), QStringLiteral("welkom123"));
    ASSERT_FALSE(vault.ok());
    EXPECT_EQ(vault.code(), ErrorCode::WeakPassphrase);
    EXPECT_TRUE(vault.error().message.contains(u"Weak") || vault.error().message.contains(u"weak"))
        << vault.error().message.toStdString();
    EXPECT_TRUE(dir.entries().isEmpty());
}

TEST(Vault, OnlyTheDemoVaultMaySkipTheStrengthCheck)
{
    TestVaultDir dir;
    auto demo = DemoVault::create(dir.path(), DemoVault::defaultPassphrase());
    ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
    EXPECT_TRUE((*demo)->isDemo());
    auto normal = dir.create(QStringLiteral("real.baken"));
    EXPECT_FALSE(normal->isDemo());
}

TEST(Vault, NeverOverwritesAnExistingFile)
{
    TestVaultDir dir;
    QFile existing(dir.path(QStringLiteral("notes.baken")));
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("my own notes");
    existing.close();
    auto vault = Vault::create(existing.fileName(), strongPassphrase());
    ASSERT_FALSE(vault.ok());
    EXPECT_EQ(vault.code(), ErrorCode::AlreadyExists);
    ASSERT_TRUE(existing.open(QIODevice::ReadOnly));
    EXPECT_EQ(existing.readAll(), "my own notes");
}

TEST(Vault, ChangePassphraseReencryptsUnderANewSaltAndKeepsEverything)
{
    TestVaultDir dir;
    auto vault = dir.create();
    ASSERT_TRUE(vault);
    ASSERT_TRUE(vault->db().exec("INSERT INTO meta (key, value) VALUES ('probe', 'kept')").ok());
    const QString recovery = vault->recoveryKey()->formatted();
    const QByteArray oldHeader = header(dir.path());
    const QString next = QStringLiteral("quiet harbour mosaic tulip engine");

    ASSERT_TRUE(vault->changePassphrase(strongPassphrase(), next).ok());
    EXPECT_TRUE(vault->isOpen());
    EXPECT_EQ(*vault->meta(QStringLiteral("probe")), u"kept");
    EXPECT_NE(header(dir.path()).left(12), oldHeader.left(12));
    vault.reset();
    EXPECT_EQ(dir.entries(), QStringList{u"test.baken"_qs}) << "no staging file may be left";

    auto old = Vault::open(dir.path(), strongPassphrase());
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.code(), ErrorCode::WrongPassphrase);

    auto reopened = Vault::open(dir.path(), next);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    EXPECT_EQ(*(*reopened)->meta(QStringLiteral("probe")), u"kept");
    EXPECT_EQ((*reopened)->recoveryKey()->formatted(), recovery);
    EXPECT_TRUE(auditEvents(**reopened).contains(u"vault.passphrase_changed"_qs));
    auto chain = (*reopened)->audit().verify();
    EXPECT_TRUE(chain->intact);
    EXPECT_EQ(*(*reopened)->db().queryText("PRAGMA journal_mode"), u"wal");
}

TEST(Vault, ChangePassphraseRefusesAWrongCurrentOrWeakNewPassphrase)
{
    TestVaultDir dir;
    auto vault = dir.create();
    ASSERT_TRUE(vault);

    auto wrong = vault->changePassphrase(QStringLiteral("not the passphrase"),
                                         QStringLiteral("quiet harbour mosaic tulip engine"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.code(), ErrorCode::WrongPassphrase);

    auto weak = vault->changePassphrase(strongPassphrase(), QStringLiteral("welkom01"));
    ASSERT_FALSE(weak.ok());
    EXPECT_EQ(weak.code(), ErrorCode::WeakPassphrase);

    auto same = vault->changePassphrase(strongPassphrase(), strongPassphrase());
    ASSERT_FALSE(same.ok());
    EXPECT_EQ(same.code(), ErrorCode::InvalidInput);

    vault.reset();
    EXPECT_TRUE(Vault::open(dir.path(), strongPassphrase()).ok());
}

TEST(Vault, ExportedKeyOpensTheVaultWithoutBaken)
{
    TestVaultDir dir;
    auto vault = dir.create();
    ASSERT_TRUE(vault);
    auto spec = vault->exportKeySpec();
    ASSERT_TRUE(spec.ok());
    vault.reset();

    // What the stock sqlcipher shell does with the printed key.
    auto db = Database::open(dir.path(), Database::OpenMode::ExistingOnly);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->key(*spec).ok());
    ASSERT_TRUE(db->exec("PRAGMA cipher_page_size = 4096").ok());
    EXPECT_EQ(*db->queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'"), 1);
    EXPECT_EQ(*db->queryText("SELECT event FROM audit_log ORDER BY id DESC LIMIT 1"), u"vault.key_exported");
}

TEST(Vault, LockedVaultRefusesWork)
{
    TestVaultDir dir;
    auto vault = dir.create();
    ASSERT_TRUE(vault);
    vault->lock();
    auto spec = vault->exportKeySpec();
    ASSERT_FALSE(spec.ok());
    EXPECT_EQ(spec.code(), ErrorCode::Locked);
    EXPECT_EQ(vault->changePassphrase(strongPassphrase(), QStringLiteral("quiet harbour mosaic tulip engine")).code(),
              ErrorCode::Locked);
}

TEST(Vault, ASecondOpenWhileInUseIsRefusedAndHarmsNothing)
{
    TestVaultDir dir;
    auto first = dir.create();
    ASSERT_TRUE(first);
    auto second = Vault::open(dir.path(), strongPassphrase());
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().message.contains(u"in use")) << second.error().message.toStdString();
    EXPECT_TRUE(first->audit().append(QStringLiteral("still.working")).ok());
    first.reset();
    EXPECT_TRUE(Vault::open(dir.path(), strongPassphrase()).ok());
}

TEST(Vault, PassphraseInComposedOrDecomposedFormIsTheSame)
{
    TestVaultDir dir;
    const QString composed = QStringLiteral("café crème brûlée naïve zeppelin");
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    ASSERT_NE(composed, decomposed);
    auto vault = Vault::create(dir.path(), composed);
    ASSERT_TRUE(vault.ok()) << vault.error().message.toStdString();
    vault = Error{ErrorCode::Locked, {}};
    EXPECT_TRUE(Vault::open(dir.path(), decomposed).ok());
}

TEST(Vault, WhileOpenThereIsNoSharedMemoryFile)
{
    TestVaultDir dir;
    auto vault = dir.create();
    ASSERT_TRUE(vault);
    EXPECT_FALSE(dir.entries().contains(u"test.baken-shm"_qs));
}
