// The real baken-cli switches off core dumps before it asks for anything.
#include "support/ProcessLimits.h"
#include "support/TestVault.h"

#include <QProcess>

#include <gtest/gtest.h>

using namespace baken;

TEST(CliProcess, RunsWithCoreDumpsSwitchedOff)
{
#ifndef __linux__
    GTEST_SKIP() << "process hardening is implemented for Linux only";
#endif
    test::TestVaultDir dir;
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BAKEN_ALLOW_CORE_DUMPS"));
    env.remove(QStringLiteral("BAKEN_PASSPHRASE"));
    cli.setProcessEnvironment(env);
    // It waits at the passphrase prompt, with stdin left open.
    cli.start(QStringLiteral(BAKEN_CLI_PATH), {QStringLiteral("init"), dir.path(QStringLiteral("new.baken"))});
    ASSERT_TRUE(cli.waitForStarted());
    EXPECT_TRUE(test::coreDumpsOffIn(cli));
    cli.kill();
    cli.waitForFinished();
}
