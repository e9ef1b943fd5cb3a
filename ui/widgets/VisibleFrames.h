#pragma once

#include <QProxyStyle>

namespace baken::ui {

// Qt 6.4's Fusion style draws the outline of a text field, a text area or
// list, a check box and a radio button in the window's colour made 40%
// darker. On a black window (a high-contrast theme) that is black: the
// fields are there but cannot be seen. This style, over the application's
// own, draws those outlines again wherever Fusion's read below 3:1 against
// the field (WCAG 2.1, 1.4.11, non-text contrast), in the least change of
// colour from the field towards its text that reads at 4.5:1. Other styles
// draw their own frames and are left alone.
class VisibleFramesStyle : public QProxyStyle {
public:
    // Over the style named `key` (QStyleFactory), or the application's.
    explicit VisibleFramesStyle(const QString &key = {});

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

// Puts VisibleFramesStyle over the style the application has now (the
// desktop's, or -style's). Call once the QApplication exists.
void useVisibleFrames();

// The colour of a frame on `field`: `outline` when it reads at 3:1 beside
// it, else the first mix from `field` towards `text` that reads at 4.5:1.
QColor visibleOutline(const QColor &outline, const QColor &field, const QColor &text);

} // namespace baken::ui
