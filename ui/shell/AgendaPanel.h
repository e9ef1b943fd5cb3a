#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace baken {
class Vault;
}

namespace baken::ui {

class FollowUpsPanel;

// The dashboard's agenda of all follow-up work: this week's group sessions
// beside the follow-ups (case follow-ups, doubt-line callbacks and group
// tasks: overdue, today and the next days). Every row is one click or
// Enter from its record. Refreshing first lets the groups' aftercare rules
// add the check-ins of series that have ended.
class AgendaPanel final : public QWidget {
    Q_OBJECT

public:
    explicit AgendaPanel(Vault &vault, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *sessions() const { return m_sessions; }
    FollowUpsPanel *followUps() const { return m_followUps; }

Q_SIGNALS:
    void caseOpenRequested(qint64 caseId);
    void consultationOpenRequested(qint64 consultationId);
    void groupSessionOpenRequested(qint64 groupId, const QDateTime &originalStart);
    void groupTaskOpenRequested(qint64 groupId, qint64 taskId);

private:
    void refreshSessions();

    Vault &m_vault;
    QLabel *m_sessionSummary;
    QTreeWidget *m_sessions;
    FollowUpsPanel *m_followUps;
};

} // namespace baken::ui
