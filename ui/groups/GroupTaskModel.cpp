#include "GroupTaskModel.h"

#include "GroupContext.h"
#include "cases/CodeChoices.h"

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QStyle>

#include <algorithm>

namespace baken::ui {

QString groupTaskText(const GroupTask &task)
{
    switch (task.kind) {
    case GroupTaskKind::OfferSeat:
        return GroupTaskModel::tr("Offer %1 the free seat").arg(task.pseudonym);
    case GroupTaskKind::MissedSessions:
        return GroupTaskModel::tr("Check in with %1: missed sessions in a row").arg(task.pseudonym);
    case GroupTaskKind::CheckIn:
        return GroupTaskModel::tr("Check in with %1 after the series").arg(task.pseudonym);
    }
    return label(task.kind);
}

GroupTaskModel::GroupTaskModel(GroupContext &context, QObject *parent) : QAbstractTableModel(parent), m_context(context)
{}

void GroupTaskModel::setGroup(qint64 groupId)
{
    m_groupId = groupId;
    reload();
}

void GroupTaskModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    if (m_groupId > 0) {
        if (auto tasks = m_context.store().tasks(m_groupId))
            m_rows = *tasks;
        else
            m_error = tasks.error().message;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const GroupTask &a, const GroupTask &b) {
        if (a.isDone() != b.isDone())
            return !a.isDone();
        return a.isDone() ? a.doneAt > b.doneAt : a.due < b.due;
    });
    endResetModel();
}

qint64 GroupTaskModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

bool GroupTaskModel::isDoneAt(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).isDone();
}

int GroupTaskModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

int GroupTaskModel::openCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const GroupTask &t) { return !t.isDone(); }));
}

int GroupTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GroupTaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupTaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupTask &t = m_rows.at(index.row());
    const bool overdue = !t.isDone() && t.due.isValid() && t.due < QDate::currentDate();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            return shortDate(t.due);
        case TaskColumn:
            return label(t.kind);
        case PersonColumn:
            return t.pseudonym;
        case DoneColumn:
            return t.isDone() ? shortDate(t.doneAt.date()) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return groupTaskText(t);
    case Qt::DecorationRole:
        if (index.column() == DueColumn && overdue)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (t.isDone())
            return QColor(0x75, 0x75, 0x75);
        if (index.column() == DueColumn && overdue)
            return QColor(0xb3, 0x26, 0x1e);
        return {};
    case IdRole:
        return t.id;
    case DoneRole:
        return t.isDone();
    default:
        return {};
    }
}

QVariant GroupTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Due");
    case TaskColumn:
        return tr("Task");
    case PersonColumn:
        return tr("Who");
    case DoneColumn:
        return tr("Done");
    default:
        return {};
    }
}

} // namespace baken::ui
