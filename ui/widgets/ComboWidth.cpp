#include "widgets/ComboWidth.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QStyle>

namespace baken::ui {
namespace {

// The open list as wide as its widest entry (never narrower than the box).
void fitPopup(QComboBox *combo)
{
    combo->view()->setMinimumWidth(widthForWidestEntry(combo->view(), combo->modelColumn()));
}

} // namespace

int widthForWidestEntry(const QAbstractItemView *view, int column)
{
    const int scrollBar = view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
    return view->sizeHintForColumn(column) + scrollBar + 2 * view->frameWidth();
}

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
