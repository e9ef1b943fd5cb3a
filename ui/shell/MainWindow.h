#pragma once

#include "base/Result.h"
#include "doubtline/AskUser.h"
#include "vault/UnlockThrottle.h"

#include <QMainWindow>
#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>

class QAction;
class QProgressBar;
class QStackedWidget;

namespace baken {
class AutoBackup;
struct BackupWritten;
class Settings;
class Vault;
} // namespace baken

namespace baken::ui {

class ClipboardGuard;
class IdleWatcher;
class LockedView;
class SessionWatcher;
class StartPage;
class UserGuideWindow;
class VaultWorkspace;

// The application shell. Owns the one open Vault and the workspace showing
// it; locking (Ctrl+L, idle, screen lock, sleep, optionally minimising, or
// on request) destroys both and clears what Baken copied, so that the locked
// window holds nothing of the vault but the path to reopen it.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Asks for the passphrase of `path` (non-modal to the event loop).
    void openVaultFile(const QString &path);
    void chooseVaultFile();
    void createVault();
    // The demo vault in the application data folder, made on first use.
    void openDemoVault();
    // Opens `path` with the published demo passphrase, but only if it is a
    // demo vault: a real vault is locked again and the user is asked.
    void openAsDemo(const QString &path);
    // Locks at once: the locked view shows before the backup due on lock is
    // written, on another thread (shell/LockAndBackup.cpp).
    void lockVault();
    void closeVault();
    // "Forgot your passphrase?": a backup restored with the recovery key
    // opens as a new vault (backup/RestoreDialog).
    void restoreFromBackup();
    // Shows an unlocked vault: what the unlock dialog, the wizard and a
    // restore end with (the unlock benchmark hands it one directly).
    void adoptVault(std::unique_ptr<Vault> vault);
    // Help > User guide, or the start screen's tour: opens the guide (one
    // window, kept beside the work) at `section`, a heading's anchor.
    void showUserGuide(const QString &section = {});
    // Settings > Language: Baken continues in `language` ("nl" or "en") at
    // once, the vault open and the page kept (shell/LanguageSwitch.cpp).
    void switchLanguage(const QString &language);
    // How a switch asks before it would drop unsaved form edits; tests answer directly.
    void setAsker(Asker asker) { m_ask = std::move(asker); }

    bool isUnlocked() const { return m_vault != nullptr; }
    bool isLocked() const { return !m_vault && !m_vaultPath.isEmpty(); }
    bool isBusy() const { return m_busy; }
    // The backup due on lock or close is being written.
    bool isBackingUp() const { return m_backingUp; }
    VaultWorkspace *workspace() const { return m_workspace; }
    QAction *lockAction() const { return m_lockAction; }
    QAction *auditLogAction() const { return m_auditAction; }
    QAction *retentionAction() const { return m_retentionAction; }
    QAction *csvImportAction() const { return m_csvImportAction; }
    SessionWatcher *sessionWatcher() const { return m_session; }
    ClipboardGuard *clipboardGuard() const { return m_clipboard; }
    UnlockThrottle &unlockThrottle() { return m_throttle; }
    UserGuideWindow *userGuide() const;

    // Tests lock after milliseconds instead of minutes; never set by the app.
    void setIdleTimeoutForTesting(std::chrono::milliseconds timeout);

Q_SIGNALS:
    void vaultUnlocked();
    void vaultLocked();
    void vaultClosed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void connectPages();
    void createWorkspace();
    void destroyWorkspace();
    // Makes every text again in the language installed now (LanguageSwitch.cpp).
    void rebuildInCurrentLanguage();
    void showUnlockDialog(const QString &path);
    void applyIdleTimeout();
    void setBusy(bool busy, const QString &message = {});
    void operationStarted();
    void operationFinished();
    void updateState();
    void showAbout();
    // The backup due on lock or close (core/backup/BackupSettings.h), written
    // on another thread from `vault`, which it locks when done (at once when
    // none is due). Never stops the lock: a failure is said, and tried again
    // at the next lock. Then closes the window when `thenClose`.
    void backUpAndLock(std::shared_ptr<Vault> vault, bool thenClose);
    void showBackupResult(const Result<std::optional<BackupWritten>> &written);
    void showAuditLog();
    // The cases past their destruction date (retention/RetentionDialog).
    void showRetention();
    // Registrations from a spreadsheet (csvimport/CsvImportWizard).
    void showCsvImport();

    Settings &m_settings;
    UnlockThrottle m_throttle;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<AutoBackup> m_autoBackup;
    QString m_vaultPath;
    QStackedWidget *m_stack;
    StartPage *m_start;
    LockedView *m_locked;
    VaultWorkspace *m_workspace = nullptr;
    IdleWatcher *m_idle;
    SessionWatcher *m_session;
    ClipboardGuard *m_clipboard;
    QProgressBar *m_busyBar;
    QPointer<UserGuideWindow> m_guide;
    Asker m_ask = messageBoxAsker();
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_retentionAction = nullptr;
    QAction *m_csvImportAction = nullptr;
    std::chrono::milliseconds m_idleOverride{0};
    int m_operations = 0;
    bool m_lockPending = false;
    bool m_busy = false;
    bool m_backingUp = false;
    bool m_closeWhenBackedUp = false;
    QString m_unlockWhenBackedUp; // a vault asked to be unlocked meanwhile
};

} // namespace baken::ui
