#include "DoubtLineTestSupport.h"
#include "UiTestSupport.h"
#include "WindowTestSupport.h"
#include "cases/CaseFileTabs.h"
#include "cases/CaseFileView.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPanel.h"
#include "cases/CasesPage.h"
#include "cases/CloseCaseDialog.h"
#include "cases/IntakeForm.h"
#include "doubtline/ConsultationForm.h"
#include "doubtline/ConsultationListModel.h"
#include "doubtline/DoubtLineContext.h"
#include "doubtline/DoubtLinePage.h"
#include "doubtline/ReferralGuideDialog.h"
#include "doubtline/ShiftView.h"
#include "groups/GroupContext.h"
#include "groups/GroupDialog.h"
#include "groups/GroupListModel.h"
#include "groups/GroupsPage.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "shell/DashboardPage.h"
#include "shell/FollowUpsPanel.h"
#include "shell/MainWindow.h"
#include "shell/VaultWorkspace.h"
#include "support/DemoVaultCopy.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

// The first page of the case's data-subject extract, as poppler renders it.
void saveExtractScreenshot(ui::CaseFileView &caseFile)
{
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        return;
    QTemporaryDir dir;
    auto saved = caseFile.writeSubjectExtract(dir.filePath(QStringLiteral("extract")));
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    const QString target =
        QDir(qEnvironmentVariable("BAKEN_SCREENSHOT_DIR")).filePath(QStringLiteral("subject-extract"));
    EXPECT_EQ(QProcess::execute(pdftoppm,
                                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                                 QStringLiteral("-singlefile"), dir.filePath(QStringLiteral("extract.pdf")), target}),
              0);
}

// Until the demo vault has consultations of its own, a morning's shift is
// logged here so the picture shows the shift view at work.
void seedShiftIfEmpty(ui::DoubtLinePage &page)
{
    ui::DoubtLineContext &context = page.context();
    if (page.shift()->todayModel()->rowCount() > 0)
        return;
    Vault &vault = context.vault();
    if (context.cases().items(CodeList::DoubtLineStaff).isEmpty()) {
        addStaff(vault, QStringLiteral("Samira"));
        addStaff(vault, QStringLiteral("Joost"));
    }
    const qint64 staff = context.cases().items(CodeList::DoubtLineStaff).first().id;
    const qint64 phone = codeId(vault, CodeList::Channels, QStringLiteral("phone"));
    const qint64 chat = codeId(vault, CodeList::Channels, QStringLiteral("chat"));
    // Earlier this morning, but never yesterday: the shift view shows today.
    const auto at = [](int minutesAgo) {
        const QDateTime when = QDateTime::currentDateTime().addSecs(-60LL * minutesAgo);
        if (when.date() < QDate::currentDate())
            return QDateTime(QDate::currentDate(), QTime(0, 0));
        return QDateTime(when.date(), QTime(when.time().hour(), when.time().minute()));
    };
    struct Row {
        int minutesAgo;
        qint64 channel;
        Assessment assessment;
        const char *question;
        const char *callback;
    };
    const Row rows[] = {
        {95, phone, Assessment::Yes, "Teamleider noemt mij steeds bij de verkeerde naam", nullptr},
        {70, chat, Assessment::Possibly, "Geen promotie na zwangerschapsverlof", "06-12 34 56 78 (na 17 uur)"},
        {40, phone, Assessment::Unclear, "Grappen over accent in het teamoverleg", nullptr},
    };
    for (const Row &row : rows) {
        Consultation c;
        c.occurredAt = at(row.minutesAgo);
        c.minutes = 12;
        c.staffId = staff;
        c.channelId = row.channel;
        c.question = QString::fromUtf8(row.question);
        c.assessment = row.assessment;
        if (row.callback) {
            c.callbackWanted = true;
            c.callbackContact = QString::fromUtf8(row.callback);
            c.callbackDue = QDate::currentDate().addDays(1);
        }
        EXPECT_TRUE(context.service().log(c).ok());
    }
    EXPECT_TRUE(context.service().logNonData(ContactKind::HangUp, at(55), staff, phone).ok());
    page.reloadChoices();
    page.refresh();
}

