// Backups from the window: Settings' Backups section, the backup on lock,
// and "Forgot your passphrase?" restoring a backup to an opened vault.
#include "UiTestSupport.h"
#include "WindowTestSupport.h"
#include "backup/Backup.h"
#include "backup/BackupPanel.h"
#include "backup/BackupSettings.h"
#include "backup/RestoreDialog.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "shell/LockedView.h"
#include "shell/MainWindow.h"
#include "shell/VaultWorkspace.h"
#include "support/TestVault.h"
#include "vault/UnlockDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

const QString NewPassphrase = QStringLiteral("harbour quilt meridian pumpkin saxophone");

class BackupUi : public ::testing::Test {
protected:
    BackupUi() : m_settings(m_dir.path(QStringLiteral("settings.ini")))
    {
        m_path = m_dir.path(QStringLiteral("advisor.baken"));
        auto vault = m_dir.create(QStringLiteral("advisor.baken"));
        EXPECT_TRUE(vault->db().exec("INSERT INTO meta (key, value) VALUES ('probe', 'kept')").ok());
        m_recoveryKey = vault->recoveryKey()->formatted();
        auto written = writeBackup(*vault, m_backups.path());
        EXPECT_TRUE(written.ok());
        m_backupPath = written->path;
        vault.reset();
        m_window = std::make_unique<ui::MainWindow>(m_settings);
        m_window->show();
        m_window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    ui::RestoreDialog *openRestoreFromStart()
    {
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("restoreButton"));
        EXPECT_NE(button, nullptr);
        if (!button)
            return nullptr;
        EXPECT_TRUE(button->isVisible());
        button->click();
        ui::RestoreDialog *dialog = nullptr;
        EXPECT_TRUE(
            waitFor([&] { return (dialog = m_window->findChild<ui::RestoreDialog *>()) && dialog->isVisible(); }));
        return dialog;
    }

    // Unlocks the vault with its backups set to go to `folder`, and changes a
    // setting, so that the next lock has something to back up.
    void unlockWithBackupsTo(const QString &folder)
    {
        {
            auto vault = Vault::open(m_path, strongPassphrase());
            ASSERT_TRUE(vault.ok());
            ASSERT_TRUE(setBackupFolder(**vault, folder).ok());
        }
        unlockInWindow(*m_window, m_path);
        ASSERT_FALSE(::testing::Test::HasFatalFailure());
        ASSERT_NE(m_window->findChild<ui::LockedView *>(), nullptr);
        m_window->workspace()->settingsPage()->backupPanel()->keepSpin()->setValue(5);
    }

    // Fills the dialog as a user would: the backup through its chooser, the
    // rest typed.
    void fill(ui::RestoreDialog &dialog, const QString &key, const QString &target)
    {
        dialog.setBackupChooser(
            [&](QWidget *, const std::function<void(const QString &)> &chosen) { chosen(m_backupPath); });
        dialog.setTargetChooser([&](QWidget *, const std::function<void(const QString &)> &chosen) { chosen(target); });
        dialog.findChild<QPushButton *>(QStringLiteral("chooseBackupButton"))->click();
        dialog.findChild<QPushButton *>(QStringLiteral("chooseTargetButton"))->click();
        QTest::keyClicks(dialog.recoveryKeyEdit(), key);
        QTest::keyClicks(dialog.passphraseEdit(), NewPassphrase);
        QTest::keyClicks(dialog.repeatEdit(), NewPassphrase);
    }

    TestVaultDir m_dir;
    QTemporaryDir m_backups;
    Settings m_settings;
    QString m_path;
    QString m_backupPath;
    QString m_recoveryKey;
    std::unique_ptr<ui::MainWindow> m_window;
};

