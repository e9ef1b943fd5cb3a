#include "GroupContext.h"
#include "GroupTabs.h"
#include "ParticipantDialog.h"
#include "ParticipantListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace baken::ui {

ParticipantsTab::ParticipantsTab(GroupContext &context, QWidget *parent)
    : GroupTab(context, parent)
    , m_model(new ParticipantListModel(context, this))
    , m_view(makeTable(m_model, tr("Participants and waiting list"),
                       tr("The members by pseudonym, then the waiting list in order; select a person to change them.")))
    , m_summary(new QLabel(this))
    , m_add(new QPushButton(tr("A&dd participant…"), this))
    , m_change(new QPushButton(tr("&Change…"), this))
    , m_leave(new QPushButton(tr("&Leave…"), this))
    , m_accept(new QPushButton(tr("&Accept seat"), this))
    , m_decline(new QPushButton(tr("Decl&ine seat…"), this))
{
    m_view->setObjectName(QStringLiteral("participantsView"));
    m_add->setObjectName(QStringLiteral("addParticipantButton"));
    m_change->setObjectName(QStringLiteral("changeParticipantButton"));
    m_leave->setObjectName(QStringLiteral("leaveButton"));
    m_accept->setObjectName(QStringLiteral("acceptSeatButton"));
    m_decline->setObjectName(QStringLiteral("declineSeatButton"));
    m_summary->setObjectName(QStringLiteral("participantSummary"));
    m_summary->setWordWrap(true);
    m_add->setToolTip(tr("Adds a person by pseudonym; when the group is full, they go on the waiting list."));
    m_change->setToolTip(tr("Change the pseudonym or contact of the selected person"));
    m_leave->setToolTip(tr("Record that the selected person leaves the group or the waiting list"));
    m_accept->setToolTip(tr("The person offered the free seat takes it"));
    m_decline->setToolTip(tr("The person offered the free seat does not want it; it goes to the next one waiting"));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_leave);
    buttons->addSpacing(16);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_decline);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &ParticipantsTab::addParticipant);
    connect(m_change, &QPushButton::clicked, this, &ParticipantsTab::changeSelected);
    connect(m_leave, &QPushButton::clicked, this, &ParticipantsTab::leaveSelected);
    connect(m_accept, &QPushButton::clicked, this, &ParticipantsTab::acceptSelected);
    connect(m_decline, &QPushButton::clicked, this, &ParticipantsTab::declineSelected);
    connect(m_view, &QAbstractItemView::activated, this, &ParticipantsTab::changeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ParticipantsTab::updateButtons);
    setFocusProxy(m_view);
    updateButtons();
}

void ParticipantsTab::refresh()
{
    const qint64 selected = selectedId();
    m_model->setGroup(m_groupId);
    if (!m_model->errorText().isEmpty())
        showMessage(m_model->errorText());
    int members = 0;
    int offered = 0;
    int waiting = 0;
    for (const Participant &p : m_model->participants()) {
        members += p.state == ParticipantState::Member ? 1 : 0;
        offered += p.state == ParticipantState::Offered ? 1 : 0;
        waiting += p.state == ParticipantState::Waiting ? 1 : 0;
    }
    QString summary = tr("%n member(s)", nullptr, members);
    if (offered > 0)
        summary += u", " + tr("%n seat(s) offered", nullptr, offered);
    summary += u", " + tr("%n waiting", nullptr, waiting) + u". "
               + tr("The waiting list is in order of sign-up: a free seat goes to number 1.");
    m_summary->setText(summary);
    const auto first = m_model->participantAt(0);
    selectParticipant(m_model->rowOf(selected) >= 0 ? selected : first ? first->id : 0);
    updateButtons();
}

void ParticipantsTab::selectParticipant(qint64 id)
{
    if (const int row = m_model->rowOf(id); row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

qint64 ParticipantsTab::selectedId() const
{
    const auto p = m_model->participantAt(selectedRow(m_view));
    return p ? p->id : 0;
}

void ParticipantsTab::addParticipant()
{
    if (m_groupId <= 0)
        return;
    Participant p;
    p.groupId = m_groupId;
    auto *dialog = new ParticipantDialog(m_context, p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ParticipantDialog::participantSaved, this, [this](const Participant &added) {
        refresh();
        selectParticipant(added.id);
        if (added.state == ParticipantState::Waiting)
            showMessage(tr("The group is full: %1 is number %2 on the waiting list.")
                            .arg(added.pseudonym)
                            .arg(m_model->waitingPosition(added.id)),
                        true);
        else
            showMessage(tr("%1 has a seat in the group.").arg(added.pseudonym), true);
        Q_EMIT groupChanged();
    });
    dialog->open();
}

void ParticipantsTab::changeSelected()
{
    const auto p = m_model->participantAt(selectedRow(m_view));
    if (!p)
        return;
    auto *dialog = new ParticipantDialog(m_context, *p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ParticipantDialog::participantSaved, this, [this] {
        showMessage({});
        refresh();
        Q_EMIT groupChanged();
    });
    dialog->open();
}

void ParticipantsTab::leaveSelected()
{
    const auto p = m_model->participantAt(selectedRow(m_view));
    if (!p || p->state == ParticipantState::Left)
        return;
    auto *dialog = new LeaveDialog(m_context, *p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LeaveDialog::participantLeft, this, [this, name = p->pseudonym] {
        refresh();
        QString text = tr("%1 has left the group.").arg(name);
        for (const Participant &other : m_model->participants())
            if (other.state == ParticipantState::Offered)
                text += u' '
                        + tr("%1 is offered the free seat; the task to contact them is on the Tasks tab and the "
                             "dashboard.")
                              .arg(other.pseudonym);
        showMessage(text, true);
        Q_EMIT groupChanged();
    });
    dialog->open();
}

void ParticipantsTab::acceptSelected()
{
    const auto p = m_model->participantAt(selectedRow(m_view));
    if (!p || p->state != ParticipantState::Offered)
        return;
    if (auto accepted = m_context.service().acceptSeat(p->id); !accepted)
        return showMessage(accepted.error().message);
    refresh();
    showMessage(tr("%1 has taken the seat.").arg(p->pseudonym), true);
    Q_EMIT groupChanged();
}

void ParticipantsTab::declineSelected()
{
    const auto p = m_model->participantAt(selectedRow(m_view));
    if (!p || p->state != ParticipantState::Offered)
        return;
    Question question;
    question.title = tr("Decline seat");
    question.text = tr("Record that %1 turns down the seat?\n\nThey come off the list, and the seat is offered to the "
                       "next person waiting.")
                        .arg(p->pseudonym);
    question.acceptText = tr("Decline the seat");
    question.rejectText = tr("Cancel");
    m_ask(this, question, [this, id = p->id, name = p->pseudonym](bool accepted) {
        if (!accepted)
            return;
        if (auto declined = m_context.service().declineSeat(id); !declined)
            return showMessage(declined.error().message);
        refresh();
        showMessage(tr("%1 declined the seat.").arg(name), true);
        Q_EMIT groupChanged();
    });
}

void ParticipantsTab::updateButtons()
{
    const auto p = m_model->participantAt(selectedRow(m_view));
    m_add->setEnabled(m_groupId > 0);
    m_change->setEnabled(p.has_value());
    m_leave->setEnabled(p && p->state != ParticipantState::Left);
    m_accept->setEnabled(p && p->state == ParticipantState::Offered);
    m_decline->setEnabled(p && p->state == ParticipantState::Offered);
}

} // namespace baken::ui
