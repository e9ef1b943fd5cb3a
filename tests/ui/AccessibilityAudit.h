#pragma once

#include <QStringList>

class QWidget;

namespace baken::test {

// What a screen-reader or keyboard user would trip over in one window, as
// Qt's accessibility layer (QAccessible) and its focus chain present it.
// Each line names the widget (class, objectName, the Baken widget it sits
// in, the label next to it) so that a failure says what to fix. With
// BAKEN_A11Y_TRACE set they also print every input's name and description
// and the Tab order.

// Every visible input in `window` without an accessible name: text fields,
// combo and spin boxes, date edits, check and radio buttons, sliders, item
// views, and buttons without text (icon-only).
QStringList unnamedInputs(QWidget *window);

// Every visible input of the kinds above, buttons with text included, without
// an accessible description: what it does or what belongs in it. Qt falls back
// to the tool tip (a line edit also to its placeholder); an item view needs
// its description set.
QStringList undescribedInputs(QWidget *window);

// Presses Tab from the focused widget until focus comes back around: lists
// the visible, enabled inputs Tab never reaches, a widget that swallows Tab
// (focus stuck), a cycle that does not close, and a layout (form, row,
// column, grid) that Tab leaves and re-enters instead of reading it in order.
// `deliberateOrder` names the classes (e.g. "baken::ui::ConsultationForm")
// whose own layouts keep a Tab order chosen on purpose.
QStringList tabOrderProblems(QWidget *window, const QStringList &deliberateOrder = {});

// The checks above and the contrast of every text (ContrastAudit.h); fails
// the test once per problem, prefixed by `where`.
void expectAccessible(QWidget *window, const QString &where, const QStringList &deliberateOrder = {});

} // namespace baken::test
