#include "WindowState.h"

#include <QMainWindow>
#include <QSettings>

namespace baken::ui {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
} // namespace

void restoreWindowState(QMainWindow *window)
{
    const QSettings settings;
    if (!window->restoreGeometry(settings.value(GeometryKey).toByteArray()))
        window->resize(1000, 680);
    window->restoreState(settings.value(StateKey).toByteArray());
}

void saveWindowState(const QMainWindow *window)
{
    QSettings settings;
    settings.setValue(GeometryKey, window->saveGeometry());
    settings.setValue(StateKey, window->saveState());
}

} // namespace baken::ui
