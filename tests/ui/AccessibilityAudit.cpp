#include "AccessibilityAudit.h"

#include "ContrastAudit.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextBrowser>
#include <QWizard>

#include <gtest/gtest.h>

#include <algorithm>

namespace baken::test {
namespace {

// The roles a user types into, picks from or presses. Item views are
// included: a screen reader announces a list by its name before its rows.
bool isInput(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::EditableText:
    case QAccessible::ComboBox:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::Button:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
        return true;
    default:
        return false;
    }
}

QString roleName(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::EditableText:
        return QStringLiteral("text field");
    case QAccessible::ComboBox:
        return QStringLiteral("combo box");
    case QAccessible::CheckBox:
        return QStringLiteral("check box");
    case QAccessible::RadioButton:
        return QStringLiteral("radio button");
    case QAccessible::SpinBox:
        return QStringLiteral("spin box / date edit");
    case QAccessible::List:
        return QStringLiteral("list");
    case QAccessible::Table:
        return QStringLiteral("table");
    case QAccessible::Tree:
        return QStringLiteral("tree");
    default:
        return QStringLiteral("button");
    }
}

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.remove(u'&');
    text = text.simplified();
    return text.size() > 50 ? text.left(49) + u'…' : text;
}

// The closest visible label in the window: the one a sighted user reads
// as this widget's caption, so the failure says where to look.
QString nearestLabel(const QWidget *widget)
{
    const QWidget *window = widget->window();
    const QRect rect(widget->mapTo(window, QPoint()), widget->size());
    QString best;
    int bestDistance = 200;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisible() || plain(label->text()).isEmpty())
            continue;
        const QRect other(label->mapTo(window, QPoint()), label->size());
        const int dx = std::max({0, other.left() - rect.right(), rect.left() - other.right()});
        const int dy = std::max({0, other.top() - rect.bottom(), rect.top() - other.bottom()});
        if (dx + dy < bestDistance) {
            bestDistance = dx + dy;
            best = plain(label->text());
        }
    }
    return best;
}

// The Baken widget the offender is part of (IntakeForm, SessionsTab...).
QString owner(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        const QString name = QString::fromLatin1(w->metaObject()->className());
        if (name.startsWith(QLatin1String("baken::")))
            return name.section(QStringLiteral("::"), -1);
    }
    return QStringLiteral("?");
}

QString describe(const QWidget *widget)
{
    const QString name = widget->objectName().isEmpty() ? QStringLiteral("(no objectName)") : widget->objectName();
    QString text =
        QStringLiteral("%1 %2 in %3").arg(QString::fromLatin1(widget->metaObject()->className()), name, owner(widget));
    if (const QString label = nearestLabel(widget); !label.isEmpty())
        text += QStringLiteral(", near \"%1\"").arg(label);
    return text;
}

QString labelName(QAccessibleInterface *iface)
{
    for (const auto &[other, relation] : iface->relations(QAccessible::Label)) {
        Q_UNUSED(relation)
        if (qobject_cast<QLabel *>(other->object()) && !other->text(QAccessible::Name).trimmed().isEmpty())
            return other->text(QAccessible::Name);
    }
    return {};
}

// The name a screen reader announces. On Linux Qt reports a combo box's
// current item as its name and leaves the caption to the "labelled by"
// relation (which Orca reads), so a name equal to the value only counts
// when it was set on purpose.
QString announcedName(QAccessibleInterface *iface, const QWidget *widget)
{
    const QString name = iface->text(QAccessible::Name).trimmed();
    if (!name.isEmpty() && name != iface->text(QAccessible::Value).trimmed())
        return name;
    if (!widget->accessibleName().trimmed().isEmpty())
        return widget->accessibleName();
    return labelName(iface);
}

// Without a label or a name of its own, Qt names an input after the group
// box it sits in. That says nothing when the box holds several of them.
bool namedOnlyByGroupBox(QAccessibleInterface *iface, const QWidget *widget, const QString &name)
{
    const auto *box = qobject_cast<const QGroupBox *>(widget->parentWidget());
    return box && widget->accessibleName().isEmpty() && labelName(iface).isEmpty() && name == box->title().trimmed();
}

// One visible input and the interface Qt's accessibility layer gives it.
struct Input {
    QAccessibleInterface *iface;
    QWidget *widget;
};

// Every visible input in the tree under `iface`, in tree order.
void collectInputs(QAccessibleInterface *iface, QList<Input> &out)
{
    if (!iface || !iface->isValid() || iface->state().invisible)
        return;
    auto *widget = qobject_cast<QWidget *>(iface->object());
    if (isInput(iface->role()) && widget) {
        out.append({iface, widget});
        // Rows, cells, a combo's popup and a spin box's editor belong to
        // the input and are announced with it.
        return;
    }
    for (int i = 0; i < iface->childCount(); ++i)
        collectInputs(iface->child(i), out);
}

