#pragma once

#include "AskUser.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace baken::ui {

class CallbackListModel;
class ConsultationListModel;
class DoubtLineContext;

// The shift at a glance: today's consultations (Enter opens one in the
// form), the open callbacks with a "Done" that erases the contact detail,
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
    QTableView *callbackView() const { return m_callbackView; }

Q_SIGNALS:
    void openRequested(qint64 consultationId);
    void handOverRequested(qint64 consultationId);
    void callbackCompleted(qint64 consultationId);

private:
    void refreshCounts();
    void updateButtons();
    void showMessage(const QString &message);

    DoubtLineContext &m_context;
    Asker m_ask;
    ConsultationListModel *m_today;
    CallbackListModel *m_callbacks;
    QLabel *m_title;
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
