#include "GroupTestSupport.h"
#include "UiTestSupport.h"
#include "WindowTestSupport.h"
#include "groups/GroupContext.h"
#include "groups/GroupTabs.h"
#include "groups/GroupTaskModel.h"
#include "groups/GroupsPage.h"
#include "settings/Settings.h"
#include "shell/AgendaPanel.h"
#include "shell/DashboardPage.h"
#include "shell/FollowUpsPanel.h"
#include "shell/MainWindow.h"
#include "shell/VaultWorkspace.h"
#include "support/TestVault.h"
#include "vault/UnlockDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

// The Groups page inside the real window, with its menu bar and navigation.
class GroupsWindowTest : public ::testing::Test {
protected:
    GroupsWindowTest() : m_settings(m_dir.path(QStringLiteral("settings.ini")))
    {
        m_path = m_dir.path(QStringLiteral("groups.baken"));
        auto vault = m_dir.create(QStringLiteral("groups.baken"));
        {
            ui::GroupContext context(*vault);
            m_groupId = createTestGroup(context, pastWeeklyGroup(QStringLiteral("Racisme op het werk"), 1, 6, 1));
            addTestParticipants(context, m_groupId, {m_pseudonym, QStringLiteral("Bas")},
                                QDate::currentDate().addDays(-30));
            Participant p = *context.store().participant(context.store().participants(m_groupId)->first().id);
            p.contact = m_contact;
            EXPECT_TRUE(context.service().updateParticipant(p).ok());
        }
        vault.reset();
        m_window = std::make_unique<ui::MainWindow>(m_settings);
        m_window->resize(1400, 900);
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
    qint64 m_groupId = 0;
    const QString m_pseudonym = QStringLiteral("Zilvermeeuw");
    const QString m_contact = QStringLiteral("06-13572468");
    std::unique_ptr<ui::MainWindow> m_window;
};

TEST_F(GroupsWindowTest, EveryMnemonicOnEachTabOfTheGroupsPageIsUnique)
{
    unlock();
    m_window->workspace()->openGroup(m_groupId);
    ui::GroupsPage *page = m_window->workspace()->groupsPage();
    for (int tab = 0; tab < page->tabs()->count(); ++tab) {
        page->tabs()->setCurrentIndex(tab);
        QMultiHash<QChar, QString> seen = visibleMnemonics(*m_window);
        for (int t = 0; t < page->tabs()->count(); ++t)
            seen.insert(mnemonic(page->tabs()->tabText(t)), page->tabs()->tabText(t));
        seen.remove(QChar());
        expectUniqueMnemonics(seen, "tab " + std::to_string(tab) + ",");
    }
    // With the menu bar there, Alt+P still reaches the participants.
    page->tabs()->setCurrentIndex(ui::GroupsPage::SessionsSection);
    page->listView()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
    EXPECT_EQ(page->tabs()->currentIndex(), ui::GroupsPage::ParticipantsSection);
}

TEST_F(GroupsWindowTest, ATaskOnTheDashboardIsOneEnterFromTheGroupsTasks)
{
    unlock();
    ui::VaultWorkspace *workspace = m_window->workspace();
    // Capacity 1: when the first one leaves, Bas is offered the seat.
    ui::GroupsPage *page = workspace->groupsPage();
    const qint64 first = page->context().store().participants(m_groupId)->first().id;
    ASSERT_TRUE(page->context().service().leave(first, QDate::currentDate(), {}).ok());
    workspace->showPage(ui::VaultWorkspace::Dashboard);
    workspace->dashboardPage()->refresh();
    QTreeWidget *tree = workspace->dashboardPage()->followUps()->tree();
    QTreeWidgetItem *today = tree->topLevelItem(1);
    ASSERT_EQ(today->childCount(), 1);
    EXPECT_TRUE(today->child(0)->text(2).contains(QStringLiteral("Bas")));
    tree->setFocus();
    tree->setCurrentItem(today->child(0));
    QTest::keyClick(tree, Qt::Key_Return);
    EXPECT_EQ(workspace->currentPage(), ui::VaultWorkspace::Groups);
    EXPECT_EQ(page->currentGroupId(), m_groupId);
    EXPECT_EQ(page->tabs()->currentIndex(), ui::GroupsPage::TasksSection);
    EXPECT_EQ(QApplication::focusWidget(), page->tasksTab()->view());
    EXPECT_EQ(page->tasksTab()->model()->openCount(), 1);
}

TEST_F(GroupsWindowTest, ASessionThisWeekOnTheDashboardOpensTheGroup)
{
    unlock();
    ui::VaultWorkspace *workspace = m_window->workspace();
    workspace->showPage(ui::VaultWorkspace::Dashboard);
    QTreeWidget *week = workspace->dashboardPage()->agenda()->sessions();
    ASSERT_EQ(week->topLevelItemCount(), 1);
    week->setFocus();
    week->setCurrentItem(week->topLevelItem(0));
    QTest::keyClick(week, Qt::Key_Return);
    EXPECT_EQ(workspace->currentPage(), ui::VaultWorkspace::Groups);
    EXPECT_EQ(workspace->groupsPage()->currentGroupId(), m_groupId);
}

TEST_F(GroupsWindowTest, LockingRemovesTheGroupsPageAndThePeopleItShowed)
{
    unlock();
    m_window->workspace()->openGroup(m_groupId);
    m_window->workspace()->groupsPage()->showSection(ui::GroupsPage::ParticipantsSection);
    ASSERT_TRUE(anyTextContains(m_window.get(), m_pseudonym));
    ASSERT_TRUE(anyTextContains(m_window.get(), m_contact));
    QSignalSpy locked(m_window.get(), &ui::MainWindow::vaultLocked);
    m_window->lockVault();
    ASSERT_TRUE(locked.size() == 1 || locked.wait(5000));
    EXPECT_EQ(m_window->findChild<ui::GroupsPage *>(), nullptr);
    EXPECT_FALSE(anyTextContains(m_window.get(), m_pseudonym));
    EXPECT_FALSE(anyTextContains(m_window.get(), m_contact));
}

} // namespace
} // namespace baken::test
