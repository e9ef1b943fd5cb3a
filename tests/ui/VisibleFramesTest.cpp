// Fields, lists, check boxes and radio buttons show where they are on a
// black high-contrast theme, where Qt 6.4's Fusion drew their frames black.
#include "widgets/VisibleFrames.h"
#include "ContrastAudit.h"
#include "widgets/Tone.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStyleOptionButton>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

// The highest contrast any pixel of `area` of the widget's picture has with
// `against`: 1 when nothing shows.
double mostContrast(QWidget *widget, const QRect &area, const QColor &against)
{
    const QImage image = widget->grab(area).toImage();
    double most = 1;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            most = std::max(most, ui::contrastRatio(image.pixelColor(x, y), against));
    return most;
}

QRect indicatorOf(QAbstractButton *button, QStyle::SubElement element)
{
    QStyleOptionButton option;
    option.initFrom(button);
    return button->style()->subElementRect(element, &option, button);
}

TEST(VisibleFrames, EmptyFieldsAndBoxesShowOnABlackTheme)
{
    ThemeScope theme(QStringLiteral("Fusion"), highContrastPalette());
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *line = new QLineEdit;
    auto *text = new QPlainTextEdit;
    auto *check = new QCheckBox;
    auto *radio = new QRadioButton;
    for (QWidget *w : {static_cast<QWidget *>(line), static_cast<QWidget *>(text), static_cast<QWidget *>(check),
                       static_cast<QWidget *>(radio)})
        layout->addWidget(w);
    auto *focus = new QLineEdit; // takes the focus: the others are drawn unfocused
    layout->addWidget(focus);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    focus->setFocus();

    const QColor black = QApplication::palette().color(QPalette::Base);
    ASSERT_LT(black.lightness(), 20);
    EXPECT_GE(mostContrast(line, line->rect(), black), 3.0);
    EXPECT_GE(mostContrast(text, text->rect(), black), 3.0);
    EXPECT_GE(mostContrast(check, indicatorOf(check, QStyle::SE_CheckBoxIndicator), black), 3.0);
    EXPECT_GE(mostContrast(radio, indicatorOf(radio, QStyle::SE_RadioButtonIndicator), black), 3.0);
}

TEST(VisibleFrames, AnOutlineThatReadsIsKeptAndOneThatDoesNotMovesTowardsTheText)
{
    const QColor grey(0x76, 0x76, 0x76);
    EXPECT_EQ(ui::visibleOutline(grey, Qt::white, Qt::black), grey); // 4.5:1 already
    const QColor onBlack = ui::visibleOutline(Qt::black, Qt::black, Qt::white);
    EXPECT_GE(ui::contrastRatio(onBlack, Qt::black), 4.5);
    EXPECT_LT(ui::contrastRatio(onBlack, Qt::black), 6.0); // a grey, not white
    // Fusion's own outline on its light palette (#efefef 40% darker) reads
    // at 2.3:1 on white: a little darker, still grey.
    const QColor light = ui::visibleOutline(QColor(0xef, 0xef, 0xef).darker(140), Qt::white, Qt::black);
    EXPECT_GE(ui::contrastRatio(light, Qt::white), 4.5);
    EXPECT_GT(light.lightness(), 80);
}

} // namespace
} // namespace baken::test
