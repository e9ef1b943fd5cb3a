#pragma once

class QMainWindow;

namespace baken::ui {

// Window geometry and toolbar state, kept with QSettings by the UI (core's
// Settings holds no window state). Nothing here names a vault.
void restoreWindowState(QMainWindow *window);
void saveWindowState(const QMainWindow *window);

} // namespace baken::ui
