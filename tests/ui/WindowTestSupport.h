#pragma once

#include <QMultiHash>
#include <QSize>
#include <QString>

#include <string>

namespace baken::ui {
class MainWindow;
}

namespace baken::test {

// Opens the vault at `path` in the real window and unlocks it through the
// unlock dialog, typing the test passphrase as a user would; fails the test
// when the dialog or the unlock does not come. The window is active after.
void unlockInWindow(ui::MainWindow &window, const QString &path);

// Shows `window` at `size` and opens the demo vault at `path` in it as "Open
// the demo" does (made there first when there is none); fails the test when
// it does not unlock.
void showDemo(ui::MainWindow &window, const QString &path, const QSize &size);

class TestVaultDir;
// Shows `window`, waits until it is active and unlocks the vault at `path`
// in it as above.
void showAndUnlock(ui::MainWindow &window, const QString &path);
// Creates an empty vault `fileName` in `dir`, and shows and unlocks it.
void unlockNewVaultInWindow(ui::MainWindow &window, TestVaultDir &dir, const QString &fileName);

// The Alt letter of a label or button text ("Chan&nel" -> 'n'), lower case;
// a null QChar when it has none.
QChar mnemonic(const QString &text);

// Every Alt letter a user can press in the window now: the menu bar, and the
// visible buttons and labels with a buddy. Letter -> the texts that use it.
QMultiHash<QChar, QString> visibleMnemonics(ui::MainWindow &window);
// Fails the test for each letter used by more than one text; `where` says
// which screen.
void expectUniqueMnemonics(const QMultiHash<QChar, QString> &seen, const std::string &where = {});

} // namespace baken::test
