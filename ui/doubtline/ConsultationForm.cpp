#include "ConsultationForm.h"

#include "DoubtLineContext.h"
#include "cases/CodeChoices.h"
#include "doubtline/IdentifyingNames.h"
#include "doubtline/IdentifyingText.h"
#include "ui_ConsultationForm.h"
#include "widgets/FocusOrder.h"
#include "widgets/PageTitle.h"
#include "widgets/Tone.h"

#include <QAction>
#include <QLocale>
#include <QTimer>

namespace baken::ui {

namespace {

QString nowText()
{
    return QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
}

} // namespace

ConsultationForm::ConsultationForm(DoubtLineContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::ConsultationForm>())
    , m_context(context)
    , m_ask(messageBoxAsker())
    , m_tick(new QTimer(this))
{
    m_ui->setupUi(this);
    setTone(m_ui->messageLabel, Tone::Problem);
    makePageTitle(m_ui->titleLabel);
    m_ui->stateLabel->setEnabled(false);
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    m_ui->messageLabel->hide();
    m_ui->whenEdit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_ui->minutesSpin->setRange(0, ConsultationService::MaxMinutes);
    m_ui->minutesSpin->setSuffix(tr(" min"));
    m_ui->questionEdit->setMaxLength(ConsultationService::MaxQuestionLength);
    m_ui->contactEdit->setMaxLength(ConsultationService::MaxContactLength);
    m_ui->timerLabel->setMinimumWidth(m_ui->timerLabel->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")));
    m_ui->guideText->setFocusPolicy(Qt::StrongFocus);
    // Long labels (a referral body's full name) must not push the guide
    // beside the outcome into a narrow strip.
    for (QComboBox *combo : findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    fillChoices();
    connectChanges();
    setupShortcuts();
    setupNonDataButtons();
    for (QAbstractButton *button : std::initializer_list<QAbstractButton *>{
             m_ui->yesRadio, m_ui->possiblyRadio, m_ui->noRadio, m_ui->unclearRadio, m_ui->listenedRadio,
             m_ui->adviceRadio, m_ui->referredRadio, m_ui->callbackCheck})
        button->installEventFilter(this);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ConsultationForm::tick);
    m_tick->start();
    connect(m_ui->timerButton, &QPushButton::clicked, this, &ConsultationForm::toggleTimer);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ConsultationForm::save);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ConsultationForm::requestNew);
    connect(m_ui->caseButton, &QPushButton::clicked, this, &ConsultationForm::requestHandOver);
    connect(m_ui->guideButton, &QPushButton::clicked, this, &ConsultationForm::showGuide);
    connect(m_ui->editGuideButton, &QPushButton::clicked, this, &ConsultationForm::editGuideRequested);
    m_ui->saveButton->setDefault(true);
    startNew();
}

ConsultationForm::~ConsultationForm() = default;

QDateTime ConsultationForm::toMinute(const QDateTime &at)
{
    return QDateTime(at.date(), QTime(at.time().hour(), at.time().minute()));
}

void ConsultationForm::startNew()
{
    // Staff and channel stay: the same colleague takes the next call the same way.
    const qint64 staff =
        m_loaded.id == 0 && currentCode(m_ui->staffCombo) > 0 ? currentCode(m_ui->staffCombo) : m_context.lastStaffId();
    const qint64 channel = currentCode(m_ui->channelCombo);
    stopTimer();
    m_ui->timerLabel->clear();
    m_loaded = Consultation{};
    Consultation fresh;
    fresh.occurredAt = toMinute(QDateTime::currentDateTime());
    fresh.staffId = m_ui->staffCombo->findData(staff) >= 0 ? staff : 0;
    fresh.channelId = channel;
    setConsultation(fresh);
    m_whenEdited = false;
    m_dueEdited = false;
    m_dirty = false;
    m_ui->titleLabel->setText(tr("New consultation"));
    showMessage({});
    showState({});
    updateEnabled();
    // The first field that still needs a choice: staff and channel are
    // usually kept from the last caller.
    setFocusTarget(this, fresh.staffId == 0     ? static_cast<QWidget *>(m_ui->staffCombo)
                         : fresh.channelId == 0 ? static_cast<QWidget *>(m_ui->channelCombo)
                                                : static_cast<QWidget *>(m_ui->roleCombo));
}

bool ConsultationForm::load(qint64 id)
{
    auto c = m_context.store().byId(id);
    if (!c) {
        showMessage(c.error().message);
        return false;
    }
    stopTimer();
    m_ui->timerLabel->clear();
    m_loaded = *c;
    setConsultation(m_loaded);
    m_whenEdited = true;
    m_dueEdited = true;
    m_dirty = false;
    const QString at = QLocale().toString(m_loaded.occurredAt, QLocale::ShortFormat);
    m_ui->titleLabel->setText(isNonData(m_loaded.kind) ? tr("%1 on %2").arg(label(m_loaded.kind), at)
                                                       : tr("Consultation of %1").arg(at));
    showState(
        m_loaded.caseId > 0
            ? tr("Handed over as case %1").arg(m_loaded.caseNumber.isEmpty() ? tr("(draft)") : m_loaded.caseNumber)
            : tr("Editing a saved consultation"));
    showMessage({});
    updateEnabled();
    return true;
}

void ConsultationForm::reloadChoices()
{
    fillChoices();
    refreshGuide();
}

void ConsultationForm::changed()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_ui->caseButton->setEnabled(false);
    if (m_loaded.id > 0)
        showState(tr("Changes not saved yet"));
}

