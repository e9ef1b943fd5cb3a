#pragma once

#include "AskUser.h"
#include "doubtline/Consultation.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

class QAction;
class QKeySequence;
class QTimer;

namespace Ui {
class ConsultationForm;
}

namespace baken {
struct IdentifyingMatch;
}

namespace baken::ui {

class DoubtLineContext;

// One doubt-line consultation on one screen, for the keyboard: every field
// has a mnemonic, Ctrl+Return saves, Ctrl+T runs the timer that fills the
// duration, and a non-data contact (silent, hung up, abusive, test) is one
// function key. There is no name field. Before saving, the question is
// checked for what looks identifying; the colleague decides. After saving
// the form clears for the next caller and keeps the staff member and
// channel. A saved consultation loaded from the shift view is edited here.
class ConsultationForm final : public QWidget {
    Q_OBJECT

public:
    explicit ConsultationForm(DoubtLineContext &context, QWidget *parent = nullptr);
    ~ConsultationForm() override;

    // A fresh form for the next caller; keeps the staff member and channel.
    void startNew();
    // Loads a saved consultation for editing; false (reason shown) if unreadable.
    bool load(qint64 id);
    // 0 while the form holds a new consultation.
    qint64 consultationId() const { return m_loaded.id; }
    // The consultation saved last from this form (0: none yet this session).
    qint64 lastSavedId() const { return m_lastSavedId; }
    // What the form holds now, on top of the loaded record.
    Consultation consultation() const;
    bool isDirty() const { return m_dirty; }
    // Fills the code-list choices again (after Settings changed a list),
    // keeping what is chosen.
    void reloadChoices();
    // Refreshes the referral guide text (after the guide was edited).
    void refreshGuide();
    // The body chosen under "Referred to" (0: none), whose guide is on show.
    qint64 guideBodyId() const;
    // How the form asks "Save anyway?" and "Start anew?"; tests answer directly.
    void setAsker(Asker asker) { m_ask = std::move(asker); }

    void save();
    void logNonData(ContactKind kind);
    void toggleTimer();
    bool timerRunning() const { return m_elapsed.isValid(); }
    // F1: the guide for the chosen body, or the body choice when none is.
    void showGuide();
    void requestNew();
    void requestHandOver();

    // The keys that work anywhere on the doubt-line page: the timer and the
    // non-data contacts. The page adds them to the shift view too.
    QList<QAction *> pageActions() const { return m_pageActions; }

    static QKeySequence nonDataShortcut(ContactKind kind);
    static QKeySequence handOverShortcut();

Q_SIGNALS:
    // A consultation or non-data contact was logged, or an edit saved.
    void consultationSaved(qint64 id);
    // "Make this a case" for a saved consultation.
    void handOverRequested(qint64 id);
    void editGuideRequested();

private:
    void fillChoices();
    void setConsultation(const Consultation &c);
    void connectChanges();
    void changed();
    void updateEnabled();
    void updateQuestionCount();
    void setupShortcuts();
    void setupNonDataButtons();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void write(const Consultation &c);
    void askAboutIdentifying(const Consultation &c, const QList<IdentifyingMatch> &matches);
    void stopTimer();
    void tick();
    void followNow();
    void showMessage(const QString &message);
    void showState(const QString &state);
    static QDateTime toMinute(const QDateTime &at);

    std::unique_ptr<::Ui::ConsultationForm> m_ui;
    DoubtLineContext &m_context;
    Asker m_ask;
    Consultation m_loaded; // id 0 for a new one
    qint64 m_lastSavedId = 0;
    QElapsedTimer m_elapsed;
    QDateTime m_timerStart;
    QTimer *m_tick;
    QList<QAction *> m_pageActions;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_whenEdited = false;
    bool m_dueEdited = false;
};

} // namespace baken::ui
