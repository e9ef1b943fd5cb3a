#include "UiTestSupport.h"
#include "WindowTestSupport.h"
#include "cases/CaseFileView.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPanel.h"
#include "cases/CasesPage.h"
#include "i18n/Translations.h"
#include "reports/ReportsPage.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/VaultWorkspace.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

// 200% on a 2560x1440 laptop screen (or 150% on 1920x1080) leaves 1280 by
// 720 pixels to lay out in.
constexpr int ScreenWidth = 1280;
constexpr int ScreenHeight = 720;

QString describe(const QWidget *widget)
{
    const QString name = widget->objectName();
    return QString::fromLatin1(widget->metaObject()->className()) + (name.isEmpty() ? QString() : u'#' + name)
           + QStringLiteral(" in ") + QString::fromLatin1(widget->parentWidget()->metaObject()->className());
}

// Labels shown narrower than their text, and check lists (the grounds of
// discrimination) narrower than their longest entry.
QStringList cutTexts(QWidget *window)
{
    QStringList out;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(window) || label->text().isEmpty() || label->wordWrap() || !label->pixmap().isNull())
            continue;
        if (label->width() < label->minimumSizeHint().width())
            out << QStringLiteral("%1 \"%2\": %3 of %4 pixels")
                       .arg(describe(label), label->text())
                       .arg(label->width())
                       .arg(label->minimumSizeHint().width());
    }
    for (QListWidget *list : window->findChildren<QListWidget *>()) {
        if (!list->isVisibleTo(window) || list->count() == 0 || !(list->item(0)->flags() & Qt::ItemIsUserCheckable))
            continue;
        if (list->viewport()->width() < list->sizeHintForColumn(0))
            out << QStringLiteral("%1: entries of %2 pixels in %3")
                       .arg(describe(list))
                       .arg(list->sizeHintForColumn(0))
                       .arg(list->viewport()->width());
    }
    return out;
}

// In Dutch (the longer labels), every page, the intake form and every tab of
// a case file fit a screen of 1280 pixels without cutting a label, and the
// window can be made that narrow.
TEST(ScreenFit, EveryPageFitsA1280PixelScreenWithoutCuttingALabel)
{
    installTranslations(QStringLiteral("nl"));
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow window(settings);
        ASSERT_NO_FATAL_FAILURE(
            showDemo(window, dir.filePath(QStringLiteral("demo.baken")), QSize(ScreenWidth, ScreenHeight)));
        ui::VaultWorkspace *workspace = window.workspace();

        const auto expectFits = [&](const QString &where) {
            QApplication::processEvents();
            EXPECT_LE(window.minimumSizeHint().width(), ScreenWidth) << where.toStdString();
            EXPECT_LE(window.width(), ScreenWidth) << where.toStdString();
            for (const QString &problem : cutTexts(&window))
                ADD_FAILURE() << where.toStdString() << ": " << problem.toStdString();
        };
        const std::pair<ui::VaultWorkspace::Page, const char *> pages[] = {
            {ui::VaultWorkspace::Dashboard, "dashboard"},
            {ui::VaultWorkspace::DoubtLine, "doubt line"},
            {ui::VaultWorkspace::Groups, "groups"},
            {ui::VaultWorkspace::Reports, "reports"},
            {ui::VaultWorkspace::SettingsPageIndex, "settings"},
            {ui::VaultWorkspace::Cases, "case list"},
        };
        for (const auto &[page, where] : pages) {
            workspace->showPage(page);
            ASSERT_TRUE(waitFor([&] { return !workspace->reportsPage()->isBusy(); }, 60000));
            expectFits(QLatin1String(where));
        }
        ui::CasesPage *cases = workspace->casesPage();
        cases->newIntake();
        expectFits(QStringLiteral("intake form"));
        cases->showList();
        cases->openCase(cases->listPanel()->model()->caseIdAt(0));
        const int tabs = cases->caseFile()->findChild<QTabWidget *>()->count();
        for (int tab = 0; tab < tabs; ++tab) {
            cases->caseFile()->showTab(static_cast<ui::CaseFileView::Tab>(tab));
            expectFits(QStringLiteral("case file, tab %1").arg(tab));
        }
    }
    installTranslations(QStringLiteral("en"));
}

} // namespace
} // namespace baken::test
