#pragma once

#include <QWidget>

class QLabel;

namespace baken::ui {

// Shown while a vault is locked. It must reveal nothing of the vault, not
// even its file name: someone else may be looking at the screen.
class LockedView final : public QWidget {
    Q_OBJECT

public:
    explicit LockedView(QWidget *parent = nullptr);

    // What happened to the backup written on locking: a short note, in red
    // when it failed ("" hides it). Names no vault and no file.
    void setBackupNote(const QString &note, bool failed);
    QString backupNote() const;

Q_SIGNALS:
    void unlockRequested();
    void closeRequested();

private:
    QLabel *m_backupNote;
};

} // namespace baken::ui
