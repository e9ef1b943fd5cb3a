// MainWindow's lock, and the backup due on lock or close. The lock is at
// once: the workspace goes and the locked view shows before anything else.
// The backup of a ten years' vault takes seconds (12 s for the large demo
// vault of 480 MB); written on the GUI thread it kept the last picture of the
// open vault on screen that long and the window unresponsive. It is written
// on another thread from the vault this window no longer holds, which is
// locked (keys wiped) when the backup is done. An unlock asked for meanwhile
// opens its dialog then; closing the window waits for it.

#include "ClipboardGuard.h"
#include "IdleWatcher.h"
#include "LockedView.h"
#include "MainWindow.h"
#include "backup/BackupSettings.h"
#include "start/StartPage.h"
#include "vault/Vault.h"
#include "widgets/BackgroundTask.h"

#include <QLocale>
#include <QStackedWidget>
#include <QStatusBar>

#include <utility>

namespace baken::ui {

void MainWindow::lockVault()
{
    if (!m_vault)
        return;
    // The clipboard does not wait for a running operation.
    m_clipboard->clearNow();
    // A passphrase change is rewriting the vault on another thread: lock the
    // moment it is done rather than pull the file from under it.
    if (m_operations > 0) {
        m_lockPending = true;
        return;
    }
    m_idle->setActive(false);
    m_clipboard->setActive(false);
    destroyWorkspace();
    m_stack->setCurrentWidget(m_locked);
    m_locked->setFocus();
    backUpAndLock(std::shared_ptr<Vault>(std::move(m_vault)), false);
    updateState();
    Q_EMIT vaultLocked();
}

void MainWindow::backUpAndLock(std::shared_ptr<Vault> vault, bool thenClose)
{
    std::shared_ptr<AutoBackup> backup(std::move(m_autoBackup));
    if (!backup || !backup->due()) {
        vault->lock();
        m_locked->setBackupNote({}, false);
        return;
    }
    m_backingUp = true;
    m_closeWhenBackedUp = thenClose;
    m_unlockWhenBackedUp.clear();
    m_locked->setBackupNote(tr("Writing a backup of the vault…"), false);
    setBusy(true, tr("Writing the backup…"));
    runInBackground(
        this, [vault, backup] { return backup->runIfDue(); },
        [this, vault](Result<std::optional<BackupWritten>> written) {
            vault->lock();
            m_backingUp = false;
            setBusy(false);
            showBackupResult(written);
            if (m_closeWhenBackedUp)
                close();
            else if (const QString path = std::exchange(m_unlockWhenBackedUp, {}); !path.isEmpty())
                showUnlockDialog(path);
        });
}

void MainWindow::showBackupResult(const Result<std::optional<BackupWritten>> &written)
{
    if (!written) {
        const QString note = tr("No backup was written. %1 The vault was locked all the same; Baken tries again "
                                "when it is next locked or closed.")
                                 .arg(written.error().message);
        m_locked->setBackupNote(note, true);
        m_start->showError(note);
        statusBar()->showMessage(tr("The backup failed."), 10000);
    } else if (written->has_value()) {
        const QString time = QLocale().toString((*written)->at.time(), QLocale::ShortFormat);
        m_locked->setBackupNote(tr("A backup was written and checked at %1.").arg(time), false);
        statusBar()->showMessage(tr("Backup written at %1.").arg(time), 10000);
    } else {
        m_locked->setBackupNote({}, false);
    }
}

} // namespace baken::ui
