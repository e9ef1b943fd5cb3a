// ConsultationForm's fields: filling the choices, reading and writing a
// Consultation, and which field is shown or enabled when.
#include "ConsultationForm.h"
#include "DoubtLineContext.h"
#include "GuideHtml.h"
#include "cases/CodeChoices.h"
#include "doubtline/ConsultationService.h"
#include "ui_ConsultationForm.h"

#include <QLocale>

namespace baken::ui {

void ConsultationForm::fillChoices()
{
    const bool wasLoading = std::exchange(m_loading, true);
    CaseContext &cases = m_context.cases();
    // Keep what is chosen across a refill; a retired item stays on show.
    const auto keep = [&cases](QComboBox *combo, CodeList list, const QString &none) {
        const qint64 chosen = currentCode(combo);
        fillCodeCombo(combo, cases.items(list), none);
        selectCode(combo, chosen, cases);
    };
    keep(m_ui->staffCombo, CodeList::DoubtLineStaff, tr("(not given)"));
    keep(m_ui->channelCombo, CodeList::Channels, tr("(not given)"));
    keep(m_ui->roleCombo, CodeList::ReporterRoles, tr("(not given)"));
    keep(m_ui->unitCombo, CodeList::Units, tr("(not given)"));
    keep(m_ui->adviceCombo, CodeList::Advice, tr("(choose advice)"));
    keep(m_ui->bodyCombo, CodeList::ReferralBodies, tr("(choose a body)"));
    const QList<qint64> grounds = checkedCodes(m_ui->groundsList);
    const QList<qint64> forms = checkedCodes(m_ui->formsList);
    fillCheckList(m_ui->groundsList, cases.items(CodeList::Grounds));
    fillCheckList(m_ui->formsList, cases.items(CodeList::Forms));
    setCheckedCodes(m_ui->groundsList, grounds, cases);
    setCheckedCodes(m_ui->formsList, forms, cases);
    m_loading = wasLoading;
}

void ConsultationForm::setConsultation(const Consultation &c)
{
    const bool wasLoading = std::exchange(m_loading, true);
    CaseContext &cases = m_context.cases();
    m_ui->whenEdit->setDateTime(c.occurredAt.isValid() ? c.occurredAt : QDateTime::currentDateTime());
    m_ui->minutesSpin->setValue(c.minutes);
    selectCode(m_ui->staffCombo, c.staffId, cases);
    selectCode(m_ui->channelCombo, c.channelId, cases);
    selectCode(m_ui->roleCombo, c.callerRoleId, cases);
    selectCode(m_ui->unitCombo, c.unitId, cases);
    setCheckedCodes(m_ui->groundsList, c.groundIds, cases);
    setCheckedCodes(m_ui->formsList, c.formIds, cases);
    m_ui->questionEdit->setText(c.question);
    m_ui->yesRadio->setChecked(c.assessment == Assessment::Yes);
    m_ui->possiblyRadio->setChecked(c.assessment == Assessment::Possibly);
    m_ui->noRadio->setChecked(c.assessment == Assessment::No);
    m_ui->unclearRadio->setChecked(c.assessment == Assessment::Unclear);
    m_ui->listenedRadio->setChecked(c.outcome == ConsultationOutcome::Listened);
    m_ui->adviceRadio->setChecked(c.outcome == ConsultationOutcome::Advised);
    m_ui->referredRadio->setChecked(c.outcome == ConsultationOutcome::Referred);
    selectCode(m_ui->adviceCombo, c.adviceId, cases);
    selectCode(m_ui->bodyCombo, c.referralBodyId, cases);
    m_ui->callbackCheck->setChecked(c.callbackWanted);
    m_ui->contactEdit->setText(c.callbackContact);
    m_ui->dueEdit->setDate(c.callbackDue.isValid() ? c.callbackDue : QDate::currentDate().addDays(1));
    updateEnabled();
    updateQuestionCount();
    refreshGuide();
    m_loading = wasLoading;
}

Consultation ConsultationForm::consultation() const
{
    Consultation c = m_loaded;
    c.occurredAt = m_ui->whenEdit->dateTime();
    c.minutes = m_ui->minutesSpin->value();
    c.staffId = currentCode(m_ui->staffCombo);
    c.channelId = currentCode(m_ui->channelCombo);
    if (isNonData(c.kind))
        return c;
    c.callerRoleId = currentCode(m_ui->roleCombo);
    c.unitId = currentCode(m_ui->unitCombo);
    c.groundIds = checkedCodes(m_ui->groundsList);
    c.formIds = checkedCodes(m_ui->formsList);
    c.question = m_ui->questionEdit->text().trimmed();
    c.assessment = m_ui->yesRadio->isChecked()        ? Assessment::Yes
                   : m_ui->possiblyRadio->isChecked() ? Assessment::Possibly
                   : m_ui->noRadio->isChecked()       ? Assessment::No
                                                      : Assessment::Unclear;
    c.outcome = m_ui->adviceRadio->isChecked()     ? ConsultationOutcome::Advised
                : m_ui->referredRadio->isChecked() ? ConsultationOutcome::Referred
                                                   : ConsultationOutcome::Listened;
    // Only the choice that goes with the outcome is kept.
    c.adviceId = c.outcome == ConsultationOutcome::Advised ? currentCode(m_ui->adviceCombo) : 0;
    c.referralBodyId = c.outcome == ConsultationOutcome::Referred ? currentCode(m_ui->bodyCombo) : 0;
    // A done callback stays done; its contact detail is gone for good.
    if (!m_loaded.callbackDoneAt.isValid()) {
        c.callbackWanted = m_ui->callbackCheck->isChecked();
        c.callbackContact = c.callbackWanted ? m_ui->contactEdit->text().trimmed() : QString();
        c.callbackDue = c.callbackWanted ? m_ui->dueEdit->date() : QDate();
    }
    return c;
}

void ConsultationForm::connectChanges()
{
    const auto changed = [this] { this->changed(); };
    for (QComboBox *combo :
         {m_ui->staffCombo, m_ui->channelCombo, m_ui->roleCombo, m_ui->unitCombo, m_ui->adviceCombo, m_ui->bodyCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (QLineEdit *edit : {m_ui->questionEdit, m_ui->contactEdit})
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->minutesSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->groundsList, &QListWidget::itemChanged, this, changed);
    connect(m_ui->formsList, &QListWidget::itemChanged, this, changed);
    for (QRadioButton *radio : {m_ui->yesRadio, m_ui->possiblyRadio, m_ui->noRadio, m_ui->unclearRadio,
                                m_ui->listenedRadio, m_ui->adviceRadio, m_ui->referredRadio})
        connect(radio, &QRadioButton::toggled, this, changed);
    connect(m_ui->whenEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_loading)
            m_whenEdited = true;
        this->changed();
    });
    connect(m_ui->dueEdit, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            m_dueEdited = true;
        this->changed();
    });
    connect(m_ui->questionEdit, &QLineEdit::textChanged, this, &ConsultationForm::updateQuestionCount);
    // Choosing an advice or a body says what the outcome was.
    connect(m_ui->adviceCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (currentCode(m_ui->adviceCombo) > 0)
            m_ui->adviceRadio->setChecked(true);
    });
    connect(m_ui->bodyCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (currentCode(m_ui->bodyCombo) > 0)
            m_ui->referredRadio->setChecked(true);
        refreshGuide();
    });
    // A long name may be cut off in a narrow window.
    for (QComboBox *combo : {m_ui->adviceCombo, m_ui->bodyCombo, m_ui->roleCombo, m_ui->unitCombo})
        connect(combo, &QComboBox::currentIndexChanged, combo, [combo] { combo->setToolTip(combo->currentText()); });
    connect(m_ui->callbackCheck, &QCheckBox::toggled, this, [this](bool on) {
        updateEnabled();
        if (m_loading)
            return;
        if (on && !m_dueEdited) {
            const bool wasLoading = std::exchange(m_loading, true);
            m_ui->dueEdit->setDate(QDate::currentDate().addDays(1));
            m_loading = wasLoading;
        }
        // Ticked: the contact detail is what the colleague types next.
        if (on)
            m_ui->contactEdit->setFocus(Qt::OtherFocusReason);
        this->changed();
    });
}

