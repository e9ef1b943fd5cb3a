#pragma once

#include "groups/Group.h"

#include <QAbstractTableModel>

namespace baken::ui {

class GroupContext;

// The follow-up tasks of one group: open ones first by due date (overdue
// marked), then the done ones, most recent first.
class GroupTaskModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DueColumn, TaskColumn, PersonColumn, DoneColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DoneRole };

    explicit GroupTaskModel(GroupContext &context, QObject *parent = nullptr);

    void setGroup(qint64 groupId);
    void reload();
    QString errorText() const { return m_error; }
    qint64 idAt(int row) const;
    bool isDoneAt(int row) const;
    int rowOf(qint64 id) const;
    int openCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    GroupContext &m_context;
    qint64 m_groupId = 0;
    QList<GroupTask> m_rows;
    QString m_error;
};

// What a group task asks of the facilitator, in a sentence naming the person.
QString groupTaskText(const GroupTask &task);

} // namespace baken::ui