TEST_F(BackupUi, ForgottenPassphraseRestoresABackupToAnOpenedVault)
{
    ui::RestoreDialog *dialog = openRestoreFromStart();
    ASSERT_NE(dialog, nullptr);
    const QString target = m_dir.path(QStringLiteral("restored.baken"));
    fill(*dialog, m_recoveryKey.toLower(), target); // typed in lower case: still the key
    EXPECT_EQ(QDir::fromNativeSeparators(dialog->backupEdit()->text()), m_backupPath);
    ASSERT_TRUE(dialog->restoreButton()->isEnabled());

    QSignalSpy unlocked(m_window.get(), &ui::MainWindow::vaultUnlocked);
    dialog->restoreButton()->click();
    ASSERT_TRUE(unlocked.wait(20000));
    ASSERT_TRUE(m_window->isUnlocked());
    EXPECT_TRUE(m_window->windowTitle().startsWith(u"restored")) << m_window->windowTitle().toStdString();
    EXPECT_TRUE(waitFor([&] { return m_window->findChild<ui::RestoreDialog *>() == nullptr; }));
    m_window->closeVault();

    auto reopened = Vault::open(target, NewPassphrase);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    EXPECT_EQ(*(*reopened)->meta(QStringLiteral("probe")), u"kept");
    EXPECT_EQ((*reopened)->recoveryKey()->formatted(), m_recoveryKey);
}

TEST_F(BackupUi, AWrongRecoveryKeyIsSaidAndNothingIsWritten)
{
    ui::RestoreDialog *dialog = openRestoreFromStart();
    ASSERT_NE(dialog, nullptr);
    const QString target = m_dir.path(QStringLiteral("restored.baken"));
    fill(*dialog, RecoveryKey::generate().formatted(), target);
    dialog->restoreButton()->click();
    ASSERT_TRUE(waitFor([&] { return !dialog->isBusy() && !dialog->errorText().isEmpty(); }, 20000));
    EXPECT_TRUE(dialog->errorText().contains(u"recovery key")) << dialog->errorText().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(m_window->isUnlocked());
    EXPECT_FALSE(QFileInfo::exists(target));
    for (const QString &name : m_dir.entries())
        EXPECT_FALSE(name.contains(u"restored")) << name.toStdString() << " was left behind";
}

TEST_F(BackupUi, TheUnlockDialogLeadsToTheRestore)
{
    m_window->openVaultFile(m_path);
    ui::UnlockDialog *unlock = nullptr;
    ASSERT_TRUE(waitFor([&] { return (unlock = m_window->findChild<ui::UnlockDialog *>()) && unlock->isVisible(); }));
    auto *forgot = unlock->findChild<QPushButton *>(QStringLiteral("forgotButton"));
    ASSERT_NE(forgot, nullptr);
    forgot->click();
    EXPECT_TRUE(waitFor([&] {
        auto *restore = m_window->findChild<ui::RestoreDialog *>();
        return restore && restore->isVisible();
    }));
}

TEST_F(BackupUi, BackUpNowInSettingsShowsTheResult)
{
    unlockInWindow(*m_window, m_path);
    ASSERT_FALSE(::testing::Test::HasFatalFailure());
    ui::VaultWorkspace *workspace = m_window->workspace();
    workspace->showPage(ui::VaultWorkspace::SettingsPageIndex);
    ui::BackupPanel *panel = workspace->settingsPage()->backupPanel();
    ASSERT_TRUE(panel->isVisible());
    EXPECT_FALSE(panel->backUpButton()->isEnabled()) << "no folder yet";

    QTemporaryDir stick;
    panel->setFolderChooser(
        [&](QWidget *, const QString &, const std::function<void(const QString &)> &chosen) { chosen(stick.path()); });
    panel->findChild<QPushButton *>(QStringLiteral("chooseFolderButton"))->click();
    EXPECT_EQ(QDir::fromNativeSeparators(panel->folderEdit()->text()), stick.path());
    panel->keepSpin()->setValue(2);
    ASSERT_TRUE(panel->backUpButton()->isEnabled());
    for (int i = 0; i < 3; ++i)
        panel->backUpButton()->click();
    const QStringList files = QDir(stick.path()).entryList(QDir::Files);
    EXPECT_EQ(files.size(), 2) << "keeps the two newest";
    EXPECT_TRUE(panel->statusLabel()->isVisible());
    EXPECT_TRUE(panel->statusLabel()->text().contains(files.last())) << panel->statusLabel()->text().toStdString();

    // Nothing changed since: locking writes no third backup.
    m_window->lockVault();
    EXPECT_EQ(QDir(stick.path()).entryList(QDir::Files), files);
}

