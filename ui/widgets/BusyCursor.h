#pragma once

#include <QApplication>

namespace baken::ui {

// The wait cursor for as long as this lives: work on the GUI thread that
// takes a moment (a backup, destroying cases, checking a spreadsheet), and
// the cursor comes back on every way out.
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace baken::ui