// The pictures in docs/screenshots, taken from the demo vault. Runs only
// when BAKEN_SCREENSHOT_DIR is set (the demo vault takes a real KDF).
TEST(CasesScreenshots, EveryCaseScreenOnTheDemoVault)
{
    if (qEnvironmentVariableIsEmpty("BAKEN_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set BAKEN_SCREENSHOT_DIR to take screenshots";
    // In Dutch, the default language, as the user guide shows them.
    installTranslations(QStringLiteral("nl"));
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::MainWindow window(settings);
    ASSERT_NO_FATAL_FAILURE(showDemo(window, dir.filePath(QStringLiteral("demo.baken")), QSize(1400, 900)));
    ui::VaultWorkspace *workspace = window.workspace();
    saveScreenshot(&window, QStringLiteral("dashboard-followups.png"));

    workspace->showPage(ui::VaultWorkspace::Cases);
    ui::CasesPage *cases = workspace->casesPage();
    cases->showList();
    saveScreenshot(&window, QStringLiteral("cases-list.png"));

    ui::CaseListModel *model = cases->listPanel()->model();
    ASSERT_GT(model->rowCount(), 0);
    // The case with the longest timeline makes the best picture.
    qint64 caseId = model->caseIdAt(0);
    int most = -1;
    for (int row = 0; row < std::min(model->rowCount(), 60); ++row) {
        cases->openCase(model->caseIdAt(row));
        const int contacts = cases->caseFile()->timeline()->list()->topLevelItemCount();
        if (contacts > most) {
            most = contacts;
            caseId = model->caseIdAt(row);
        }
    }
    cases->openCase(caseId);
    cases->caseFile()->showTab(ui::CaseFileView::TimelinePage);
    saveScreenshot(&window, QStringLiteral("case-file-timeline.png"));
    saveExtractScreenshot(*cases->caseFile());

    cases->caseFile()->closeCase();
    auto *close = cases->findChild<ui::CloseCaseDialog *>();
    ASSERT_NE(close, nullptr);
    saveScreenshot(close, QStringLiteral("close-case.png"));
    close->reject();

    cases->showBundling();
    saveScreenshot(&window, QStringLiteral("signal-bundling.png"));

    cases->newIntake();
    ui::IntakeForm *intake = cases->intakeForm();
    intake->findChild<QRadioButton *>(QStringLiteral("pseudonymRadio"))->click();
    QTest::keyClicks(intake->findChild<QLineEdit *>(QStringLiteral("pseudonymEdit")), QStringLiteral("Merel"));
    QTest::keyClicks(
        intake->findChild<QPlainTextEdit *>(QStringLiteral("whatEdit")),
        QStringLiteral("Grapjes over haar accent in het wekelijkse teamoverleg; de leidinggevende lachte mee."));
    saveScreenshot(&window, QStringLiteral("intake.png"));
}

// The main window on a fresh demo vault, in Dutch, the default language.
struct DutchDemoWindow {
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<ui::MainWindow> window;

    void open()
    {
        installTranslations(QStringLiteral("nl"));
        const QString path = dir.filePath(QStringLiteral("demo.baken"));
        ASSERT_TRUE(copyDemoVault(path));
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
        window = std::make_unique<ui::MainWindow>(*settings);
        window->resize(1400, 900);
        window->show();
        QSignalSpy unlocked(window.get(), &ui::MainWindow::vaultUnlocked);
        window->openAsDemo(path);
        ASSERT_TRUE(unlocked.wait(30000));
        ASSERT_NE(window->workspace(), nullptr);
    }
};

// The doubt line in Dutch, the default language: a consultation being typed
// with a referral, so the guide shows beside the outcome.
TEST(CasesScreenshots, DoubtLineOnTheDemoVault)
{
    if (qEnvironmentVariableIsEmpty("BAKEN_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set BAKEN_SCREENSHOT_DIR to take screenshots";
    DutchDemoWindow demo;
    ASSERT_NO_FATAL_FAILURE(demo.open());
    ui::MainWindow &window = *demo.window;
    ui::VaultWorkspace *workspace = window.workspace();
    workspace->showPage(ui::VaultWorkspace::DoubtLine);
    ui::DoubtLinePage *page = workspace->doubtLinePage();
    ui::ConsultationForm *form = page->form();
    seedShiftIfEmpty(*page);

    const auto combo = [form](const char *name) { return form->findChild<QComboBox *>(QLatin1String(name)); };
    combo("staffCombo")->setCurrentIndex(1);
    combo("channelCombo")->setCurrentIndex(1);
    combo("roleCombo")->setCurrentIndex(1);
    auto *grounds = form->findChild<QListWidget *>(QStringLiteral("groundsList"));
    grounds->item(1)->setCheckState(Qt::Checked);
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("questionEdit")),
                     QStringLiteral("Collega's maken grapjes over mijn hoofddoek; is dat discriminatie?"));
    form->findChild<QRadioButton *>(QStringLiteral("possiblyRadio"))->setChecked(true);
    QComboBox *body = combo("bodyCombo");
    body->setCurrentIndex(std::min(2, body->count() - 1));
    saveScreenshot(&window, QStringLiteral("doubt-line.png"));

    page->editGuide();
    auto *guide = page->findChild<ui::ReferralGuideDialog *>();
    ASSERT_NE(guide, nullptr);
    saveScreenshot(guide, QStringLiteral("referral-guide.png"));
    guide->reject();

    workspace->showPage(ui::VaultWorkspace::SettingsPageIndex);
    saveScreenshot(workspace->settingsPage(), QStringLiteral("settings-doubt-line.png"));
}

// Search as you type on the doubt line: the consultations of every day whose
// question holds the typed words.
TEST(CasesScreenshots, DoubtLineSearchOnTheDemoVault)
{
    if (qEnvironmentVariableIsEmpty("BAKEN_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set BAKEN_SCREENSHOT_DIR to take screenshots";
    DutchDemoWindow demo;
    ASSERT_NO_FATAL_FAILURE(demo.open());
    ui::VaultWorkspace *workspace = demo.window->workspace();
    workspace->showPage(ui::VaultWorkspace::DoubtLine);
    ui::DoubtLinePage *page = workspace->doubtLinePage();
    seedShiftIfEmpty(*page);
    QLineEdit *search = page->shift()->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("grap"));
    ASSERT_GT(page->shift()->todayModel()->rowCount(), 0);
    saveScreenshot(demo.window.get(), QStringLiteral("doubtline-search.png"));
}

// Until the demo vault has groups of its own, one running group is made
// here so the pictures show the Groups page at work.
void seedGroupIfEmpty(ui::GroupsPage &page)
{
    if (page.listModel()->rowCount() > 0)
        return;
    ui::GroupContext &context = page.context();
    PeerGroup group = ui::GroupDialog::newGroup();
    group.theme = QStringLiteral("Racisme op de werkvloer");
    group.description = QStringLiteral("Voor collega's die racisme op het werk hebben meegemaakt.");
    group.capacity = 4;
    group.place = QStringLiteral("Stadskantoor, zaal 4.12");
    group.schedule.firstStart = QDateTime(QDate::currentDate().addDays(-21), QTime(19, 0));
    group.schedule.recurrence = Recurrence::Weekly;
    auto id = context.service().createGroup(group);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    for (const char *name : {"Amira", "Jeroen", "Sanne", "Yusuf", "Lotte"}) {
        Participant p;
        p.groupId = *id;
        p.pseudonym = QString::fromLatin1(name);
        ASSERT_TRUE(context.service().addParticipant(p).ok());
    }
    page.refresh();
}

// The Groups page, the group dialog and the dashboard's agenda in Dutch.
TEST(CasesScreenshots, GroupsOnTheDemoVault)
{
    if (qEnvironmentVariableIsEmpty("BAKEN_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set BAKEN_SCREENSHOT_DIR to take screenshots";
    DutchDemoWindow demo;
    ASSERT_NO_FATAL_FAILURE(demo.open());
    ui::MainWindow &window = *demo.window;
    ui::VaultWorkspace *workspace = window.workspace();
    workspace->showPage(ui::VaultWorkspace::Groups);
    ui::GroupsPage *page = workspace->groupsPage();
    seedGroupIfEmpty(*page);

    // The group with the most people shows the waiting list; one with a
    // moved or cancelled session the sessions; a running one attendance.
    ui::GroupListModel *groups = page->listModel();
    qint64 busiest = groups->idAt(0);
    qint64 changed = busiest;
    qint64 running = busiest;
    int most = -1;
    for (int row = 0; row < groups->rowCount(); ++row) {
        const qint64 id = groups->idAt(row);
        auto people = page->context().store().participants(id);
        auto sessions = page->context().service().sessions(id);
        if (!people || !sessions)
            continue;
        if (people->size() > most) {
            most = static_cast<int>(people->size());
            busiest = id;
        }
        const QDateTime now = QDateTime::currentDateTime();
        for (const Session &s : *sessions) {
            if (s.moved || s.cancelled)
                changed = id;
        }
        if (!sessions->isEmpty() && sessions->first().start < now && sessions->last().start > now)
            running = id;
    }
    page->openGroup(busiest, ui::GroupsPage::ParticipantsSection);
    saveScreenshot(&window, QStringLiteral("groups.png"));
    page->openGroup(changed, ui::GroupsPage::SessionsSection);
    saveScreenshot(&window, QStringLiteral("groups-sessions.png"));
    page->openGroup(running, ui::GroupsPage::AttendanceSection);
    saveScreenshot(&window, QStringLiteral("groups-attendance.png"));

    page->newGroup();
    auto *dialog = page->findChild<ui::GroupDialog *>();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("themeEdit")),
                     QStringLiteral("Werken met een chronische ziekte"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("placeEdit")),
                     QStringLiteral("Stadskantoor, zaal 2.03"));
    if (auto *facilitators = dialog->findChild<QListWidget *>(QStringLiteral("facilitatorsList"));
        facilitators->count() > 0)
        facilitators->item(0)->setCheckState(Qt::Checked);
    saveScreenshot(dialog, QStringLiteral("group-dialog.png"));
    dialog->reject();

    workspace->showPage(ui::VaultWorkspace::Dashboard);
    workspace->dashboardPage()->refresh();
    // A group's tasks among the many case follow-ups of the demo.
    QTreeWidget *followUps = workspace->dashboardPage()->followUps()->tree();
    for (int s = 0; s < followUps->topLevelItemCount(); ++s) {
        QTreeWidgetItem *section = followUps->topLevelItem(s);
        for (int i = 0; i < section->childCount(); ++i) {
            if (section->child(i)->text(1).contains(groups->index(0, 0).data().toString())) {
                followUps->scrollToItem(section->child(i), QAbstractItemView::PositionAtCenter);
                followUps->setCurrentItem(section->child(i));
                s = followUps->topLevelItemCount();
                break;
            }
        }
    }
    saveScreenshot(&window, QStringLiteral("agenda.png"));
}

} // namespace
} // namespace baken::test
