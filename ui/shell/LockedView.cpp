#include "LockedView.h"

#include "widgets/PageTitle.h"
#include "widgets/Tone.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace baken::ui {

LockedView::LockedView(QWidget *parent) : QWidget(parent), m_backupNote(new QLabel(this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/lock.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("The vault is locked"), this);
    makePageTitle(title);
    title->setAlignment(Qt::AlignCenter);

    auto *text =
        new QLabel(tr("Baken locked the vault because it was not used for a while, or because you asked it to. "
                      "Nothing in it is shown until you enter the passphrase again."),
                   this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A fixed width: a wrapped label under a centring layout is otherwise
    // squeezed to its one-line height and clipped.
    text->setFixedWidth(480);
    text->setMinimumHeight(text->heightForWidth(480));

    m_backupNote->setObjectName(QStringLiteral("backupNote"));
    m_backupNote->setWordWrap(true);
    m_backupNote->setTextFormat(Qt::PlainText);
    m_backupNote->setAlignment(Qt::AlignCenter);
    m_backupNote->setFixedWidth(480);
    m_backupNote->hide();

    auto *unlock = new QPushButton(tr("&Unlock…"), this);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    unlock->setAccessibleDescription(tr("Asks for the passphrase and shows the vault again."));
    auto *close = new QPushButton(tr("&Close vault"), this);
    close->setToolTip(tr("Closes the vault without unlocking it and goes back to the start screen."));
    connect(unlock, &QPushButton::clicked, this, &LockedView::unlockRequested);
    connect(close, &QPushButton::clicked, this, &LockedView::closeRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(unlock);
    buttons->addWidget(close);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addWidget(m_backupNote, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
    setFocusProxy(unlock);
}

void LockedView::setBackupNote(const QString &note, bool failed)
{
    m_backupNote->setText(note);
    setTone(m_backupNote, failed ? Tone::Problem : Tone::Normal);
    m_backupNote->setMinimumHeight(note.isEmpty() ? 0 : m_backupNote->heightForWidth(480));
    m_backupNote->setVisible(!note.isEmpty());
}

QString LockedView::backupNote() const
{
    return m_backupNote->isHidden() ? QString() : m_backupNote->text();
}

} // namespace baken::ui
