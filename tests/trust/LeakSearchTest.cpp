#include "LeakCapture.h"
#include "LeakScenario.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>
#include <iostream>

namespace baken::test {
extern QString leakRoot;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray utf16le(const QString &text)
{
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

// The search itself must be able to fail: each form a plaintext leak could
// take is found, in the right file, and named by its canary.
TEST(LeakScan, FindsACanaryInPlainTextInEveryForm)
{
    QTemporaryDir dir;
    LeakScan scan;
    const QString canary = scan.canary(QStringLiteral("selfcheck"), QStringLiteral("plain"));
    const QString tail = canary.section(u'-', -1);
    writeFile(dir.filePath(QStringLiteral("utf8.txt")), "before " + canary.toUtf8() + " after");
    writeFile(dir.filePath(QStringLiteral("utf16.bin")), "\x01\x02" + utf16le(canary) + "\x03");
    writeFile(dir.filePath(QStringLiteral(".hidden-upper")), canary.toUpper().toUtf8());
    QDir(dir.path()).mkpath(QStringLiteral("sub"));
    writeFile(dir.filePath(QStringLiteral("sub/lower.log")), canary.toLower().toUtf8());
    // As an FTS index keeps it: lower-case words, the tail on its own.
    writeFile(dir.filePath(QStringLiteral("tokens.db")), "\x07" + tail.toUtf8() + "\x03" + "selfcheck");
    writeFile(dir.filePath(QStringLiteral("clean.txt")), "nothing to see here");

    scan.scanTree(dir.path());
    EXPECT_EQ(scan.filesScanned(), 6);
    ASSERT_EQ(scan.hits().size(), 5) << scan.describeHits().toStdString();
    QStringList where;
    for (const LeakScan::Hit &hit : scan.hits()) {
        EXPECT_EQ(hit.canary, canary) << hit.where.toStdString();
        where << QFileInfo(hit.where).fileName() + u'/' + hit.form;
    }
    where.sort();
    EXPECT_EQ(where, (QStringList{u".hidden-upper/utf-8"_qs, u"lower.log/utf-8"_qs, u"tokens.db/utf-8"_qs,
                                  u"utf16.bin/utf-16le"_qs, u"utf8.txt/utf-8"_qs}));
}

TEST(LeakScan, LeavesOutExactlyTheExcludedPaths)
{
    QTemporaryDir dir;
    LeakScan scan;
    const QByteArray canary = scan.canary(QStringLiteral("selfcheck"), QStringLiteral("export")).toUtf8();
    writeFile(dir.filePath(QStringLiteral("export.csv")), canary);
    writeFile(dir.filePath(QStringLiteral("export.csv.tmp")), canary);
    scan.scanTree(dir.path(), {dir.filePath(QStringLiteral("export.csv"))});
    ASSERT_EQ(scan.hits().size(), 1);
    EXPECT_TRUE(scan.hits().first().where.endsWith(u"export.csv.tmp"));
}

// What the process prints or logs through Qt is caught, so a qDebug of case
// content fails the leak search.
TEST(LeakCapture, CatchesAQtMessageAndStandardError)
{
    QTemporaryDir dir;
    LeakScan scan;
    const QString logged = scan.canary(QStringLiteral("selfcheck"), QStringLiteral("logged"));
    const QString printed = scan.canary(QStringLiteral("selfcheck"), QStringLiteral("printed"));
    {
        LeakCapture capture(dir.path());
        qDebug() << "saving case" << logged;
        std::fprintf(stderr, "%s\n", qPrintable(printed));
    }
    scan.scanBytes(QStringLiteral("Qt messages"), LeakCapture::qtMessages());
    scan.scanTree(dir.path());
    QStringList found;
    for (const LeakScan::Hit &hit : scan.hits())
        found << hit.canary;
    EXPECT_TRUE(found.contains(logged)) << scan.describeHits().toStdString();
    EXPECT_TRUE(found.contains(printed)) << scan.describeHits().toStdString();
}

// The whole run: every module, every file under the temporary home, every
// output. The figures line is what tests/trust/figures.sh reads.
TEST(LeakSearch, NothingEnteredIsFoundInAnyFileOrOutput)
{
    LeakRun run(leakRoot);
    runLeakSearch(run);
    std::cout << run.scan.summaryLine().toStdString() << std::endl;
    for (const QString &path : run.scan.filesSeen())
        std::cout << "  searched " << QDir(run.root).relativeFilePath(path).toStdString() << std::endl;
    EXPECT_TRUE(run.problems.isEmpty()) << "steps that failed (their canaries may not have been entered):\n"
                                        << run.problems.join(u'\n').toStdString();

    // Every module entered its canaries.
    for (const char *module : {"cases", "doubtline", "groups", "codelists", "settings", "cli", "gui"})
        EXPECT_FALSE(run.scan.canariesOf(QLatin1String(module)).isEmpty()) << module;
    // The search saw what it is meant to see; a file that went elsewhere
    // (outside the temporary home) would not be searched at all.
    const QStringList seen = run.scan.filesSeen();
    const auto sawFile = [&](const QString &ending) {
        return std::any_of(seen.cbegin(), seen.cend(), [&](const QString &p) { return p.endsWith(ending); });
    };
    for (const QString &ending :
         {u"/Documents/advisor.baken"_qs, u"/Documents/advisor.baken-wal"_qs, u"/Documents/gui.baken"_qs,
          u"/Documents/imported.baken"_qs, u"/Documents/cli.baken"_qs, u"/home/.config/Baken/Baken.conf"_qs,
          u"/captured/own-stderr.txt"_qs, u".bakenpackage"_qs})
        EXPECT_TRUE(sawFile(ending)) << "not searched: " << ending.toStdString();
    EXPECT_TRUE(std::any_of(seen.cbegin(), seen.cend(), [](const QString &p) { return p.contains(u"/usb-stick/"); }))
        << "no backup was searched";
    for (const QString &exported : run.exported)
        EXPECT_FALSE(seen.contains(exported)) << exported.toStdString();

    EXPECT_TRUE(run.scan.hits().isEmpty()) << run.scan.describeHits().toStdString();
}

} // namespace
} // namespace baken::test
