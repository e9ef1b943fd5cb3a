// The real baken-cli binary, with the production KDF, as a shell runs it.
#include "support/TestVault.h"

#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace baken;

namespace {

struct Outcome {
    int code;
    QString out;
    QString err;
};

Outcome runCli(const QStringList &args, const QByteArray &stdinData = {}, const QString &envPassphrase = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BAKEN_PASSPHRASE"));
    if (!envPassphrase.isEmpty())
        env.insert(QStringLiteral("BAKEN_PASSPHRASE"), envPassphrase);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BAKEN_CLI_PATH), QStringList{u"--lang"_qs, u"en"_qs} + args);
    EXPECT_TRUE(process.waitForStarted());
    process.write(stdinData);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST(CliProcess, InitVerifyAndWrongPassphraseWithTheRealKdf)
{
    test::TestVaultDir dir;
    const QString vault = dir.path();
    const QByteArray pass = test::strongPassphrase().toUtf8() + '\n';

    const Outcome init = runCli({u"init"_qs, vault}, pass + pass);
    ASSERT_EQ(init.code, 0) << init.err.toStdString();
    EXPECT_TRUE(init.err.contains(u"Passphrase for the new vault")) << "the prompt goes to stderr";
    EXPECT_FALSE(init.out.contains(test::strongPassphrase())) << "never echoed";

    const Outcome ok = runCli({u"verify"_qs, vault}, pass);
    EXPECT_EQ(ok.code, 0) << ok.err.toStdString();

    const QByteArray before = test::fileHash(vault);
    const Outcome wrong = runCli({u"verify"_qs, vault}, {}, u"lantern orbit velvet"_qs);
    EXPECT_EQ(wrong.code, 3);
    EXPECT_EQ(test::fileHash(vault), before);
    EXPECT_EQ(dir.entries(), QStringList{u"test.baken"_qs});
}

TEST(CliProcess, UsageErrorExitsTwo)
{
    EXPECT_EQ(runCli({u"no-such-command"_qs}).code, 2);
}

TEST(CliProcess, StockSqlcipherShellOpensTheVaultWithTheExportedKey)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    if (shell.isEmpty())
        GTEST_SKIP() << "the sqlcipher shell (Debian package sqlcipher) is not installed";
    test::TestVaultDir dir;
    const QByteArray pass = test::strongPassphrase().toUtf8() + '\n';
    ASSERT_EQ(runCli({u"init"_qs, dir.path()}, pass + pass).code, 0);
    const Outcome exported = runCli({u"export-key"_qs, dir.path(), u"--yes"_qs}, pass);
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();

    // The exact session docs/security.md shows for disaster recovery.
    QProcess sqlcipher;
    sqlcipher.start(shell, {dir.path()});
    ASSERT_TRUE(sqlcipher.waitForStarted());
    sqlcipher.write("PRAGMA key = \"" + exported.out.trimmed().toUtf8() + "\";\n");
    sqlcipher.write("PRAGMA cipher_page_size = 4096;\n.tables\nSELECT count(*) FROM code_list_item;\n");
    sqlcipher.closeWriteChannel();
    ASSERT_TRUE(sqlcipher.waitForFinished(30000));
    const QString out = QString::fromUtf8(sqlcipher.readAllStandardOutput());
    EXPECT_TRUE(out.contains(u"audit_log")) << out.toStdString();
    EXPECT_TRUE(out.contains(u"code_list_item"));
    EXPECT_TRUE(out.contains(u"70"));
}
