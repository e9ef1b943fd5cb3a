#pragma once

#include <QDialog>

#include <functional>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace baken {
class Vault;
}

namespace baken::ui {

class PassphraseStrengthMeter;

// "Forgot your passphrase?": restores a backup with the recovery key as a new
// vault under a new passphrase, then hands the opened vault to the window.
// The backup and any existing vault stay as they are.
class RestoreDialog final : public QDialog {
    Q_OBJECT

public:
    // Ask for a file to open or to save; call `chosen` only when the user
    // picked one. Tests replace them.
    using FileChooser = std::function<void(QWidget *parent, const std::function<void(const QString &)> &chosen)>;

    explicit RestoreDialog(QWidget *parent = nullptr);
    ~RestoreDialog() override;

    std::unique_ptr<Vault> takeVault();
    QString errorText() const;
    bool isBusy() const { return m_busy; }

    void setBackupChooser(FileChooser chooser) { m_backupChooser = std::move(chooser); }
    void setTargetChooser(FileChooser chooser) { m_targetChooser = std::move(chooser); }

    QLineEdit *backupEdit() const { return m_backup; }
    QLineEdit *recoveryKeyEdit() const { return m_key; }
    QLineEdit *targetEdit() const { return m_target; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *restoreButton() const { return m_restoreButton; }

    void restore();
    void reject() override;

private:
    void chooseBackup();
    void chooseTarget();
    void showError(const QString &message);
    void setBusy(bool busy);
    void updateButton();

    QLineEdit *m_backup;
    QLineEdit *m_key;
    QLineEdit *m_target;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    PassphraseStrengthMeter *m_meter;
    QLabel *m_error;
    QProgressBar *m_busyBar;
    QDialogButtonBox *m_buttons;
    QPushButton *m_restoreButton;
    FileChooser m_backupChooser;
    FileChooser m_targetChooser;
    // The file the user agreed to replace in the save dialog, if any.
    QString m_replaceConfirmed;
    std::unique_ptr<Vault> m_vault;
    bool m_busy = false;
};

} // namespace baken::ui
