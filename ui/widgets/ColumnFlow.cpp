#include "widgets/ColumnFlow.h"

#include <QBoxLayout>
#include <QEvent>
#include <QWidget>

namespace baken::ui {

ColumnFlow::ColumnFlow(QWidget *container, QWidget *room)
    : QObject(container)
    , m_container(container)
    , m_columns(qobject_cast<QBoxLayout *>(container->layout()))
    , m_room(room ? room : container)
{
    Q_ASSERT(m_columns);
    // The layout would hold the container as wide as the columns side by
    // side; its minimum is set here instead (see reflow).
    m_columns->setSizeConstraint(QLayout::SetNoConstraint);
    m_room->installEventFilter(this);
    if (m_room != m_container)
        m_container->installEventFilter(this);
    reflow();
}

bool ColumnFlow::sideBySide() const
{
    return m_columns->direction() == QBoxLayout::LeftToRight || m_columns->direction() == QBoxLayout::RightToLeft;
}

// What the columns need next to each other: each column's minimum width
// (which holds its longest label), the spacing between them and the
// layout's margins.
int ColumnFlow::widthSideBySide() const
{
    int width = 0;
    int shown = 0;
    for (int i = 0; i < m_columns->count(); ++i) {
        QLayoutItem *item = m_columns->itemAt(i);
        if (item->isEmpty())
            continue;
        width += item->minimumSize().width();
        ++shown;
    }
    const QMargins margins = m_columns->contentsMargins();
    return width + std::max(0, shown - 1) * std::max(0, m_columns->spacing()) + margins.left() + margins.right();
}

int ColumnFlow::widthOneUnderTheOther() const
{
    int width = 0;
    for (int i = 0; i < m_columns->count(); ++i)
        width = std::max(width, m_columns->itemAt(i)->minimumSize().width());
    const QMargins margins = m_columns->contentsMargins();
    return width + margins.left() + margins.right();
}

void ColumnFlow::reflow()
{
    // The room of a container that is its own room is what its parent gives
    // it, which is never less than its minimum: compare with the columns'
    // need, not with a width the minimum itself holds up.
    const bool fits = m_room->width() >= widthSideBySide();
    if (fits != sideBySide())
        m_columns->setDirection(fits ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    const QSize minimum(widthOneUnderTheOther(), m_columns->minimumSize().height());
    if (m_container->minimumSize() != minimum)
        m_container->setMinimumSize(minimum);
}

bool ColumnFlow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)
        reflow();
    return QObject::eventFilter(watched, event);
}

} // namespace baken::ui
