// The large demo vault's generator at a small scale: the same code that
// builds the 50,000-case vault for the benchmarks (docs/performance.md).
#include "demo/LargeDemo.h"
#include "cases/CaseSearch.h"
#include "doubtline/ConsultationSearch.h"
#include "support/TestVault.h"
#include "vault/VaultCheck.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace baken;

namespace {

constexpr double SmallScale = 0.01; // 500 cases, 3 groups

qint64 count(Vault &vault, const char *sql)
{
    auto n = vault.db().queryInt(sql);
    EXPECT_TRUE(n.ok()) << sql;
    return n.ok() ? *n : -1;
}

QByteArray digest(Vault &vault)
{
    auto stmt = vault.db().prepare("SELECT c.number, c.intake_date, c.status, c.what_happened,"
                                   " (SELECT count(*) FROM contact_moment m WHERE m.case_id = c.id),"
                                   " (SELECT count(*) FROM consultation)"
                                   " FROM case_file c ORDER BY c.id");
    EXPECT_TRUE(stmt.ok());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!stmt.ok())
        return {};
    EXPECT_TRUE(stmt->forEach([&](const Statement &row) {
                        for (int i = 0; i < 6; ++i)
                            hash.addData(QByteArray(row.text(i).toUtf8() + '|'));
                    })
                    .ok());
    return hash.result();
}

class LargeDemoTest : public ::testing::Test {
protected:
    test::TestVaultDir dir;
    const QDate today = QDate::currentDate();
};

TEST_F(LargeDemoTest, ASmallScaleVaultPassesVerifyAndHoldsWhatWasAsked)
{
    LargeDemoCounts counts;
    auto vault = LargeDemo::create(dir.path(), test::strongPassphrase(), {SmallScale, today}, &counts);
    ASSERT_TRUE(vault.ok()) << vault.error().message.toStdString();
    Vault &v = **vault;

    auto report = checkVault(v);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->healthy()) << report->integrityProblems.join(u'\n').toStdString();

    // What was asked: a hundredth of 50,000 cases and 300 groups of 20 sessions.
    EXPECT_EQ(counts.cases, 500);
    EXPECT_EQ(count(v, "SELECT count(*) FROM case_file"), 500);
    EXPECT_EQ(counts.groups, 3);
    EXPECT_EQ(count(v, "SELECT count(*) FROM peer_group"), 3);
    EXPECT_EQ(counts.sessions, 60);
    EXPECT_EQ(count(v, "SELECT sum(session_count) FROM peer_group"), 60);
    // About ten contact moments and follow-ups a case and 2,000 consultations,
    // within 10% (they are drawn per day): 500,000 and 200,000 at scale 1.
    EXPECT_EQ(counts.contacts, count(v, "SELECT count(*) FROM contact_moment"));
    EXPECT_EQ(counts.followUps, count(v, "SELECT count(*) FROM follow_up"));
    EXPECT_GE(counts.contacts + counts.followUps, 500 * 9);
    EXPECT_LE(counts.contacts + counts.followUps, 500 * 11);
    EXPECT_EQ(counts.consultations, count(v, "SELECT count(*) FROM consultation"));
    EXPECT_GE(counts.consultations, 1800);
    EXPECT_LE(counts.consultations, 2200);
    // Over ten years, numbered in the order they came in.
    EXPECT_EQ(count(v, "SELECT count(DISTINCT year) FROM case_file WHERE year IS NOT NULL"), 11);
    EXPECT_EQ(count(v, "SELECT count(*) FROM case_file a JOIN case_file b ON a.year = b.year"
                       " AND a.sequence < b.sequence AND a.intake_date > b.intake_date"),
              0);
    EXPECT_EQ(count(v, "SELECT count(DISTINCT substr(day, 1, 4)) FROM consultation"), 11);
    // Some long-running cases for "open a case with 100 contact moments".
    EXPECT_GE(count(v, "SELECT count(*) FROM (SELECT case_id FROM contact_moment GROUP BY case_id"
                       " HAVING count(*) >= 60)"),
              1);
}

TEST_F(LargeDemoTest, SearchFindsTheGeneratedCasesAsItFindsTypedOnes)
{
    auto vault = LargeDemo::create(dir.path(), test::strongPassphrase(), {SmallScale, today});
    ASSERT_TRUE(vault.ok());
    Vault &v = **vault;
    // Every case has its search row, drafts too, as CaseService writes them.
    EXPECT_EQ(count(v, "SELECT count(*) FROM case_search"), 500);
    auto note = v.db().queryText("SELECT note FROM contact_moment ORDER BY id DESC LIMIT 1");
    ASSERT_TRUE(note.ok());
    const QString word = note->split(u' ', Qt::SkipEmptyParts).value(1);
    ASSERT_GE(word.size(), 3);
    CaseFilter filter;
    filter.text = word.left(3);
    filter.includeDrafts = true;
    auto hits = CaseSearch(v.db()).count(filter);
    ASSERT_TRUE(hits.ok());
    EXPECT_GT(*hits, 0);
    // The doubt line's questions are searchable too, as if logged one by one.
    auto question = v.db().queryText("SELECT question FROM consultation WHERE question <> '' ORDER BY id DESC LIMIT 1");
    ASSERT_TRUE(question.ok());
    const QString asked = question->split(u' ', Qt::SkipEmptyParts).value(0);
    auto found = ConsultationSearch(v.db()).page(asked, 0, 1000);
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(std::any_of(found->cbegin(), found->cend(), [&](const Consultation &c) {
        return c.question == *question;
    })) << asked.toStdString();
    // The build indexes its consultations in one pass; one logged after it
    // is found all the same.
    ASSERT_TRUE(v.db()
                    .exec("CREATE TEMP TABLE later AS SELECT * FROM consultation ORDER BY id DESC LIMIT 1;"
                          "UPDATE later SET id = id + 1, question = 'Mag een collega zeldzaamheidsgrappen maken?';"
                          "INSERT INTO consultation SELECT * FROM later;")
                    .ok());
    EXPECT_EQ(*ConsultationSearch(v.db()).count(u"zeldzaamheid"_qs), 1);
}

TEST_F(LargeDemoTest, TheSameScaleAndDayGiveTheSameVault)
{
    auto first = LargeDemo::create(dir.path(u"a.baken"_qs), test::strongPassphrase(), {0.002, today});
    auto second = LargeDemo::create(dir.path(u"b.baken"_qs), test::strongPassphrase(), {0.002, today});
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(digest(**first), digest(**second));
}

} // namespace
