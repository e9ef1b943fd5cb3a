#include "ContactDialog.h"

#include "CaseContext.h"
#include "CodeChoices.h"
#include "ui_ContactDialog.h"
#include "widgets/ButtonDescriptions.h"
#include "widgets/Tone.h"

namespace baken::ui {

ContactDialog::ContactDialog(CaseContext &context, const ContactMoment &contact, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ContactDialog>())
    , m_context(context)
    , m_contact(contact)
{
    m_ui->setupUi(this);
    setTone(m_ui->errorLabel, Tone::Problem);
    setWindowTitle(contact.id ? tr("Edit contact moment") : tr("Add contact moment"));
    m_ui->errorLabel->hide();
    m_ui->errorLabel->setTextFormat(Qt::PlainText);
    fillCodeCombo(m_ui->channelCombo, context.items(CodeList::Channels), tr("(not given)"));
    selectCode(m_ui->channelCombo, contact.channelId, context);
    m_ui->whenEdit->setDateTime(contact.occurredAt.isValid() ? contact.occurredAt.toLocalTime()
                                                             : QDateTime::currentDateTime());
    m_ui->minutesSpin->setValue(contact.minutes);
    m_ui->noteEdit->setPlainText(contact.note);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setAccessibleDescription(tr("Saves the contact moment in the vault."));
    describeStandardButtons(m_ui->buttons);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
}

ContactDialog::~ContactDialog() = default;

void ContactDialog::accept()
{
    ContactMoment contact = m_contact;
    contact.occurredAt = m_ui->whenEdit->dateTime();
    contact.channelId = currentCode(m_ui->channelCombo);
    contact.minutes = m_ui->minutesSpin->value();
    contact.note = m_ui->noteEdit->toPlainText();
    Status saved;
    if (contact.id)
        saved = m_context.service().editContact(contact);
    else if (auto added = m_context.service().addContact(contact); !added)
        saved = added.error();
    if (!saved) {
        m_ui->errorLabel->setText(saved.error().message);
        m_ui->errorLabel->show();
        return;
    }
    Q_EMIT contactSaved(contact.caseId);
    QDialog::accept();
}

} // namespace baken::ui
