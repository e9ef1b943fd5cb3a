#include "UiTestSupport.h"
#include "i18n/Translations.h"
#include "reports/ReportsPage.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/VaultWorkspace.h"
#include "summary/DisclosureControl.h"
#include "summary/SummaryBuilder.h"
#include "support/DemoVaultCopy.h"
#include "vault/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <iostream>

namespace baken::test {
namespace {

// Pages of a PDF as PNG files named `<name>-<page>.png` in $BAKEN_SCREENSHOT_DIR.
void savePdfPages(const QString &pdf, const QString &name, const QList<int> &pages)
{
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        return;
    const QDir dir(qEnvironmentVariable("BAKEN_SCREENSHOT_DIR"));
    for (int page : pages) {
        const QString n = QString::number(page);
        EXPECT_EQ(QProcess::execute(pdftoppm,
                                    {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                     QStringLiteral("-f"), n, QStringLiteral("-l"), n, QStringLiteral("-singlefile"),
                                     pdf, dir.filePath(name + QStringLiteral("-page") + n)}),
                  0);
    }
}

// The Reports page and the yearly report of the demo vault, in Dutch. Run
// by hand with BAKEN_SCREENSHOT_DIR set; it also prints how long counting
// and publishing take on the demo vault.
TEST(CasesScreenshots, ReportsOnTheDemoVault)
{
    if (qEnvironmentVariableIsEmpty("BAKEN_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set BAKEN_SCREENSHOT_DIR to take screenshots";
    installTranslations(QStringLiteral("nl"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.baken"));
    ASSERT_TRUE(copyDemoVault(path));
    QElapsedTimer timer;
    {
        auto vault = Vault::open(path, DemoVault::defaultPassphrase());
        ASSERT_TRUE(vault.ok());
        const QDate today = QDate::currentDate();
        timer.start();
        auto exact = summary::buildSummary((*vault)->db(), {today.year(), 1, today.year(), 12});
        ASSERT_TRUE(exact.ok()) << exact.error().message.toStdString();
        const qint64 built = timer.restart();
        auto published = summary::publish(*exact, summary::DefaultK);
        ASSERT_TRUE(published.ok()) << published.error().message.toStdString();
        std::cout << "[ measured ] demo vault " << today.year() << ": buildSummary " << built << " ms, publish "
                  << timer.elapsed() << " ms" << std::endl;
    }
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::MainWindow window(settings);
    window.resize(1400, 900);
    window.show();
    QSignalSpy unlocked(&window, &ui::MainWindow::vaultUnlocked);
    window.openAsDemo(path);
    ASSERT_TRUE(unlocked.wait(30000));
    ui::VaultWorkspace *workspace = window.workspace();
    ui::ReportsPage *page = workspace->reportsPage();

    timer.start();
    workspace->showPage(ui::VaultWorkspace::Reports);
    ASSERT_TRUE(waitFor([page] { return page->published().has_value() && !page->isBusy(); }, 60000));
    std::cout << "[ measured ] Reports page shown with a published summary after " << timer.elapsed() << " ms"
              << std::endl;

    QTreeWidget *list = page->tableList();
    for (int s = 0; s < list->topLevelItemCount(); ++s)
        for (int i = 0; i < list->topLevelItem(s)->childCount(); ++i)
            if (list->topLevelItem(s)->child(i)->data(0, Qt::UserRole + 1).toString() == u"cases.ground")
                list->setCurrentItem(list->topLevelItem(s)->child(i));
    saveScreenshot(&window, QStringLiteral("reports.png"));
    page->showTable(QStringLiteral("cases.month"));
    saveScreenshot(&window, QStringLiteral("reports-trend.png"));

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    timer.restart();
    auto written = page->exportTo(summary::SummaryFormat::Pdf, pdf);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    std::cout << "[ measured ] PDF report written in " << timer.elapsed() << " ms" << std::endl;
    savePdfPages(pdf, QStringLiteral("report-pdf"), {1, 2});
    if (const QString keep = qEnvironmentVariable("BAKEN_REPORT_PDF"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(pdf, keep);
    }
}

} // namespace
} // namespace baken::test