void ConsultationForm::updateEnabled()
{
    const bool content = !isNonData(m_loaded.kind);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_ui->roleCombo, m_ui->unitCombo, m_ui->topicsBox, m_ui->questionEdit,
                                          m_ui->assessmentBox, m_ui->outcomeBox, m_ui->callbackBox})
        w->setEnabled(content);
    const bool callback = m_ui->callbackCheck->isChecked();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_ui->contactLabel, m_ui->contactEdit, m_ui->dueLabel, m_ui->dueEdit})
        w->setVisible(callback);
    const bool done = m_loaded.callbackDoneAt.isValid();
    m_ui->callbackCheck->setEnabled(!done);
    m_ui->contactEdit->setEnabled(!done);
    m_ui->dueEdit->setEnabled(!done);
    if (done) {
        m_ui->contactEdit->setPlaceholderText(
            tr("Called back on %1; the contact detail was erased")
                .arg(QLocale().toString(m_loaded.callbackDoneAt.toLocalTime().date(), QLocale::ShortFormat)));
    } else {
        m_ui->contactEdit->setPlaceholderText(tr("Phone number or address; erased when the callback is done"));
    }
    const bool saved = m_loaded.id > 0 || m_lastSavedId > 0;
    m_ui->caseButton->setEnabled(content && saved);
}

void ConsultationForm::updateQuestionCount()
{
    const auto left = ConsultationService::MaxQuestionLength - m_ui->questionEdit->text().size();
    m_ui->questionCount->setText(tr("%1 left").arg(QLocale().toString(left)));
    m_ui->questionCount->setToolTip(tr("%n character(s) left", nullptr, static_cast<int>(left)));
}

qint64 ConsultationForm::guideBodyId() const
{
    return currentCode(m_ui->bodyCombo);
}

void ConsultationForm::refreshGuide()
{
    const qint64 body = currentCode(m_ui->bodyCombo);
    if (body <= 0) {
        m_ui->guideText->setHtml(GuideHtml::hint());
        return;
    }
    auto entry = m_context.guide().entry(body);
    if (!entry) {
        m_ui->guideText->setPlainText(entry.error().message);
        return;
    }
    m_ui->guideText->setHtml(GuideHtml::html(*entry, m_ui->bodyCombo->currentText(), uiLanguage()));
}

} // namespace baken::ui
