#include "UiTestSupport.h"
#include "cases/CaseFileTabs.h"
#include "cases/CaseFileView.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPanel.h"
#include "cases/CasesPage.h"
#include "cases/CloseCaseDialog.h"
#include "cases/IntakeForm.h"
#include "demo/DemoVault.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/VaultWorkspace.h"

#include <QDir>
#include <QLineEdit>
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

// The pictures in docs/screenshots, taken from the demo vault. Runs only
// when BAKEN_SCREENSHOT_DIR is set (the demo vault takes a real KDF).
TEST(CasesScreenshots, EveryCaseScreenOnTheDemoVault)
{
    if (qEnvironmentVariableIsEmpty("BAKEN_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set BAKEN_SCREENSHOT_DIR to take screenshots";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.baken"));
    ASSERT_TRUE(DemoVault::create(path, DemoVault::defaultPassphrase()).ok());

    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::MainWindow window(settings);
    window.resize(1400, 900);
    window.show();
    QSignalSpy unlocked(&window, &ui::MainWindow::vaultUnlocked);
    window.openAsDemo(path);
    ASSERT_TRUE(unlocked.wait(30000));
    ui::VaultWorkspace *workspace = window.workspace();
    ASSERT_NE(workspace, nullptr);
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
    QTest::keyClicks(intake->findChild<QPlainTextEdit *>(QStringLiteral("whatEdit")),
                     QStringLiteral("Jokes about her accent in the weekly team meeting; the manager laughed along."));
    saveScreenshot(&window, QStringLiteral("intake.png"));
}

} // namespace
} // namespace baken::test
