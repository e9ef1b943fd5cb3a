#include "shell/DashboardPage.h"
#include "support/TestVault.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace baken;

namespace {

class DashboardPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        vault = dir.create();
        ASSERT_TRUE(vault);
        page = std::make_unique<ui::DashboardPage>(*vault);
        audit = page->findChild<QLabel *>(QStringLiteral("auditStatus"));
        check = page->findChild<QPushButton *>(QStringLiteral("checkVaultButton"));
        ASSERT_TRUE(audit && check);
    }

    test::TestVaultDir dir;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<ui::DashboardPage> page;
    QLabel *audit = nullptr;
    QPushButton *check = nullptr;
};

} // namespace

TEST_F(DashboardPageTest, TheWholeFileIsCheckedOnlyWhenTheUserAsks)
{
    // Showing the page must stay cheap however large the vault grows.
    EXPECT_FALSE(audit->text().contains(u"Intact")) << audit->text().toStdString();
    page->refresh();
    EXPECT_FALSE(audit->text().contains(u"Intact"));

    QTest::mouseClick(check, Qt::LeftButton);
    EXPECT_TRUE(audit->text().contains(u"Intact")) << audit->text().toStdString();
}

TEST_F(DashboardPageTest, ABrokenAuditChainIsShownWithTheEntry)
{
    ASSERT_TRUE(vault->db().exec("DROP TRIGGER audit_log_append_only_update").ok());
    ASSERT_TRUE(vault->db().exec("UPDATE audit_log SET event = 'nothing' WHERE id = 1").ok());
    QTest::mouseClick(check, Qt::LeftButton);
    EXPECT_TRUE(audit->text().contains(u"Broken at entry 1")) << audit->text().toStdString();
}
