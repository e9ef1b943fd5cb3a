// baken-cli's commands run in-process against cheap-KDF vaults.
#include "CliTestSupport.h"
#include "db/Database.h"
#include "demo/DemoVault.h"
#include "support/TestVault.h"
#include "vault/Migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace baken;
using test::fileHash;
using test::strongPassphrase;

namespace {

using test::CliRun;

class CliTest : public ::testing::Test {
protected:
    CliRun run(QStringList args, QStringList secrets = {}, QMap<QString, QString> env = {})
    {
        return test::runCli(std::move(args), std::move(secrets), env);
    }

    QString writePassFile(const QString &name, const QString &passphrase)
    {
        QFile file(dir.path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(passphrase.toUtf8() + "\n");
        return file.fileName();
    }

    QString vaultPath() const { return dir.path(QStringLiteral("v.baken")); }

    CliRun initVault()
    {
        return run({u"init"_qs, vaultPath(), u"--passphrase-file"_qs, writePassFile(u"p"_qs, strongPassphrase())});
    }

    test::TestVaultDir dir;
};

} // namespace

TEST_F(CliTest, InitPrintsTheRecoveryKeyOnceAndVerifyRoundTrips)
{
    const CliRun init = initVault();
    ASSERT_EQ(init.code, 0) << init.err.toStdString();
    const auto groups = QRegularExpression(QStringLiteral("\\b[0-9A-HJKMNP-TV-Z]{4}\\b")).globalMatch(init.out);
    int count = 0;
    for (auto it = groups; it.hasNext(); it.next())
        ++count;
    EXPECT_EQ(count, 14) << init.out.toStdString();

    const CliRun verify = run({u"verify"_qs, vaultPath()}, {strongPassphrase()});
    ASSERT_EQ(verify.code, 0) << verify.err.toStdString();
    EXPECT_TRUE(verify.out.contains(u"Integrity: ok")) << verify.out.toStdString();
    EXPECT_TRUE(verify.out.contains(u"chain intact"));
    EXPECT_TRUE(verify.out.contains(QStringLiteral("Schema version: %1 (this Baken: %1)").arg(latestSchemaVersion())));
    EXPECT_TRUE(verify.out.contains(u"Code-list items in use: 70"));
}

TEST_F(CliTest, InitAsksTwiceAndRefusesAWeakOrMismatchedPassphrase)
{
    EXPECT_EQ(run({u"init"_qs, vaultPath()}, {u"welkom2026"_qs, u"welkom2026"_qs}).code, 1);
    EXPECT_EQ(run({u"init"_qs, vaultPath()}, {strongPassphrase(), u"lantern orbit"_qs}).code, 1);
    EXPECT_TRUE(dir.entries().isEmpty());
    EXPECT_EQ(run({u"init"_qs, vaultPath()}, {strongPassphrase(), strongPassphrase()}).code, 0);
}

TEST_F(CliTest, InitNeverOverwritesAFile)
{
    ASSERT_EQ(initVault().code, 0);
    const QByteArray before = fileHash(vaultPath());
    const CliRun again = initVault();
    EXPECT_EQ(again.code, 1);
    EXPECT_TRUE(again.err.contains(u"already exists"));
    EXPECT_EQ(fileHash(vaultPath()), before);
}

TEST_F(CliTest, WrongPassphraseExitsThreeAndLeavesTheFileIdentical)
{
    ASSERT_EQ(initVault().code, 0);
    const QByteArray before = fileHash(vaultPath());
    const QStringList entries = dir.entries();
    const CliRun verify = run({u"verify"_qs, vaultPath()}, {}, {{u"BAKEN_PASSPHRASE"_qs, u"not it"_qs}});
    EXPECT_EQ(verify.code, 3);
    EXPECT_TRUE(verify.err.contains(u"passphrase is not correct")) << verify.err.toStdString();
    EXPECT_EQ(fileHash(vaultPath()), before);
    EXPECT_EQ(dir.entries(), entries);
}

TEST_F(CliTest, NonVaultsExitThree)
{
    QFile text(dir.path(u"notes.txt"_qs));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(9000, 'a'));
    text.close();
    EXPECT_EQ(run({u"verify"_qs, text.fileName()}, {strongPassphrase()}).code, 3);
    EXPECT_EQ(run({u"verify"_qs, dir.path(u"missing.baken"_qs)}, {strongPassphrase()}).code, 3);
}

TEST_F(CliTest, NewerVaultExitsFour)
{
    {
        auto vault = dir.create(u"v.baken"_qs);
        ASSERT_TRUE(vault->db().exec("INSERT INTO schema_migrations VALUES (77, 'future')").ok());
    }
    const CliRun verify = run({u"verify"_qs, vaultPath()}, {strongPassphrase()});
    EXPECT_EQ(verify.code, 4);
    EXPECT_TRUE(verify.err.contains(u"newer version")) << verify.err.toStdString();
}

TEST_F(CliTest, VerifyFailsOnABrokenAuditChain)
{
    {
        auto vault = dir.create(u"v.baken"_qs);
        ASSERT_TRUE(vault->db().exec("DROP TRIGGER audit_log_append_only_update").ok());
        ASSERT_TRUE(vault->db().exec("UPDATE audit_log SET event = 'nothing' WHERE id = 1").ok());
    }
    const CliRun verify = run({u"verify"_qs, vaultPath()}, {strongPassphrase()});
    EXPECT_EQ(verify.code, 1);
    EXPECT_TRUE(verify.out.contains(u"BROKEN at entry 1")) << verify.out.toStdString();
}

