#include "WindowTestSupport.h"

#include "UiTestSupport.h"
#include "shell/MainWindow.h"
#include "support/TestVault.h"
#include "vault/UnlockDialog.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace baken::test {

void unlockInWindow(ui::MainWindow &window, const QString &path)
{
    window.openVaultFile(path);
    ui::UnlockDialog *dialog = nullptr;
    ASSERT_TRUE(waitFor([&] { return (dialog = window.findChild<ui::UnlockDialog *>()) && dialog->isVisible(); }));
    QSignalSpy unlocked(&window, &ui::MainWindow::vaultUnlocked);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
    QTest::keyClicks(edit, strongPassphrase());
    QTest::keyClick(edit, Qt::Key_Return);
    ASSERT_TRUE(unlocked.wait(10000));
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
}

QChar mnemonic(const QString &text)
{
    const qsizetype at = text.indexOf(u'&');
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
}

} // namespace baken::test
