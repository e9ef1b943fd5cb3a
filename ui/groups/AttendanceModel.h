#pragma once

#include "groups/Group.h"

#include <QAbstractTableModel>
#include <QHash>

namespace baken::ui {

class GroupContext;

// Attendance at one session: a row per member, a checkable column per
// value (present, absent with notice, absent), so a click or Space on a
// cell records it. Each change goes straight to GroupService, which may
// create an aftercare task.
class AttendanceModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { PseudonymColumn, PresentColumn, ExcusedColumn, AbsentColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit AttendanceModel(GroupContext &context, QObject *parent = nullptr);

    // The session by its original start (its identity in the series).
    void setSession(qint64 groupId, const QDateTime &originalStart);
    void reload();
    QString errorText() const { return m_error; }
    qint64 idAt(int row) const;
    std::optional<Attendance> attendanceAt(int row) const;
    bool setAttendance(int row, Attendance value);

    static Column columnOf(Attendance value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void attendanceRecorded(qint64 participantId);
    void errorOccurred(const QString &message);

private:
    GroupContext &m_context;
    qint64 m_groupId = 0;
    QDateTime m_session;
    QList<Participant> m_rows;
    QHash<qint64, Attendance> m_values;
    QString m_error;
};

} // namespace baken::ui
