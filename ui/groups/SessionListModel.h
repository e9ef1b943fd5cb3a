#pragma once

#include "groups/Schedule.h"

#include <QAbstractTableModel>

namespace baken::ui {

class GroupContext;

// The sessions of one group as they will happen: number, day, time and
// place, with moved and cancelled sessions marked (cancelled ones struck
// through, never hidden, so the series keeps its numbering).
class SessionListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NumberColumn, DateColumn, TimeColumn, PlaceColumn, StatusColumn, ColumnCount };
    enum Role { OriginalStartRole = Qt::UserRole + 1, CancelledRole, ChangedRole };

    explicit SessionListModel(GroupContext &context, QObject *parent = nullptr);

    void setGroup(qint64 groupId);
    void reload();
    qint64 groupId() const { return m_groupId; }
    QString errorText() const { return m_error; }
    const QList<Session> &sessions() const { return m_rows; }
    std::optional<Session> sessionAt(int row) const;
    int rowOf(const QDateTime &originalStart) const;

    static QString timeText(const Session &session);
    static QString statusText(const Session &session);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    GroupContext &m_context;
    qint64 m_groupId = 0;
    QList<Session> m_rows;
    QString m_error;
};

} // namespace baken::ui
