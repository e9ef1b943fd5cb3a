#include "CaseTestSupport.h"
#include "UiTestSupport.h"
#include "WindowTestSupport.h"
#include "cases/CaseFileView.h"
#include "cases/CasesPage.h"
#include "cases/IntakeForm.h"
#include "settings/Settings.h"
#include "shell/DashboardPage.h"
#include "shell/FollowUpsPanel.h"
#include "shell/MainWindow.h"
#include "shell/VaultWorkspace.h"
#include "support/TestVault.h"
#include "vault/UnlockDialog.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

// The Cases page inside the real window: opened from the dashboard, and gone
// without a trace when the vault locks.
class CasesWorkspaceTest : public ::testing::Test {
protected:
    CasesWorkspaceTest() : m_settings(m_dir.path(QStringLiteral("settings.ini")))
    {
        m_path = m_dir.path(QStringLiteral("advisor.baken"));
        auto vault = m_dir.create(QStringLiteral("advisor.baken"));
        {
            ui::CaseContext context(*vault);
            m_lateId = registerTestCase(context, m_pseudonym, m_note, 20);
            m_number = context.store().caseById(m_lateId)->number;
            registerTestCase(context, QStringLiteral("Heron"), {}, 0);
        }
        vault.reset();
        m_window = std::make_unique<ui::MainWindow>(m_settings);
        m_window->show();
        m_window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    void unlock()
    {
        unlockInWindow(*m_window, m_path);
        if (::testing::Test::HasFatalFailure())
            return;
    }

    TestVaultDir m_dir;
    Settings m_settings;
    QString m_path;
    const QString m_pseudonym = QStringLiteral("Zilverreiger");
    const QString m_note = QStringLiteral("Spoke about the canteen incident");
    QString m_number;
    qint64 m_lateId = 0;
    std::unique_ptr<ui::MainWindow> m_window;
};

TEST_F(CasesWorkspaceTest, TheDashboardListsAnOverdueFollowUpAndEnterOpensItsCase)
{
    unlock();
    ui::VaultWorkspace *workspace = m_window->workspace();
    ASSERT_NE(workspace, nullptr);
    QTreeWidget *tree = workspace->dashboardPage()->followUps()->tree();
    ASSERT_GE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *overdue = tree->topLevelItem(0);
    ASSERT_EQ(overdue->childCount(), 1);
    EXPECT_EQ(overdue->child(0)->text(1), m_number);
    saveScreenshot(m_window.get(), QStringLiteral("dashboard-followups-test.png"));

    tree->setFocus();
    tree->setCurrentItem(overdue->child(0));
    QTest::keyClick(tree, Qt::Key_Return);
    EXPECT_EQ(workspace->currentPage(), ui::VaultWorkspace::Cases);
    EXPECT_EQ(workspace->casesPage()->currentView(), workspace->casesPage()->caseFile());
    EXPECT_EQ(workspace->casesPage()->caseFile()->caseId(), m_lateId);
}

TEST_F(CasesWorkspaceTest, LockingRemovesEveryCaseWidgetAndAllItShowed)
{
    unlock();
    m_window->workspace()->openCase(m_lateId);
    ASSERT_TRUE(anyTextContains(m_window.get(), m_number));
    ASSERT_TRUE(anyTextContains(m_window.get(), m_pseudonym));
    ASSERT_TRUE(anyTextContains(m_window.get(), m_note));

    QSignalSpy locked(m_window.get(), &ui::MainWindow::vaultLocked);
    m_window->lockAction()->trigger();
    ASSERT_EQ(locked.count(), 1);
    EXPECT_EQ(m_window->findChild<ui::CasesPage *>(), nullptr);
    EXPECT_EQ(m_window->findChild<ui::CaseFileView *>(), nullptr);
    for (const QString &secret : {m_number, m_pseudonym, m_note})
        EXPECT_FALSE(anyTextContains(m_window.get(), secret)) << secret.toStdString();
    EXPECT_FALSE(m_window->windowTitle().contains(m_number));
}

TEST_F(CasesWorkspaceTest, LockingKeepsWhatWasTypedInAnUnsavedDraft)
{
    unlock();
    ui::CasesPage *cases = m_window->workspace()->casesPage();
    m_window->workspace()->showPage(ui::VaultWorkspace::Cases);
    cases->newIntake();
    auto *what = cases->intakeForm()->findChild<QPlainTextEdit *>(QStringLiteral("whatEdit"));
    QTest::keyClicks(what, QStringLiteral("Typed just before the lock"));
    m_window->lockAction()->trigger();
    ASSERT_TRUE(m_window->isLocked());

    auto vault = Vault::open(m_path, strongPassphrase());
    ASSERT_TRUE(vault.ok());
    ui::CaseContext context(**vault);
    CaseFilter filter;
    filter.includeDrafts = true;
    auto rows = context.search().page(filter, {}, 0, 10);
    ASSERT_TRUE(rows.ok());
    const auto draft = std::find_if(rows->cbegin(), rows->cend(), [](const CaseSummary &row) { return row.draft; });
    ASSERT_NE(draft, rows->cend());
    auto file = context.store().caseById(draft->id);
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file->intake.whatHappened, QStringLiteral("Typed just before the lock"));
}

} // namespace
} // namespace baken::test
