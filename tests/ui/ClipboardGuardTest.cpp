// What Baken copies while a vault is open is marked for password managers
// and clipboard histories, and does not stay on the clipboard.
#include "shell/ClipboardGuard.h"
#include "UiTestSupport.h"
#include "WindowTestSupport.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "support/TestVault.h"
#include "vault/CreateVaultWizard.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

#include <iostream>

using namespace std::chrono_literals;

namespace baken::test {
namespace {

QClipboard *clipboard()
{
    return QGuiApplication::clipboard();
}

bool markedSecret()
{
    const QMimeData *data = clipboard()->mimeData();
    return data && data->data(QLatin1String(ui::ClipboardGuard::HintFormat)) == ui::ClipboardGuard::HintValue;
}

class ClipboardGuardTest : public ::testing::Test {
protected:
    ClipboardGuardTest() : m_settings(m_dir.path(QStringLiteral("settings.ini"))), m_window(m_settings)
    {
        clipboard()->clear();
        // Fields of the kinds the pages use, inside the window, so that the
        // test copies exactly as an advisor would: select, Ctrl+C.
        m_panel = new QWidget(&m_window, Qt::Window);
        auto *layout = new QVBoxLayout(m_panel);
        m_line = new QLineEdit(m_panel);
        m_text = new QPlainTextEdit(m_panel);
        m_table = new QTableView(m_panel);
        auto *model = new QStandardItemModel(1, 1, m_table);
        model->setItem(0, 0, new QStandardItem(QStringLiteral("casus 2026-014")));
        m_table->setModel(model);
        layout->addWidget(m_line);
        layout->addWidget(m_text);
        layout->addWidget(m_table);
    }
    ~ClipboardGuardTest() override { clipboard()->clear(); }

    void unlock() { unlockNewVaultInWindow(m_window, m_dir, QStringLiteral("clip.baken")); }

    void copyFromLine(const QString &text)
    {
        m_panel->show();
        m_line->setText(text);
        m_line->setFocus();
        m_line->selectAll();
        QTest::keyClick(m_line, Qt::Key_C, Qt::ControlModifier);
    }

