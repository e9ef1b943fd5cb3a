#include "CaseContext.h"
#include "CaseFileTabs.h"
#include "CodeChoices.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

namespace baken::ui {

namespace {
enum Column { DateColumn, DurationColumn, ActivityColumn };
} // namespace

HoursTab::HoursTab(CaseContext &context, QWidget *parent)
    : CaseFileTab(context, parent)
    , m_list(makeList(tr("Hours"), {tr("Date"), tr("Time (h:mm)"), tr("Activity")}))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_duration(new QLineEdit(this))
    , m_activity(new QComboBox(this))
    , m_total(new QLabel(this))
{
    m_list->setAccessibleDescription(
        tr("The time spent on this case, with the total below; the hours export counts it."));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setAccessibleName(tr("Date of the hours"));
    m_date->setAccessibleDescription(tr("The day the time was spent."));
    m_duration->setAccessibleName(tr("Time spent, in minutes or h:mm"));
    m_duration->setPlaceholderText(tr("minutes or h:mm"));
    m_duration->setMaximumWidth(140);
    m_activity->setAccessibleName(tr("Activity"));
    m_activity->setToolTip(tr("What the time was spent on, such as a conversation, travel or reports."));
    fillCodeCombo(m_activity, context.items(CodeList::Activities), tr("(not given)"));
    auto *add = new QPushButton(tr("&Add hours"), this);
    add->setAccessibleDescription(tr("Records the time on this case."));
    connect(add, &QPushButton::clicked, this, &HoursTab::add);
    connect(m_duration, &QLineEdit::returnPressed, this, &HoursTab::add);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(buddyLabel(tr("&Date:"), m_date));
    addRow->addWidget(m_date);
    addRow->addWidget(buddyLabel(tr("&Time:"), m_duration));
    addRow->addWidget(m_duration);
    addRow->addWidget(buddyLabel(tr("Acti&vity:"), m_activity));
    addRow->addWidget(m_activity, 1);
    addRow->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_total);
    layout->addWidget(m_message);
    layout->addLayout(addRow);
}

void HoursTab::refresh()
{
    m_list->clear();
    auto hours = m_context.store().hours(m_caseId);
    if (!hours)
        return showMessage(hours.error().message);
    int total = 0;
    for (const HoursEntry &entry : *hours) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(DateColumn, shortDate(entry.date));
        item->setText(DurationColumn, formatMinutes(entry.minutes));
        item->setTextAlignment(DurationColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(ActivityColumn, m_context.label(entry.activityId));
        total += entry.minutes;
    }
    m_list->resizeColumnToContents(DateColumn);
    m_list->resizeColumnToContents(DurationColumn);
    m_total->setText(tr("Total: %1 (h:mm)").arg(formatMinutes(total)));
}

void HoursTab::add()
{
    const auto minutes = parseMinutes(m_duration->text());
    if (!minutes) {
        showMessage(tr("Give the time as minutes (90) or hours and minutes (1:30)."));
        m_duration->setFocus();
        return;
    }
    HoursEntry entry;
    entry.caseId = m_caseId;
    entry.date = m_date->date();
    entry.minutes = *minutes;
    entry.activityId = currentCode(m_activity);
    if (auto added = m_context.service().addHours(entry); !added) {
        showMessage(added.error().message);
        m_duration->setFocus();
        return;
    }
    showMessage({});
    m_duration->clear();
    refresh();
    Q_EMIT caseChanged();
}

} // namespace baken::ui
