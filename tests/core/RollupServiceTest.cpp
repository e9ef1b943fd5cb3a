// The coordinator's side of the roll-up, through real vaults and sealed
// packages: three advisors' vaults export, a coordinator imports and
// publishes the combined year (the "done when"), and every refusal
// leaves the coordinator's vault as it was.
#include "rollup/RollupService.h"
#include "CaseTestSupport.h"
#include "DisclosureAttacker.h"
#include "codelists/CodeListService.h"
#include "summary/DisclosureControl.h"
#include "summary/ExactSummaryJson.h"
#include "summary/Period.h"
#include "summary/SummaryBuilder.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>

#include <gtest/gtest.h>

#include <random>
#include <vector>

using namespace baken;
using namespace baken::rollup;
using namespace baken::summary;

namespace {

struct Advisor {
    std::unique_ptr<Vault> vault;
    QString label;
};

class RollupServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        coordinator = dir.create(u"coordinator.baken"_qs);
        ASSERT_TRUE(coordinator);
        auto keys = ownPublicKeys(*coordinator);
        ASSERT_TRUE(keys.ok()) << keys.error().message.toStdString();
        to = CoordinatorKey{u"Coördinator"_qs, *keys};
    }

    // An advisor's vault with `cases` cases in 2025 spread over shared units
    // (Finance, Logistics) and one unit of its own, drawn from `seed`.
    Advisor advisor(const QString &label, const QString &ownUnit, int cases, unsigned seed)
    {
        Advisor a{dir.create(label + u".baken"_qs), label};
        EXPECT_TRUE(a.vault);
        SqlCodeListStore codes(a.vault->db());
        SqlCaseStore store(a.vault->db());
        CaseService service(*a.vault, store, codes);
        CodeListService lists(*a.vault, codes);
        QList<qint64> units;
        units << lists.add(CodeList::Units, u"Financiën"_qs, u"Finance"_qs)->id;
        units << lists.add(CodeList::Units, u"Logistiek"_qs, u"Logistics"_qs)->id;
        units << lists.add(CodeList::Units, ownUnit, ownUnit)->id;
        const auto code = [&](CodeList list, const char *key) -> qint64 {
            for (const CodeItem &item : *codes.items(list, true))
                if (item.code == QLatin1String(key))
                    return item.id;
            ADD_FAILURE() << key;
            return 0;
        };
        std::mt19937 random(seed);
        const QList<const char *> grounds{"religion", "race_ethnicity", "gender", "age", "pregnancy_parenthood"};
        const QList<CaseType> types{CaseType::Question, CaseType::Signal, CaseType::Report, CaseType::Complaint};
        for (int i = 0; i < cases; ++i) {
            CaseIntake in;
            in.intakeDate = QDate(2025, int(random() % 12) + 1, int(random() % 28) + 1);
            in.channelId = code(CodeList::Channels, "phone");
            in.type = types[int(random() % types.size())];
            in.identity = ReporterIdentity::Pseudonym;
            in.pseudonym = u"Merel"_qs;
            in.whatHappened = u"Opmerkingen tijdens het overleg."_qs;
            // The own unit gets few cases: the combined figures must still hide it.
            in.unitId = i < 2 ? units[2] : units[int(random() % 2)];
            in.groundIds = {code(CodeList::Grounds, grounds[int(random() % grounds.size())])};
            auto draft = service.createDraft(in);
            EXPECT_TRUE(draft.ok());
            EXPECT_TRUE(service.registerCase(*draft, in, std::nullopt).ok());
        }
        return a;
    }

    Summary exactOf(Advisor &a, const QString &period = u"2025"_qs)
    {
        auto exact = buildSummary(a.vault->db(), *parsePeriod(period));
        EXPECT_TRUE(exact.ok());
        return exact.ok() ? *exact : Summary{};
    }

    QByteArray packageOf(Advisor &a, const QString &period = u"2025"_qs)
    {
        auto sealed = packagePeriod(*a.vault, *parsePeriod(period), a.label, to);
        EXPECT_TRUE(sealed.ok()) << sealed.error().message.toStdString();
        return sealed.ok() ? *sealed : QByteArray();
    }

    // One more case in `a`'s vault, registered on `intake`.
    static void addCase(Advisor &a, QDate intake)
    {
        SqlCodeListStore codes(a.vault->db());
        SqlCaseStore store(a.vault->db());
        CaseService service(*a.vault, store, codes);
        CaseIntake in;
        in.intakeDate = intake;
        in.channelId = codes.items(CodeList::Channels, true)->first().id;
        in.identity = ReporterIdentity::Pseudonym;
        in.pseudonym = u"Merel"_qs;
        in.groundIds = {codes.items(CodeList::Grounds, true)->first().id};
        ASSERT_TRUE(service.registerCase(*service.createDraft(in), in, std::nullopt).ok());
    }

    // What a refusal must leave alone: both tables and the audit log.
    QList<qint64> state()
    {
        QList<qint64> out;
        for (const char *sql :
             {"SELECT count(*) FROM rollup_source", "SELECT count(*) FROM rollup_package",
              "SELECT coalesce(sum(length(summary_json)), 0) FROM rollup_package", "SELECT count(*) FROM audit_log"})
            out << *coordinator->db().queryInt(sql);
        return out;
    }

    static bool never(const StoredPackage &, const PackageContents &) { return false; }

    baken::test::TestVaultDir dir;
    std::unique_ptr<Vault> coordinator;
    CoordinatorKey to;
};

