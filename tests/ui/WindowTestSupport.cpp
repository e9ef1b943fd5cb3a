#include "WindowTestSupport.h"

#include "UiTestSupport.h"
#include "shell/MainWindow.h"
#include "support/DemoVaultCopy.h"
#include "support/TestVault.h"
#include "vault/UnlockDialog.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
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

void showAndUnlock(ui::MainWindow &window, const QString &path)
{
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    unlockInWindow(window, path);
}

void showDemo(ui::MainWindow &window, const QString &path, const QSize &size)
{
    if (!QFileInfo::exists(path)) {
        ASSERT_TRUE(copyDemoVault(path));
    }
    window.resize(size);
    window.show();
    QSignalSpy unlocked(&window, &ui::MainWindow::vaultUnlocked);
    window.openAsDemo(path);
    ASSERT_TRUE(unlocked.wait(60000));
    ASSERT_NE(window.workspace(), nullptr);
}

void unlockNewVaultInWindow(ui::MainWindow &window, TestVaultDir &dir, const QString &fileName)
{
    dir.create(fileName).reset();
    showAndUnlock(window, dir.path(fileName));
}

QChar mnemonic(const QString &text)
{
    const qsizetype at = text.indexOf(u'&');
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
}

QMultiHash<QChar, QString> visibleMnemonics(ui::MainWindow &window)
{
    QMultiHash<QChar, QString> seen;
    for (QAction *menu : window.menuBar()->actions())
        seen.insert(mnemonic(menu->text()), menu->text());
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisibleTo(&window))
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        seen.insert(mnemonic(text), text);
    }
    seen.remove(QChar());
    return seen;
}

void expectUniqueMnemonics(const QMultiHash<QChar, QString> &seen, const std::string &where)
{
    for (const QChar key : seen.uniqueKeys())
        EXPECT_EQ(seen.count(key), 1) << where << " Alt+" << QString(key).toStdString() << ": "
                                      << seen.values(key).join(QStringLiteral(", ")).toStdString();
}

} // namespace baken::test
