#include "SessionListModel.h"

#include "GroupContext.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace baken::ui {

SessionListModel::SessionListModel(GroupContext &context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{}

void SessionListModel::setGroup(qint64 groupId)
{
    m_groupId = groupId;
    reload();
}

void SessionListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    if (m_groupId > 0) {
        if (auto sessions = m_context.service().sessions(m_groupId))
            m_rows = *sessions;
        else
            m_error = sessions.error().message;
    }
    endResetModel();
}

std::optional<Session> SessionListModel::sessionAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int SessionListModel::rowOf(const QDateTime &originalStart) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).originalStart == originalStart)
            return row;
    return -1;
}

QString SessionListModel::timeText(const Session &session)
{
    const QLocale locale;
    return tr("%1–%2").arg(locale.toString(session.start.time(), QLocale::ShortFormat),
                           locale.toString(session.end.time(), QLocale::ShortFormat));
}

QString SessionListModel::statusText(const Session &session)
{
    if (session.cancelled)
        return tr("Cancelled");
    if (session.moved && session.start == session.originalStart)
        return tr("Moved to another place");
    if (session.moved)
        return tr("Moved from %1").arg(QLocale().toString(session.originalStart, QLocale::ShortFormat));
    return {};
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session &s = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return locale.toString(s.number);
        case DateColumn:
            return locale.toString(s.start.date(), QStringLiteral("ddd ") + locale.dateFormat(QLocale::ShortFormat));
        case TimeColumn:
            return timeText(s);
        case PlaceColumn:
            return s.place;
        case StatusColumn:
            return statusText(s);
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == DateColumn)
            return locale.toString(s.start.date(), QLocale::LongFormat);
        return {};
    case Qt::FontRole:
        if (s.cancelled) {
            QFont font;
            font.setStrikeOut(index.column() != StatusColumn);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (s.cancelled)
            return QColor(0x75, 0x75, 0x75);
        if (s.moved && index.column() == StatusColumn)
            return QColor(0x8a, 0x5a, 0x00);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case OriginalStartRole:
        return s.originalStart;
    case CancelledRole:
        return s.cancelled;
    case ChangedRole:
        return s.cancelled || s.moved;
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case PlaceColumn:
        return tr("Place");
    case StatusColumn:
        return tr("Changes");
    default:
        return {};
    }
}

} // namespace baken::ui
