#include "MoveSessionDialog.h"

#include "ScheduleText.h"
#include "widgets/ButtonDescriptions.h"
#include "widgets/Tone.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace baken::ui {

MoveSessionDialog::MoveSessionDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_start(new QDateTimeEdit(session.start, this))
    , m_place(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Move session %1").arg(session.number));
    setMinimumWidth(420);
    m_start->setObjectName(QStringLiteral("newStartEdit"));
    m_place->setObjectName(QStringLiteral("newPlaceEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(scheduleDateTimeFormat());
    m_start->setAccessibleName(tr("New date and time"));
    m_place->setAccessibleName(tr("New place"));
    m_start->setAccessibleDescription(tr("The new day and start time of this session only."));
    m_place->setAccessibleDescription(
        tr("Where this one session takes place; leave it empty to keep the group's place."));
    m_place->setPlaceholderText(session.place.isEmpty() ? tr("The group's place") : session.place);
    if (session.moved && !session.place.isEmpty())
        m_place->setText(session.place);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    setTone(m_error, Tone::Problem);
    m_error->hide();

    auto *intro = new QLabel(tr("Session %1 was planned for %2. Moving it changes only this session.")
                                 .arg(session.number)
                                 .arg(QLocale().toString(session.originalStart, QLocale::LongFormat)),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *startLabel = new QLabel(tr("&New date and time:"), this);
    startLabel->setBuddy(m_start);
    auto *placeLabel = new QLabel(tr("New &place:"), this);
    placeLabel->setBuddy(m_place);
    form->addRow(startLabel, m_start);
    form->addRow(placeLabel, m_place);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Move"));
    buttons->button(QDialogButtonBox::Ok)
        ->setAccessibleDescription(tr("Moves this session; the rest of the series stays as it is."));
    describeStandardButtons(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MoveSessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MoveSessionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void MoveSessionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void MoveSessionDialog::accept()
{
    // The page closes the dialog with done() once the move is made.
    const QDateTime start(m_start->date(), QTime(m_start->time().hour(), m_start->time().minute()));
    Q_EMIT moveChosen(start, m_place->text().trimmed());
}

} // namespace baken::ui
