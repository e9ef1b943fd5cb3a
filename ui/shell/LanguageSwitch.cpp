// MainWindow's language switch. Most widgets write their texts once, in their
// constructors, so the switch does not retranslate widget by widget: it
// installs the new translations and builds the window's screens again, as
// unlocking does, while the vault stays open. What a rebuild would drop is
// handled as on lock: a new intake's draft is written by its page on the way
// out; edits nothing can keep are asked about first.

#include "LockedView.h"
#include "MainWindow.h"
#include "VaultWorkspace.h"
#include "cases/CaseFileView.h"
#include "cases/CasesPage.h"
#include "cases/IntakeForm.h"
#include "doubtline/ConsultationForm.h"
#include "doubtline/DoubtLinePage.h"
#include "doubtline/DoubtLineSettings.h"
#include "doubtline/IdentifyingNames.h"
#include "groups/GroupsPage.h"
#include "help/UserGuideWindow.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "start/StartPage.h"

#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QStackedWidget>
#include <QToolBar>

namespace baken::ui {

namespace {

// The open forms whose typed changes a rebuild would lose, in words.
QStringList unsavedForms(const VaultWorkspace &workspace, Vault &vault)
{
    QStringList forms;
    // Saved with its own button; unsaved while it differs from what the vault keeps.
    const DoubtLineSettings *doubtLine = workspace.settingsPage()->doubtLineSettings();
    const auto names = identifyingNames(vault);
    if (names && doubtLine->namesEdit()->toPlainText() != names->join(u'\n'))
        forms << MainWindow::tr("the identifying names in Settings");
    for (const auto *form : workspace.findChildren<ConsultationForm *>()) {
        if (form->isDirty())
            forms << MainWindow::tr("the consultation form on the doubt line");
    }
    for (const auto *form : workspace.findChildren<IntakeForm *>()) {
        if (form->hasUnsavedChanges())
            forms << (form->mode() == IntakeForm::Mode::Registered ? MainWindow::tr("the intake of the open case")
                                                                   : MainWindow::tr("the new intake"));
    }
    return forms;
}

// Where the advisor is in the workspace, to return there after the rebuild.
struct Place {
    VaultWorkspace::Page page = VaultWorkspace::Dashboard;
    qint64 caseId = 0; // a case file or a draft in the intake form
    qint64 groupId = 0;
    qint64 consultationId = 0; // a saved consultation loaded for editing
};

Place placeIn(const VaultWorkspace &workspace)
{
    Place place;
    place.page = workspace.currentPage();
    const CasesPage *cases = workspace.casesPage();
    if (cases->currentView() == cases->caseFile())
        place.caseId = cases->caseFile()->caseId();
    else if (cases->currentView() == cases->intakeForm())
        place.caseId = cases->intakeForm()->caseId();
    place.groupId = workspace.groupsPage()->currentGroupId();
    place.consultationId = workspace.doubtLinePage()->form()->consultationId();
    return place;
}

void returnTo(VaultWorkspace &workspace, const Place &place)
{
    if (place.caseId > 0)
        workspace.openCase(place.caseId);
    if (place.groupId > 0)
        workspace.openGroup(place.groupId);
    if (place.consultationId > 0)
        workspace.openConsultation(place.consultationId);
    workspace.showPage(place.page);
    if (place.page == VaultWorkspace::SettingsPageIndex)
        workspace.settingsPage()->showLanguageSection();
}

// Replaces `old` in `stack` by `fresh` at the same place, current if it was.
void replaceInStack(QStackedWidget *stack, QWidget *old, QWidget *fresh)
{
    const bool wasCurrent = stack->currentWidget() == old;
    stack->insertWidget(stack->indexOf(old), fresh);
    if (wasCurrent)
        stack->setCurrentWidget(fresh);
    stack->removeWidget(old);
    delete old;
}

} // namespace

void MainWindow::switchLanguage(const QString &language)
{
    const QString before = currentLanguage();
    if (language == before || !availableLanguages().contains(language))
        return;
    const auto keepLanguage = [this, before] {
        m_settings.setValue(Settings::Key::Language, before);
        if (m_workspace)
            m_workspace->settingsPage()->showLanguage(before);
    };
    // A passphrase change rewriting the vault runs inside the workspace.
    if (m_busy || m_operations > 0) {
        keepLanguage();
        return;
    }
    const QStringList unsaved = m_workspace ? unsavedForms(*m_workspace, *m_vault) : QStringList();
    const auto apply = [this, language] {
        installTranslations(language);
        m_settings.setValue(Settings::Key::Language, language);
        rebuildInCurrentLanguage();
    };
    if (unsaved.isEmpty()) {
        apply();
        return;
    }
    Question question;
    question.icon = QMessageBox::Warning;
    question.title = tr("Change the language");
    question.text = tr("Changes that are not saved yet: %1. Baken builds its screens again in the new language, "
                       "and these changes would be lost. Go back to save them first, or change the language "
                       "and discard them.")
                        .arg(unsaved.join(QStringLiteral(", ")));
    question.acceptText = tr("Change and &discard");
    question.rejectText = tr("&Go back");
    m_ask(this, question, [apply, keepLanguage](bool accepted) { accepted ? apply() : keepLanguage(); });
}

void MainWindow::rebuildInCurrentLanguage()
{
    // setMenuBar deletes the old bar with its menus and actions.
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("vaultToolBar"))) {
        removeToolBar(toolbar);
        delete toolbar;
    }
    setMenuBar(new QMenuBar(this));
    createActions();
    m_busyBar->setAccessibleName(tr("Working"));

    StartPage *oldStart = m_start;
    m_start = new StartPage(this);
    replaceInStack(m_stack, oldStart, m_start);
    LockedView *oldLocked = m_locked;
    m_locked = new LockedView(this);
    replaceInStack(m_stack, oldLocked, m_locked);
    connectPages();
    m_start->setBusy(m_busy);

    if (m_workspace) {
        // Filters, sorting and searches the advisor set start afresh; the
        // page and the case, group or consultation open on it stay.
        const Place place = placeIn(*m_workspace);
        destroyWorkspace();
        createWorkspace();
        returnTo(*m_workspace, place);
    }
    if (m_guide && m_guide->isVisible()) {
        delete m_guide.data();
        showUserGuide();
    }
    updateState();
}

} // namespace baken::ui
