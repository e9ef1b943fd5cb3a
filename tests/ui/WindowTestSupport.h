#pragma once

#include <QString>

namespace baken::ui {
class MainWindow;
}

namespace baken::test {

// Opens the vault at `path` in the real window and unlocks it through the
// unlock dialog, typing the test passphrase as a user would; fails the test
// when the dialog or the unlock does not come. The window is active after.
void unlockInWindow(ui::MainWindow &window, const QString &path);

// The Alt letter of a label or button text ("Chan&nel" -> 'n'), lower case;
// a null QChar when it has none.
QChar mnemonic(const QString &text);

} // namespace baken::test
