// The real Baken app switches off core dumps at start, like baken-cli.
#include "support/ProcessLimits.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(AppProcess, RunsWithCoreDumpsSwitchedOff)
{
#ifndef __linux__
    GTEST_SKIP() << "process hardening is implemented for Linux only";
#endif
    QTemporaryDir dir;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BAKEN_ALLOW_CORE_DUMPS"));
    app.setProcessEnvironment(env);
    // The headless PDF mode waits for its summary on stdin, left open here.
    app.start(QStringLiteral(BAKEN_APP), {QStringLiteral("--summary-pdf"), dir.filePath(QStringLiteral("x.pdf"))});
    ASSERT_TRUE(app.waitForStarted());
    EXPECT_TRUE(baken::test::coreDumpsOffIn(app));
    app.kill();
    app.waitForFinished();
}
