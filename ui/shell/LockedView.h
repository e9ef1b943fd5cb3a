#pragma once

#include <QWidget>

namespace baken::ui {

// Shown while a vault is locked. It must reveal nothing of the vault, not
// even its file name: someone else may be looking at the screen.
class LockedView final : public QWidget {
    Q_OBJECT

public:
    explicit LockedView(QWidget *parent = nullptr);

Q_SIGNALS:
    void unlockRequested();
    void closeRequested();
};

} // namespace baken::ui
