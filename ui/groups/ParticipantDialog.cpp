#include "ParticipantDialog.h"

#include "GroupContext.h"
#include "ScheduleText.h"
#include "cases/CodeChoices.h"
#include "widgets/ButtonDescriptions.h"
#include "widgets/Tone.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace baken::ui {

namespace {

// Consultations this far back can be named as where someone came from.
constexpr int ConsultationDays = 180;

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    setTone(label, Tone::Problem);
    label->hide();
    return label;
}

QLabel *buddy(const QString &text, QWidget *field)
{
    auto *label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    return label;
}

} // namespace

ParticipantDialog::ParticipantDialog(GroupContext &context, const Participant &participant, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_participant(participant)
    , m_pseudonym(new QLineEdit(participant.pseudonym, this))
    , m_contact(new QLineEdit(participant.contact, this))
    , m_source(new QComboBox(this))
    , m_caseNumber(new QLineEdit(this))
    , m_consultation(new QComboBox(this))
    , m_error(errorLabel(this))
{
    const bool adding = participant.id == 0;
    setWindowTitle(adding ? tr("Add participant") : tr("Change participant"));
    setMinimumWidth(480);
    m_pseudonym->setObjectName(QStringLiteral("pseudonymEdit"));
    m_contact->setObjectName(QStringLiteral("contactEdit"));
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_caseNumber->setObjectName(QStringLiteral("caseNumberEdit"));
    m_consultation->setObjectName(QStringLiteral("consultationCombo"));
    m_pseudonym->setAccessibleName(tr("Pseudonym"));
    m_pseudonym->setMaxLength(GroupService::MaxPseudonymLength);
    m_pseudonym->setPlaceholderText(tr("A first name or a made-up name"));
    m_contact->setAccessibleName(tr("Contact, optional"));
    m_contact->setMaxLength(GroupService::MaxContactLength);
    m_contact->setPlaceholderText(tr("Phone or e-mail, only if they want to be contacted"));
    m_source->setAccessibleName(tr("Came from"));
    for (ParticipantSource source : {ParticipantSource::Self, ParticipantSource::Case, ParticipantSource::Consultation})
        m_source->addItem(label(source), static_cast<int>(source));
    m_source->setCurrentIndex(m_source->findData(static_cast<int>(participant.source)));
    m_caseNumber->setAccessibleName(tr("Case number"));
    m_caseNumber->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("2025-014")));
    m_consultation->setAccessibleName(tr("Doubt-line consultation"));
    m_source->setToolTip(
        tr("How the person came to the group: on their own, from a case or from a doubt-line consultation."));
    m_caseNumber->setAccessibleDescription(tr("The number of the case the person came from."));
    m_consultation->setAccessibleDescription(tr("The doubt-line consultation the person came from."));
    fillConsultations();

    auto *note = new QLabel(tr("The contact detail is personal data: it is kept in the vault, shown only on this "
                               "page, and never goes into a calendar file or a report."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(buddy(tr("&Pseudonym:"), m_pseudonym), m_pseudonym);
    form->addRow(buddy(tr("Con&tact:"), m_contact), m_contact);
    form->addRow(buddy(tr("Came f&rom:"), m_source), m_source);
    form->addRow(buddy(tr("Case &number:"), m_caseNumber), m_caseNumber);
    form->addRow(buddy(tr("C&onsultation:"), m_consultation), m_consultation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("Add") : tr("Save"));
    buttons->button(QDialogButtonBox::Ok)
        ->setAccessibleDescription(adding ? tr("Adds the person to the group, or to the waiting list when it is full.")
                                          : tr("Saves the changes to this participant."));
    describeStandardButtons(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ParticipantDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ParticipantDialog::reject);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ParticipantDialog::updateSource);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (!adding) {
        // Where someone came from is part of their history, not edited later.
        m_source->setEnabled(false);
        m_caseNumber->setEnabled(false);
        m_consultation->setEnabled(false);
    }
    updateSource();
}

