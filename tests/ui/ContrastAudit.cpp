#include "ContrastAudit.h"

#include "widgets/Tone.h"
#include "widgets/VisibleFrames.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QProxyStyle>
#include <QStyle>

namespace baken::test {
namespace {

constexpr double Enough = 4.5;

QString describe(const QWidget *widget)
{
    QStringList chain;
    for (const QWidget *w = widget; w && chain.size() < 4; w = w->parentWidget()) {
        const QString name = w->objectName();
        chain << QString::fromLatin1(w->metaObject()->className()) + (name.isEmpty() ? QString() : u'#' + name);
    }
    return chain.join(QStringLiteral(" < "));
}

// What is painted behind `widget`: the first widget up the chain that fills
// its own background (a styled or auto-filled one, a scroll area's
// viewport), else the window's.
QColor backgroundBehind(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const bool viewport = w->parentWidget() && qobject_cast<const QAbstractScrollArea *>(w->parentWidget())
                              && static_cast<const QAbstractScrollArea *>(w->parentWidget())->viewport() == w;
        if (w->autoFillBackground() || w->isWindow() || (viewport && w->backgroundRole() != QPalette::NoRole))
            return w->palette().color(w->backgroundRole());
    }
    return QApplication::palette().color(QPalette::Window);
}

QString problem(const QWidget *widget, const QString &text, const QColor &fg, const QColor &bg)
{
    return QStringLiteral("%1 \"%2\": %3 on %4 reads at %5:1")
        .arg(describe(widget), text.left(50), fg.name(), bg.name())
        .arg(ui::contrastRatio(fg, bg), 0, 'f', 1);
}

void checkLabels(QWidget *window, QStringList &out)
{
    for (QLabel *label : window->findChildren<QLabel *>()) {
        const bool toned = ui::hasTone(label);
        if (!toned && (!label->isVisibleTo(window) || label->text().isEmpty()))
            continue;
        const QColor fg = label->palette().color(QPalette::Active, label->foregroundRole());
        const QColor bg = backgroundBehind(label);
        if (ui::contrastRatio(fg, bg) < Enough)
            out << problem(label, label->text(), fg, bg);
    }
}

void checkViews(QWidget *window, QStringList &out)
{
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        if (!view->isVisibleTo(window) || !view->model() || qobject_cast<QHeaderView *>(view))
            continue;
        const QAbstractItemModel *model = view->model();
        const QPalette palette = view->palette();
        QList<QColor> backgrounds{palette.color(QPalette::Base)};
        if (view->alternatingRowColors())
            backgrounds << palette.color(QPalette::AlternateBase);
        const int rows = std::min(model->rowCount(), 200);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QVariant foreground = index.data(Qt::ForegroundRole);
                if (!foreground.isValid())
                    continue;
                const QColor fg =
                    foreground.canConvert<QBrush>() ? foreground.value<QBrush>().color() : foreground.value<QColor>();
                const QVariant background = index.data(Qt::BackgroundRole);
                const QList<QColor> behind =
                    background.isValid() ? QList<QColor>{background.value<QBrush>().color()} : backgrounds;
                for (const QColor &bg : behind) {
                    if (ui::contrastRatio(fg, bg) < Enough) {
                        out << problem(view, index.data().toString(), fg, bg);
                        break;
                    }
                }
            }
        }
    }
}

} // namespace

QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::ToolTipBase})
        p.setColor(role, black);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    for (auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText, QPalette::BrightText})
        p.setColor(role, white);
    p.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x9a, 0x9a, 0x9a));
    for (auto role : {QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark, QPalette::Shadow})
        p.setColor(role, white);
    return p;
}

QStringList lowContrastTexts(QWidget *window)
{
    QStringList out;
    checkLabels(window, out);
    checkViews(window, out);
    return out;
}

// The classes a desktop theme gives a palette of their own; a theme change
// reaches them all.
const char *const ThemedClasses[] = {"QAbstractItemView", "QHeaderView", "QMenu",     "QMenuBar",
                                     "QTextEdit",         "QTabBar",     "QLineEdit", "QComboBox",
                                     "QAbstractSpinBox",  "QToolButton"};

namespace {

// The name of the style under Baken's own (VisibleFramesStyle), or of the
// style itself.
QString styleName(QStyle *style)
{
    if (auto *proxy = qobject_cast<QProxyStyle *>(style))
        return proxy->baseStyle()->name();
    return style->name();
}

} // namespace

ThemeScope::ThemeScope(const QString &style, const QPalette &palette)
    : m_oldStyle(styleName(QApplication::style()))
    , m_oldPalette(QApplication::palette())
{
    for (const char *name : ThemedClasses)
        m_oldClassPalettes.push_back(QApplication::palette(name));
    // As the app sets it up (app/gui/main.cpp).
    QApplication::setStyle(new ui::VisibleFramesStyle(style));
    QApplication::setPalette(palette);
    for (const char *name : ThemedClasses)
        QApplication::setPalette(palette, name);
}

ThemeScope::~ThemeScope()
{
    QApplication::setStyle(new ui::VisibleFramesStyle(m_oldStyle));
    QApplication::setPalette(m_oldPalette);
    for (std::size_t i = 0; i < std::size(ThemedClasses); ++i)
        QApplication::setPalette(m_oldClassPalettes.at(i), ThemedClasses[i]);
}

} // namespace baken::test
