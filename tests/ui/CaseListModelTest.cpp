#include "cases/CaseListModel.h"
#include "CaseTestSupport.h"
#include "support/TestVault.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

TEST(CaseListModel, PassesTheModelTesterAndFetchesInPages)
{
    TestVaultDir dir;
    auto vault = dir.create();
    ui::CaseContext context(*vault);
    for (int i = 0; i < 250; ++i)
        ASSERT_GT(registerTestCase(context, QStringLiteral("Reporter %1").arg(i)), 0);

    ui::CaseListModel model(context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter({});
    EXPECT_EQ(model.totalCount(), 250);
    EXPECT_LE(model.rowCount(), ui::CaseListModel::PageSize);
    EXPECT_GT(model.rowCount(), 0);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 2 * ui::CaseListModel::PageSize);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 250);
    EXPECT_FALSE(model.canFetchMore({}));

    model.sort(ui::CaseListModel::NumberColumn, Qt::AscendingOrder);
    EXPECT_LE(model.rowCount(), ui::CaseListModel::PageSize);
    const QString first = model.index(0, ui::CaseListModel::NumberColumn).data().toString();
    const QString second = model.index(1, ui::CaseListModel::NumberColumn).data().toString();
    EXPECT_LT(first, second);
}

// 250 cases on three intake days: page boundaries fall inside a day, where
// only the id orders the rows. Scrolled to the end, the list holds every
// case once, in the order of one query for the whole list.
TEST(CaseListModel, ScrollingToTheEndShowsEveryCaseOnceInOrder)
{
    TestVaultDir dir;
    auto vault = dir.create();
    ui::CaseContext context(*vault);
    for (int i = 0; i < 250; ++i)
        ASSERT_GT(registerTestCase(context, QStringLiteral("Reporter %1").arg(i), {}, 3 + i % 3), 0);
    auto whole = context.search().page({}, {}, 0, 1000);
    ASSERT_TRUE(whole.ok());

    ui::CaseListModel model(context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter({});
    while (model.canFetchMore({}))
        model.fetchMore({});
    ASSERT_EQ(model.rowCount(), 250);
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(model.caseIdAt(row), whole->at(row).id) << "row " << row;
}

TEST(CaseListModel, ShowsOverdueInWordsAndWithAnIcon)
{
    TestVaultDir dir;
    auto vault = dir.create();
    ui::CaseContext context(*vault);
    ASSERT_GT(registerTestCase(context, QStringLiteral("Late"), {}, 20), 0);
    ui::CaseListModel model(context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter({});
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex due = model.index(0, ui::CaseListModel::NextFollowUpColumn);
    EXPECT_TRUE(due.data().toString().contains(QStringLiteral("overdue")));
    EXPECT_FALSE(due.data(Qt::DecorationRole).isNull());
    EXPECT_TRUE(due.data(ui::CaseListModel::OverdueRole).toBool());
}

} // namespace
} // namespace baken::test
