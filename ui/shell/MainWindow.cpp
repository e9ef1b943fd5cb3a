#include "MainWindow.h"

#include "AuditLogDialog.h"
#include "ClipboardGuard.h"
#include "DashboardPage.h"
#include "IdleWatcher.h"
#include "LockedView.h"
#include "SessionWatcher.h"
#include "VaultWorkspace.h"
#include "WindowState.h"
#include "backup/BackupPanel.h"
#include "backup/BackupSettings.h"
#include "backup/RestoreDialog.h"
#include "cases/CaseListPanel.h"
#include "cases/CasesPage.h"
#include "cases/IntakeForm.h"
#include "csvimport/CsvImportWizard.h"
#include "help/UserGuideWindow.h"
#include "i18n/Translations.h"
#include "retention/RetentionDialog.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "start/StartPage.h"
#include "vault/CreateVaultWizard.h"
#include "vault/UnlockDialog.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace baken::ui {

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_stack(new QStackedWidget(this))
    , m_start(new StartPage(this))
    , m_locked(new LockedView(this))
    , m_idle(new IdleWatcher(this))
    , m_session(new SessionWatcher(this))
    , m_clipboard(new ClipboardGuard(this))
    , m_busyBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    const QString appIcon = QStringLiteral(":/icons/baken.svg");
    if (QFile::exists(appIcon))
        setWindowIcon(QIcon(appIcon));

    m_stack->addWidget(m_start);
    m_stack->addWidget(m_locked);
    setCentralWidget(m_stack);
    createActions();

    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(160);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->hide();
    statusBar()->addPermanentWidget(m_busyBar);

    connectPages();
    connect(m_idle, &IdleWatcher::idleTimedOut, this, &MainWindow::lockVault);
    connect(m_session, &SessionWatcher::lockRequested, this, &MainWindow::lockVault);

    restoreWindowState(this);
    updateState();
}

MainWindow::~MainWindow()
{
    destroyWorkspace();
}

void MainWindow::connectPages()
{
    connect(m_start, &StartPage::recentVaultChosen, this, &MainWindow::openVaultFile);
    connect(m_start, &StartPage::openRequested, this, &MainWindow::chooseVaultFile);
    connect(m_start, &StartPage::createRequested, this, &MainWindow::createVault);
    connect(m_start, &StartPage::demoRequested, this, &MainWindow::openDemoVault);
    connect(m_start, &StartPage::restoreRequested, this, &MainWindow::restoreFromBackup);
    connect(m_start, &StartPage::tourRequested, this,
            [this] { showUserGuide(UserGuideWindow::tourAnchor(currentLanguage())); });
    connect(m_locked, &LockedView::unlockRequested, this, [this] { showUnlockDialog(m_vaultPath); });
    connect(m_locked, &LockedView::closeRequested, this, &MainWindow::closeVault);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newAction = file->addAction(tr("&New vault…"), this, &MainWindow::createVault);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = file->addAction(tr("&Open vault…"), this, &MainWindow::chooseVaultFile);
    m_openAction->setShortcut(QKeySequence::Open);
    file->addSeparator();
    m_lockAction =
        file->addAction(QIcon(QStringLiteral(":/icons/lock.svg")), tr("&Lock"), this, &MainWindow::lockVault);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setToolTip(tr("Lock the vault (Ctrl+L)"));
    m_closeAction = file->addAction(tr("&Close vault"), this, &MainWindow::closeVault);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    m_auditAction = file->addAction(tr("&Audit log…"), this, &MainWindow::showAuditLog);
    m_retentionAction = file->addAction(tr("&Retention…"), this, &MainWindow::showRetention);
    m_csvImportAction = file->addAction(tr("&Import from a spreadsheet…"), this, &MainWindow::showCsvImport);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // No F1: on the doubt line F1 opens the referral guide, mid-call.
    help->addAction(tr("&User guide"), this, [this] { showUserGuide(); });
    help->addAction(tr("&About Baken"), this, &MainWindow::showAbout);

    QToolBar *toolbar = addToolBar(tr("Vault"));
    toolbar->setObjectName(QStringLiteral("vaultToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_lockAction);
}

void MainWindow::openVaultFile(const QString &path)
{
    if (m_busy)
        return;
    closeVault();
    showUnlockDialog(path);
}

void MainWindow::chooseVaultFile()
{
    if (m_busy)
        return;
    const QString folder = m_settings.value(Settings::Key::LastFolder).toString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open vault"), folder, tr("Baken vaults (*.baken);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setValue(Settings::Key::LastFolder, QFileInfo(path).absolutePath());
    openVaultFile(path);
}

void MainWindow::createVault()
{
    if (m_busy)
        return;
    auto *wizard = new CreateVaultWizard(m_settings, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateVaultWizard::vaultCreated, this, [this, wizard] {
        closeVault();
        adoptVault(wizard->takeVault());
    });
    // The wizard shows the recovery key, which can be selected and copied.
    m_clipboard->setActive(true);
    connect(wizard, &QDialog::finished, this, [this] { m_clipboard->setActive(isUnlocked()); });
    wizard->open();
}

void MainWindow::showUnlockDialog(const QString &path)
{
    // The vault just locked is still open on the backup's thread: the
    // dialog opens when the backup is written.
    if (m_backingUp) {
        m_unlockWhenBackedUp = path;
        statusBar()->showMessage(tr("Baken is still writing the backup; you can unlock as soon as it is done."));
        return;
    }
    auto *dialog = new UnlockDialog(path, m_throttle, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { adoptVault(dialog->takeVault()); });
    connect(dialog, &UnlockDialog::restoreRequested, this, &MainWindow::restoreFromBackup);
    dialog->open();
}

void MainWindow::restoreFromBackup()
{
    if (m_busy || m_operations > 0)
        return;
    auto *dialog = new RestoreDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        closeVault();
        adoptVault(dialog->takeVault());
    });
    dialog->open();
}

