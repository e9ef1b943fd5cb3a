#include "GroupDialog.h"

#include "GroupContext.h"
#include "ScheduleText.h"
#include "cases/CodeChoices.h"
#include "groups/GroupService.h"
#include "ui_GroupDialog.h"
#include "widgets/ButtonDescriptions.h"
#include "widgets/Tone.h"

#include <QLocale>
#include <QPushButton>

namespace baken::ui {

GroupDialog::GroupDialog(GroupContext &context, const PeerGroup &group, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::GroupDialog>())
    , m_context(context)
    , m_group(group)
{
    m_ui->setupUi(this);
    setTone(m_ui->errorLabel, Tone::Problem);
    setWindowTitle(group.id ? tr("Edit group") : tr("New group"));
    m_ui->errorLabel->hide();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(group.id ? tr("Save") : tr("Create group"));
    m_ui->buttons->button(QDialogButtonBox::Ok)
        ->setAccessibleDescription(group.id ? tr("Saves the changes to the group and its sessions.")
                                            : tr("Creates the group and plans its sessions."));
    describeStandardButtons(m_ui->buttons);
    for (Recurrence r : allRecurrences())
        m_ui->recurrenceCombo->addItem(label(r), static_cast<int>(r));
    fillCheckList(m_ui->facilitatorsList, context.cases().items(CodeList::GroupFacilitators));
    setCheckedCodes(m_ui->facilitatorsList, group.facilitatorIds, context.cases());
    if (m_ui->facilitatorsList->count() == 0) {
        m_ui->facilitatorsList->setToolTip(tr("Add facilitators in Settings, under code lists"));
        m_ui->facilitatorsList->setEnabled(false);
    }
    m_ui->facilitatorsList->setMaximumHeight(120);
    // The service's limits, so the form never offers what it refuses.
    m_ui->capacitySpin->setRange(1, GroupService::MaxCapacity);
    m_ui->missedSpin->setRange(0, GroupService::MaxMissedInARow);
    m_ui->checkInSpin->setRange(0, GroupService::MaxCheckInDays);
    m_ui->descriptionEdit->setMaximumHeight(100);
    m_ui->firstSessionEdit->setDisplayFormat(scheduleDateTimeFormat());
    m_ui->untilEdit->setDisplayFormat(scheduleDateFormat());

    const SeriesSchedule &s = group.schedule;
    m_ui->themeEdit->setText(group.theme);
    m_ui->descriptionEdit->setPlainText(group.description);
    m_ui->capacitySpin->setValue(group.capacity);
    m_ui->placeEdit->setText(group.place);
    m_ui->onlineLinkEdit->setText(group.onlineLink);
    m_ui->firstSessionEdit->setDateTime(s.firstStart);
    m_ui->durationSpin->setValue(s.durationMinutes);
    m_ui->recurrenceCombo->setCurrentIndex(m_ui->recurrenceCombo->findData(static_cast<int>(s.recurrence)));
    m_ui->endsAfterRadio->setChecked(s.count > 0);
    m_ui->endsOnRadio->setChecked(s.count == 0);
    m_ui->countSpin->setValue(s.count > 0 ? s.count : 6);
    m_ui->untilEdit->setDate(s.until.isValid() ? s.until : s.firstStart.date().addMonths(5));
    m_ui->missedSpin->setValue(group.missedInARow);
    m_ui->checkInSpin->setValue(group.checkInDays);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &GroupDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &GroupDialog::reject);
    connect(m_ui->firstSessionEdit, &QDateTimeEdit::dateTimeChanged, this, &GroupDialog::updatePreview);
    connect(m_ui->durationSpin, &QSpinBox::valueChanged, this, &GroupDialog::updatePreview);
    connect(m_ui->recurrenceCombo, &QComboBox::currentIndexChanged, this, &GroupDialog::updatePreview);
    connect(m_ui->countSpin, &QSpinBox::valueChanged, this, &GroupDialog::updatePreview);
    connect(m_ui->untilEdit, &QDateEdit::dateChanged, this, &GroupDialog::updatePreview);
    connect(m_ui->placeEdit, &QLineEdit::textChanged, this, &GroupDialog::updatePreview);
    connect(m_ui->endsAfterRadio, &QRadioButton::toggled, this, &GroupDialog::updateEnds);
    updateEnds();
}

GroupDialog::~GroupDialog() = default;

