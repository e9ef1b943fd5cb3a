#pragma once

class QWidget;

namespace baken::ui {

// Sends the focus `container` is given (a page shown, a form cleared) on to
// `target`, as QWidget::setFocusProxy does, while Tab still walks the
// container's children in their order. Since Qt 6 Tab into a container that
// has a proxy lands on the proxy and skips every field before it, so those
// fields could only be reached with the mouse or Shift+Tab. Calling it again
// moves the target; a null target leaves the focus on the container.
void setFocusTarget(QWidget *container, QWidget *target);

// Moves every field of `container` (a panel made before the form around it)
// to just after `before` in the Tab order, keeping their own order, and
// returns the last one, to chain the next panel after it. QWidget::setTabOrder
// ignores a plain container, which takes no focus itself.
QWidget *placeInTabOrder(QWidget *before, QWidget *container);

} // namespace baken::ui
