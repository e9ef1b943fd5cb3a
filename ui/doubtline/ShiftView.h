#pragma once

#include "AskUser.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace baken::ui {

class CallbackListModel;
class ConsultationListModel;
class DoubtLineContext;

// The shift at a glance: today's consultations (Enter opens one in the
// form) or, while words are typed in the search field, the consultations of
// every day whose question holds them, the open callbacks with a "Done" that erases the contact detail,
// and this week's counts by channel and by assessment, with the contacts
// without content counted apart.
class ShiftView final : public QWidget {
    Q_OBJECT

public:
    explicit ShiftView(DoubtLineContext &context, QWidget *parent = nullptr);

    void refresh();
    // Selects the consultation in today's list, or else among the callbacks.
    void selectConsultation(qint64 id);
    qint64 selectedConsultationId() const;
    qint64 selectedCallbackId() const;
    // Asks for confirmation, then marks the selected callback done.
    void completeSelectedCallback();
    void setAsker(Asker asker) { m_ask = std::move(asker); }

    ConsultationListModel *todayModel() const { return m_today; }
    CallbackListModel *callbackModel() const { return m_callbacks; }
    QTableView *todayView() const { return m_todayView; }
    QLineEdit *searchEdit() const { return m_search; }
    // "No consultations match …", shown in place of the list.
    QLabel *noMatchLabel() const { return m_noMatch; }
    QTableView *callbackView() const { return m_callbackView; }

Q_SIGNALS:
    void openRequested(qint64 consultationId);
    void handOverRequested(qint64 consultationId);
    void callbackCompleted(qint64 consultationId);

private:
    void refreshCounts();
    // The list's heading, and the empty state of a search that finds nothing.
    void updateListState();
    void updateButtons();
    void showMessage(const QString &message);

    DoubtLineContext &m_context;
    Asker m_ask;
    ConsultationListModel *m_today;
    CallbackListModel *m_callbacks;
    QLabel *m_title;
    QLineEdit *m_search;
    QLabel *m_listLabel;
    QLabel *m_noMatch;
    QTableView *m_todayView;
    QTableView *m_callbackView;
    QPushButton *m_open;
    QPushButton *m_handOver;
    QPushButton *m_done;
    QLabel *m_weekTotal;
    QLabel *m_byChannel;
    QLabel *m_byAssessment;
    QLabel *m_nonData;
    QLabel *m_message;
};

} // namespace baken::ui