PeerGroup GroupDialog::newGroup()
{
    PeerGroup group;
    group.schedule.firstStart = QDateTime(QDate::currentDate().addDays(7), QTime(19, 0));
    group.schedule.durationMinutes = 120;
    group.schedule.recurrence = Recurrence::Monthly;
    group.schedule.count = 6;
    return group;
}

PeerGroup GroupDialog::group() const
{
    PeerGroup group = m_group;
    group.theme = m_ui->themeEdit->text().trimmed();
    group.description = m_ui->descriptionEdit->toPlainText().trimmed();
    group.facilitatorIds = checkedCodes(m_ui->facilitatorsList);
    group.capacity = m_ui->capacitySpin->value();
    group.place = m_ui->placeEdit->text().trimmed();
    group.onlineLink = m_ui->onlineLinkEdit->text().trimmed();
    const QDateTime first = m_ui->firstSessionEdit->dateTime();
    group.schedule.firstStart = QDateTime(first.date(), QTime(first.time().hour(), first.time().minute()));
    group.schedule.durationMinutes = m_ui->durationSpin->value();
    group.schedule.recurrence = static_cast<Recurrence>(m_ui->recurrenceCombo->currentData().toInt());
    const bool byCount = m_ui->endsAfterRadio->isChecked();
    group.schedule.count = byCount ? m_ui->countSpin->value() : 0;
    group.schedule.until = byCount ? QDate() : m_ui->untilEdit->date();
    group.missedInARow = m_ui->missedSpin->value();
    group.checkInDays = m_ui->checkInSpin->value();
    return group;
}

void GroupDialog::updateEnds()
{
    const bool byCount = m_ui->endsAfterRadio->isChecked();
    m_ui->countSpin->setEnabled(byCount);
    m_ui->countLabel->setEnabled(byCount);
    m_ui->untilEdit->setEnabled(!byCount);
    m_ui->untilLabel->setEnabled(!byCount);
    updatePreview();
}

void GroupDialog::updatePreview()
{
    m_ui->previewList->clear();
    const PeerGroup g = group();
    QList<SessionChange> changes;
    if (g.id > 0) {
        // An edited series keeps its moved and cancelled sessions.
        if (auto existing = m_context.store().sessionChanges(g.id))
            changes = *existing;
    }
    const auto expanded = [&]() -> Result<QList<Session>> {
        if (auto valid = Schedules::validate(g.schedule); !valid)
            return valid.error();
        return Schedules::expand(g.schedule, changes, g.location());
    };
    auto sessions = expanded();
    if (!sessions) {
        m_ui->previewSummary->setText(sessions.error().message);
        setTone(m_ui->previewSummary, Tone::Problem);
        return;
    }
    const QLocale locale;
    const QString dayFormat = QStringLiteral("ddd ") + locale.dateFormat(QLocale::ShortFormat);
    int held = 0;
    for (const Session &s : *sessions) {
        QString text =
            tr("%1. %2, %3–%4")
                .arg(s.number)
                .arg(locale.toString(s.start.date(), dayFormat), locale.toString(s.start.time(), QLocale::ShortFormat),
                     locale.toString(s.end.time(), QLocale::ShortFormat));
        if (s.cancelled)
            text += u' ' + tr("(cancelled)");
        else if (s.moved)
            text += u' ' + tr("(moved)");
        auto *item = new QListWidgetItem(text, m_ui->previewList);
        item->setToolTip(locale.toString(s.start, QLocale::LongFormat));
        held += s.cancelled ? 0 : 1;
    }
    setTone(m_ui->previewSummary, Tone::Normal);
    const QString rule = recurrenceText(g.schedule);
    m_ui->previewSummary->setText(
        sessions->isEmpty() ? tr("No sessions.")
                            : tr("%n session(s), %1, the last on %2.", nullptr, held)
                                  .arg(rule, locale.toString(sessions->last().start.date(), QLocale::LongFormat)));
}

void GroupDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void GroupDialog::accept()
{
    const PeerGroup g = group();
    qint64 id = g.id;
    if (id > 0) {
        if (auto saved = m_context.service().updateGroup(g); !saved)
            return showError(saved.error().message);
    } else {
        auto created = m_context.service().createGroup(g);
        if (!created)
            return showError(created.error().message);
        id = *created;
    }
    Q_EMIT groupSaved(id);
    QDialog::accept();
}

} // namespace baken::ui
