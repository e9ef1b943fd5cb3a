#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace baken::test {

// Runs the event loop until `condition` holds or `timeoutMs` passes.
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000);

// Every piece of text a user could read in `root` and its children: labels,
// fields, buttons, combo entries, item views and window titles.
QStringList readableTexts(const QWidget *root);
bool anyTextContains(const QWidget *root, const QString &needle);

// Saves a picture of `widget` as `name` in $BAKEN_SCREENSHOT_DIR, if set.
void saveScreenshot(QWidget *widget, const QString &name);

} // namespace baken::test