TEST_F(BackupUi, LockWritesABackupAndAMissingStickNeverStopsTheLock)
{
    QTemporaryDir parent;
    const QString stick = parent.filePath(QStringLiteral("stick"));
    ASSERT_NO_FATAL_FAILURE(unlockWithBackupsTo(stick));
    auto *locked = m_window->findChild<ui::LockedView *>();

    // The stick is not plugged in: the vault locks, and the locked view says
    // why there is no backup.
    m_window->lockVault();
    EXPECT_TRUE(m_window->isLocked());
    ASSERT_TRUE(waitFor([&] { return !m_window->isBackingUp(); }));
    EXPECT_TRUE(locked->backupNote().contains(u"No backup was written")) << locked->backupNote().toStdString();
    EXPECT_FALSE(locked->backupNote().contains(u"advisor")) << "the locked view names no vault";

    // Plugged in: the next lock writes the backup the last one missed, even
    // though nothing changed in between.
    ASSERT_TRUE(QDir().mkpath(stick));
    unlockInWindow(*m_window, m_path);
    ASSERT_FALSE(::testing::Test::HasFatalFailure());
    m_window->lockVault();
    EXPECT_TRUE(m_window->isLocked());
    ASSERT_TRUE(waitFor([&] { return !m_window->isBackingUp(); }));
    EXPECT_EQ(QDir(stick).entryList(QDir::Files).size(), 1);
    EXPECT_TRUE(locked->backupNote().contains(u"written")) << "note: " << locked->backupNote().toStdString();
}

// The backup of a large vault takes seconds: the lock may not wait for it.
// The locked view shows, holding nothing of the vault, before the backup is
// written; an unlock asked for meanwhile waits for it; so does closing.
TEST_F(BackupUi, TheLockShowsAtOnceAndTheBackupFollowsOnAnotherThread)
{
    QTemporaryDir stick;
    ASSERT_NO_FATAL_FAILURE(unlockWithBackupsTo(stick.path()));
    auto *locked = m_window->findChild<ui::LockedView *>();

    m_window->lockVault();
    // No event has been handled since: the backup cannot have reported back.
    EXPECT_TRUE(m_window->isBackingUp());
    EXPECT_TRUE(m_window->isLocked());
    EXPECT_EQ(m_window->workspace(), nullptr);
    EXPECT_TRUE(locked->isVisible());
    EXPECT_TRUE(locked->backupNote().contains(u"Writing")) << locked->backupNote().toStdString();
    // An unlock asked for meanwhile waits for the backup, then asks for the passphrase.
    const auto dialogs = m_window->findChildren<ui::UnlockDialog *>().size();
    Q_EMIT locked->unlockRequested(); // the locked view's Unlock button
    EXPECT_EQ(m_window->findChildren<ui::UnlockDialog *>().size(), dialogs) << "no unlock while the backup is written";
    // For docs/screenshots; saveScreenshot() would let the backup finish first.
    if (const QString shots = qEnvironmentVariable("BAKEN_SCREENSHOT_DIR"); !shots.isEmpty())
        m_window->grab().save(QDir(shots).filePath(QStringLiteral("locked-writing-backup.png")));

    ASSERT_TRUE(waitFor([&] { return !m_window->isBackingUp(); }));
    EXPECT_EQ(QDir(stick.path()).entryList(QDir::Files).size(), 1);
    EXPECT_TRUE(locked->backupNote().contains(u"written")) << locked->backupNote().toStdString();
    ui::UnlockDialog *asked = nullptr;
    ASSERT_TRUE(waitFor(
        [&] { return (asked = m_window->findChildren<ui::UnlockDialog *>().value(dialogs)) && asked->isVisible(); }));
    QSignalSpy unlocked(m_window.get(), &ui::MainWindow::vaultUnlocked);
    auto *edit = asked->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
    ASSERT_NE(edit, nullptr);
    QTest::keyClicks(edit, strongPassphrase());
    QTest::keyClick(edit, Qt::Key_Return);
    ASSERT_TRUE(unlocked.wait(10000));

    // Closing with a backup due: the window stays until it is written.
    m_window->workspace()->settingsPage()->backupPanel()->keepSpin()->setValue(4);
    EXPECT_FALSE(m_window->close());
    EXPECT_TRUE(m_window->isBackingUp());
    EXPECT_TRUE(m_window->isLocked());
    ASSERT_TRUE(waitFor([&] { return !m_window->isVisible(); }));
    EXPECT_FALSE(m_window->isBackingUp());
    EXPECT_EQ(QDir(stick.path()).entryList(QDir::Files).size(), 2);
}