    TestVaultDir m_dir;
    Settings m_settings;
    ui::MainWindow m_window;
    QWidget *m_panel;
    QLineEdit *m_line;
    QPlainTextEdit *m_text;
    QTableView *m_table;
};

TEST_F(ClipboardGuardTest, EveryCopyWhileAVaultIsOpenIsMarkedSecret)
{
    unlock();
    copyFromLine(QStringLiteral("Jansen, afdeling Noord"));
    EXPECT_EQ(clipboard()->text(), u"Jansen, afdeling Noord");
    EXPECT_TRUE(markedSecret()) << "a line edit";

    clipboard()->clear();
    m_text->setPlainText(QStringLiteral("Wat er gebeurde"));
    m_text->setFocus();
    m_text->selectAll();
    QTest::keyClick(m_text, Qt::Key_C, Qt::ControlModifier);
    EXPECT_EQ(clipboard()->text(), u"Wat er gebeurde");
    EXPECT_TRUE(markedSecret()) << "a text edit";

    clipboard()->clear();
    m_table->setFocus();
    m_table->setCurrentIndex(m_table->model()->index(0, 0));
    QTest::keyClick(m_table, Qt::Key_C, Qt::ControlModifier);
    EXPECT_EQ(clipboard()->text(), u"casus 2026-014");
    EXPECT_TRUE(markedSecret()) << "a table";
}

TEST_F(ClipboardGuardTest, ACopyIsClearedAfterTheTimeout)
{
    unlock();
    m_window.clipboardGuard()->setTimeoutForTesting(300ms);
    QElapsedTimer clock;
    clock.start();
    copyFromLine(QStringLiteral("Jansen"));
    EXPECT_EQ(clipboard()->text(), u"Jansen");
    ASSERT_TRUE(waitFor([] { return clipboard()->text().isEmpty(); }, 5000));
    EXPECT_GE(clock.elapsed(), 250) << "not before the timeout";
}

TEST_F(ClipboardGuardTest, TheDefaultTimeoutIsThirtySeconds)
{
    EXPECT_EQ(ui::ClipboardGuard::DefaultTimeout, 30s);
}

TEST_F(ClipboardGuardTest, ANewerCopyGetsItsOwnFullTime)
{
    unlock();
    m_window.clipboardGuard()->setTimeoutForTesting(800ms);
    copyFromLine(QStringLiteral("eerste"));
    QTest::qWait(500);
    copyFromLine(QStringLiteral("tweede"));
    QTest::qWait(500); // 1000 ms after the first copy, 500 after the second
    EXPECT_EQ(clipboard()->text(), u"tweede");
    EXPECT_TRUE(waitFor([] { return clipboard()->text().isEmpty(); }, 5000));
}

TEST_F(ClipboardGuardTest, LockingClearsTheClipboardAtOnce)
{
    unlock();
    copyFromLine(QStringLiteral("Jansen"));
    ASSERT_EQ(clipboard()->text(), u"Jansen");
    m_window.lockVault();
    EXPECT_TRUE(clipboard()->text().isEmpty());
}

TEST_F(ClipboardGuardTest, WithoutAnOpenVaultCopiesAreLeftAlone)
{
    m_window.clipboardGuard()->setTimeoutForTesting(100ms);
    copyFromLine(QStringLiteral("een adres"));
    EXPECT_FALSE(markedSecret());
    QTest::qWait(300);
    EXPECT_EQ(clipboard()->text(), u"een adres");
}

TEST_F(ClipboardGuardTest, TheRecoveryKeyOfANewVaultIsGuardedToo)
{
    m_window.show();
    m_window.createVault();
    auto *wizard = m_window.findChild<ui::CreateVaultWizard *>();
    ASSERT_NE(wizard, nullptr);
    EXPECT_TRUE(m_window.clipboardGuard()->isActive()) << "the wizard's last page shows the recovery key";
    copyFromLine(QStringLiteral("ABCD-EFGH"));
    EXPECT_TRUE(markedSecret());
    wizard->reject();
    EXPECT_FALSE(m_window.clipboardGuard()->isActive());
    EXPECT_TRUE(clipboard()->text().isEmpty()) << "cancelled: nothing stays behind";
}

// Another program's copy is never cleared. That needs a clipboard shared
// between processes, so it runs only on X11 (QT_QPA_PLATFORM=xcb under
// Xvfb); this test binary, started again, is the other program.
TEST_F(ClipboardGuardTest, AnotherProgramsCopyIsLeftAlone)
{
    if (QGuiApplication::platformName() != u"xcb")
        GTEST_SKIP() << "needs a shared X11 clipboard (run with QT_QPA_PLATFORM=xcb under xvfb-run)";
    unlock();
    m_window.clipboardGuard()->setTimeoutForTesting(500ms);
    copyFromLine(QStringLiteral("Jansen"));
    ASSERT_TRUE(clipboard()->ownsClipboard());

    QProcess other;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BAKEN_CLIPBOARD_HELPER_TEXT"), QStringLiteral("from another program"));
    other.setProcessEnvironment(env);
    other.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--gtest_filter=ClipboardHelper.*")});
    ASSERT_TRUE(waitFor([&] { return other.readAllStandardOutput().contains("holding"); }, 10000));
    ASSERT_TRUE(waitFor([] { return !clipboard()->ownsClipboard(); }));
    QTest::qWait(900); // well past Baken's timeout for its own copy
    EXPECT_EQ(clipboard()->text(), u"from another program");
    other.waitForFinished();
}

// The other program of the test above; skipped when run on its own.
TEST(ClipboardHelper, HoldsTheClipboardForAnotherTest)
{
    const QString text = qEnvironmentVariable("BAKEN_CLIPBOARD_HELPER_TEXT");
    if (text.isEmpty())
        GTEST_SKIP() << "started by ClipboardGuardTest.AnotherProgramsCopyIsLeftAlone";
    clipboard()->setText(text);
    std::cout << "holding" << std::endl;
    QTest::qWait(3000); // serves the clipboard to the first process meanwhile
}

} // namespace
} // namespace baken::test
