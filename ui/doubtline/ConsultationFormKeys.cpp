// ConsultationForm's keys and timer: the shortcuts on its buttons, the
// one-key non-data contacts, the outcome mnemonics that go straight to their
// list, and the timer that fills the duration.
#include "ConsultationForm.h"
#include "doubtline/ConsultationService.h"
#include "ui_ConsultationForm.h"

#include <QAction>
#include <QShortcutEvent>
#include <QTimer>

namespace baken::ui {

void ConsultationForm::setupShortcuts()
{
    const auto bind = [this](QPushButton *button, const QList<QKeySequence> &keys, const QString &tip) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        addAction(action);
        button->setToolTip(tr("%1 (%2)").arg(tip, keys.first().toString(QKeySequence::NativeText)));
        return action;
    };
    const auto keyText = [](const QAction *action) { return action->shortcut().toString(QKeySequence::NativeText); };
    QAction *save =
        bind(m_ui->saveButton, {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
             tr("Save this consultation and clear the form for the next caller"));
    m_ui->saveButton->setText(tr("Save (%1)").arg(keyText(save)));
    m_pageActions << bind(m_ui->timerButton, {QKeySequence(Qt::CTRL | Qt::Key_T)},
                          tr("Start or stop the timer that fills the duration"));
    QAction *guide =
        bind(m_ui->guideButton, {QKeySequence(Qt::Key_F1)}, tr("Show the referral guide for the chosen body"));
    m_ui->guideButton->setText(tr("Guide (%1)").arg(keyText(guide)));
    QAction *fresh =
        bind(m_ui->newButton, {QKeySequence(Qt::CTRL | Qt::Key_N)}, tr("Clear the form for the next caller"));
    m_ui->newButton->setText(tr("New (%1)").arg(keyText(fresh)));
    bind(m_ui->caseButton, {handOverShortcut()},
         tr("Hand this consultation over to a confidential advisor as a draft case"));
}

void ConsultationForm::setupNonDataButtons()
{
    const std::pair<QPushButton *, ContactKind> buttons[] = {{m_ui->silentButton, ContactKind::Silent},
                                                             {m_ui->hangUpButton, ContactKind::HangUp},
                                                             {m_ui->abusiveButton, ContactKind::Abusive},
                                                             {m_ui->testButton, ContactKind::Test}};
    for (const auto &[button, kind] : buttons) {
        const QString key = nonDataShortcut(kind).toString(QKeySequence::NativeText);
        button->setText(tr("%1 (%2)").arg(label(kind), key));
        button->setToolTip(tr("Log a contact without content now: %1 (%2)").arg(label(kind).toLower(), key));
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QPushButton::clicked, this, [this, kind = kind] { logNonData(kind); });
        auto *action = new QAction(this);
        action->setShortcut(nonDataShortcut(kind));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, kind = kind] { logNonData(kind); });
        addAction(action);
        m_pageActions << action;
    }
}

QKeySequence ConsultationForm::nonDataShortcut(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Silent:
        return QKeySequence(Qt::Key_F6);
    case ContactKind::HangUp:
        return QKeySequence(Qt::Key_F7);
    case ContactKind::Abusive:
        return QKeySequence(Qt::Key_F8);
    case ContactKind::Test:
        return QKeySequence(Qt::Key_F9);
    case ContactKind::Consultation:
        break;
    }
    return {};
}

QKeySequence ConsultationForm::handOverShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
}

// A mnemonic on a radio button or check box acts at once, not after the
// 100 ms click animation, so that a fast typist's next keys and Ctrl+Return
// see the choice. Alt+A and Alt+E also go straight to their list.
bool ConsultationForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Shortcut || static_cast<QShortcutEvent *>(event)->isAmbiguous())
        return QWidget::eventFilter(watched, event);
    auto *button = qobject_cast<QAbstractButton *>(watched);
    if (!button || !button->isEnabled())
        return QWidget::eventFilter(watched, event);
    if (button == m_ui->callbackCheck) {
        button->setFocus(Qt::ShortcutFocusReason);
        button->toggle();
        return true;
    }
    button->setChecked(true);
    if (button == m_ui->adviceRadio)
        m_ui->adviceCombo->setFocus(Qt::ShortcutFocusReason);
    else if (button == m_ui->referredRadio)
        m_ui->bodyCombo->setFocus(Qt::ShortcutFocusReason);
    else
        button->setFocus(Qt::ShortcutFocusReason);
    return true;
}

void ConsultationForm::toggleTimer()
{
    if (timerRunning()) {
        stopTimer();
        return;
    }
    m_elapsed.start();
    m_timerStart = toMinute(QDateTime::currentDateTime());
    if (m_loaded.id == 0 && !m_whenEdited) {
        const bool wasLoading = std::exchange(m_loading, true);
        m_ui->whenEdit->setDateTime(m_timerStart);
        m_loading = wasLoading;
    }
    m_ui->timerButton->setChecked(true);
    m_ui->timerButton->setText(tr("Stop timer"));
    tick();
}

void ConsultationForm::stopTimer()
{
    if (timerRunning()) {
        // Started minutes count: a call of 20 seconds took a minute of someone's time.
        const qint64 ms = m_elapsed.elapsed();
        m_ui->minutesSpin->setValue(
            static_cast<int>(std::clamp<qint64>((ms + 59999) / 60000, 1, ConsultationService::MaxMinutes)));
        m_elapsed.invalidate();
    }
    m_timerStart = {};
    m_ui->timerButton->setChecked(false);
    m_ui->timerButton->setText(tr("Start timer"));
}

void ConsultationForm::tick()
{
    if (timerRunning()) {
        const qint64 seconds = m_elapsed.elapsed() / 1000;
        m_ui->timerLabel->setText(QStringLiteral("%1:%2")
                                      .arg(seconds / 60, 2, 10, QLatin1Char('0'))
                                      .arg(seconds % 60, 2, 10, QLatin1Char('0')));
        return;
    }
    followNow();
}

// Until the colleague sets a time, a new consultation's time is "now".
void ConsultationForm::followNow()
{
    if (m_loaded.id != 0 || m_whenEdited || m_ui->whenEdit->hasFocus())
        return;
    const QDateTime now = toMinute(QDateTime::currentDateTime());
    if (m_ui->whenEdit->dateTime() == now)
        return;
    const bool wasLoading = std::exchange(m_loading, true);
    m_ui->whenEdit->setDateTime(now);
    m_loading = wasLoading;
}

} // namespace baken::ui
