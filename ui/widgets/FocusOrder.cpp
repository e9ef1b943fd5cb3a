#include "FocusOrder.h"

#include <QFocusEvent>
#include <QPointer>
#include <QWidget>

namespace baken::ui {
namespace {

const auto ForwarderName = QStringLiteral("baken_focus_target");

class FocusForwarder final : public QObject {
public:
    explicit FocusForwarder(QWidget *container) : QObject(container)
    {
        setObjectName(ForwarderName);
        container->installEventFilter(this);
    }

    QPointer<QWidget> target;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn && target && target->isEnabled())
            target->setFocus(static_cast<QFocusEvent *>(event)->reason());
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void setFocusTarget(QWidget *container, QWidget *target)
{
    auto *forwarder =
        static_cast<FocusForwarder *>(container->findChild<QObject *>(ForwarderName, Qt::FindDirectChildrenOnly));
    if (!forwarder)
        forwarder = new FocusForwarder(container);
    forwarder->target = target;
}

QWidget *placeInTabOrder(QWidget *before, QWidget *container)
{
    QWidgetList fields;
    QWidget *window = container->window();
    for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain())
        if (container->isAncestorOf(w) && w->focusPolicy() != Qt::NoFocus && !w->focusProxy())
            fields << w;
    for (QWidget *field : std::as_const(fields)) {
        QWidget::setTabOrder(before, field);
        before = field;
    }
    return before;
}

} // namespace baken::ui