// Closing while the lock's backup is written, or closing the vault, asks for
// nothing more: the window closes once the backup is done, and a vault
// closed meanwhile asks for no passphrase afterwards.
TEST_F(BackupUi, AWindowClosedDuringTheLocksBackupClosesWhenItIsWritten)
{
    QTemporaryDir stick;
    ASSERT_NO_FATAL_FAILURE(unlockWithBackupsTo(stick.path()));
    m_window->lockVault();
    ASSERT_TRUE(m_window->isBackingUp());
    EXPECT_FALSE(m_window->close());
    ASSERT_TRUE(waitFor([&] { return !m_window->isVisible(); }));
    EXPECT_EQ(QDir(stick.path()).entryList(QDir::Files).size(), 1);
}

TEST_F(BackupUi, AVaultClosedDuringTheLocksBackupAsksForNoPassphraseAfterwards)
{
    QTemporaryDir stick;
    ASSERT_NO_FATAL_FAILURE(unlockWithBackupsTo(stick.path()));
    const auto dialogs = m_window->findChildren<ui::UnlockDialog *>().size();
    m_window->lockVault();
    ASSERT_TRUE(m_window->isBackingUp());
    Q_EMIT m_window->findChild<ui::LockedView *>()->unlockRequested();
    m_window->closeVault();
    ASSERT_TRUE(waitFor([&] { return !m_window->isBackingUp(); }));
    QTest::qWait(50);
    EXPECT_EQ(m_window->findChildren<ui::UnlockDialog *>().size(), dialogs);
    EXPECT_FALSE(m_window->isLocked());
    EXPECT_EQ(QDir(stick.path()).entryList(QDir::Files).size(), 1);
}

// Settings' Backups section and the restore dialog, for docs/screenshots.
// Run by hand with BAKEN_SCREENSHOT_DIR set.
TEST(CasesScreenshots, BackupSettingsAndRestoreDialog)
{
    if (qEnvironmentVariableIsEmpty("BAKEN_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set BAKEN_SCREENSHOT_DIR to take screenshots";
    installTranslations(QStringLiteral("nl")); // the screenshots in docs/ are Dutch
    TestVaultDir dir;
    QTemporaryDir stick;
    Settings settings(dir.path(QStringLiteral("settings.ini")));
    ui::MainWindow window(settings);
    window.resize(1400, 900);
    unlockNewVaultInWindow(window, dir, QStringLiteral("vertrouwenspersoon.baken"));
    if (::testing::Test::HasFatalFailure())
        return;
    ui::VaultWorkspace *workspace = window.workspace();
    workspace->showPage(ui::VaultWorkspace::SettingsPageIndex);
    ui::BackupPanel *panel = workspace->settingsPage()->backupPanel();
    panel->setFolder(stick.path());
    panel->backUpButton()->click();
    auto *group = workspace->settingsPage()->findChild<QGroupBox *>(QStringLiteral("backupGroup"));
    ASSERT_NE(group, nullptr);
    saveScreenshot(group, QStringLiteral("settings-backups.png"));

    window.closeVault();
    auto *restore = new ui::RestoreDialog(&window);
    restore->setAttribute(Qt::WA_DeleteOnClose);
    restore->backupEdit()->setText(
        QStringLiteral("/media/usb-stick/Baken/baken-3f9a1c2b-2026-12-01-171502.bakenbackup"));
    restore->recoveryKeyEdit()->setText(RecoveryKey::generate().formatted());
    restore->targetEdit()->setText(QStringLiteral("/home/advisor/Documenten/Hersteld.baken"));
    restore->passphraseEdit()->setText(NewPassphrase);
    restore->repeatEdit()->setText(NewPassphrase);
    restore->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(restore));
    saveScreenshot(restore, QStringLiteral("restore-dialog.png"));
    restore->close();
}

} // namespace
} // namespace baken::test
