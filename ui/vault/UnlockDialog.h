#pragma once

#include <QDialog>

#include <memory>

class QPushButton;
class QTimer;

namespace Ui {
class UnlockDialog;
}

namespace baken {
class UnlockThrottle;
class Vault;
} // namespace baken

namespace baken::ui {

// Asks for the passphrase of one vault and opens it off the GUI thread. Says
// in words why a try failed, and after repeated wrong passphrases makes the
// user wait (UnlockThrottle) with a visible countdown.
class UnlockDialog final : public QDialog {
    Q_OBJECT

public:
    // `throttle` outlives the dialog, so closing and reopening it does not
    // reset the wait.
    UnlockDialog(const QString &path, UnlockThrottle &throttle, QWidget *parent = nullptr);
    ~UnlockDialog() override;

    std::unique_ptr<Vault> takeVault();
    QString errorText() const;
    bool isWaiting() const;

    void reject() override;

Q_SIGNALS:
    // The user forgot the passphrase; the dialog closes itself.
    void restoreRequested();

private:
    void unlock();
    void updateWait();
    void setBusy(bool busy);
    void updateButton();

    std::unique_ptr<::Ui::UnlockDialog> m_ui;
    QString m_path;
    UnlockThrottle &m_throttle;
    QPushButton *m_unlockButton;
    QTimer *m_countdown;
    std::unique_ptr<Vault> m_vault;
    bool m_busy = false;
};

} // namespace baken::ui
