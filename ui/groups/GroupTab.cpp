#include "GroupTabs.h"
#include "widgets/Tone.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace baken::ui {

GroupTab::GroupTab(GroupContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_ask(messageBoxAsker())
    , m_message(new QLabel(this))
{
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->hide();
}

void GroupTab::setGroup(qint64 groupId)
{
    m_groupId = groupId;
    showMessage({});
    refresh();
}

void GroupTab::showMessage(const QString &message, bool info)
{
    setTone(m_message, info ? Tone::Normal : Tone::Problem);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QTableView *GroupTab::makeTable(QAbstractItemModel *model, const QString &accessibleName, const QString &description)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setAccessibleDescription(description);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

int GroupTab::selectedRow(const QTableView *view) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

} // namespace baken::ui