QList<Input> inputsOf(QWidget *window)
{
    QList<Input> inputs;
    collectInputs(QAccessible::queryAccessibleInterface(window), inputs);
    return inputs;
}

bool takesTab(const QWidget *widget, const QWidget *window)
{
    return widget->window() == window && widget->isVisible() && widget->isEnabled() && !widget->focusProxy()
           && (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

bool layoutHolds(QLayoutItem *item, const QWidget *widget)
{
    if (!item)
        return false;
    if (QWidget *w = item->widget())
        return w == widget || w->isAncestorOf(widget);
    if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i)
            if (layoutHolds(layout->itemAt(i), widget))
                return true;
    }
    return false;
}

// Where `widget` sits in `layout`, in reading order (row, then column);
// -1 when the layout does not hold it.
int readingPosition(const QLayout *layout, const QWidget *widget)
{
    for (int i = 0; i < layout->count(); ++i) {
        if (!layoutHolds(layout->itemAt(i), widget))
            continue;
        if (const auto *form = qobject_cast<const QFormLayout *>(layout)) {
            int row = 0;
            QFormLayout::ItemRole role;
            form->getItemPosition(i, &row, &role);
            return row * 2 + (role == QFormLayout::FieldRole ? 1 : 0);
        }
        if (const auto *grid = qobject_cast<const QGridLayout *>(layout)) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            return row * 1000 + column;
        }
        if (const auto *box = qobject_cast<const QBoxLayout *>(layout);
            box && (box->direction() == QBoxLayout::RightToLeft || box->direction() == QBoxLayout::BottomToTop))
            return layout->count() - i;
        return i;
    }
    return -1;
}

// Qt's own layouts (button boxes put OK and Cancel in the platform's
// order, wizards their buttons) are not ours to check.
bool isOwnLayout(const QLayout *layout)
{
    const QWidget *parent = layout->parentWidget();
    return parent && !qobject_cast<const QDialogButtonBox *>(parent) && !qobject_cast<const QWizard *>(parent)
           && !layout->objectName().startsWith(QLatin1String("qt_"));
}

// Tab should read a layout as the eye does: down a form, across a row. Focus
// cycles, so the visits may start anywhere in it: one step back (the
// wrap-around) is allowed, more means Tab jumps out and back in.
QStringList layoutOrderProblems(const QWidget *window, const QList<QWidget *> &visited, const QStringList &deliberate)
{
    QStringList problems;
    for (const QLayout *layout : window->findChildren<QLayout *>()) {
        if (!isOwnLayout(layout) || !layout->parentWidget()->isVisible()
            || deliberate.contains(QLatin1String(layout->parentWidget()->metaObject()->className())))
            continue;
        QList<std::pair<int, QWidget *>> seen;
        for (QWidget *w : visited)
            if (const int at = readingPosition(layout, w); at >= 0 && (seen.isEmpty() || seen.last().first != at))
                seen.append({at, w});
        QStringList jumps;
        for (qsizetype i = 0; seen.size() > 1 && i < seen.size(); ++i) {
            const auto &here = seen.at(i);
            const auto &next = seen.at((i + 1) % seen.size());
            if (next.first < here.first)
                jumps << QStringLiteral("from %1 back to %2").arg(describe(here.second), describe(next.second));
        }
        if (jumps.size() > 1)
            problems << QStringLiteral("Tab goes through a %1 in %2 out of reading order: %3")
                            .arg(QString::fromLatin1(layout->metaObject()->className()),
                                 describe(layout->parentWidget()), jumps.join(QStringLiteral("; ")));
    }
    return problems;
}

// Presses of Tab a widget may keep for itself before passing focus on:
// a date edit moves section by section and a text browser link by link,
// as in Qt everywhere. Anything else that keeps Tab traps the user
// (a text box that types a tab, a table that walks its cells).
int tabsWithin(const QWidget *widget)
{
    if (const auto *edit = qobject_cast<const QDateTimeEdit *>(widget))
        return edit->sectionCount() - 1;
    if (qobject_cast<const QTextBrowser *>(widget))
        return 500;
    return 0;
}

// The exclusive group a radio button belongs to, which Tab enters once.
const QObject *radioGroup(const QWidget *widget)
{
    const auto *radio = qobject_cast<const QRadioButton *>(widget);
    if (!radio)
        return nullptr;
    if (radio->group() && radio->group()->exclusive())
        return radio->group();
    return radio->autoExclusive() ? radio->parentWidget() : nullptr;
}

} // namespace