void ConsultationForm::save()
{
    // A second Ctrl+Return must not log the same caller twice.
    if (m_loaded.id == 0 && !m_dirty && !timerRunning())
        return showMessage(tr("Nothing to save yet. Fill in the consultation, or press %1 to %2 for a contact "
                              "without content.")
                               .arg(nonDataShortcut(ContactKind::Silent).toString(QKeySequence::NativeText),
                                    nonDataShortcut(ContactKind::Test).toString(QKeySequence::NativeText)));
    if (timerRunning())
        stopTimer();
    Consultation c = consultation();
    if (c.id == 0 && !m_whenEdited) {
        // The call started when the timer did, or its duration ago.
        c.occurredAt = m_timerStart.isValid() ? m_timerStart : QDateTime::currentDateTime().addSecs(-60LL * c.minutes);
    }
    c.occurredAt = toMinute(c.occurredAt);
    // The callback contact is meant to identify; only the question is checked.
    auto names = identifyingNames(m_context.vault());
    const QList<IdentifyingMatch> matches = findIdentifying(c.question, names ? *names : defaultIdentifyingNames());
    if (matches.isEmpty())
        write(c);
    else
        askAboutIdentifying(c, matches);
}

void ConsultationForm::askAboutIdentifying(const Consultation &c, const QList<IdentifyingMatch> &matches)
{
    QStringList found;
    for (const IdentifyingMatch &m : matches) {
        switch (m.kind) {
        case IdentifyingMatch::Kind::Email:
            found << tr("an e-mail address: %1").arg(m.text);
            break;
        case IdentifyingMatch::Kind::Phone:
            found << tr("a phone number: %1").arg(m.text);
            break;
        case IdentifyingMatch::Kind::Name:
            found << tr("a name: %1").arg(m.text);
            break;
        }
    }
    Question question;
    question.icon = QMessageBox::Warning;
    question.title = tr("This may identify someone");
    question.text = tr("The question contains what looks like\n\n%1\n\nThe doubt line is anonymous: the caller and the "
                       "people they talk about should not be recognisable. A phone number for a callback belongs "
                       "under “Callback wanted”, where it is erased once you have called back.")
                        .arg(u"• " + found.join(u"\n• "));
    question.acceptText = tr("Save anyway");
    question.rejectText = tr("Edit");
    const IdentifyingMatch first = matches.first();
    m_ask(this, question, [this, c, first](bool saveAnyway) {
        if (saveAnyway)
            return write(c);
        m_ui->questionEdit->setFocus(Qt::OtherFocusReason);
        m_ui->questionEdit->setSelection(static_cast<int>(first.position), static_cast<int>(first.length));
    });
}

void ConsultationForm::write(const Consultation &c)
{
    qint64 id = c.id;
    if (id == 0) {
        auto logged = m_context.service().log(c);
        if (!logged)
            return showMessage(logged.error().message);
        id = *logged;
    } else if (auto edited = m_context.service().edit(c); !edited) {
        return showMessage(edited.error().message);
    }
    if (c.staffId > 0)
        m_context.setLastStaffId(c.staffId);
    m_lastSavedId = id;
    const bool wasNew = c.id == 0;
    startNew();
    showState(wasNew ? tr("Saved at %1. %2 makes it a case.")
                           .arg(nowText(), handOverShortcut().toString(QKeySequence::NativeText))
                     : tr("Changes saved at %1").arg(nowText()));
    Q_EMIT consultationSaved(id);
    setFocus(Qt::OtherFocusReason);
}

void ConsultationForm::logNonData(ContactKind kind)
{
    auto logged = m_context.service().logNonData(kind, toMinute(QDateTime::currentDateTime()),
                                                 currentCode(m_ui->staffCombo), currentCode(m_ui->channelCombo));
    if (!logged)
        return showMessage(logged.error().message);
    if (const qint64 staff = currentCode(m_ui->staffCombo); staff > 0)
        m_context.setLastStaffId(staff);
    showMessage({});
    showState(tr("%1 logged at %2").arg(label(kind), nowText()));
    Q_EMIT consultationSaved(*logged);
}

void ConsultationForm::requestNew()
{
    if (!m_dirty) {
        startNew();
        setFocus(Qt::OtherFocusReason);
        return;
    }
    Question question;
    question.title = tr("Start a new consultation");
    question.text = tr("What you typed in this form has not been saved. Clear it and start a new consultation?");
    question.acceptText = tr("Clear the form");
    question.rejectText = tr("Keep typing");
    m_ask(this, question, [this](bool clear) {
        if (!clear)
            return;
        startNew();
        setFocus(Qt::OtherFocusReason);
    });
}

void ConsultationForm::requestHandOver()
{
    if (m_dirty)
        return showMessage(tr("Save the consultation first (%1), then make it a case.")
                               .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    const qint64 id = m_loaded.id > 0 ? m_loaded.id : m_lastSavedId;
    if (id > 0)
        Q_EMIT handOverRequested(id);
}

void ConsultationForm::showGuide()
{
    if (currentCode(m_ui->bodyCombo) <= 0) {
        m_ui->bodyCombo->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    refreshGuide();
    m_ui->guideText->setFocus(Qt::ShortcutFocusReason);
}

void ConsultationForm::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void ConsultationForm::showState(const QString &state)
{
    m_ui->stateLabel->setText(state);
}

} // namespace baken::ui
