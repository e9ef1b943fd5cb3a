#include "shell/MainWindow.h"
#include "UiTestSupport.h"
#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "settings/Settings.h"
#include "shell/VaultWorkspace.h"
#include "support/TestVault.h"
#include "vault/UnlockDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

class MainWindowTest : public ::testing::Test {
protected:
    MainWindowTest() : m_settings(m_dir.path(QStringLiteral("settings.ini")))
    {
        m_path = m_dir.path(QStringLiteral("advisor-north.baken"));
        auto vault = m_dir.create(QStringLiteral("advisor-north.baken"));
        SqlCodeListStore store(vault->db());
        CodeListService service(*vault, store);
        auto grounds = service.items(CodeList::Grounds);
        EXPECT_TRUE(grounds.ok() && !grounds->isEmpty());
        m_codeLabel = grounds->first().labelEn;
        vault.reset();
        m_settings.addRecentVault(m_path);
        m_window = std::make_unique<ui::MainWindow>(m_settings);
        m_window->show();
        m_window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    // Unlocks through the dialog, typing the passphrase as a user would.
    void unlockThroughDialog()
    {
        ui::UnlockDialog *dialog = nullptr;
        ASSERT_TRUE(
            waitFor([&] { return (dialog = m_window->findChild<ui::UnlockDialog *>()) && dialog->isVisible(); }));
        QSignalSpy unlocked(m_window.get(), &ui::MainWindow::vaultUnlocked);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit")), strongPassphrase());
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit")), Qt::Key_Return);
        ASSERT_TRUE(unlocked.wait(10000));
        ASSERT_TRUE(m_window->isUnlocked());
    }

    void openVault()
    {
        m_window->openVaultFile(m_path);
        unlockThroughDialog();
    }

    void expectNothingOfTheVaultShown()
    {
        EXPECT_FALSE(m_window->isUnlocked());
        EXPECT_EQ(m_window->workspace(), nullptr);
        EXPECT_EQ(m_window->findChild<ui::VaultWorkspace *>(), nullptr);
        const QString name = QFileInfo(m_path).completeBaseName();
        EXPECT_FALSE(anyTextContains(m_window.get(), name)) << readableTexts(m_window.get()).join(u" | ").toStdString();
        EXPECT_FALSE(anyTextContains(m_window.get(), m_codeLabel));
        EXPECT_FALSE(m_window->windowTitle().contains(name));
    }

    TestVaultDir m_dir;
    Settings m_settings;
    QString m_path;
    QString m_codeLabel;
    std::unique_ptr<ui::MainWindow> m_window;
};

TEST_F(MainWindowTest, StartsOnTheStartScreenWithNothingUnlocked)
{
    EXPECT_FALSE(m_window->isUnlocked());
    EXPECT_FALSE(m_window->lockAction()->isEnabled());
    saveScreenshot(m_window.get(), QStringLiteral("start-screen.png"));
}

TEST_F(MainWindowTest, ShowsTheVaultAfterUnlocking)
{
    openVault();
    ASSERT_NE(m_window->workspace(), nullptr);
    EXPECT_TRUE(anyTextContains(m_window.get(), QFileInfo(m_path).completeBaseName()));
    m_window->workspace()->showPage(ui::VaultWorkspace::Cases);
    saveScreenshot(m_window.get(), QStringLiteral("empty-state.png"));
    m_window->workspace()->showPage(ui::VaultWorkspace::SettingsPageIndex);
    EXPECT_TRUE(anyTextContains(m_window.get(), m_codeLabel));
    saveScreenshot(m_window.get(), QStringLiteral("settings.png"));
}

TEST_F(MainWindowTest, CtrlLLocksAndRemovesEveryPageWithVaultData)
{
    openVault();
    m_window->workspace()->showPage(ui::VaultWorkspace::SettingsPageIndex);
    QSignalSpy locked(m_window.get(), &ui::MainWindow::vaultLocked);
    // The unlock dialog just closed; the window is active again, as for a user.
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QWidget *focus = QApplication::focusWidget();
    QTest::keySequence(focus ? focus : m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
    ASSERT_EQ(locked.count(), 1);
    EXPECT_TRUE(m_window->isLocked());
    expectNothingOfTheVaultShown();
    saveScreenshot(m_window.get(), QStringLiteral("locked.png"));
}

TEST_F(MainWindowTest, LocksWhenNobodyUsesItForTheIdleTime)
{
    openVault();
    QSignalSpy locked(m_window.get(), &ui::MainWindow::vaultLocked);
    m_window->setIdleTimeoutForTesting(std::chrono::milliseconds(200));
    ASSERT_TRUE(locked.wait(5000));
    expectNothingOfTheVaultShown();
}

TEST_F(MainWindowTest, InputPostponesTheIdleLock)
{
    openVault();
    m_window->setIdleTimeoutForTesting(std::chrono::milliseconds(600));
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(300);
        QTest::keyClick(m_window->workspace(), Qt::Key_Down);
    }
    EXPECT_TRUE(m_window->isUnlocked());
}

TEST_F(MainWindowTest, UnlockingAgainRestoresThePages)
{
    openVault();
    m_window->lockAction()->trigger();
    ASSERT_TRUE(m_window->isLocked());
    auto *unlock = m_window->findChild<QPushButton *>(QStringLiteral("unlockButton"));
    ASSERT_NE(unlock, nullptr);
    QTest::mouseClick(unlock, Qt::LeftButton);
    unlockThroughDialog();
    ASSERT_NE(m_window->workspace(), nullptr);
    EXPECT_EQ(m_window->workspace()->currentPage(), ui::VaultWorkspace::Dashboard);
    EXPECT_TRUE(anyTextContains(m_window.get(), QFileInfo(m_path).completeBaseName()));
}

TEST_F(MainWindowTest, ClosingTheVaultReturnsToTheStartScreenWithItInRecent)
{
    openVault();
    QSignalSpy closed(m_window.get(), &ui::MainWindow::vaultClosed);
    m_window->closeVault();
    EXPECT_EQ(closed.count(), 1);
    EXPECT_FALSE(m_window->isUnlocked());
    EXPECT_FALSE(m_window->isLocked());
    EXPECT_TRUE(m_settings.recentVaults().contains(QFileInfo(m_path).absoluteFilePath()));
}

} // namespace
} // namespace baken::test
