#include "widgets/ComboWidth.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QScrollBar>
#include <QStyle>

namespace baken::ui {
namespace {

// The open list as wide as its widest entry (never narrower than the box).
void fitPopup(QComboBox *combo)
{
    QAbstractItemView *view = combo->view();
    const int widest = view->sizeHintForColumn(combo->modelColumn());
    const int scrollBar = view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
    view->setMinimumWidth(widest + scrollBar + 2 * view->frameWidth());
}

} // namespace

void letShrink(QComboBox *combo, int characters)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
    combo->setSizePolicy(QSizePolicy::Expanding, combo->sizePolicy().verticalPolicy());
    fitPopup(combo);
    QAbstractItemModel *model = combo->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        QObject::connect(model, signal, combo, [combo] { fitPopup(combo); });
    QObject::connect(model, &QAbstractItemModel::modelReset, combo, [combo] { fitPopup(combo); });
    QObject::connect(model, &QAbstractItemModel::dataChanged, combo, [combo] { fitPopup(combo); });
}

} // namespace baken::ui
