#pragma once

#include "groups/Group.h"

#include <QAbstractTableModel>
#include <QHash>

namespace baken::ui {

class GroupContext;

// The people of one group by pseudonym: first whoever was offered a seat,
// then the members, then the waiting list in order of sign-up (numbered),
// then whoever left. The contact detail is personal data and shows only here.
class ParticipantListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { PseudonymColumn, StateColumn, SourceColumn, JoinedColumn, LeftColumn, ContactColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole };

    explicit ParticipantListModel(GroupContext &context, QObject *parent = nullptr);

    void setGroup(qint64 groupId);
    void reload();
    QString errorText() const { return m_error; }
    const QList<Participant> &participants() const { return m_rows; }
    std::optional<Participant> participantAt(int row) const;
    int rowOf(qint64 id) const;
    // 1-based place on the waiting list, 0 when not waiting.
    int waitingPosition(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString sourceText(const Participant &p) const;
    QString stateText(const Participant &p) const;

    GroupContext &m_context;
    qint64 m_groupId = 0;
    QList<Participant> m_rows;
    QHash<qint64, int> m_waiting; // participant id -> place on the list
    mutable QHash<QString, QString> m_sources;
    QString m_error;
};

} // namespace baken::ui
