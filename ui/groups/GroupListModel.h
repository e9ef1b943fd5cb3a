#pragma once

#include "groups/Group.h"

#include <QAbstractTableModel>

namespace baken::ui {

class GroupContext;

// The groups of the vault, newest series first: theme, the next session,
// seats taken of the capacity and how many wait. A vault holds tens of
// groups, so the list is read whole.
class GroupListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ThemeColumn, NextSessionColumn, SeatsColumn, WaitingColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit GroupListModel(GroupContext &context, QObject *parent = nullptr);

    void reload();
    QString errorText() const { return m_error; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        PeerGroup group;
        QDateTime next; // invalid: the series is over
        int seatsTaken = 0;
        int waiting = 0;
        int sessions = 0;
    };

    GroupContext &m_context;
    QList<Row> m_rows;
    QString m_error;
};

} // namespace baken::ui
