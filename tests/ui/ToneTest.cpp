#include "widgets/Tone.h"
#include "ContrastAudit.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

using ui::Tone;

const Tone Tones[] = {Tone::Problem, Tone::Success, Tone::Quiet};

// Light and dark themes as the desktops ship them, and pure black and white.
TEST(Tone, EveryToneReadsOnLightDarkAndHighContrastBackgrounds)
{
    for (const QColor background : {QColor(Qt::white), QColor(0xef, 0xef, 0xef), QColor(0xf6, 0xf5, 0xf4),
                                    QColor(0x2d, 0x2d, 0x2d), QColor(0x1e, 0x1e, 0x1e), QColor(Qt::black)}) {
        for (Tone tone : Tones) {
            const QColor colour = ui::toneColor(tone, background);
            EXPECT_GE(ui::contrastRatio(colour, background), 4.5)
                << colour.name().toStdString() << " on " << background.name().toStdString();
        }
    }
    EXPECT_FALSE(ui::toneColor(Tone::Normal, Qt::white).isValid());
}

TEST(Tone, AProblemStaysRedAndSuccessGreenOnAnyBackground)
{
    for (const QColor background : {QColor(Qt::white), QColor(Qt::black)}) {
        const QColor problem = ui::toneColor(Tone::Problem, background);
        const QColor success = ui::toneColor(Tone::Success, background);
        EXPECT_GT(problem.red(), problem.green() + 60) << problem.name().toStdString();
        EXPECT_GT(success.green(), success.red() + 40) << success.name().toStdString();
    }
}

TEST(Tone, ContrastRatioIsTheWcagOne)
{
    EXPECT_NEAR(ui::contrastRatio(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(ui::contrastRatio(Qt::white, Qt::white), 1.0, 0.001);
    // #767676 is the lightest grey that passes AA on white.
    EXPECT_NEAR(ui::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01);
}

// A warning shown while the theme changes to high contrast must turn light,
// and back to the theme's own colour when the warning is cleared.
TEST(Tone, ALabelFollowsTheThemeWhenItChangesAndGivesTheColourBack)
{
    QWidget window;
    auto *label = new QLabel(QStringLiteral("The passphrase is not right."), &window);
    (new QVBoxLayout(&window))->addWidget(label);
    ui::setTone(label, Tone::Problem);
    window.show();
    const auto readable = [&] {
        return ui::contrastRatio(label->palette().color(QPalette::WindowText),
                                 window.palette().color(QPalette::Window));
    };
    const QColor onLight = label->palette().color(QPalette::WindowText);
    EXPECT_GE(readable(), 4.5);
    {
        ThemeScope dark(QStringLiteral("Fusion"), highContrastPalette());
        QApplication::processEvents();
        EXPECT_GE(readable(), 4.5) << label->palette().color(QPalette::WindowText).name().toStdString();
        EXPECT_NE(label->palette().color(QPalette::WindowText), onLight);
        ui::setTone(label, Tone::Normal);
        EXPECT_EQ(label->palette().color(QPalette::WindowText), QColor(Qt::white));
        ui::setTone(label, Tone::Problem);
    }
    QApplication::processEvents();
    EXPECT_EQ(label->palette().color(QPalette::WindowText), onLight);
}

} // namespace
} // namespace baken::test
