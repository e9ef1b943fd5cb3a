#pragma once

#include "base/Result.h"
#include "doubtline/AskUser.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace baken {
class Vault;
}

namespace baken::ui {

class AttendanceTab;
class EvaluationTab;
class GroupContext;
class GroupListModel;
class GroupTab;
class GroupTasksTab;
class ParticipantsTab;
class SessionsTab;

// Peer-support groups: the list of groups on the left; for the selected
// one its sessions, participants and waiting list, attendance, tasks and
// evaluation in tabs. It owns the group stores; the workspace destroys it
// on lock.
class GroupsPage final : public QWidget {
    Q_OBJECT

public:
    enum Section { SessionsSection, ParticipantsSection, AttendanceSection, TasksSection, EvaluationSection };

    explicit GroupsPage(Vault &vault, QWidget *parent = nullptr);
    ~GroupsPage() override;

    GroupContext &context() { return *m_context; }
    GroupListModel *listModel() const { return m_list; }
    QTableView *listView() const { return m_listView; }
    QTabWidget *tabs() const { return m_tabs; }
    SessionsTab *sessionsTab() const { return m_sessions; }
    ParticipantsTab *participantsTab() const { return m_participants; }
    AttendanceTab *attendanceTab() const { return m_attendance; }
    GroupTasksTab *tasksTab() const { return m_tasks; }
    EvaluationTab *evaluationTab() const { return m_evaluation; }
    qint64 currentGroupId() const { return m_groupId; }

    // Selects the group and shows one of its tabs.
    void openGroup(qint64 groupId, Section section = SessionsSection);
    void openSession(qint64 groupId, const QDateTime &originalStart);
    void openTask(qint64 groupId, qint64 taskId);
    void showSection(Section section);

    void newGroup();
    void editGroup();
    // Asks where to save, then writes the selected group's calendar.
    void exportCalendar();
    // Writes the selected group's sessions as an .ics file; says what it wrote.
    Result<QString> exportCalendarTo(const QString &path);

    // The confirmations of every tab go through `asker` (tests answer them).
    void setAsker(const Asker &asker);
    void refresh();
    // Code lists changed in Settings: facilitator names are read again.
    void reloadChoices();

Q_SIGNALS:
    // Tasks, seats or sessions changed: the dashboard's agenda reads again.
    void groupsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showGroup(qint64 groupId);
    void refreshHeader();
    void refreshTabsExcept(const GroupTab *sender);
    void selectInList(qint64 groupId);
    void showMessage(const QString &message, bool info = false);

    std::unique_ptr<GroupContext> m_context;
    qint64 m_groupId = 0;
    QSplitter *m_splitter;
    GroupListModel *m_list;
    QTableView *m_listView;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_export;
    QStackedWidget *m_detail;
    QLabel *m_theme;
    QLabel *m_summary;
    QLabel *m_message;
    QTabWidget *m_tabs;
    SessionsTab *m_sessions;
    ParticipantsTab *m_participants;
    AttendanceTab *m_attendance;
    GroupTasksTab *m_tasks;
    EvaluationTab *m_evaluation;
    QList<GroupTab *> m_allTabs;
    bool m_sized = false;
};

} // namespace baken::ui
