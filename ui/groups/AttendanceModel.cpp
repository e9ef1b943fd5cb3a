#include "AttendanceModel.h"

#include "GroupContext.h"

namespace baken::ui {

namespace {

std::optional<Attendance> attendanceOfColumn(int column)
{
    switch (column) {
    case AttendanceModel::PresentColumn:
        return Attendance::Present;
    case AttendanceModel::ExcusedColumn:
        return Attendance::Excused;
    case AttendanceModel::AbsentColumn:
        return Attendance::Absent;
    default:
        return std::nullopt;
    }
}

} // namespace

AttendanceModel::AttendanceModel(GroupContext &context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{}

AttendanceModel::Column AttendanceModel::columnOf(Attendance value)
{
    switch (value) {
    case Attendance::Present:
        return PresentColumn;
    case Attendance::Excused:
        return ExcusedColumn;
    case Attendance::Absent:
        return AbsentColumn;
    }
    return PresentColumn;
}

void AttendanceModel::setSession(qint64 groupId, const QDateTime &originalStart)
{
    m_groupId = groupId;
    m_session = originalStart;
    reload();
}

void AttendanceModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_values.clear();
    m_error.clear();
    if (m_groupId > 0 && m_session.isValid()) {
        auto people = m_context.store().participants(m_groupId);
        auto values = m_context.store().attendance(m_groupId, m_session);
        if (!people || !values) {
            m_error = !people ? people.error().message : values.error().message;
        } else {
            m_values = *values;
            // Whoever was a member on the day (as GroupService checks it), and
            // anyone already recorded for the session.
            const QDate day = m_session.date();
            for (const Participant &p : *people) {
                const bool member =
                    p.joinedOn.isValid() && p.joinedOn <= day && (!p.leftOn.isValid() || p.leftOn >= day);
                if (member || m_values.contains(p.id))
                    m_rows.append(p);
            }
        }
    }
    endResetModel();
}

qint64 AttendanceModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

std::optional<Attendance> AttendanceModel::attendanceAt(int row) const
{
    const qint64 id = idAt(row);
    if (id <= 0 || !m_values.contains(id))
        return std::nullopt;
    return m_values.value(id);
}

bool AttendanceModel::setAttendance(int row, Attendance value)
{
    const qint64 id = idAt(row);
    if (id <= 0)
        return false;
    if (attendanceAt(row) == value)
        return true;
    if (auto recorded = m_context.service().recordAttendance(m_groupId, m_session, id, value); !recorded) {
        Q_EMIT errorOccurred(recorded.error().message);
        return false;
    }
    m_values.insert(id, value);
    Q_EMIT dataChanged(index(row, PresentColumn), index(row, AbsentColumn), {Qt::CheckStateRole});
    Q_EMIT attendanceRecorded(id);
    return true;
}

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AttendanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participant &p = m_rows.at(index.row());
    const std::optional<Attendance> column = attendanceOfColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == PseudonymColumn ? QVariant(p.pseudonym) : QVariant();
    case Qt::CheckStateRole:
        if (!column)
            return {};
        return m_values.contains(p.id) && m_values.value(p.id) == *column ? Qt::Checked : Qt::Unchecked;
    case Qt::AccessibleTextRole:
        if (column)
            return tr("%1: %2").arg(p.pseudonym, label(*column));
        return {};
    case IdRole:
        return p.id;
    default:
        return {};
    }
}

bool AttendanceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const std::optional<Attendance> column = attendanceOfColumn(index.column());
    // A value is replaced by another, never cleared: unticking does nothing.
    if (role != Qt::CheckStateRole || !column || value.toInt() != Qt::Checked)
        return false;
    return setAttendance(index.row(), *column);
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != PseudonymColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == PseudonymColumn)
        return tr("Pseudonym");
    if (const std::optional<Attendance> column = attendanceOfColumn(section))
        return label(*column);
    return {};
}

} // namespace baken::ui
