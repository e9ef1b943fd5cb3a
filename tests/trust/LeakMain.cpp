// leak_search: enters canaries through every module of Baken and searches
// every file and every output for them. As a test suite (GoogleTest), or
// with --figures as one run that prints one line for tests/trust/figures.sh:
//   leak-search: canaries=N files=N streams=N bytes=N hits=N problems=N
// (exit 0 only with no hit and no problem).
#include "LeakScenario.h"
#include "vault/TestHooks.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>

namespace baken::test {
// The root that HOME, the XDG folders and TMPDIR point into.
QString leakRoot;
} // namespace baken::test

int main(int argc, char **argv)
{
    using namespace baken::test;
    // Before anything reads the environment: QSettings and QStandardPaths
    // keep the folders they saw first.
    QTemporaryDir root(QDir::tempPath() + QStringLiteral("/baken-leak-XXXXXX"));
    if (!root.isValid())
        return 2;
    leakRoot = root.path();
    pointHomeInto(leakRoot);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    // The names the real app uses, so settings land where they would.
    QApplication::setOrganizationName(QStringLiteral("Baken"));
    QApplication::setApplicationName(QStringLiteral("Baken"));
    baken::testing::enableCheapKdf();

    if (QCoreApplication::arguments().contains(QStringLiteral("--figures"))) {
        LeakRun run(leakRoot);
        runLeakSearch(run);
        const QString line = run.scan.summaryLine() + QStringLiteral(" problems=%1").arg(run.problems.size());
        std::printf("%s\n", qPrintable(line));
        for (const QString &problem : run.problems)
            std::fprintf(stderr, "problem: %s\n", qPrintable(problem));
        if (!run.scan.hits().isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(run.scan.describeHits()));
        return run.scan.hits().isEmpty() && run.problems.isEmpty() ? 0 : 1;
    }
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
