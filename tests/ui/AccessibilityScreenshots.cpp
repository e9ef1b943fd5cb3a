#include "ContrastAudit.h"
#include "UiTestSupport.h"
#include "cases/CaseFileView.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPanel.h"
#include "cases/CasesPage.h"
#include "i18n/Translations.h"
#include "reports/ReportsPage.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/VaultWorkspace.h"
#include "support/DemoVaultCopy.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

namespace baken::test {
namespace {

// The main pages of the demo vault, in Dutch, as `prefix-<page>.png` in
// $BAKEN_SCREENSHOT_DIR, for looking for clipped labels and unreadable
// colours. Run by hand, under xvfb-run with QT_QPA_PLATFORM=xcb:
// - with QT_SCALE_FACTOR=2 for 200% (pictures named scale-200-...);
// - without it for the high-contrast palette (high-contrast-...).
TEST(CasesScreenshots, LargeScaleAndHighContrast)
{
    if (qEnvironmentVariableIsEmpty("BAKEN_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set BAKEN_SCREENSHOT_DIR to take screenshots";
    const bool scaled = qEnvironmentVariableIntValue("QT_SCALE_FACTOR") >= 2;
    const QString prefix = scaled ? QStringLiteral("scale-200-") : QStringLiteral("high-contrast-");
    std::optional<ThemeScope> theme;
    if (!scaled)
        theme.emplace(QStringLiteral("Fusion"), highContrastPalette());
    installTranslations(QStringLiteral("nl"));
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.baken"));
        ASSERT_TRUE(copyDemoVault(path));
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow window(settings);
        // 200% on a 2560x1440 laptop screen leaves 1280x720 to lay out in.
        window.resize(scaled ? QSize(1280, 720) : QSize(1400, 900));
        window.show();
        saveScreenshot(&window, prefix + QStringLiteral("start.png"));
        QSignalSpy unlocked(&window, &ui::MainWindow::vaultUnlocked);
        window.openAsDemo(path);
        ASSERT_TRUE(unlocked.wait(60000));
        ui::VaultWorkspace *workspace = window.workspace();
        saveScreenshot(&window, prefix + QStringLiteral("dashboard.png"));
        workspace->showPage(ui::VaultWorkspace::Cases);
        saveScreenshot(&window, prefix + QStringLiteral("cases.png"));
        workspace->casesPage()->newIntake();
        saveScreenshot(&window, prefix + QStringLiteral("intake.png"));
        workspace->casesPage()->showList();
        workspace->casesPage()->openCase(workspace->casesPage()->listPanel()->model()->caseIdAt(0));
        workspace->casesPage()->caseFile()->showTab(ui::CaseFileView::ReferralsPage);
        saveScreenshot(&window, prefix + QStringLiteral("case-file.png"));
        workspace->showPage(ui::VaultWorkspace::DoubtLine);
        saveScreenshot(&window, prefix + QStringLiteral("doubt-line.png"));
        workspace->showPage(ui::VaultWorkspace::Groups);
        saveScreenshot(&window, prefix + QStringLiteral("groups.png"));
        workspace->showPage(ui::VaultWorkspace::Reports);
        waitFor([&] { return !workspace->reportsPage()->isBusy(); }, 60000);
        saveScreenshot(&window, prefix + QStringLiteral("reports.png"));
        workspace->showPage(ui::VaultWorkspace::SettingsPageIndex);
        saveScreenshot(&window, prefix + QStringLiteral("settings.png"));
        window.lockAction()->trigger();
        saveScreenshot(&window, prefix + QStringLiteral("locked.png"));
    }
    installTranslations(QStringLiteral("en"));
}

} // namespace
} // namespace baken::test
