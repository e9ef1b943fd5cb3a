// The real main window, typed into as a user would, with the real settings
// file (QSettings under XDG_CONFIG_HOME) and the window state it writes.
#include "LeakScenario.h"

#include "backup/BackupSettings.h"
#include "cases/CaseListPanel.h"
#include "cases/CasesPage.h"
#include "cases/IntakeForm.h"
#include "doubtline/ConsultationForm.h"
#include "doubtline/DoubtLinePage.h"
#include "settings/Settings.h"
#include "shell/LockedView.h"
#include "shell/MainWindow.h"
#include "shell/VaultWorkspace.h"
#include "vault/UnlockDialog.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace baken::test {

namespace {

const QString Passphrase = QStringLiteral("lantern orbit velvet crocus tambourine");

bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

// Types the passphrase into the unlock dialog the window shows.
bool unlock(ui::MainWindow &window)
{
    ui::UnlockDialog *dialog = nullptr;
    if (!waitUntil([&] { return (dialog = window.findChild<ui::UnlockDialog *>()) && dialog->isVisible(); }))
        return false;
    QSignalSpy unlocked(&window, &ui::MainWindow::vaultUnlocked);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
    if (!edit)
        return false;
    QTest::keyClicks(edit, Passphrase);
    QTest::keyClick(edit, Qt::Key_Return);
    return unlocked.wait(20000);
}

template<typename T>
T *child(LeakRun &run, QWidget *root, const char *name)
{
    T *found = root ? root->findChild<T *>(QLatin1String(name)) : nullptr;
    if (!found)
        run.fail(QStringLiteral("no widget ") + QLatin1String(name));
    return found;
}

void typeIntake(LeakRun &run, ui::CasesPage *cases)
{
    cases->newIntake();
    QWidget *form = cases->intakeForm();
    const auto type = [&](const char *name, const char *field) {
        if (auto *line = form->findChild<QLineEdit *>(QLatin1String(name))) {
            line->setFocus();
            QTest::keyClicks(line, run.scan.canary(QStringLiteral("gui"), QLatin1String(field)));
        } else if (auto *text = child<QPlainTextEdit>(run, form, name)) {
            text->setFocus();
            QTest::keyClicks(text, run.scan.canary(QStringLiteral("gui"), QLatin1String(field)));
        }
    };
    type("whatEdit", "what-happened");
    type("pseudonymEdit", "pseudonym");
    type("impactEdit", "impact");
    type("desiredEdit", "desired-outcome");
    type("accusedNameEdit", "accused-name");
    type("callbackTitleEdit", "callback-title");
    // The draft is saved as it is typed; registering may be refused for a
    // missing choice, which leaves the draft (with every canary) in the vault.
    if (auto *registerButton = child<QPushButton>(run, form, "registerButton"))
        QTest::mouseClick(registerButton, Qt::LeftButton);
    QTest::qWait(300);
}

void searchCases(LeakRun &run, ui::CasesPage *cases)
{
    cases->showList();
    if (auto *search = child<QLineEdit>(run, cases->listPanel(), "searchEdit")) {
        search->setFocus();
        QTest::keyClicks(search, run.scan.canary(QStringLiteral("gui"), QStringLiteral("search")));
        QTest::qWait(ui::CaseListPanel::SearchDelayMs * 3);
    }
}

void logConsultation(LeakRun &run, ui::DoubtLinePage *page)
{
    ui::ConsultationForm *form = page->form();
    form->setAsker([](QWidget *, const ui::Question &, const ui::Answer &answer) { answer(true); });
    if (auto *channel = child<QComboBox>(run, form, "channelCombo"); channel && channel->currentIndex() <= 0)
        channel->setCurrentIndex(channel->count() > 1 ? 1 : 0);
    if (auto *question = child<QLineEdit>(run, form, "questionEdit")) {
        question->setFocus();
        QTest::keyClicks(question, run.scan.canary(QStringLiteral("gui"), QStringLiteral("question")));
    }
    QSignalSpy saved(form, &ui::ConsultationForm::consultationSaved);
    form->save();
    if (saved.isEmpty())
        run.fail(QStringLiteral("the doubt-line form did not save"));
}

} // namespace

void enterThroughWindow(LeakRun &run)
{
    const QString path = QDir(run.documents).filePath(QStringLiteral("gui.baken"));
    {
        auto vault = Vault::create(path, Passphrase);
        if (!run.check(QStringLiteral("create the window's vault"), vault))
            return;
        // Backups on lock and close, as a user sets up.
        run.check(QStringLiteral("set the window's backup folder"), setBackupFolder(**vault, run.backups));
    }
    Settings settings;
    ui::MainWindow window(settings);
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowExposed(&window))
        run.fail(QStringLiteral("show the window"));
    window.openVaultFile(path);
    if (!unlock(window))
        return run.fail(QStringLiteral("unlock in the window"));
    ui::VaultWorkspace *workspace = window.workspace();
    workspace->showPage(ui::VaultWorkspace::Cases);
    typeIntake(run, workspace->casesPage());
    searchCases(run, workspace->casesPage());
    workspace->showPage(ui::VaultWorkspace::DoubtLine);
    logConsultation(run, workspace->doubtLinePage());

    window.lockAction()->trigger();
    if (!window.isLocked())
        return run.fail(QStringLiteral("lock the window"));
    auto *locked = window.findChild<ui::LockedView *>();
    if (!locked)
        return run.fail(QStringLiteral("no locked view"));
    Q_EMIT locked->unlockRequested();
    if (!unlock(window))
        return run.fail(QStringLiteral("unlock after the lock"));
    window.workspace()->showPage(ui::VaultWorkspace::Cases);
    typeIntake(run, window.workspace()->casesPage());
    // The window closes once the backup due on close is written.
    window.close();
    if (!waitUntil([&] { return !window.isVisible(); }, 60000))
        run.fail(QStringLiteral("close the window"));
    settings.sync();
}

} // namespace baken::test
