#include "AccessibilityAudit.h"
#include "ContrastAudit.h"
#include "GroupTestSupport.h"
#include "UiTestSupport.h"
#include "backup/RestoreDialog.h"
#include "cases/CaseFileTabs.h"
#include "cases/CaseFileView.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPanel.h"
#include "cases/CasesPage.h"
#include "cases/CloseCaseDialog.h"
#include "cases/ContactDialog.h"
#include "cases/HoursExportDialog.h"
#include "doubtline/DoubtLinePage.h"
#include "doubtline/ReferralGuideDialog.h"
#include "groups/GroupContext.h"
#include "groups/GroupDialog.h"
#include "groups/GroupsPage.h"
#include "groups/MoveSessionDialog.h"
#include "groups/ParticipantDialog.h"
#include "help/UserGuideWindow.h"
#include "reports/ReportsPage.h"
#include "retention/RetentionDialog.h"
#include "rollup/PackageDialog.h"
#include "settings/CodeItemDialog.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "shell/AuditLogDialog.h"
#include "shell/MainWindow.h"
#include "shell/VaultWorkspace.h"
#include "support/DemoVaultCopy.h"
#include "support/TestVault.h"
#include "vault/ChangePassphraseDialog.h"
#include "vault/CreateVaultWizard.h"
#include "vault/UnlockDialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>

namespace baken::test {
namespace {

// The visible top-level window of type T, once `open()` has shown it.
template<typename T>
T *shownWindow()
{
    T *found = nullptr;
    waitFor(
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *candidate = qobject_cast<T *>(w); candidate && candidate->isVisible())
                    found = candidate;
            return found != nullptr;
        },
        5000);
    return found;
}

// Runs `open`, checks the dialog of type T it shows, and closes it again.
template<typename T>
void expectAccessibleDialog(const QString &where, const std::function<void()> &open)
{
    open();
    T *dialog = shownWindow<T>();
    ASSERT_NE(dialog, nullptr) << where.toStdString() << " did not open";
    expectAccessible(dialog, where);
    dialog->close();
    QTest::qWait(0);
}

void click(QWidget *root, const char *objectName)
{
    auto *button = root->findChild<QAbstractButton *>(QLatin1String(objectName));
    ASSERT_NE(button, nullptr) << objectName;
    button->click();
}

void selectFirstRow(QWidget *root, const char *objectName)
{
    auto *view = root->findChild<QTableView *>(QLatin1String(objectName));
    ASSERT_NE(view, nullptr) << objectName;
    ASSERT_GT(view->model()->rowCount(), 0) << objectName;
    view->selectRow(0);
}

TEST(Accessibility, TheTreeIsBuiltOnTheTestPlatform)
{
    // Offscreen has no screen reader; Qt builds the tree on request all the
    // same, which is what every check below relies on.
    QWidget window;
    auto *edit = new QLineEdit(&window);
    window.show();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(edit);
    ASSERT_NE(iface, nullptr);
    EXPECT_EQ(iface->role(), QAccessible::EditableText);
    EXPECT_EQ(unnamedInputs(&window).size(), 1);
    edit->setAccessibleName(QStringLiteral("Pseudonym"));
    EXPECT_TRUE(unnamedInputs(&window).isEmpty());
    EXPECT_EQ(undescribedInputs(&window).size(), 1);
    edit->setToolTip(QStringLiteral("A name that does not identify the reporter."));
    EXPECT_TRUE(undescribedInputs(&window).isEmpty());
}

