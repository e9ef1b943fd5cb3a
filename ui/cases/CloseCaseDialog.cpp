#include "CloseCaseDialog.h"

#include "CaseContext.h"
#include "CodeChoices.h"
#include "ui_CloseCaseDialog.h"
#include "widgets/ButtonDescriptions.h"
#include "widgets/Tone.h"

#include <QPushButton>

namespace baken::ui {

CloseCaseDialog::CloseCaseDialog(CaseContext &context, const CaseFile &file, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::CloseCaseDialog>())
    , m_context(context)
    , m_caseId(file.id)
{
    m_ui->setupUi(this);
    setTone(m_ui->errorLabel, Tone::Problem);
    setWindowTitle(tr("Close case"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Close case"));
    m_ui->buttons->button(QDialogButtonBox::Ok)
        ->setAccessibleDescription(tr("Closes the case with this outcome and sets its destruction date."));
    describeStandardButtons(m_ui->buttons);
    m_ui->errorLabel->hide();
    m_ui->errorLabel->setTextFormat(Qt::PlainText);
    fillCodeCombo(m_ui->outcomeCombo, context.items(CodeList::Outcomes), tr("(choose the outcome)"));
    fillCheckList(m_ui->measuresList, context.items(CodeList::Measures));
    m_ui->dateEdit->setDateRange(file.intake.intakeDate, QDate::currentDate());
    m_ui->dateEdit->setDate(QDate::currentDate());
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &CloseCaseDialog::showDestructionDate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CloseCaseDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &CloseCaseDialog::reject);
    showDestructionDate();
}

CloseCaseDialog::~CloseCaseDialog() = default;

void CloseCaseDialog::showDestructionDate()
{
    const int months = m_context.service().retentionMonths();
    m_ui->destructionLabel->setText(
        tr("Closing sets the destruction date to %1: %n month(s) after closing, the case file is destroyed and only "
           "its coded fields are kept for the statistics.",
           nullptr, months)
            .arg(shortDate(m_ui->dateEdit->date().addMonths(months))));
}

void CloseCaseDialog::accept()
{
    const Status closed = m_context.service().close(m_caseId, currentCode(m_ui->outcomeCombo),
                                                    checkedCodes(m_ui->measuresList), m_ui->dateEdit->date());
    if (!closed) {
        m_ui->errorLabel->setText(closed.error().message);
        m_ui->errorLabel->show();
        if (currentCode(m_ui->outcomeCombo) <= 0)
            m_ui->outcomeCombo->setFocus();
        else if (checkedCodes(m_ui->measuresList).isEmpty())
            m_ui->measuresList->setFocus();
        return;
    }
    Q_EMIT caseClosed(m_caseId);
    QDialog::accept();
}

} // namespace baken::ui
