#include "GroupListModel.h"

#include "GroupContext.h"

#include <QLocale>

namespace baken::ui {

GroupListModel::GroupListModel(GroupContext &context, QObject *parent) : QAbstractTableModel(parent), m_context(context)
{}

void GroupListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    const QDateTime now = QDateTime::currentDateTime();
    // Three reads for the whole list, not three per group.
    auto groups = m_context.store().groups();
    auto changes = m_context.store().allSessionChanges();
    auto people = m_context.store().participantCounts();
    if (!groups || !changes || !people) {
        m_error = (!groups ? groups.error() : !changes ? changes.error() : people.error()).message;
        endResetModel();
        return;
    }
    for (const PeerGroup &group : std::as_const(*groups)) {
        Row row{group, {}, 0, 0, 0};
        if (auto outlook = GroupService::outlookOf(group, changes->value(group.id), now)) {
            row.sessions = outlook->sessions;
            row.next = outlook->next;
        } else {
            m_error = outlook.error().message;
        }
        const QHash<ParticipantState, int> states = people->value(group.id);
        for (auto it = states.cbegin(); it != states.cend(); ++it) {
            // An offered seat is kept for that person until they answer.
            if (Participant::holdsSeat(it.key()))
                row.seatsTaken += it.value();
            else if (it.key() == ParticipantState::Waiting)
                row.waiting += it.value();
        }
        m_rows.append(row);
    }
    endResetModel();
}

qint64 GroupListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).group.id : 0;
}

int GroupListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).group.id == id)
            return row;
    return -1;
}

int GroupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GroupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ThemeColumn:
            return row.group.theme;
        case NextSessionColumn:
            return row.next.isValid() ? locale.toString(row.next, QLocale::ShortFormat) : tr("Series ended");
        case SeatsColumn:
            return tr("%1 of %2").arg(row.seatsTaken).arg(row.group.capacity);
        case WaitingColumn:
            return locale.toString(row.waiting);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ThemeColumn)
            return row.group.description.isEmpty() ? row.group.theme : row.group.description;
        if (index.column() == NextSessionColumn)
            return tr("%n session(s) in the series", nullptr, row.sessions);
        if (index.column() == SeatsColumn)
            return row.seatsTaken >= row.group.capacity
                       ? tr("Full")
                       : tr("%n seat(s) free", nullptr, row.group.capacity - row.seatsTaken);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SeatsColumn || index.column() == WaitingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.group.id;
    default:
        return {};
    }
}

QVariant GroupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ThemeColumn:
        return tr("Theme");
    case NextSessionColumn:
        return tr("Next session");
    case SeatsColumn:
        return tr("Seats");
    case WaitingColumn:
        return tr("Waiting");
    default:
        return {};
    }
}

} // namespace baken::ui