void ParticipantDialog::fillConsultations()
{
    m_consultation->addItem(tr("(choose a consultation)"), 0);
    ConsultationFilter filter;
    filter.to = QDate::currentDate();
    filter.from = filter.to.addDays(-ConsultationDays);
    filter.kind = ContactKind::Consultation;
    auto rows = m_context.consultations().list(filter);
    if (!rows)
        return showError(rows.error().message);
    const QLocale locale;
    for (const Consultation &c : *rows) {
        const QString question = c.question.size() > 50 ? c.question.left(49) + u'…' : c.question;
        m_consultation->addItem(tr("%1 – %2").arg(locale.toString(c.occurredAt, QLocale::ShortFormat), question), c.id);
    }
    if (const int at = m_consultation->findData(m_participant.consultationId); at >= 0)
        m_consultation->setCurrentIndex(at);
}

void ParticipantDialog::updateSource()
{
    if (m_participant.id != 0)
        return;
    const auto source = static_cast<ParticipantSource>(m_source->currentData().toInt());
    m_caseNumber->setEnabled(source == ParticipantSource::Case);
    m_consultation->setEnabled(source == ParticipantSource::Consultation);
}

void ParticipantDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ParticipantDialog::accept()
{
    Participant p = m_participant;
    p.pseudonym = m_pseudonym->text().trimmed();
    p.contact = m_contact->text().trimmed();
    if (p.id != 0) {
        if (auto saved = m_context.service().updateParticipant(p); !saved)
            return showError(saved.error().message);
        Q_EMIT participantSaved(p);
        return QDialog::accept();
    }
    p.source = static_cast<ParticipantSource>(m_source->currentData().toInt());
    p.caseId = 0;
    p.consultationId = 0;
    if (p.source == ParticipantSource::Case) {
        const QString number = m_caseNumber->text().trimmed();
        if (number.isEmpty())
            return showError(tr("Give the number of the case this person came from, or choose another source."));
        auto found = m_context.cases().store().caseIdByNumber(number);
        if (!found)
            return showError(found.error().message);
        if (!found->has_value())
            return showError(tr("There is no case with number %1 in this vault.").arg(number));
        p.caseId = **found;
    } else if (p.source == ParticipantSource::Consultation) {
        p.consultationId = m_consultation->currentData().toLongLong();
        if (p.consultationId <= 0)
            return showError(tr("Choose the consultation this person came from, or choose another source."));
    }
    auto added = m_context.service().addParticipant(p);
    if (!added)
        return showError(added.error().message);
    Q_EMIT participantSaved(*added);
    QDialog::accept();
}

LeaveDialog::LeaveDialog(GroupContext &context, const Participant &participant, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_participantId(participant.id)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_reason(new QLineEdit(this))
    , m_error(errorLabel(this))
{
    setWindowTitle(tr("%1 leaves the group").arg(participant.pseudonym));
    setMinimumWidth(420);
    m_date->setObjectName(QStringLiteral("leftOnEdit"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(scheduleDateFormat());
    m_date->setAccessibleName(tr("Date of leaving"));
    m_reason->setAccessibleName(tr("Reason for leaving"));
    m_date->setAccessibleDescription(tr("The day the person leaves the group or the waiting list."));
    m_reason->setMaxLength(GroupService::MaxReasonLength);
    m_reason->setPlaceholderText(tr("A few words, e.g. “found work elsewhere”"));
    auto *intro = new QLabel(participant.state == ParticipantState::Member
                                 ? tr("If someone is waiting, the seat goes to the first of them and you get a task "
                                      "to contact them.")
                                 : tr("%1 is taken off the waiting list.").arg(participant.pseudonym),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(buddy(tr("&Date:"), m_date), m_date);
    form->addRow(buddy(tr("&Reason:"), m_reason), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Leave the group"));
    buttons->button(QDialogButtonBox::Ok)
        ->setAccessibleDescription(tr("Records that the person leaves; someone waiting may get the seat."));
    describeStandardButtons(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LeaveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LeaveDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void LeaveDialog::accept()
{
    if (auto left = m_context.service().leave(m_participantId, m_date->date(), m_reason->text().trimmed()); !left) {
        m_error->setText(left.error().message);
        m_error->show();
        return;
    }
    Q_EMIT participantLeft(m_participantId);
    QDialog::accept();
}

} // namespace baken::ui