void MainWindow::adoptVault(std::unique_ptr<Vault> vault)
{
    if (!vault)
        return;
    destroyWorkspace();
    m_vault = std::move(vault);
    m_vaultPath = m_vault->path();
    m_settings.addRecentVault(m_vaultPath);
    m_start->showError({});
    // The hidden start page would still hold this vault's name; a locked
    // window must hold none, so it is refilled only when shown again.
    m_start->setRecentVaults({});

    m_autoBackup = std::make_unique<AutoBackup>(*m_vault);
    m_locked->setBackupNote({}, false);
    createWorkspace();
    applyIdleTimeout();
    m_idle->setActive(true);
    m_clipboard->setActive(true);
    updateState();
    Q_EMIT vaultUnlocked();
}

void MainWindow::createWorkspace()
{
    m_workspace = new VaultWorkspace(*m_vault, m_settings, this);
    // Queued: the switch rebuilds the settings page that announced it.
    connect(m_workspace->settingsPage(), &SettingsPage::languageChosen, this, &MainWindow::switchLanguage,
            Qt::QueuedConnection);
    connect(m_workspace->settingsPage()->backupPanel(), &BackupPanel::backupWritten, this,
            [this] { m_autoBackup->noteBackupWritten(); });
    connect(m_workspace->dashboardPage(), &DashboardPage::retentionRequested, this, &MainWindow::showRetention);
    connect(m_workspace, &VaultWorkspace::idleLockMinutesChanged, this, &MainWindow::applyIdleTimeout);
    connect(m_workspace, &VaultWorkspace::operationStarted, this, &MainWindow::operationStarted);
    connect(m_workspace, &VaultWorkspace::operationFinished, this, &MainWindow::operationFinished);
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);
    m_workspace->setFocus();
}

void MainWindow::destroyWorkspace()
{
    // Deleted at once, not later: the pages must be gone the moment the
    // vault is, and nothing that calls this runs inside the workspace.
    if (m_workspace) {
        m_stack->removeWidget(m_workspace);
        delete m_workspace;
        m_workspace = nullptr;
    }
    m_operations = 0;
    m_lockPending = false;
}

void MainWindow::closeVault()
{
    if (m_operations > 0)
        return;
    const bool hadVault = m_vault || !m_vaultPath.isEmpty();
    if (m_vault)
        lockVault();
    m_vaultPath.clear();
    m_unlockWhenBackedUp.clear();
    m_start->setRecentVaults(m_settings.recentVaults());
    m_stack->setCurrentWidget(m_start);
    updateState();
    if (hadVault)
        Q_EMIT vaultClosed();
}

void MainWindow::setIdleTimeoutForTesting(std::chrono::milliseconds timeout)
{
    m_idleOverride = timeout;
    applyIdleTimeout();
}

void MainWindow::applyIdleTimeout()
{
    if (m_idleOverride.count() > 0)
        m_idle->setTimeout(m_idleOverride);
    else
        m_idle->setTimeout(std::chrono::minutes(m_settings.idleLockMinutes()));
}

