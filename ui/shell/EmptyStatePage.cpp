#include "EmptyStatePage.h"

#include "widgets/PageTitle.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace baken::ui {

EmptyStatePage::EmptyStatePage(const QIcon &icon, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    auto *picture = new QLabel(this);
    picture->setPixmap(icon.pixmap(56, 56, QIcon::Disabled));
    picture->setAlignment(Qt::AlignCenter);
    auto *heading = new QLabel(title, this);
    makePageTitle(heading);
    heading->setAlignment(Qt::AlignCenter);
    auto *body = new QLabel(text, this);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    // Fixed widths: a wrapped label under a centring layout is otherwise
    // squeezed to its one-line height and clipped.
    body->setFixedWidth(480);
    body->setMinimumHeight(body->heightForWidth(480));
    auto *later = new QLabel(tr("This part of Baken is not built yet; it arrives in a later version."), this);
    later->setWordWrap(true);
    later->setAlignment(Qt::AlignCenter);
    later->setEnabled(false);
    later->setFixedWidth(480);
    later->setMinimumHeight(later->heightForWidth(480));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(picture);
    layout->addWidget(heading);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(later, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace baken::ui
