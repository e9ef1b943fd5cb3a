#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace baken {
class Vault;
}

namespace baken::ui {

// The Backups part of Settings: the folder the backups go to (a USB stick,
// a network share), how many are kept, and "Back up now" with its result.
// Both settings are kept in the vault (core/backup/BackupSettings.h).
class BackupPanel final : public QWidget {
    Q_OBJECT

public:
    // Asks for a folder, starting at `current`; calls `chosen` only when the
    // user picked one. Tests replace the dialog.
    using FolderChooser =
        std::function<void(QWidget *parent, const QString &current, const std::function<void(const QString &)> &)>;

    explicit BackupPanel(Vault &vault, QWidget *parent = nullptr);

    void setFolderChooser(FolderChooser chooser) { m_chooser = std::move(chooser); }
    // Stores `folder` as the backup folder ("" switches the backups off).
    void setFolder(const QString &folder);
    void backUpNow();

    QLineEdit *folderEdit() const { return m_folder; }
    QSpinBox *keepSpin() const { return m_keep; }
    QPushButton *backUpButton() const { return m_backUp; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    // A backup was written from here: the next lock need not write another.
    void backupWritten();

private:
    void chooseFolder();
    void saveKeep(int keep);
    void showStatus(const QString &message, bool error);
    void updateButtons();

    Vault &m_vault;
    QLineEdit *m_folder;
    QPushButton *m_choose;
    QPushButton *m_off;
    QSpinBox *m_keep;
    QPushButton *m_backUp;
    QLabel *m_status;
    FolderChooser m_chooser;
};

} // namespace baken::ui