// Every figure of an exact summary's tables with totals, by table id and
// row/column code, so that two summaries with categories in another order compare.
QHash<QString, qint64> figuresByCode(const Summary &s)
{
    QHash<QString, qint64> out;
    for (const Table &t : s.tables) {
        if (!t.total)
            continue;
        out[t.id + u" total"_qs] += *t.total->value;
        for (int r = 0; r < t.rows.categories.size(); ++r) {
            for (int c = 0; c < t.columnCount(); ++c) {
                const QString column = t.twoWay() ? t.columns->categories[c].code : QString();
                out[t.id + u' ' + t.rows.categories[r].code + u' ' + column] += *t.cell(r, c).value;
            }
        }
    }
    return out;
}

TEST_F(RollupServiceTest, ThreeAdvisorsCombinedAndPublishedHideEverySmallFigureAndAddUpToTheirExactTotals)
{
    std::vector<Advisor> advisors;
    advisors.push_back(advisor(u"Vertrouwenspersoon Noord"_qs, u"Kantine"_qs, 30, 1));
    advisors.push_back(advisor(u"Bureau Integriteit"_qs, u"Juridische zaken"_qs, 25, 2));
    advisors.push_back(advisor(u"Twijfel-lijn"_qs, u"Directiesecretariaat"_qs, 12, 3));

    RollupService rollup(*coordinator);
    QHash<QString, qint64> expected;
    for (Advisor &a : advisors) {
        const Summary exact = exactOf(a);
        const QHash<QString, qint64> own = figuresByCode(exact);
        for (auto it = own.cbegin(); it != own.cend(); ++it)
            expected[it.key()] += it.value();
        auto outcome = rollup.import(packageOf(a), never);
        ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
        EXPECT_EQ(*outcome, ImportOutcome::Added);
    }

    auto combined = rollup.combined(*parsePeriod(u"2025"_qs));
    ASSERT_TRUE(combined.ok()) << combined.error().message.toStdString();
    EXPECT_EQ(figuresByCode(*combined), expected);
    EXPECT_EQ(*combined->table(u"cases.type"_qs)->total->value, 30 + 25 + 12);
    ASSERT_EQ(combined->coverage.size(), 3);
    for (const Coverage &c : combined->coverage)
        EXPECT_EQ(c.months, periodMonths(*parsePeriod(u"2025"_qs))) << c.source.toStdString();

    for (int k : {5, 3}) {
        SCOPED_TRACE(k);
        auto published = publish(*combined, k);
        ASSERT_TRUE(published.ok()) << published.error().message.toStdString();
        EXPECT_EQ(published->coverage, combined->coverage);
        int shown = 0;
        for (const Table &t : published->tables) {
            QList<Figure> all = t.cells + t.rowTotals + t.columnTotals;
            if (t.total)
                all << *t.total;
            for (const Figure &f : all) {
                if (!f.published())
                    continue;
                ASSERT_TRUE(f.value);
                EXPECT_FALSE(*f.value >= 1 && *f.value < k) << t.id.toStdString() << " shows " << *f.value;
                ++shown;
            }
        }
        EXPECT_GT(shown, 50);
        const auto exposures = summary::test::attack(*published);
        EXPECT_FALSE(exposures.isEmpty()) << "the small own units must be hidden";
        for (const summary::test::Exposure &e : exposures) {
            EXPECT_TRUE(e.solved) << e.where.toStdString();
            EXPECT_GE(e.high - e.low, k - 2) << e.where.toStdString() << " lies within " << e.low << ".." << e.high;
        }
    }
}

