// baken-cli rollup, in-process: two advisors' vaults seal their year for a
// coordinator, who imports the packages and writes the combined summary.
#include "CliTestSupport.h"
#include "audit/AuditLog.h"
#include "summary/SummaryJson.h"
#include "support/TestVault.h"
#include "vault/Vault.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace baken;
using test::CliRun;
using test::strongPassphrase;

namespace {

class CliRollup : public ::testing::Test {
protected:
    CliRun run(const QStringList &args)
    {
        return test::runCli(args, {}, {{u"BAKEN_PASSPHRASE"_qs, strongPassphrase()}});
    }

    QString path(const QString &name) const { return dir.path(name); }

    // A vault with `cases` cases last year.
    void advisorVault(const QString &name, int cases)
    {
        ASSERT_EQ(run({u"init"_qs, path(name)}).code, 0);
        for (int i = 0; i < cases; ++i) {
            const CliRun added = run({u"case"_qs, u"add"_qs, path(name), u"--type"_qs, u"signal"_qs, u"--channel"_qs,
                                      u"phone"_qs, u"--ground"_qs, u"religion"_qs, u"--intake-date"_qs,
                                      QStringLiteral("%1-%2-10").arg(Year).arg(i % 12 + 1, 2, 10, QLatin1Char('0'))});
            ASSERT_EQ(added.code, 0) << added.err.toStdString();
        }
    }

    CliRun package(const QString &vault, const QString &label, const QString &out)
    {
        return run({u"rollup"_qs, u"package"_qs, path(vault), u"--period"_qs, YearText, u"--to"_qs, path(u"key.txt"_qs),
                    u"--label"_qs, label, u"--out"_qs, path(out)});
    }

    const int Year = QDate::currentDate().year() - 1;
    const QString YearText = QString::number(Year);
    test::TestVaultDir dir;
};

TEST_F(CliRollup, AdvisorsSealTheirYearAndTheCoordinatorImportsAndPublishesTheSum)
{
    ASSERT_EQ(run({u"init"_qs, path(u"coordinator.baken"_qs)}).code, 0);
    ASSERT_NO_FATAL_FAILURE(advisorVault(u"north.baken"_qs, 9));
    ASSERT_NO_FATAL_FAILURE(advisorVault(u"south.baken"_qs, 7));

    const CliRun key = run({u"rollup"_qs, u"key"_qs, path(u"coordinator.baken"_qs), u"--label"_qs, u"Coordinator"_qs,
                            u"--out"_qs, path(u"key.txt"_qs)});
    ASSERT_EQ(key.code, 0) << key.err.toStdString();
    const CliRun print = run({u"rollup"_qs, u"fingerprint"_qs, path(u"coordinator.baken"_qs)});
    ASSERT_EQ(print.code, 0);
    EXPECT_TRUE(key.out.contains(print.out.trimmed())) << "the same fingerprint both ways";

    const CliRun north = package(u"north.baken"_qs, u"Noord"_qs, u"north.pkg"_qs);
    ASSERT_EQ(north.code, 0) << north.err.toStdString();
    ASSERT_EQ(package(u"south.baken"_qs, u"Zuid"_qs, u"south.pkg"_qs).code, 0);
    EXPECT_EQ(package(u"south.baken"_qs, u"Zuid"_qs, u"south.pkg"_qs).code, 1) << "never overwrites";
    auto advisor = Vault::open(path(u"north.baken"_qs), strongPassphrase());
    ASSERT_TRUE(advisor.ok());
    QStringList events;
    for (const AuditEntry &e : *(*advisor)->audit().latest(3))
        events << e.event + u' ' + e.objectId;
    EXPECT_TRUE(events.contains(QStringLiteral("rollup.package_exported %1 Coordinator").arg(Year)))
        << events.join(u", "_qs).toStdString();
    advisor->reset();

    const CliRun imported =
        run({u"rollup"_qs, u"import"_qs, path(u"coordinator.baken"_qs), path(u"north.pkg"_qs), path(u"south.pkg"_qs)});
    ASSERT_EQ(imported.code, 0) << imported.out.toStdString() << imported.err.toStdString();
    EXPECT_EQ(imported.out.count(u": added"_qs), 2) << imported.out.toStdString();

    QFile junk(path(u"junk.pkg"_qs));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("not a package at all");
    junk.close();
    const CliRun again =
        run({u"rollup"_qs, u"import"_qs, path(u"coordinator.baken"_qs), path(u"north.pkg"_qs), path(u"junk.pkg"_qs)});
    EXPECT_EQ(again.code, 1) << "a refused file fails the command";
    EXPECT_TRUE(again.out.contains(u"north.pkg: duplicate"_qs)) << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(u"junk.pkg: refused: "_qs)) << again.out.toStdString();

    const CliRun written = run({u"rollup"_qs, u"summary"_qs, path(u"coordinator.baken"_qs), u"--period"_qs, YearText,
                                u"--out"_qs, path(u"combined.json"_qs), u"--k"_qs, u"3"_qs});
    ASSERT_EQ(written.code, 0) << written.err.toStdString();
    QFile file(path(u"combined.json"_qs));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    auto read = summary::summaryFromJson(file.readAll());
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_TRUE(read->published);
    EXPECT_EQ(read->rules.k, 3);
    EXPECT_EQ(read->table(u"cases.type"_qs)->total->value, 16);
    ASSERT_EQ(read->coverage.size(), 2);
    EXPECT_EQ(read->coverage[0].source, u"Noord"_qs);
}

TEST_F(CliRollup, MissingOptionsAreUsageErrorsBeforeAnyVaultIsOpened)
{
    const QString vault = path(u"absent.baken"_qs);
    EXPECT_EQ(run({u"rollup"_qs, u"key"_qs, vault}).code, 2);
    EXPECT_EQ(run({u"rollup"_qs, u"package"_qs, vault, u"--period"_qs, YearText}).code, 2);
    EXPECT_EQ(run({u"rollup"_qs, u"package"_qs, vault, u"--period"_qs, u"2025-13"_qs}).code, 2);
    EXPECT_EQ(run({u"rollup"_qs, u"import"_qs, vault}).code, 2) << "at least one file";
    EXPECT_EQ(run({u"rollup"_qs, u"summary"_qs, vault, u"--period"_qs, YearText}).code, 2) << "no --out";
    EXPECT_EQ(run({u"rollup"_qs, u"nonsense"_qs}).code, 2);
    EXPECT_FALSE(QFileInfo::exists(vault));
}

} // namespace
