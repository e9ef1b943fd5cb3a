#include "VisibleFrames.h"

#include "Tone.h"

#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace baken::ui {

namespace {

// WCAG's minimum for the outline of an input; a frame Baken draws itself
// aims higher, as text does, so that its antialiased edge (a radio
// button's ring) still reads at 3:1.
constexpr double kNonTextContrast = 3.0;
constexpr double kDrawnContrast = 4.5;

QColor mix(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

bool isFrame(QStyle::PrimitiveElement element)
{
    switch (element) {
    case QStyle::PE_FrameLineEdit:
    case QStyle::PE_Frame:
    case QStyle::PE_IndicatorCheckBox:
    case QStyle::PE_IndicatorRadioButton:
        return true;
    default:
        return false;
    }
}

} // namespace

QColor visibleOutline(const QColor &outline, const QColor &field, const QColor &text)
{
    if (contrastRatio(outline, field) >= kNonTextContrast)
        return outline;
    for (int step = 1; step <= 20; ++step) {
        const QColor candidate = mix(field, text, step / 20.0);
        if (contrastRatio(candidate, field) >= kDrawnContrast)
            return candidate;
    }
    return text;
}

void useVisibleFrames()
{
    QApplication::setStyle(new VisibleFramesStyle(QApplication::style()->name()));
}

VisibleFramesStyle::VisibleFramesStyle(const QString &key)
    : QProxyStyle(key.isEmpty() ? nullptr : QStyleFactory::create(key))
{}

void VisibleFramesStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                       const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (!isFrame(element) || baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        return;
    const bool focused = option->state & State_HasFocus;
    if (focused && (element == PE_FrameLineEdit || element == PE_Frame))
        return; // Fusion draws these in the highlight colour then
    const QPalette &palette = option->palette;
    // Fusion's own outline (QFusionStylePrivate::outline).
    const QColor outline = palette.color(QPalette::Window).darker(140);
    const QColor field = palette.color(QPalette::Base);
    const QColor pen = visibleOutline(outline, field, palette.color(QPalette::Text));
    if (pen == outline)
        return;
    painter->save();
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QRect r = option->rect;
    switch (element) {
    case PE_FrameLineEdit:
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->translate(0.5, 0.5);
        painter->drawRoundedRect(r.adjusted(0, 0, -1, -1), 2, 2);
        break;
    case PE_Frame:
        painter->drawRect(r.adjusted(0, 0, -1, -1));
        break;
    case PE_IndicatorCheckBox:
        painter->translate(0.5, 0.5);
        painter->drawRect(r.adjusted(0, 0, -1, -1));
        break;
    default: // PE_IndicatorRadioButton
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->drawEllipse(QRectF(r).adjusted(1, 1, -1, -1));
        break;
    }
    painter->restore();
}

} // namespace baken::ui
