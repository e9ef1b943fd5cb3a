#include "widgets/ColumnFlow.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

// A window with a two-column form: each column needs 300 pixels.
struct TwoColumns {
    TwoColumns()
    {
        auto *columns = new QHBoxLayout(container);
        columns->setContentsMargins(0, 0, 0, 0);
        columns->setSpacing(10);
        for (QWidget *column : {left, right}) {
            column->setMinimumSize(300, 100);
            columns->addWidget(column);
        }
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(container);
        flow = new ui::ColumnFlow(container);
        window.show();
    }

    void resize(int width)
    {
        window.resize(width, 400);
        QApplication::processEvents();
    }

    QWidget window;
    QWidget *container = new QWidget(&window);
    QWidget *left = new QWidget(container);
    QWidget *right = new QWidget(container);
    ui::ColumnFlow *flow = nullptr;
};

TEST(ColumnFlow, ColumnsStandSideBySideWhenThereIsRoomAndOneUnderTheOtherWhenNot)
{
    TwoColumns form;
    form.resize(700);
    EXPECT_TRUE(form.flow->sideBySide());
    EXPECT_EQ(form.left->y(), form.right->y());
    EXPECT_LT(form.left->x() + form.left->width(), form.right->x() + 1);

    form.resize(450);
    EXPECT_FALSE(form.flow->sideBySide());
    EXPECT_EQ(form.left->x(), form.right->x());
    EXPECT_GE(form.right->y(), form.left->y() + form.left->height());
    // Neither column is squeezed below what it needs.
    EXPECT_GE(form.left->width(), 300);
    EXPECT_GE(form.right->width(), 300);

    form.resize(700);
    EXPECT_TRUE(form.flow->sideBySide());
}

// The window must be able to become narrower than both columns side by
// side, or they could never move under each other.
TEST(ColumnFlow, TheWindowCanShrinkToOneColumnButNoFurther)
{
    TwoColumns form;
    form.resize(700);
    EXPECT_LE(form.window.minimumSizeHint().width(), 320);
    EXPECT_GE(form.window.minimumSizeHint().width(), 300);
    form.resize(450);
    // One under the other, the window is held tall enough for both.
    EXPECT_GE(form.window.minimumSizeHint().height(), 200);
}

} // namespace
} // namespace baken::test
