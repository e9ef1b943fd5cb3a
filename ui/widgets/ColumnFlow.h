#pragma once

#include <QObject>

class QBoxLayout;
class QWidget;

namespace baken::ui {

// Columns side by side when the room allows, one under the other when it
// does not: a form of two columns, or a row of filters in two halves, reads
// from top to bottom in a narrow window or at 200% text instead of cutting
// its labels or holding the window wider than the screen.
//
// `container`'s layout is a box layout holding the columns. `room` is the
// widget whose width decides (by default the container; a scroll area's
// viewport for a form that scrolls). The container asks its parent only for
// the room the columns need one under the other, so that the window can
// always be made narrow enough for them to move.
class ColumnFlow : public QObject {
    Q_OBJECT

public:
    explicit ColumnFlow(QWidget *container, QWidget *room = nullptr);

    // Whether the columns stand side by side now.
    bool sideBySide() const;

    // Lays the columns out again for the room's present width.
    void reflow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int widthSideBySide() const;
    int widthOneUnderTheOther() const;

    QWidget *m_container;
    QBoxLayout *m_columns;
    QWidget *m_room;
};

} // namespace baken::ui
