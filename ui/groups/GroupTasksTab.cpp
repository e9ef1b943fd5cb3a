#include "GroupContext.h"
#include "GroupTabs.h"
#include "GroupTaskModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace baken::ui {

GroupTasksTab::GroupTasksTab(GroupContext &context, QWidget *parent)
    : GroupTab(context, parent)
    , m_model(new GroupTaskModel(context, this))
    , m_view(makeTable(m_model, tr("Tasks of the group"),
                       tr("Tasks for the facilitator, such as contacting a member; select one to mark it done.")))
    , m_done(new QPushButton(tr("Mark &done"), this))
{
    m_view->setObjectName(QStringLiteral("groupTasksView"));
    m_done->setObjectName(QStringLiteral("taskDoneButton"));
    m_done->setToolTip(tr("Mark the selected task done"));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *label = new QLabel(tr("&Open tasks first, then the done ones:"), this);
    label->setBuddy(m_view);
    auto *hint = new QLabel(tr("Tasks appear when a seat comes free, when someone misses sessions in a row, and "
                               "when the series has ended (a check-in with everyone). The dashboard lists the open "
                               "ones among all follow-ups."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_done);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(hint);

    connect(m_done, &QPushButton::clicked, this, &GroupTasksTab::completeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GroupTasksTab::updateButtons);
    setFocusProxy(m_view);
    updateButtons();
}

void GroupTasksTab::refresh()
{
    const qint64 selected = m_model->idAt(selectedRow(m_view));
    m_model->setGroup(m_groupId);
    if (!m_model->errorText().isEmpty())
        showMessage(m_model->errorText());
    selectTask(selected > 0 ? selected : m_model->idAt(0));
    updateButtons();
}

void GroupTasksTab::selectTask(qint64 taskId)
{
    if (const int row = m_model->rowOf(taskId); row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void GroupTasksTab::completeSelected()
{
    const int row = selectedRow(m_view);
    const qint64 id = m_model->idAt(row);
    if (id <= 0 || m_model->isDoneAt(row))
        return;
    if (auto done = m_context.service().completeTask(id); !done)
        return showMessage(done.error().message);
    showMessage({});
    refresh();
    // The next open task, so Alt+D works through the list.
    selectTask(m_model->idAt(0));
    Q_EMIT groupChanged();
}

void GroupTasksTab::updateButtons()
{
    const int row = selectedRow(m_view);
    m_done->setEnabled(row >= 0 && !m_model->isDoneAt(row));
}

} // namespace baken::ui
