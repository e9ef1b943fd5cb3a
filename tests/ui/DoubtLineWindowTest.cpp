#include "DoubtLineTestSupport.h"
#include "UiTestSupport.h"
#include "WindowTestSupport.h"
#include "doubtline/ConsultationForm.h"
#include "doubtline/DoubtLineContext.h"
#include "doubtline/DoubtLinePage.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/VaultWorkspace.h"
#include "support/TestVault.h"
#include "vault/UnlockDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

// The doubt line inside the real window, with its menu bar and navigation.
class DoubtLineWindowTest : public ::testing::Test {
protected:
    DoubtLineWindowTest() : m_settings(m_dir.path(QStringLiteral("settings.ini")))
    {
        m_path = m_dir.path(QStringLiteral("line.baken"));
        auto vault = m_dir.create(QStringLiteral("line.baken"));
        {
            ui::DoubtLineContext context(*vault);
            logTestConsultation(context, QStringLiteral("graag terugbellen"), 20, m_contact);
        }
        vault.reset();
        m_window = std::make_unique<ui::MainWindow>(m_settings);
        m_window->show();
        m_window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    void unlockOnTheDoubtLine()
    {
        unlockInWindow(*m_window, m_path);
        if (::testing::Test::HasFatalFailure())
            return;
        m_window->workspace()->showPage(ui::VaultWorkspace::DoubtLine);
        m_window->workspace()->doubtLinePage()->setFocus();
    }

    TestVaultDir m_dir;
    Settings m_settings;
    QString m_path;
    const QString m_contact = QStringLiteral("06-24681357");
    std::unique_ptr<ui::MainWindow> m_window;
};

TEST_F(DoubtLineWindowTest, EveryMnemonicOnThePageIsUnique)
{
    unlockOnTheDoubtLine();
    const QMultiHash<QChar, QString> seen = visibleMnemonics(*m_window);
    expectUniqueMnemonics(seen);
    // With the menu bar there, Alt+L still reaches the channel.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(),
              m_window->workspace()->doubtLinePage()->findChild<QComboBox *>(QStringLiteral("channelCombo")));
}

TEST_F(DoubtLineWindowTest, LockingRemovesTheDoubtLineAndTheContactItShowed)
{
    unlockOnTheDoubtLine();
    ASSERT_TRUE(anyTextContains(m_window.get(), m_contact));
    QSignalSpy locked(m_window.get(), &ui::MainWindow::vaultLocked);
    m_window->lockVault();
    ASSERT_TRUE(locked.size() == 1 || locked.wait(5000));
    EXPECT_EQ(m_window->findChild<ui::DoubtLinePage *>(), nullptr);
    EXPECT_FALSE(anyTextContains(m_window.get(), m_contact));
}

} // namespace
} // namespace baken::test
