// IntakeForm's fields: filling the choices, reading and writing a
// CaseIntake, and which field is enabled when.
#include "CaseContext.h"
#include "CodeChoices.h"
#include "IntakeForm.h"
#include "ui_IntakeForm.h"

namespace baken::ui {

namespace {

void setConsent(QCheckBox *check, QDateEdit *date, const Consent &consent)
{
    check->setChecked(consent.given);
    date->setDate(consent.date.isValid() ? consent.date : QDate::currentDate());
}

Consent consentOf(const QCheckBox *check, const QDateEdit *date)
{
    return check->isChecked() ? Consent{true, date->date()} : Consent{};
}

} // namespace

void IntakeForm::fillChoices()
{
    for (CaseType type : allCaseTypes())
        m_ui->typeCombo->addItem(label(type), static_cast<int>(type));
    for (IncidentFrequency frequency :
         {IncidentFrequency::Unknown, IncidentFrequency::Once, IncidentFrequency::Repeated, IncidentFrequency::Ongoing})
        m_ui->frequencyCombo->addItem(label(frequency), static_cast<int>(frequency));
    const QString none = tr("(not given)");
    fillCodeCombo(m_ui->channelCombo, m_context.items(CodeList::Channels), none);
    fillCodeCombo(m_ui->reporterRoleCombo, m_context.items(CodeList::ReporterRoles), none);
    fillCodeCombo(m_ui->unitCombo, m_context.items(CodeList::Units), none);
    fillCodeCombo(m_ui->clientCombo, m_context.items(CodeList::Clients), none);
    fillCodeCombo(m_ui->accusedRoleCombo, m_context.items(CodeList::AccusedRoles), none);
    fillCodeCombo(m_ui->shareBodyCombo, m_context.items(CodeList::ReferralBodies), tr("(choose a body)"));
    fillCheckList(m_ui->groundsList, m_context.items(CodeList::Grounds));
    fillCheckList(m_ui->formsList, m_context.items(CodeList::Forms));
    const QDate today = QDate::currentDate();
    for (QDateEdit *date : {m_ui->intakeDateEdit, m_ui->incidentDateEdit, m_ui->untilEdit, m_ui->contactConsentDate,
                            m_ui->shareConsentDate, m_ui->bundleConsentDate})
        date->setMaximumDate(today);
}

void IntakeForm::setIntake(const CaseIntake &in)
{
    m_loading = true;
    m_ui->intakeDateEdit->setDate(in.intakeDate.isValid() ? in.intakeDate : QDate::currentDate());
    selectCode(m_ui->channelCombo, in.channelId, m_context);
    m_ui->typeCombo->setCurrentIndex(m_ui->typeCombo->findData(static_cast<int>(in.type)));
    m_ui->bystanderCheck->setChecked(in.bystander);
    m_ui->anonymousRadio->setChecked(in.identity == ReporterIdentity::Anonymous);
    m_ui->pseudonymRadio->setChecked(in.identity == ReporterIdentity::Pseudonym);
    m_ui->namedRadio->setChecked(in.identity == ReporterIdentity::Named);
    m_ui->pseudonymEdit->setText(in.pseudonym);
    m_ui->nameEdit->setText(in.reporterName);
    m_ui->contactEdit->setText(in.reporterContact);
    selectCode(m_ui->reporterRoleCombo, in.reporterRoleId, m_context);
    selectCode(m_ui->unitCombo, in.unitId, m_context);
    selectCode(m_ui->clientCombo, in.clientId, m_context);

    m_ui->incidentCheck->setChecked(in.incidentDate.isValid());
    m_ui->incidentDateEdit->setDate(in.incidentDate.isValid() ? in.incidentDate : m_ui->intakeDateEdit->date());
    m_ui->untilCheck->setChecked(in.incidentUntil.isValid());
    m_ui->untilEdit->setDate(in.incidentUntil.isValid() ? in.incidentUntil : m_ui->intakeDateEdit->date());
    m_ui->frequencyCombo->setCurrentIndex(m_ui->frequencyCombo->findData(static_cast<int>(in.frequency)));
    m_ui->whatEdit->setPlainText(in.whatHappened);
    m_ui->impactEdit->setPlainText(in.impact);
    m_ui->desiredEdit->setPlainText(in.desiredOutcome);
    setCheckedCodes(m_ui->groundsList, in.groundIds, m_context);
    setCheckedCodes(m_ui->formsList, in.formIds, m_context);

    selectCode(m_ui->accusedRoleCombo, in.accusedRoleId, m_context);
    m_ui->accusedNameEdit->setText(in.accusedName);
    setConsent(m_ui->contactConsentCheck, m_ui->contactConsentDate, in.contactConsent);
    setConsent(m_ui->shareConsentCheck, m_ui->shareConsentDate, in.shareConsent);
    setConsent(m_ui->bundleConsentCheck, m_ui->bundleConsentDate, in.bundleConsent);
    selectCode(m_ui->shareBodyCombo, in.shareBodyId, m_context);
    updateEnabled();
    m_loading = false;
}

CaseIntake IntakeForm::intake() const
{
    CaseIntake in;
    in.intakeDate = m_ui->intakeDateEdit->date();
    in.channelId = currentCode(m_ui->channelCombo);
    in.type = static_cast<CaseType>(m_ui->typeCombo->currentData().toInt());
    in.bystander = m_ui->bystanderCheck->isChecked();
    in.identity = m_ui->namedRadio->isChecked()       ? ReporterIdentity::Named
                  : m_ui->pseudonymRadio->isChecked() ? ReporterIdentity::Pseudonym
                                                      : ReporterIdentity::Anonymous;
    // Only what the chosen identity allows is kept: a name typed before
    // switching to anonymous never reaches the vault.
    if (in.identity != ReporterIdentity::Anonymous) {
        in.pseudonym = m_ui->pseudonymEdit->text().trimmed();
        in.reporterContact = m_ui->contactEdit->text().trimmed();
    }
    if (in.identity == ReporterIdentity::Named)
        in.reporterName = m_ui->nameEdit->text().trimmed();
    in.reporterRoleId = currentCode(m_ui->reporterRoleCombo);
    in.unitId = currentCode(m_ui->unitCombo);
    in.clientId = currentCode(m_ui->clientCombo);
    if (m_ui->incidentCheck->isChecked()) {
        in.incidentDate = m_ui->incidentDateEdit->date();
        if (m_ui->untilCheck->isChecked())
            in.incidentUntil = m_ui->untilEdit->date();
    }
    in.frequency = static_cast<IncidentFrequency>(m_ui->frequencyCombo->currentData().toInt());
    in.whatHappened = m_ui->whatEdit->toPlainText();
    in.impact = m_ui->impactEdit->toPlainText();
    in.desiredOutcome = m_ui->desiredEdit->toPlainText();
    in.groundIds = checkedCodes(m_ui->groundsList);
    in.formIds = checkedCodes(m_ui->formsList);
    in.accusedRoleId = currentCode(m_ui->accusedRoleCombo);
    in.accusedName = m_ui->accusedNameEdit->text().trimmed();
    in.contactConsent = consentOf(m_ui->contactConsentCheck, m_ui->contactConsentDate);
    in.shareConsent = consentOf(m_ui->shareConsentCheck, m_ui->shareConsentDate);
    in.bundleConsent = consentOf(m_ui->bundleConsentCheck, m_ui->bundleConsentDate);
    if (in.shareConsent.given)
        in.shareBodyId = currentCode(m_ui->shareBodyCombo);
    return in;
}

void IntakeForm::connectChanges()
{
    const auto changed = [this] { this->changed(); };
    for (QLineEdit *edit : {m_ui->pseudonymEdit, m_ui->nameEdit, m_ui->contactEdit, m_ui->accusedNameEdit})
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QPlainTextEdit *edit : {m_ui->whatEdit, m_ui->impactEdit, m_ui->desiredEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    for (QComboBox *combo : {m_ui->channelCombo, m_ui->typeCombo, m_ui->reporterRoleCombo, m_ui->unitCombo,
                             m_ui->clientCombo, m_ui->frequencyCombo, m_ui->accusedRoleCombo, m_ui->shareBodyCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (QDateEdit *date : {m_ui->intakeDateEdit, m_ui->incidentDateEdit, m_ui->untilEdit, m_ui->contactConsentDate,
                            m_ui->shareConsentDate, m_ui->bundleConsentDate})
        connect(date, &QDateEdit::dateChanged, this, changed);
    for (QAbstractButton *button :
         std::initializer_list<QAbstractButton *>{m_ui->bystanderCheck, m_ui->anonymousRadio, m_ui->pseudonymRadio,
                                                  m_ui->namedRadio, m_ui->incidentCheck, m_ui->untilCheck}) {
        connect(button, &QAbstractButton::toggled, this, [this] {
            updateEnabled();
            this->changed();
        });
    }
    // A consent ticked now was given today, unless the advisor says otherwise.
    const std::pair<QCheckBox *, QDateEdit *> consents[] = {{m_ui->contactConsentCheck, m_ui->contactConsentDate},
                                                            {m_ui->shareConsentCheck, m_ui->shareConsentDate},
                                                            {m_ui->bundleConsentCheck, m_ui->bundleConsentDate}};
    for (const auto &[check, date] : consents) {
        connect(check, &QCheckBox::toggled, this, [this, date = date](bool on) {
            if (on && !m_loading)
                date->setDate(QDate::currentDate());
            updateEnabled();
            this->changed();
        });
    }
    connect(m_ui->groundsList, &QListWidget::itemChanged, this, changed);
    connect(m_ui->formsList, &QListWidget::itemChanged, this, changed);
}

void IntakeForm::updateEnabled()
{
    const bool named = m_ui->namedRadio->isChecked();
    const bool pseudonym = m_ui->pseudonymRadio->isChecked();
    m_ui->pseudonymEdit->setEnabled(named || pseudonym);
    m_ui->nameEdit->setEnabled(named);
    m_ui->contactEdit->setEnabled(named || pseudonym);
    m_ui->incidentDateEdit->setEnabled(m_ui->incidentCheck->isChecked());
    m_ui->untilCheck->setEnabled(m_ui->incidentCheck->isChecked());
    m_ui->untilEdit->setEnabled(m_ui->incidentCheck->isChecked() && m_ui->untilCheck->isChecked());
    m_ui->contactConsentDate->setEnabled(m_ui->contactConsentCheck->isChecked());
    m_ui->shareConsentDate->setEnabled(m_ui->shareConsentCheck->isChecked());
    m_ui->shareBodyCombo->setEnabled(m_ui->shareConsentCheck->isChecked());
    m_ui->shareBodyLabel->setEnabled(m_ui->shareConsentCheck->isChecked());
    m_ui->bundleConsentDate->setEnabled(m_ui->bundleConsentCheck->isChecked());
    m_ui->callbackTitleEdit->setEnabled(m_ui->callbackCheck->isChecked());
    m_ui->callbackDueEdit->setEnabled(m_ui->callbackCheck->isChecked());
}

void IntakeForm::focusOffendingField(const CaseIntake &in)
{
    QWidget *field = nullptr;
    const QDate today = QDate::currentDate();
    if (!in.intakeDate.isValid() || in.intakeDate > today)
        field = m_ui->intakeDateEdit;
    else if (in.incidentDate.isValid() && in.incidentDate > in.intakeDate)
        field = m_ui->incidentDateEdit;
    else if (in.incidentUntil.isValid() && in.incidentUntil < in.incidentDate)
        field = m_ui->untilEdit;
    else if (in.identity == ReporterIdentity::Pseudonym && in.pseudonym.isEmpty())
        field = m_ui->pseudonymEdit;
    else if (in.identity == ReporterIdentity::Named && in.reporterName.isEmpty())
        field = m_ui->nameEdit;
    else if (in.shareConsent.given && in.shareBodyId <= 0)
        field = m_ui->shareBodyCombo;
    else if (m_mode == Mode::Draft && m_ui->callbackCheck->isChecked()
             && m_ui->callbackTitleEdit->text().trimmed().isEmpty())
        field = m_ui->callbackTitleEdit;
    if (field) {
        m_ui->scrollArea->ensureWidgetVisible(field);
        field->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace baken::ui
