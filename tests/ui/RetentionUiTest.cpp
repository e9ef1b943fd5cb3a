// The Retention screen: the due cases without their text, destroying after a
// confirmation that says what goes and what stays, and the ways to it (the
// File menu and the dashboard's hint).
#include "UiTestSupport.h"
#include "WindowTestSupport.h"

#include "cases/SqlCaseStore.h"
#include "i18n/Translations.h"
#include "retention/Retention.h"
#include "retention/RetentionDialog.h"
#include "settings/Settings.h"
#include "shell/DashboardPage.h"
#include "shell/MainWindow.h"
#include "shell/VaultWorkspace.h"
#include "support/ClosedCases.h"
#include "support/TestVault.h"

#include <QAction>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

// The cases of tests/support/ClosedCases.h with a text of their own.
QStringList addClosedCases(Vault &vault)
{
    return test::addClosedCases(vault, QStringLiteral("Opmerkingen over haar hoofddoek"));
}

QStringList listed(const ui::RetentionDialog &dialog)
{
    QStringList numbers;
    for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i)
        numbers << dialog.list()->topLevelItem(i)->text(0);
    return numbers;
}

TEST(RetentionDialog, ListsTheDueCasesOldestFirstAndNoText)
{
    TestVaultDir dir;
    auto vault = dir.create();
    const QStringList numbers = addClosedCases(*vault);
    ui::RetentionDialog dialog(*vault);
    EXPECT_EQ(listed(dialog), (QStringList{numbers[1], numbers[0]}));
    const QTreeWidgetItem *first = dialog.list()->topLevelItem(0);
    EXPECT_EQ(first->text(1), label(CaseType::Complaint));
    EXPECT_EQ(first->text(2), QLocale().toString(QDate::currentDate().addDays(-500), QLocale::ShortFormat));
    for (int column = 0; column < dialog.list()->columnCount(); ++column)
        EXPECT_FALSE(first->text(column).contains(u"Merel") || first->text(column).contains(u"hoofddoek"));
}

TEST(RetentionDialog, DestroysOnlyAfterTheAdvisorConfirms)
{
    TestVaultDir dir;
    auto vault = dir.create();
    const QStringList numbers = addClosedCases(*vault);
    ui::RetentionDialog dialog(*vault);
    QList<ui::Question> asked;
    bool answer = false;
    dialog.setAsker([&](QWidget *, const ui::Question &q, const ui::Answer &reply) {
        asked << q;
        reply(answer);
    });
    int signalled = 0;
    QObject::connect(&dialog, &ui::RetentionDialog::casesDestroyed, &dialog, [&] { ++signalled; });

    dialog.list()->clearSelection();
    dialog.list()->topLevelItem(1)->setSelected(true); // numbers[0]
    auto *destroy = dialog.findChild<QPushButton *>(QStringLiteral("destroyButton"));
    ASSERT_TRUE(destroy && destroy->isEnabled());
    destroy->click();
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked[0].text.contains(numbers[0]));
    EXPECT_TRUE(asked[0].text.contains(u"Erased for good") && asked[0].text.contains(u"Kept:"))
        << asked[0].text.toStdString();
    EXPECT_EQ(listed(dialog).size(), 2) << "cancelled: nothing destroyed";
    EXPECT_EQ(signalled, 0);

    answer = true;
    destroy->click();
    EXPECT_EQ(listed(dialog), QStringList{numbers[1]});
    EXPECT_EQ(signalled, 1);
    EXPECT_TRUE(dialog.message().contains(u"destroyed")) << dialog.message().toStdString();
    SqlCaseStore store(vault->db());
    const qint64 id = **store.caseIdByNumber(numbers[0]);
    EXPECT_TRUE(store.caseById(id)->destroyedAt.isValid());
    EXPECT_TRUE(store.caseById(id)->intake.whatHappened.isEmpty());
    EXPECT_FALSE(store.caseById(**store.caseIdByNumber(numbers[1]))->destroyedAt.isValid());

    // Nothing selected: nothing to destroy.
    dialog.list()->clearSelection();
    EXPECT_FALSE(destroy->isEnabled());
}

class RetentionWindowTest : public ::testing::Test {
protected:
    RetentionWindowTest() : m_settings(m_dir.path(QStringLiteral("settings.ini"))), m_window(m_settings) {}
    void SetUp() override
    {
        {
            auto vault = m_dir.create(QStringLiteral("window.baken"));
            ASSERT_TRUE(vault);
            addClosedCases(*vault);
        }
        showAndUnlock(m_window, m_dir.path(QStringLiteral("window.baken")));
    }

    ui::RetentionDialog *openDialog()
    {
        ui::RetentionDialog *dialog = nullptr;
        EXPECT_TRUE(
            waitFor([&] { return (dialog = m_window.findChild<ui::RetentionDialog *>()) && dialog->isVisible(); }));
        return dialog;
    }

    TestVaultDir m_dir;
    Settings m_settings;
    ui::MainWindow m_window;
};

TEST_F(RetentionWindowTest, TheDashboardHintOpensTheScreenAndGoesWhenNothingIsDue)
{
    ui::DashboardPage *dashboard = m_window.workspace()->dashboardPage();
    ASSERT_TRUE(dashboard->retentionHint()->isVisible());
    auto *review = dashboard->findChild<QPushButton *>(QStringLiteral("reviewRetentionButton"));
    ASSERT_NE(review, nullptr);
    review->click();
    ui::RetentionDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->list()->topLevelItemCount(), 2);
    dialog->setAsker([](QWidget *, const ui::Question &, const ui::Answer &reply) { reply(true); });
    dialog->list()->selectAll();
    dialog->destroySelected();
    EXPECT_EQ(dialog->list()->topLevelItemCount(), 0);
    EXPECT_FALSE(dashboard->retentionHint()->isVisible()) << "the dashboard is told";
}

TEST_F(RetentionWindowTest, TheFileMenuOpensItAndLockingClosesIt)
{
    ASSERT_TRUE(m_window.retentionAction()->isEnabled());
    m_window.retentionAction()->trigger();
    ASSERT_NE(openDialog(), nullptr);
    m_window.lockVault();
    EXPECT_EQ(m_window.findChild<ui::RetentionDialog *>(), nullptr) << "nothing of the vault stays open";
    EXPECT_FALSE(m_window.retentionAction()->isEnabled());
}

} // namespace

// The screen in Dutch for docs/screenshots (retention.png), with the
// confirmation's words below the list. Run by hand with BAKEN_SCREENSHOT_DIR.
TEST(CasesScreenshots, Retention)
{
    if (qEnvironmentVariableIsEmpty("BAKEN_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set BAKEN_SCREENSHOT_DIR to take screenshots";
    installTranslations(QStringLiteral("nl"));
    TestVaultDir dir;
    auto vault = dir.create(QStringLiteral("retention.baken"));
    addClosedCases(*vault);
    addClosedCases(*vault);
    ui::RetentionDialog dialog(*vault);
    dialog.resize(680, 420);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    saveScreenshot(&dialog, QStringLiteral("retention.png"));
    installTranslations(QStringLiteral("en"));
}

} // namespace baken::test