void MainWindow::operationStarted()
{
    ++m_operations;
}

void MainWindow::operationFinished()
{
    m_operations = std::max(0, m_operations - 1);
    if (m_operations == 0 && m_lockPending) {
        m_lockPending = false;
        lockVault();
    }
}

void MainWindow::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_start->setBusy(busy);
    if (busy)
        statusBar()->showMessage(message);
    else
        statusBar()->clearMessage();
    updateState();
}

void MainWindow::updateState()
{
    const bool unlocked = isUnlocked();
    m_lockAction->setEnabled(unlocked);
    m_auditAction->setEnabled(unlocked);
    m_retentionAction->setEnabled(unlocked);
    m_csvImportAction->setEnabled(unlocked);
    m_closeAction->setEnabled(unlocked || isLocked());
    m_newAction->setEnabled(!m_busy);
    m_openAction->setEnabled(!m_busy);
    if (unlocked) {
        const QString name = QFileInfo(m_vaultPath).completeBaseName();
        setWindowTitle(m_vault->isDemo() ? tr("%1 (demo) — Baken").arg(name) : tr("%1 — Baken").arg(name));
    } else if (isLocked()) {
        setWindowTitle(tr("Locked — Baken"));
    } else {
        setWindowTitle(tr("Baken"));
        m_start->setRecentVaults(m_settings.recentVaults());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_backingUp) {
        m_closeWhenBackedUp = true;
        statusBar()->showMessage(tr("Baken closes as soon as the backup is written."));
        event->ignore();
        return;
    }
    if (m_operations > 0 || m_busy) {
        statusBar()->showMessage(tr("Baken is still writing the vault. Close it again in a moment."), 5000);
        event->ignore();
        return;
    }
    saveWindowState(this);
    m_idle->setActive(false);
    // On X11 a clipboard manager would otherwise keep Baken's copy after exit.
    m_clipboard->setActive(false);
    if (m_vault) {
        // Locked first; the window closes once the backup due is written.
        destroyWorkspace();
        m_stack->setCurrentWidget(m_locked);
        backUpAndLock(std::shared_ptr<Vault>(std::move(m_vault)), true);
        if (m_backingUp) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange && isMinimized() && m_settings.lockOnMinimise())
        lockVault();
}

void MainWindow::showAuditLog()
{
    if (!m_vault)
        return;
    // Modal: the dialog reads the open vault, which must not lock under it
    // without the dialog going too (it is a child of the workspace).
    auto *dialog = new AuditLogDialog(*m_vault, m_workspace);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

UserGuideWindow *MainWindow::userGuide() const
{
    return m_guide.data();
}

void MainWindow::showUserGuide(const QString &section)
{
    if (!m_guide) {
        m_guide = new UserGuideWindow(currentLanguage(), this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    if (!section.isEmpty())
        m_guide->showSection(section);
}

void MainWindow::showRetention()
{
    if (!m_vault)
        return;
    // A child of the workspace, like the audit log: it goes when the vault locks.
    auto *dialog = new RetentionDialog(*m_vault, m_workspace);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RetentionDialog::casesDestroyed, m_workspace->dashboardPage(), &DashboardPage::refresh);
    dialog->open();
}

void MainWindow::showCsvImport()
{
    if (!m_vault)
        return;
    // The import writes on another thread. A draft typed a moment ago is
    // saved now, so that its timer cannot write while the (modal) wizard runs.
    m_workspace->casesPage()->intakeForm()->flush();
    auto *wizard = new CsvImportWizard(*m_vault, m_workspace);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CsvImportWizard::operationStarted, this, &MainWindow::operationStarted);
    // Queued: a lock held off until the import ends may delete the wizard.
    connect(wizard, &CsvImportWizard::operationFinished, this, &MainWindow::operationFinished, Qt::QueuedConnection);
    connect(wizard, &CsvImportWizard::casesImported, this, [this] {
        m_workspace->casesPage()->showList();
        m_workspace->showPage(VaultWorkspace::Cases);
        m_workspace->dashboardPage()->refresh();
    });
    wizard->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Baken"),
                       tr("<h3>Baken %1</h3>"
                          "<p>Confidential case management for reports of discrimination and undesirable "
                          "behaviour at work.</p>"
                          "<p>Everything is kept in one encrypted vault file on this computer. Only "
                          "anonymised summaries are meant to leave it.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace baken::ui
