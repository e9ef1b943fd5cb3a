#include "CaseContext.h"
#include "CaseFileTabs.h"
#include "CodeChoices.h"
#include "widgets/Tone.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>

namespace baken::ui {

namespace {
enum Column { DueColumn, KindColumn, TitleColumn, DoneColumn };
constexpr int FollowUpRole = Qt::UserRole + 1;
} // namespace

FollowUpsTab::FollowUpsTab(CaseContext &context, QWidget *parent)
    : CaseFileTab(context, parent)
    , m_list(makeList(tr("Follow-ups"), {tr("Due"), tr("Kind"), tr("What"), tr("Done")}))
    , m_title(new QLineEdit(this))
    , m_due(new QDateEdit(QDate::currentDate().addDays(7), this))
    , m_kind(new QComboBox(this))
    , m_done(new QPushButton(tr("&Mark done"), this))
{
    m_list->setAccessibleDescription(tr("The follow-ups of this case; select one to mark it done."));
    m_due->setCalendarPopup(true);
    m_due->setAccessibleName(tr("Due date of the new follow-up"));
    m_title->setAccessibleName(tr("Description of the new follow-up"));
    m_kind->setAccessibleName(tr("Kind of the new follow-up"));
    m_title->setAccessibleDescription(tr("What needs to be done, for example: give the reporter feedback."));
    m_due->setAccessibleDescription(tr("The date by which the new follow-up must be done."));
    m_kind->setToolTip(tr("A task, a callback, confirming receipt or giving the reporter feedback."));
    m_done->setToolTip(tr("Marks the selected follow-up as done today."));
    for (FollowUpKind kind :
         {FollowUpKind::Task, FollowUpKind::Callback, FollowUpKind::Acknowledge, FollowUpKind::Feedback})
        m_kind->addItem(label(kind), static_cast<int>(kind));
    auto *add = new QPushButton(tr("&Add follow-up"), this);
    add->setAccessibleDescription(tr("Adds the new follow-up to this case; the dashboard shows it when it is due."));
    connect(add, &QPushButton::clicked, this, &FollowUpsTab::add);
    connect(m_title, &QLineEdit::returnPressed, this, &FollowUpsTab::add);
    connect(m_done, &QPushButton::clicked, this, &FollowUpsTab::markDone);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_done->setEnabled(item && item->text(DoneColumn).isEmpty()); });

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(buddyLabel(tr("Ne&w:"), m_title));
    addRow->addWidget(m_title, 1);
    addRow->addWidget(buddyLabel(tr("d&ue"), m_due));
    addRow->addWidget(m_due);
    addRow->addWidget(buddyLabel(tr("&kind"), m_kind));
    addRow->addWidget(m_kind);
    addRow->addWidget(add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_done);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addLayout(addRow);
    // Mark done sits under the list, above the fields for a new one.
    setTabOrder(m_list, m_done);
    whenThemeChanges(m_list, [this] {
        if (m_caseId != 0)
            refresh();
    });
}

void FollowUpsTab::refresh()
{
    m_list->clear();
    m_done->setEnabled(false);
    auto followUps = m_context.store().followUps(m_caseId);
    if (!followUps)
        return showMessage(followUps.error().message);
    const QDate today = QDate::currentDate();
    for (const FollowUp &f : *followUps) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(DueColumn, FollowUpRole, f.id);
        if (f.isOverdue(today)) {
            item->setText(DueColumn, tr("%1 (overdue)").arg(shortDate(f.due)));
            item->setForeground(DueColumn, toneColorInViews(Tone::Problem));
            item->setIcon(DueColumn, QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        } else {
            item->setText(DueColumn, shortDate(f.due));
        }
        item->setText(KindColumn, label(f.kind));
        item->setText(TitleColumn, f.title);
        item->setText(DoneColumn, f.isDone() ? shortDate(f.doneAt.toLocalTime().date()) : QString());
    }
    for (int column = DueColumn; column < DoneColumn; ++column)
        m_list->resizeColumnToContents(column);
}

void FollowUpsTab::add()
{
    FollowUp f;
    f.caseId = m_caseId;
    f.title = m_title->text().trimmed();
    f.due = m_due->date();
    f.kind = static_cast<FollowUpKind>(m_kind->currentData().toInt());
    if (auto added = m_context.service().addFollowUp(f); !added) {
        showMessage(added.error().message);
        m_title->setFocus();
        return;
    }
    showMessage({});
    m_title->clear();
    refresh();
    Q_EMIT caseChanged();
}

void FollowUpsTab::markDone()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (auto done = m_context.service().completeFollowUp(item->data(DueColumn, FollowUpRole).toLongLong()); !done)
        return showMessage(done.error().message);
    showMessage({});
    refresh();
    Q_EMIT caseChanged();
}

} // namespace baken::ui
