#include "PageTitle.h"

#include <QLabel>

namespace baken::ui {

void makePageTitle(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 0, 0, 6);
}

} // namespace baken::ui