QStringList unnamedInputs(QWidget *window)
{
    const QList<Input> inputs = inputsOf(window);
    QStringList unnamed;
    QHash<const QGroupBox *, QStringList> byGroupBox;
    for (const auto &[iface, widget] : inputs) {
        const QString name = announcedName(iface, widget);
        const QString what = roleName(iface->role());
        if (qEnvironmentVariableIsSet("BAKEN_A11Y_TRACE"))
            qInfo().noquote() << what << name << QStringLiteral("|") << describe(widget) << QStringLiteral("|")
                              << iface->text(QAccessible::Description);
        if (name.isEmpty())
            unnamed << QStringLiteral("%1 without an accessible name: %2").arg(what, describe(widget));
        else if (namedOnlyByGroupBox(iface, widget, name))
            byGroupBox[qobject_cast<const QGroupBox *>(widget->parentWidget())] << describe(widget);
    }
    for (auto it = byGroupBox.cbegin(); it != byGroupBox.cend(); ++it) {
        if (it.value().size() > 1)
            for (const QString &input : it.value())
                unnamed << QStringLiteral("input named only by its group box \"%1\", like %2 others: %3")
                               .arg(it.key()->title())
                               .arg(it.value().size() - 1)
                               .arg(input);
    }
    if (inputs.isEmpty())
        unnamed << QStringLiteral("no inputs found: the accessibility tree of %1 was not built")
                       .arg(QString::fromLatin1(window->metaObject()->className()));
    return unnamed;
}

QStringList undescribedInputs(QWidget *window)
{
    QStringList undescribed;
    for (const auto &[iface, widget] : inputsOf(window))
        if (iface->text(QAccessible::Description).trimmed().isEmpty())
            undescribed << QStringLiteral("%1 without an accessible description: %2")
                               .arg(roleName(iface->role()), describe(widget));
    return undescribed;
}

QStringList tabOrderProblems(QWidget *window, const QStringList &deliberateOrder)
{
    QList<QWidget *> stops;
    for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain())
        if (takesTab(w, window))
            stops << w;
    if (stops.isEmpty())
        return {QStringLiteral("nothing in the window takes Tab")};

    QWidget *start = window->focusWidget();
    if (!start || !takesTab(start, window)) {
        start = stops.first();
        start->setFocus(Qt::TabFocusReason);
    }
    QStringList problems;
    QList<QWidget *> visited{start};
    bool closed = false;
    qsizetype limit = 10;
    for (const QWidget *w : stops)
        limit += 1 + tabsWithin(w);
    int stay = 0;
    for (qsizetype press = 0; press < limit; ++press) {
        QWidget *before = window->focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *after = window->focusWidget();
        if (after == before) {
            if (++stay <= tabsWithin(before))
                continue;
            problems << QStringLiteral("Tab is stuck in ") + describe(before);
            break;
        }
        stay = 0;
        if (after == start) {
            closed = true;
            break;
        }
        visited << after;
    }
    if (qEnvironmentVariableIsSet("BAKEN_A11Y_TRACE")) {
        QStringList trace;
        for (QWidget *w : visited)
            trace << describe(w);
        qInfo().noquote() << QStringLiteral("Tab order:\n  ") + trace.join(QStringLiteral("\n  "));
    }
    if (!closed && problems.isEmpty()) {
        QStringList last;
        for (qsizetype i = std::max<qsizetype>(0, visited.size() - 6); i < visited.size(); ++i)
            last << describe(visited.at(i));
        problems << QStringLiteral("Tab does not come back to %1 after %2 presses; it ends in: %3")
                        .arg(describe(start))
                        .arg(limit)
                        .arg(last.join(QStringLiteral(" -> ")));
    }
    if (!closed)
        return problems;
    QSet<const QWidget *> seen(visited.cbegin(), visited.cend());
    QSet<const QObject *> radioGroupsSeen;
    for (const QWidget *w : visited)
        if (const QObject *group = radioGroup(w))
            radioGroupsSeen.insert(group);
    for (QWidget *w : stops) {
        if (seen.contains(w))
            continue;
        // Tab stops once in a group of radio buttons; the arrows move within.
        if (const QObject *group = radioGroup(w); group && radioGroupsSeen.contains(group))
            continue;
        problems << QStringLiteral("Tab never reaches ") + describe(w);
    }
    return problems << layoutOrderProblems(window, visited, deliberateOrder);
}

void expectAccessible(QWidget *window, const QString &where, const QStringList &deliberateOrder)
{
    ASSERT_TRUE(window->isVisible()) << where.toStdString();
    for (const QString &problem : unnamedInputs(window) + undescribedInputs(window))
        ADD_FAILURE() << where.toStdString() << ": " << problem.toStdString();
    const QStringList tab = tabOrderProblems(window, deliberateOrder);
    for (const QString &problem : tab)
        ADD_FAILURE() << where.toStdString() << ": " << problem.toStdString();
    for (const QString &problem : lowContrastTexts(window))
        ADD_FAILURE() << where.toStdString() << ": " << problem.toStdString();
}

} // namespace baken::test