TEST_F(RollupServiceTest, TheSamePackageTwiceIsRecognisedAndChangesNothing)
{
    Advisor a = advisor(u"Noord"_qs, u"Kantine"_qs, 6, 4);
    const QByteArray bytes = packageOf(a);
    RollupService rollup(*coordinator);
    ASSERT_EQ(*rollup.import(bytes, never), ImportOutcome::Added);
    const auto before = state();
    auto again = rollup.import(bytes, never);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, ImportOutcome::Duplicate);
    EXPECT_EQ(state(), before);
}

TEST_F(RollupServiceTest, ANewerPackageReplacesTheOlderOnlyWhenConfirmed)
{
    Advisor a = advisor(u"Noord"_qs, u"Kantine"_qs, 6, 5);
    RollupService rollup(*coordinator);
    ASSERT_EQ(*rollup.import(packageOf(a), never), ImportOutcome::Added);
    const auto stored = *rollup.packages();

    // A case added later; the new package is stamped at least a second later.
    ASSERT_NO_FATAL_FAILURE(addCase(a, QDate(2025, 3, 3)));
    QThread::sleep(1);
    a.label = u"Noord (nieuw)"_qs;
    const QByteArray newer = packageOf(a);

    const auto before = state();
    int asked = 0;
    auto kept = rollup.import(newer, [&](const StoredPackage &old, const PackageContents &offered) {
        ++asked;
        EXPECT_EQ(old.packageId, stored.first().packageId);
        EXPECT_GT(offered.createdAt, old.createdAt);
        return false;
    });
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(*kept, ImportOutcome::Kept);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(state(), before);
    EXPECT_EQ(rollup.sources()->first().label, u"Noord"_qs) << "a declined package does not relabel its source";

    auto replaced = rollup.import(newer, [](const StoredPackage &, const PackageContents &) { return true; });
    ASSERT_TRUE(replaced.ok());
    EXPECT_EQ(*replaced, ImportOutcome::Replaced);
    ASSERT_EQ(rollup.packages()->size(), 1);
    EXPECT_NE(rollup.packages()->first().packageId, stored.first().packageId);
    EXPECT_EQ(rollup.sources()->first().label, u"Noord (nieuw)"_qs);
    EXPECT_EQ(*rollup.combined(*parsePeriod(u"2025"_qs))->table(u"cases.type"_qs)->total->value, 7);
}

TEST_F(RollupServiceTest, AnOlderPackageThanTheOneStoredIsRefusedAndChangesNothing)
{
    Advisor a = advisor(u"Noord"_qs, u"Kantine"_qs, 6, 7);
    const QByteArray older = packageOf(a);
    QThread::sleep(1);
    const QByteArray newer = packageOf(a);
    RollupService rollup(*coordinator);
    ASSERT_EQ(*rollup.import(newer, never), ImportOutcome::Added);
    const auto before = state();
    auto refused = rollup.import(older, [](const StoredPackage &, const PackageContents &) { return true; });
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::InvalidInput);
    EXPECT_TRUE(refused.error().message.contains(u"newer package"_qs)) << refused.error().message.toStdString();
    EXPECT_EQ(state(), before);
}