TEST(Accessibility, StartScreenUnlockAndRestoreDialogs)
{
    TestVaultDir dir;
    dir.create(QStringLiteral("north.baken")).reset();
    Settings settings(dir.path(QStringLiteral("settings.ini")));
    settings.addRecentVault(dir.path(QStringLiteral("north.baken")));
    ui::MainWindow window(settings);
    window.resize(1200, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    expectAccessible(&window, QStringLiteral("start screen"));
    expectAccessibleDialog<ui::UnlockDialog>(QStringLiteral("unlock dialog"),
                                             [&] { window.openVaultFile(dir.path(QStringLiteral("north.baken"))); });
    expectAccessibleDialog<ui::RestoreDialog>(QStringLiteral("restore dialog"), [&] { window.restoreFromBackup(); });
}

TEST(Accessibility, EveryPageOfTheCreateVaultWizard)
{
    TestVaultDir dir;
    Settings settings(dir.path(QStringLiteral("settings.ini")));
    ui::CreateVaultWizard wizard(settings);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    expectAccessible(&wizard, QStringLiteral("wizard, location page"));
    QTest::keyClicks(wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("pathEdit")),
                     dir.path(QStringLiteral("new")));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), 1);
    expectAccessible(&wizard, QStringLiteral("wizard, passphrase page"));
    for (const char *name : {"passphraseEdit", "repeatEdit"})
        QTest::keyClicks(wizard.currentPage()->findChild<QLineEdit *>(QLatin1String(name)), strongPassphrase());
    wizard.next();
    ASSERT_EQ(wizard.currentId(), 2);
    expectAccessible(&wizard, QStringLiteral("wizard, recovery key page"));
    wizard.reject();
}

