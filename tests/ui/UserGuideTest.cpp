// The user guide inside the program: both languages load with every
// screenshot, every link of the table of contents lands on its section, and
// the Help menu and the start screen's tour open it.
#include "UiTestSupport.h"
#include "help/UserGuideWindow.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "support/TestVault.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

QString guideSource(const QString &language)
{
    QFile file(QStringLiteral(":/guide/%1.md").arg(language));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << language.toStdString();
    return QString::fromUtf8(file.readAll());
}

// Every "(#anchor)" the Markdown links to.
QStringList linkedAnchors(const QString &markdown)
{
    QStringList anchors;
    static const QRegularExpression link(QStringLiteral("\\]\\(#([^)]+)\\)"));
    for (auto it = link.globalMatch(markdown); it.hasNext();)
        anchors << it.next().captured(1);
    return anchors;
}

QStringList anchorNames(const QTextDocument &doc)
{
    QStringList names;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            names << it.fragment().charFormat().anchorNames();
    return names;
}

class UserGuide : public ::testing::TestWithParam<const char *>
{
};

TEST_P(UserGuide, EveryLinkOfTheContentsLandsOnItsSection)
{
    const QString language = QString::fromLatin1(GetParam());
    ui::UserGuideWindow guide(language);
    const QStringList links = linkedAnchors(guideSource(language));
    ASSERT_GE(links.size(), 15) << "the table of contents lists every section";
    const QStringList anchors = anchorNames(*guide.browser()->document());
    for (const QString &link : links)
        EXPECT_TRUE(anchors.contains(link)) << language.toStdString() << ": no section for #" << link.toStdString();
}

TEST_P(UserGuide, ShowsEveryScreenshotItNames)
{
    const QString language = QString::fromLatin1(GetParam());
    ui::UserGuideWindow guide(language);
    QTextDocument *doc = guide.browser()->document();
    int images = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().isImageFormat())
                continue;
            const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
            const QImage picture = doc->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
            EXPECT_FALSE(picture.isNull()) << language.toStdString() << ": " << image.name().toStdString();
            EXPECT_LE(image.width(), 800) << "a screenshot wider than the window needs sideways scrolling";
            ++images;
        }
    }
    EXPECT_GE(images, 10);
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, UserGuide, ::testing::Values("nl", "en"));

TEST(UserGuideWindow, AnchorsFollowGitHubsRuleSoTheWebAndTheProgramAgree)
{
    EXPECT_EQ(ui::UserGuideWindow::anchorFor(QStringLiteral("Samengevoegde rapportage voor een coördinator")),
              QStringLiteral("samengevoegde-rapportage-voor-een-coördinator"));
    EXPECT_EQ(ui::UserGuideWindow::anchorFor(QStringLiteral("A lost laptop, or a forgotten passphrase?")),
              QStringLiteral("a-lost-laptop-or-a-forgotten-passphrase"));
}

TEST(UserGuideWindow, HelpMenuAndTheStartScreensTourOpenTheGuideInTheUsersLanguage)
{
    installTranslations(QStringLiteral("nl"));
    // Later tests in the same process read English, even after a failure here.
    struct BackToEnglish {
        ~BackToEnglish() { installTranslations(QStringLiteral("en")); }
    } restore;
    TestVaultDir dir;
    Settings settings(dir.path(QStringLiteral("settings.ini")));
    ui::MainWindow window(settings);
    window.show();

    QAction *guideAction = nullptr;
    for (QAction *menu : window.menuBar()->actions())
        for (QAction *action : menu->menu()->actions())
            if (action->text() == QStringLiteral("&Gebruikershandleiding"))
                guideAction = action;
    ASSERT_NE(guideAction, nullptr) << "Help > Gebruikershandleiding";
    guideAction->trigger();
    ASSERT_NE(window.userGuide(), nullptr);
    EXPECT_TRUE(window.userGuide()->isVisible());
    EXPECT_TRUE(window.userGuide()->browser()->toPlainText().startsWith(QStringLiteral("Handleiding Baken")));
    window.userGuide()->close();
    ASSERT_TRUE(waitFor([&] { return window.userGuide() == nullptr; }));

    auto *tour = window.findChild<QPushButton *>(QStringLiteral("tourButton"));
    ASSERT_NE(tour, nullptr);
    ASSERT_TRUE(tour->isVisible());
    tour->click();
    ASSERT_NE(window.userGuide(), nullptr);
    QTextBrowser *browser = window.userGuide()->browser();
    ASSERT_TRUE(waitFor([&] { return browser->verticalScrollBar()->value() > 0; }))
        << "the tour opens at its section, not at the top";
    // The first line in view is the tour's heading.
    const int top = browser->verticalScrollBar()->value();
    const QTextBlock first = browser->document()->findBlock(
        browser->document()->documentLayout()->hitTest(QPointF(4, top + 4), Qt::FuzzyHit));
    EXPECT_EQ(first.text(), QStringLiteral("Rondleiding in vijf minuten"));
    saveScreenshot(window.userGuide(), QStringLiteral("user-guide.png"));
}

} // namespace
} // namespace baken::test