TEST_F(RollupServiceTest, TamperedTruncatedAndWronglyAddressedPackagesAreRefusedAndChangeNothing)
{
    Advisor a = advisor(u"Noord"_qs, u"Kantine"_qs, 6, 8);
    const QByteArray good = packageOf(a);
    auto other = dir.create(u"other-coordinator.baken"_qs);
    auto sealedElsewhere =
        packagePeriod(*a.vault, *parsePeriod(u"2025"_qs), a.label, CoordinatorKey{u"Ander"_qs, *ownPublicKeys(*other)});
    ASSERT_TRUE(sealedElsewhere.ok());

    RollupService rollup(*coordinator);
    const auto before = state();
    QByteArray tampered = good;
    tampered[tampered.size() / 2] = char(tampered[tampered.size() / 2] ^ 0x01);
    const QList<QByteArray> bad{tampered, good.left(good.size() - 10), *sealedElsewhere, QByteArray("not a package")};
    for (const QByteArray &bytes : bad) {
        auto outcome = rollup.import(bytes, never);
        ASSERT_FALSE(outcome.ok());
        EXPECT_FALSE(outcome.error().message.isEmpty());
        EXPECT_EQ(state(), before);
    }
    EXPECT_EQ(*rollup.import(good, never), ImportOutcome::Added);
}

TEST_F(RollupServiceTest, TheAuditNamesSourceAndPeriodButNoFigure)
{
    Advisor a = advisor(u"Noord"_qs, u"Kantine"_qs, 17, 9);
    RollupService rollup(*coordinator);
    ASSERT_EQ(*rollup.import(packageOf(a), never), ImportOutcome::Added);
    const auto entries = *coordinator->audit().latest(1);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().event, u"rollup.package_imported"_qs);
    EXPECT_EQ(entries.first().objectId, u"Noord 2025"_qs);
    // No number but the year: 17 cases must not show.
    const QString all = entries.first().event + entries.first().objectType + entries.first().objectId;
    EXPECT_EQ(QString(all).remove(u"2025"_qs).contains(QRegularExpression(u"\\d"_qs)), false);
}

TEST_F(RollupServiceTest, AQuarterIsCutFromAYearlyPackage)
{
    Advisor a = advisor(u"Noord"_qs, u"Kantine"_qs, 40, 10);
    RollupService rollup(*coordinator);
    ASSERT_EQ(*rollup.import(packageOf(a, u"2025"_qs), never), ImportOutcome::Added);
    for (const QString &part : {u"2025-Q2"_qs, u"2025-03"_qs, u"2025-02..2025-11"_qs}) {
        SCOPED_TRACE(part.toStdString());
        auto cut = rollup.combined(*parsePeriod(part));
        ASSERT_TRUE(cut.ok()) << cut.error().message.toStdString();
        EXPECT_EQ(figuresByCode(*cut), figuresByCode(exactOf(a, part)));
        ASSERT_EQ(cut->coverage.size(), 1);
        EXPECT_EQ(cut->coverage.first().months, periodMonths(*parsePeriod(part)));
    }
}

