// The real baken-cli binary, with the production KDF, as a shell runs it.
#include "support/TestVault.h"

#include <QProcess>

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
