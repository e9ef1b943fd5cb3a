// baken-cli retention: lists what is due, asks before destroying, and
// destroys one case or all due ones.
#include "CliTestSupport.h"

#include "retention/Retention.h"
#include "support/ClosedCases.h"
#include "support/TestVault.h"

#include <gtest/gtest.h>

using namespace baken;
using namespace baken::test;

namespace {

const QMap<QString, QString> Env{{u"BAKEN_PASSPHRASE"_qs, strongPassphrase()}};

CliRun runAnswering(QStringList args, std::optional<QString> answer, QStringList *asked = nullptr)
{
    return runCliAnswering(std::move(args), Env, std::move(answer), asked);
}

class CliRetention : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto vault = dir.create();
        ASSERT_TRUE(vault);
        numbers = addClosedCases(*vault, QStringLiteral("qxclitextcanary"));
    }

    // The destroyed ones, read from the vault itself.
    QStringList destroyed()
    {
        auto vault = Vault::open(dir.path(), strongPassphrase());
        EXPECT_TRUE(vault.ok());
        QStringList result;
        auto stmt = (*vault)->db().prepare("SELECT number FROM case_file WHERE destroyed_at IS NOT NULL"
                                           " AND what_happened = '' ORDER BY number");
        EXPECT_TRUE(stmt->forEach([&](Statement &row) { result << row.text(0); }).ok());
        return result;
    }

    TestVaultDir dir;
    QStringList numbers; // closed 400, 500 and 20 days ago (support/ClosedCases.h)
};

} // namespace

TEST_F(CliRetention, ListsTheDueCasesOldestFirstWithoutTheirText)
{
    const CliRun run = runCli({u"retention"_qs, dir.path()}, {}, Env);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"2 case"_qs)) << run.out.toStdString();
    EXPECT_LT(run.out.indexOf(numbers[1]), run.out.indexOf(numbers[0]));
    EXPECT_FALSE(run.out.contains(numbers[2]));
    EXPECT_TRUE(run.out.contains(QDate::currentDate().addDays(-500).toString(Qt::ISODate)));
    EXPECT_FALSE(run.out.contains(u"qxclitextcanary"_qs));
    EXPECT_TRUE(destroyed().isEmpty());
}

TEST_F(CliRetention, AsksBeforeDestroyingAndDoesNothingWithoutAYes)
{
    QStringList asked;
    CliRun run = runAnswering({u"retention"_qs, dir.path(), u"--destroy"_qs, numbers[0]}, u"no"_qs, &asked);
    EXPECT_EQ(run.code, 1);
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked[0].contains(numbers[0]));
    EXPECT_TRUE(asked[0].contains(u"erased for good"_qs)) << asked[0].toStdString();
    EXPECT_TRUE(run.err.contains(u"Nothing was destroyed"_qs));
    // No terminal to ask on: only --yes destroys.
    run = runAnswering({u"retention"_qs, dir.path(), u"--destroy-due"_qs}, std::nullopt);
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(u"--yes"_qs)) << run.err.toStdString();
    EXPECT_TRUE(destroyed().isEmpty());

    run = runAnswering({u"retention"_qs, dir.path(), u"--destroy"_qs, numbers[0]}, u"yes"_qs);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"was destroyed"_qs));
    EXPECT_EQ(destroyed(), QStringList{numbers[0]});
}

TEST_F(CliRetention, DestroysEveryDueCaseWithYesAndRefusesOneNotDue)
{
    CliRun run = runCli({u"retention"_qs, dir.path(), u"--destroy"_qs, numbers[2], u"--yes"_qs}, {}, Env);
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(u"kept until"_qs)) << run.err.toStdString();
    run = runCli({u"retention"_qs, dir.path(), u"--destroy"_qs, u"1999-0001"_qs, u"--yes"_qs}, {}, Env);
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(destroyed().isEmpty());

    run = runCli({u"retention"_qs, dir.path(), u"--destroy-due"_qs, u"--yes"_qs}, {}, Env);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(u"2 case"_qs) && run.out.contains(u"destroyed"_qs)) << run.out.toStdString();
    QStringList expected{numbers[0], numbers[1]};
    expected.sort();
    EXPECT_EQ(destroyed(), expected);
    run = runCli({u"retention"_qs, dir.path()}, {}, Env);
    EXPECT_TRUE(run.out.contains(u"No case is past its destruction date"_qs));
}