TEST_F(RollupServiceTest, ANewerQuarterOverridesThoseMonthsOfAnOlderYear)
{
    Advisor a = advisor(u"Noord"_qs, u"Kantine"_qs, 12, 11);
    RollupService rollup(*coordinator);
    ASSERT_EQ(*rollup.import(packageOf(a, u"2025"_qs), never), ImportOutcome::Added);
    const qint64 casesBefore = *exactOf(a).table(u"cases.type"_qs)->total->value;

    ASSERT_NO_FATAL_FAILURE(addCase(a, QDate(2025, 5, 3)));
    QThread::sleep(1);
    const QByteArray quarterPackage = packageOf(a, u"2025-Q2"_qs);
    // The year's figures for April to June give way only after a yes.
    const auto before = state();
    int asked = 0;
    auto kept = rollup.import(quarterPackage, [&](const StoredPackage &old, const PackageContents &) {
        ++asked;
        EXPECT_EQ(old.period, *parsePeriod(u"2025"_qs));
        return false;
    });
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(*kept, ImportOutcome::Kept);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(state(), before);
    EXPECT_EQ(*rollup.combined(*parsePeriod(u"2025"_qs))->table(u"cases.type"_qs)->total->value, casesBefore);
    ASSERT_EQ(*rollup.import(quarterPackage, [](const StoredPackage &, const PackageContents &) { return true; }),
              ImportOutcome::Replaced);
    EXPECT_EQ(rollup.packages()->size(), 2) << "the year still counts for its other months";

    auto year = rollup.combined(*parsePeriod(u"2025"_qs));
    ASSERT_TRUE(year.ok()) << year.error().message.toStdString();
    EXPECT_EQ(*year->table(u"cases.type"_qs)->total->value, casesBefore + 1);
    // The year now comes in three runs (Jan-Mar, Apr-Jun, Jul-Dec): the status
    // at its end cannot be summed from them.
    EXPECT_EQ(year->table(u"cases.status"_qs), nullptr);
    auto quarter = rollup.combined(*parsePeriod(u"2025-Q2"_qs));
    ASSERT_TRUE(quarter.ok());
    EXPECT_EQ(figuresByCode(*quarter), figuresByCode(exactOf(a, u"2025-Q2"_qs)));
}

TEST_F(RollupServiceTest, ANewerPackageHoldingAllMonthsOfAnOlderOneRemovesItAfterAYes)
{
    Advisor a = advisor(u"Noord"_qs, u"Kantine"_qs, 12, 12);
    RollupService rollup(*coordinator);
    ASSERT_EQ(*rollup.import(packageOf(a, u"2025-01..2025-06"_qs), never), ImportOutcome::Added);
    QThread::sleep(1);
    const auto yes = [](const StoredPackage &, const PackageContents &) { return true; };
    ASSERT_EQ(*rollup.import(packageOf(a, u"2025"_qs), yes), ImportOutcome::Replaced);
    const auto stored = *rollup.packages();
    ASSERT_EQ(stored.size(), 1) << "the half year counts no more: it is removed";
    EXPECT_EQ(stored.first().period, *parsePeriod(u"2025"_qs));
    EXPECT_EQ(figuresByCode(*rollup.combined(*parsePeriod(u"2025"_qs))), figuresByCode(exactOf(a)));
}

TEST_F(RollupServiceTest, APackageStoredByAnEarlierVersionIsNamedWhenCombiningAndNothingIsSummed)
{
    Advisor a = advisor(u"Noord"_qs, u"Kantine"_qs, 6, 13);
    RollupService rollup(*coordinator);
    ASSERT_EQ(*rollup.import(packageOf(a), never), ImportOutcome::Added);
    // What a version-1 import stored: one exact summary, not a month cube.
    const QString oldJson = QString::fromUtf8(
        QJsonDocument(*exactSummaryToJsonObject(exactOf(a))).toJson(QJsonDocument::Compact));
    auto stmt = coordinator->db().prepare("UPDATE rollup_package SET summary_json = ?1");
    ASSERT_TRUE(stmt.ok());
    stmt->bind(1, oldJson);
    ASSERT_TRUE(stmt->run().ok());

    auto combined = rollup.combined(*parsePeriod(u"2025"_qs));
    ASSERT_FALSE(combined.ok());
    EXPECT_EQ(combined.code(), ErrorCode::InvalidInput);
    EXPECT_TRUE(combined.error().message.contains(u"Noord"_qs)) << combined.error().message.toStdString();
    EXPECT_TRUE(combined.error().message.contains(u"new package"_qs)) << combined.error().message.toStdString();
}

} // namespace