// The main window on the demo vault (made once: it is large), with one
// running peer group added so that the Groups page has something to show.
class AccessibilityOnDemo : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        const QString path = s_dir->filePath(QStringLiteral("demo.baken"));
        ASSERT_TRUE(copyDemoVault(path));
        auto vault = Vault::open(path, DemoVault::defaultPassphrase());
        ASSERT_TRUE(vault.ok()) << vault.error().message.toStdString();
        ui::GroupContext context(**vault);
        const qint64 group = createTestGroup(context, pastWeeklyGroup(QStringLiteral("Racisme op het werk"), 2, 8, 2));
        addTestParticipants(context, group, {QStringLiteral("Merel"), QStringLiteral("Bas"), QStringLiteral("Ilse")});
    }

    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    void SetUp() override
    {
        m_settings = std::make_unique<Settings>(s_dir->filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<ui::MainWindow>(*m_settings);
        m_window->resize(1400, 900);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy unlocked(m_window.get(), &ui::MainWindow::vaultUnlocked);
        m_window->openAsDemo(s_dir->filePath(QStringLiteral("demo.baken")));
        ASSERT_TRUE(unlocked.wait(30000));
        ASSERT_NE(m_window->workspace(), nullptr);
    }

    void TearDown() override
    {
        m_window.reset();
        m_settings.reset();
    }

    ui::VaultWorkspace &workspace() { return *m_window->workspace(); }

    // Shows `page` and checks the whole window as it then is.
    void expectPage(ui::VaultWorkspace::Page page, const QString &where)
    {
        workspace().showPage(page);
        expectAccessible(m_window.get(), where);
    }

    // Opens a case the advisor can still close (the demo has closed ones too).
    void openOpenCase()
    {
        ui::CasesPage *cases = workspace().casesPage();
        workspace().showPage(ui::VaultWorkspace::Cases);
        ui::CaseListModel *model = cases->listPanel()->model();
        ASSERT_GT(model->rowCount(), 0);
        cases->openCase(model->caseIdAt(0));
    }

    qint64 firstGroup()
    {
        auto groups = workspace().groupsPage()->context().store().groups();
        return groups && !groups->isEmpty() ? groups->first().id : 0;
    }

    static QTemporaryDir *s_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTemporaryDir *AccessibilityOnDemo::s_dir = nullptr;

TEST_F(AccessibilityOnDemo, LockedView)
{
    m_window->lockAction()->trigger();
    ASSERT_TRUE(m_window->isLocked());
    expectAccessible(m_window.get(), QStringLiteral("locked view"));
}

TEST_F(AccessibilityOnDemo, DashboardDoubtLineReportsAndSettings)
{
    expectPage(ui::VaultWorkspace::Dashboard, QStringLiteral("dashboard"));
    // The consultation form goes from the last field straight to Save and
    // leaves the referral guide text to F1 (ui/doubtline/ConsultationForm.ui):
    // a keyboard-first order for a 30-second call, chosen on purpose.
    workspace().showPage(ui::VaultWorkspace::DoubtLine);
    expectAccessible(m_window.get(), QStringLiteral("doubt line"), {QStringLiteral("baken::ui::ConsultationForm")});
    workspace().showPage(ui::VaultWorkspace::Reports);
    ASSERT_TRUE(waitFor([&] { return !workspace().reportsPage()->isBusy(); }, 30000));
    expectAccessible(m_window.get(), QStringLiteral("reports and roll-up"));
    expectPage(ui::VaultWorkspace::SettingsPageIndex, QStringLiteral("settings, every section"));
}

TEST_F(AccessibilityOnDemo, CaseListIntakeFormBundlingAndEveryCaseFileTab)
{
    ui::CasesPage *cases = workspace().casesPage();
    workspace().showPage(ui::VaultWorkspace::Cases);
    cases->showList();
    expectAccessible(m_window.get(), QStringLiteral("case list"));
    cases->newIntake();
    expectAccessible(m_window.get(), QStringLiteral("intake form (new case)"));
    cases->showBundling();
    expectAccessible(m_window.get(), QStringLiteral("signal bundling"));
    ASSERT_NO_FATAL_FAILURE(openOpenCase());
    const std::pair<ui::CaseFileView::Tab, const char *> tabs[] = {
        {ui::CaseFileView::IntakePage, "case file, intake tab"},
        {ui::CaseFileView::TimelinePage, "case file, timeline tab"},
        {ui::CaseFileView::FollowUpsPage, "case file, follow-ups tab"},
        {ui::CaseFileView::HoursPage, "case file, hours tab"},
        {ui::CaseFileView::ReferralsPage, "case file, referrals tab"},
        {ui::CaseFileView::HistoryPage, "case file, history tab"},
    };
    for (const auto &[tab, where] : tabs) {
        cases->caseFile()->showTab(tab);
        expectAccessible(m_window.get(), QLatin1String(where));
    }
}

TEST_F(AccessibilityOnDemo, GroupsPageEverySection)
{
    const qint64 group = firstGroup();
    ASSERT_NE(group, 0);
    workspace().openGroup(group);
    ui::GroupsPage *page = workspace().groupsPage();
    for (int tab = 0; tab < page->tabs()->count(); ++tab) {
        page->tabs()->setCurrentIndex(tab);
        expectAccessible(m_window.get(), QStringLiteral("groups, tab ") + page->tabs()->tabText(tab).remove(u'&'));
    }
}

// A high-contrast theme (white on black) chosen in the desktop: every text
// on every page, in every tab of a case file and in the dialogs with a
// coloured line still reads at 4.5:1. Fixed dark reds and greys did not.
TEST_F(AccessibilityOnDemo, EveryTextReadsUnderAHighContrastTheme)
{
    ThemeScope theme(QStringLiteral("Fusion"), highContrastPalette());
    // The views that colour their rows as they fill them do so again once
    // the theme has changed, from the event loop.
    QTest::qWait(0);
    const auto expectReadable = [](QWidget *window, const QString &where) {
        for (const QString &problem : lowContrastTexts(window))
            ADD_FAILURE() << where.toStdString() << ": " << problem.toStdString();
    };
    const std::pair<ui::VaultWorkspace::Page, const char *> pages[] = {
        {ui::VaultWorkspace::Dashboard, "dashboard"},  {ui::VaultWorkspace::Cases, "case list"},
        {ui::VaultWorkspace::DoubtLine, "doubt line"}, {ui::VaultWorkspace::Groups, "groups"},
        {ui::VaultWorkspace::Reports, "reports"},      {ui::VaultWorkspace::SettingsPageIndex, "settings"},
    };
    for (const auto &[page, where] : pages) {
        workspace().showPage(page);
        ASSERT_TRUE(waitFor([&] { return !workspace().reportsPage()->isBusy(); }, 30000));
        expectReadable(m_window.get(), QLatin1String(where));
    }
    // The vault check colours its verdicts; the dashboard shows them.
    workspace().showPage(ui::VaultWorkspace::Dashboard);
    click(m_window.get(), "checkVaultButton");
    expectReadable(m_window.get(), QStringLiteral("dashboard after the vault check"));

    ASSERT_NO_FATAL_FAILURE(openOpenCase());
    ui::CasesPage *cases = workspace().casesPage();
    for (int tab = 0; tab < cases->caseFile()->findChild<QTabWidget *>()->count(); ++tab) {
        cases->caseFile()->showTab(static_cast<ui::CaseFileView::Tab>(tab));
        expectReadable(m_window.get(), QStringLiteral("case file, tab %1").arg(tab));
    }
    expectReadable(m_window.get(), QStringLiteral("case file"));
    m_window->lockAction()->trigger();
    expectReadable(m_window.get(), QStringLiteral("locked view"));
}

TEST_F(AccessibilityOnDemo, DialogsOfTheOpenVault)
{
    expectAccessibleDialog<ui::AuditLogDialog>(QStringLiteral("audit log"),
                                               [&] { m_window->auditLogAction()->trigger(); });
    expectAccessibleDialog<ui::RetentionDialog>(QStringLiteral("retention dialog"),
                                                [&] { m_window->retentionAction()->trigger(); });

    workspace().showPage(ui::VaultWorkspace::SettingsPageIndex);
    ui::SettingsPage *settings = workspace().settingsPage();
    expectAccessibleDialog<ui::ChangePassphraseDialog>(QStringLiteral("passphrase change"),
                                                       [&] { click(settings, "changePassphraseButton"); });
    expectAccessibleDialog<ui::CodeItemDialog>(QStringLiteral("code list item"), [&] { click(settings, "addButton"); });
    expectAccessibleDialog<ui::ReferralGuideDialog>(QStringLiteral("referral guide"),
                                                    [&] { workspace().doubtLinePage()->editGuide(); });

    ASSERT_NO_FATAL_FAILURE(openOpenCase());
    ui::CasesPage *cases = workspace().casesPage();
    expectAccessibleDialog<ui::ContactDialog>(QStringLiteral("contact moment"),
                                              [&] { cases->caseFile()->timeline()->addContact(); });
    expectAccessibleDialog<ui::CloseCaseDialog>(QStringLiteral("close case"), [&] { cases->caseFile()->closeCase(); });
    expectAccessibleDialog<ui::HoursExportDialog>(QStringLiteral("hours export"), [&] { cases->exportHours(); });

    workspace().showPage(ui::VaultWorkspace::Reports);
    ASSERT_TRUE(waitFor([&] { return !workspace().reportsPage()->isBusy(); }, 30000));
    expectAccessibleDialog<ui::rollup::PackageDialog>(
        QStringLiteral("roll-up package"), [&] { click(workspace().reportsPage(), "packageForCoordinatorButton"); });

    const qint64 group = firstGroup();
    ASSERT_NE(group, 0);
    ui::GroupsPage *groups = workspace().groupsPage();
    workspace().openGroup(group);
    expectAccessibleDialog<ui::GroupDialog>(QStringLiteral("new group"), [&] { groups->newGroup(); });
    expectAccessibleDialog<ui::GroupDialog>(QStringLiteral("change group"), [&] { groups->editGroup(); });
    groups->showSection(ui::GroupsPage::SessionsSection);
    ASSERT_NO_FATAL_FAILURE(selectFirstRow(groups, "sessionsView"));
    expectAccessibleDialog<ui::MoveSessionDialog>(QStringLiteral("move session"),
                                                  [&] { click(groups, "moveSessionButton"); });
    groups->showSection(ui::GroupsPage::ParticipantsSection);
    expectAccessibleDialog<ui::ParticipantDialog>(QStringLiteral("add participant"),
                                                  [&] { click(groups, "addParticipantButton"); });
    ASSERT_NO_FATAL_FAILURE(selectFirstRow(groups, "participantsView"));
    expectAccessibleDialog<ui::LeaveDialog>(QStringLiteral("participant leaves"),
                                            [&] { click(groups, "leaveButton"); });

    expectAccessibleDialog<ui::UserGuideWindow>(QStringLiteral("user guide"), [&] { m_window->showUserGuide(); });
}

} // namespace
} // namespace baken::test
