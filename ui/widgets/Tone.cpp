#include "widgets/Tone.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPalette>
#include <QWidget>

#include <cmath>

namespace baken::ui {
namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// Each tone in the dark shade Baken uses on light themes and a light shade
// for dark ones; both read at AA on white and on black respectively.
struct Shades {
    QColor onLight;
    QColor onDark;
};

Shades shadesOf(Tone tone)
{
    switch (tone) {
    case Tone::Problem:
        return {QColor(0xb3, 0x26, 0x1e), QColor(0xff, 0x8a, 0x80)};
    case Tone::Success:
        return {QColor(0x1b, 0x6e, 0x2a), QColor(0x81, 0xc7, 0x84)};
    case Tone::Quiet:
        return {QColor(0x5c, 0x5c, 0x5c), QColor(0xbd, 0xbd, 0xbd)};
    case Tone::Normal:
        break;
    }
    return {};
}

const char *const ToneProperty = "bakenTone";

void applyTone(QWidget *widget)
{
    const auto tone = static_cast<Tone>(widget->property(ToneProperty).toInt());
    if (tone == Tone::Normal) {
        // Back to what the theme says: no colour of our own.
        if (widget->testAttribute(Qt::WA_SetPalette))
            widget->setPalette(QPalette());
        return;
    }
    QPalette palette = widget->palette();
    const QColor wanted = toneColor(tone, palette.color(widget->backgroundRole()));
    const QPalette::ColorRole text = widget->foregroundRole();
    if (palette.color(QPalette::Active, text) == wanted && palette.color(QPalette::Inactive, text) == wanted)
        return;
    palette.setColor(QPalette::Active, text, wanted);
    palette.setColor(QPalette::Inactive, text, wanted);
    widget->setPalette(palette);
}

// Chooses the colour again whenever the widget's palette changes: the theme
// changed, or the widget moved onto another background. Setting it changes
// the palette once more, which then finds nothing to do.
class ToneKeeper : public QObject {
public:
    explicit ToneKeeper(QWidget *widget) : QObject(widget) { widget->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            applyTone(static_cast<QWidget *>(watched));
        return false;
    }
};

class ThemeWatcher : public QObject {
public:
    ThemeWatcher(QWidget *widget, std::function<void()> recolour) : QObject(widget), m_recolour(std::move(recolour))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange && !m_pending) {
            // A theme change arrives as several palette changes; recolour
            // once, after the last.
            m_pending = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_pending = false;
                    m_recolour();
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    std::function<void()> m_recolour;
    bool m_pending = false;
};

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor toneColor(Tone tone, const QColor &background)
{
    if (tone == Tone::Normal)
        return {};
    const Shades shades = shadesOf(tone);
    return contrastRatio(shades.onLight, background) >= contrastRatio(shades.onDark, background) ? shades.onLight
                                                                                                 : shades.onDark;
}

QColor toneColorInViews(Tone tone)
{
    // Item views can have a palette of their own in the desktop's theme.
    return toneColor(tone, QApplication::palette("QAbstractItemView").color(QPalette::Base));
}

void whenThemeChanges(QWidget *widget, std::function<void()> recolour)
{
    new ThemeWatcher(widget, std::move(recolour));
}

void setPanel(QWidget *widget, Panel panel)
{
    const bool notice = panel == Panel::Notice;
    const QPalette::ColorRole text = notice ? QPalette::ToolTipText : QPalette::Text;
    widget->setAutoFillBackground(true);
    widget->setBackgroundRole(notice ? QPalette::ToolTipBase : QPalette::AlternateBase);
    widget->setForegroundRole(text);
    for (QLabel *label : widget->findChildren<QLabel *>())
        label->setForegroundRole(text);
    if (auto *frame = qobject_cast<QFrame *>(widget)) {
        frame->setFrameShape(notice ? QFrame::StyledPanel : QFrame::NoFrame);
        if (auto *label = qobject_cast<QLabel *>(widget))
            label->setMargin(notice ? 8 : 6);
    }
}

bool hasTone(const QWidget *widget)
{
    return widget->property(ToneProperty).isValid();
}

void setTone(QWidget *widget, Tone tone)
{
    if (!hasTone(widget))
        new ToneKeeper(widget);
    widget->setProperty(ToneProperty, static_cast<int>(tone));
    applyTone(widget);
}

} // namespace baken::ui