TEST_F(CliTest, PasswdChangesThePassphrase)
{
    ASSERT_EQ(initVault().code, 0);
    const QString next = u"quiet harbour mosaic tulip engine"_qs;
    const CliRun passwd = run({u"passwd"_qs, vaultPath()}, {strongPassphrase(), next, next});
    ASSERT_EQ(passwd.code, 0) << passwd.err.toStdString();
    EXPECT_EQ(run({u"verify"_qs, vaultPath()}, {strongPassphrase()}).code, 3);
    EXPECT_EQ(run({u"verify"_qs, vaultPath()}, {next}).code, 0);
}

TEST_F(CliTest, PasswdWithADifferentRepeatChangesNothing)
{
    ASSERT_EQ(initVault().code, 0);
    const CliRun passwd = run({u"passwd"_qs, vaultPath()},
                              {strongPassphrase(), u"quiet harbour mosaic tulip engine"_qs, u"quiet harbour"_qs});
    EXPECT_EQ(passwd.code, 1);
    EXPECT_EQ(run({u"verify"_qs, vaultPath()}, {strongPassphrase()}).code, 0);
}

TEST_F(CliTest, DemoUsesThePublishedPassphraseUnlessOneIsGiven)
{
    ASSERT_EQ(run({u"demo"_qs, vaultPath()}).code, 0);
    auto demo = Vault::open(vaultPath(), DemoVault::defaultPassphrase());
    ASSERT_TRUE(demo.ok());
    EXPECT_TRUE((*demo)->isDemo());

    const QString other = dir.path(u"own.baken"_qs);
    ASSERT_EQ(run({u"demo"_qs, other}, {}, {{u"BAKEN_PASSPHRASE"_qs, strongPassphrase()}}).code, 0);
    EXPECT_TRUE(Vault::open(other, strongPassphrase()).ok());
}

TEST_F(CliTest, DemoRefusesAnUnknownSizeOrScaleAndCreatesNothing)
{
    for (const QStringList &options :
         {QStringList{u"--size"_qs, u"huge"_qs}, QStringList{u"--size"_qs, u"large"_qs, u"--scale"_qs, u"3"_qs},
          QStringList{u"--scale"_qs, u"2"_qs}}) {
        const CliRun refused = run(QStringList{u"demo"_qs, vaultPath()} + options);
        EXPECT_EQ(refused.code, 2) << options.join(u' ').toStdString();
        EXPECT_TRUE(refused.err.contains(u"--size")) << refused.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(vaultPath()));
    }
}

TEST_F(CliTest, ExportKeyRefusesWithoutYesAndIsAuditedWithIt)
{
    ASSERT_EQ(initVault().code, 0);
    const CliRun refused = run({u"export-key"_qs, vaultPath()}, {strongPassphrase()});
    EXPECT_EQ(refused.code, 2);
    EXPECT_FALSE(refused.out.contains(u"x'"));
    EXPECT_TRUE(refused.err.contains(u"--yes"));

    const CliRun exported = run({u"export-key"_qs, vaultPath(), u"--yes"_qs}, {strongPassphrase()});
    ASSERT_EQ(exported.code, 0);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^x'[0-9a-f]{96}'\n$")).match(exported.out).hasMatch())
        << exported.out.toStdString();
    auto vault = Vault::open(vaultPath(), strongPassphrase());
    auto entries = (*vault)->audit().latest(2);
    EXPECT_EQ(entries->at(1).event, u"vault.key_exported");
}

TEST_F(CliTest, UsageErrorsExitTwoAndHelpExitsZero)
{
    EXPECT_EQ(run({}).code, 2);
    EXPECT_EQ(run({u"frobnicate"_qs}).code, 2);
    EXPECT_EQ(run({u"verify"_qs}).code, 2);
    EXPECT_EQ(run({u"verify"_qs, u"a"_qs, u"b"_qs}).code, 2);
    EXPECT_EQ(run({u"verify"_qs, u"--bogus"_qs, vaultPath()}).code, 2);
    EXPECT_EQ(run({u"--lang"_qs, u"fr"_qs, u"--help"_qs}).code, 2);
    const CliRun help = run({u"--help"_qs});
    EXPECT_EQ(help.code, 0);
    for (const char *command : {"init", "verify", "passwd", "demo", "export-key"})
        EXPECT_TRUE(help.out.contains(QLatin1String(command))) << command;
    EXPECT_EQ(run({u"verify"_qs, u"--help"_qs}).code, 0);
    EXPECT_TRUE(run({u"--version"_qs}).out.contains(u"test"));
}

TEST_F(CliTest, MessagesFollowTheChosenLanguage)
{
    const CliRun en = run({u"verify"_qs, dir.path(u"missing.baken"_qs)}, {}, {});
    const CliRun nl = run({u"--lang"_qs, u"nl"_qs, u"verify"_qs, dir.path(u"missing.baken"_qs)});
    EXPECT_TRUE(en.err.contains(u"There is no file")) << en.err.toStdString();
    EXPECT_TRUE(nl.err.contains(u"Er is geen bestand")) << nl.err.toStdString();
    const CliRun help = run({u"--lang"_qs, u"nl"_qs, u"--help"_qs});
    EXPECT_TRUE(help.out.contains(u"Gebruik")) << help.out.toStdString();
}
