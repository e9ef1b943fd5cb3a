#pragma once

#include "doubtline/AskUser.h"

#include <QDateTime>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace baken::ui {

class AttendanceModel;
class GroupContext;
class GroupTaskModel;
class ParticipantListModel;
class SessionListModel;

// One tab of the Groups page: a part of the selected group, changed through
// GroupService. A group holds tens of rows per tab, read whole on refresh.
class GroupTab : public QWidget {
    Q_OBJECT

public:
    GroupTab(GroupContext &context, QWidget *parent);
    void setGroup(qint64 groupId);
    qint64 groupId() const { return m_groupId; }
    virtual void refresh() = 0;
    void setAsker(Asker asker) { m_ask = std::move(asker); }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    // Seats, the waiting list, tasks or sessions changed: the list and the
    // other tabs read again.
    void groupChanged();

protected:
    // An error in red; with `info`, a neutral note (what a change did).
    void showMessage(const QString &message, bool info = false);
    // The tab's table, named and described for a screen reader.
    QTableView *makeTable(QAbstractItemModel *model, const QString &accessibleName, const QString &description);
    int selectedRow(const QTableView *view) const;

    GroupContext &m_context;
    Asker m_ask;
    qint64 m_groupId = 0;
    QLabel *m_message;
};

class SessionsTab final : public GroupTab {
    Q_OBJECT

public:
    explicit SessionsTab(GroupContext &context, QWidget *parent = nullptr);
    void refresh() override;
    void selectSession(const QDateTime &originalStart);
    SessionListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    void moveSelected();
    void cancelSelected();
    void restoreSelected();
    void saveNote();

private:
    void loadNote();
    void updateButtons();
    QDateTime selectedStart() const;

    SessionListModel *m_model;
    QTableView *m_view;
    QPushButton *m_move;
    QPushButton *m_cancel;
    QPushButton *m_restore;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_note;
    QPushButton *m_saveNote;
    qint64 m_noteGroup = 0; // the session whose notes are in the editor
    QDateTime m_noteSession;
};

class ParticipantsTab final : public GroupTab {
    Q_OBJECT

public:
    explicit ParticipantsTab(GroupContext &context, QWidget *parent = nullptr);
    void refresh() override;
    ParticipantListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void selectParticipant(qint64 id);
    void addParticipant();
    void changeSelected();
    void leaveSelected();
    void acceptSelected();
    void declineSelected();

private:
    void updateButtons();
    qint64 selectedId() const;

    ParticipantListModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_leave;
    QPushButton *m_accept;
    QPushButton *m_decline;
};

class AttendanceTab final : public GroupTab {
    Q_OBJECT

public:
    explicit AttendanceTab(GroupContext &context, QWidget *parent = nullptr);
    void refresh() override;
    // Picks a session in the list of sessions that took place.
    bool selectSession(const QDateTime &originalStart);
    AttendanceModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *sessionCombo() const { return m_session; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadSession();

    AttendanceModel *m_model;
    QComboBox *m_session;
    QTableView *m_view;
};

class GroupTasksTab final : public GroupTab {
    Q_OBJECT

public:
    explicit GroupTasksTab(GroupContext &context, QWidget *parent = nullptr);
    void refresh() override;
    GroupTaskModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void selectTask(qint64 taskId);
    void completeSelected();

private:
    void updateButtons();

    GroupTaskModel *m_model;
    QTableView *m_view;
    QPushButton *m_done;
};

class EvaluationTab final : public GroupTab {
    Q_OBJECT

public:
    explicit EvaluationTab(GroupContext &context, QWidget *parent = nullptr);
    void refresh() override;
    QComboBox *participantCombo() const { return m_participant; }
    QSpinBox *scoreSpin() const { return m_score; }
    QLabel *summaryLabel() const { return m_summary; }
    void record();

private:
    QComboBox *m_participant;
    QSpinBox *m_score;
    QPushButton *m_record;
    QLabel *m_summary;
};

} // namespace baken::ui
