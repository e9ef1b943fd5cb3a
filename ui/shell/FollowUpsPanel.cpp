#include "FollowUpsPanel.h"

#include "cases/SqlCaseStore.h"
#include "doubtline/SqlConsultationStore.h"
#include "groups/GroupTaskModel.h"
#include "groups/SqlGroupStore.h"
#include "vault/Vault.h"
#include "widgets/FocusOrder.h"
#include "widgets/Tone.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace baken::ui {

namespace {

enum Column { DueColumn, CaseColumn, WhatColumn };
constexpr int CaseIdRole = Qt::UserRole + 1;
constexpr int ConsultationIdRole = Qt::UserRole + 2;
constexpr int GroupIdRole = Qt::UserRole + 3;
constexpr int GroupTaskIdRole = Qt::UserRole + 4;

// A case follow-up, a doubt-line callback or a group task, as one row.
struct DueItem {
    QDate due;
    QString where;
    QString what;
    QString tip;
    qint64 caseId = 0;
    qint64 consultationId = 0;
    qint64 groupId = 0;
    qint64 groupTaskId = 0;
};

} // namespace

FollowUpsPanel::FollowUpsPanel(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    m_tree->setObjectName(QStringLiteral("followUpsTree"));
    m_tree->setAccessibleName(tr("Follow-ups due"));
    m_tree->setAccessibleDescription(
        tr("Follow-ups, callbacks and group tasks that are overdue or due within a week; press Enter to open one."));
    m_tree->setHeaderLabels({tr("Due"), tr("From"), tr("What")});
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumHeight(200);
    m_tree->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    const auto open = [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        if (const qint64 id = item->data(DueColumn, CaseIdRole).toLongLong(); id > 0)
            Q_EMIT caseOpenRequested(id);
        else if (const qint64 consultation = item->data(DueColumn, ConsultationIdRole).toLongLong(); consultation > 0)
            Q_EMIT consultationOpenRequested(consultation);
        else if (const qint64 group = item->data(DueColumn, GroupIdRole).toLongLong(); group > 0)
            Q_EMIT groupTaskOpenRequested(group, item->data(DueColumn, GroupTaskIdRole).toLongLong());
    };
    connect(m_tree, &QTreeWidget::itemClicked, this, open);
    connect(m_tree, &QTreeWidget::itemActivated, this, open);
    whenThemeChanges(m_tree, [this] { refresh(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);
    setFocusTarget(this, m_tree);
}

void FollowUpsPanel::refresh()
{
    m_tree->clear();
    const QDate today = QDate::currentDate();
    const QDate until = today.addDays(UpcomingDays);
    auto due = SqlCaseStore(m_vault.db()).openFollowUps(until);
    auto callbacks = SqlConsultationStore(m_vault.db()).openCallbacks(until);
    auto tasks = SqlGroupStore(m_vault.db()).openTasks(until);
    if (!due || !callbacks || !tasks) {
        const QString error = !due         ? due.error().message
                              : !callbacks ? callbacks.error().message
                                           : tasks.error().message;
        m_summary->setText(tr("The follow-ups could not be read: %1").arg(error));
        return;
    }
    QList<DueItem> items;
    for (const FollowUp &f : *due) {
        // The titles of automatic follow-ups already say what they are; the
        // kind goes into the tooltip.
        items.append({f.due, f.caseNumber, f.title, label(f.kind), f.caseId, 0, 0, 0});
    }
    const QLocale locale;
    // The contact detail stays on the doubt-line page: the dashboard is the
    // screen most often in view of others.
    for (const Consultation &c : *callbacks) {
        items.append({c.callbackDue, tr("Doubt line"), tr("Call back the caller"),
                      tr("Callback from the doubt-line consultation of %1")
                          .arg(locale.toString(c.occurredAt, QLocale::ShortFormat)),
                      0, c.id, 0, 0});
    }
    for (const GroupTask &t : *tasks)
        items.append(
            {t.due, tr("Group: %1").arg(t.groupTheme), groupTaskText(t), label(t.kind), 0, 0, t.groupId, t.id});
    std::stable_sort(items.begin(), items.end(), [](const DueItem &a, const DueItem &b) { return a.due < b.due; });

    auto *overdue = new QTreeWidgetItem(m_tree, {tr("Overdue")});
    auto *dueToday = new QTreeWidgetItem(m_tree, {tr("Today")});
    auto *upcoming = new QTreeWidgetItem(m_tree, {tr("Next %n day(s)", nullptr, UpcomingDays)});
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const DueItem &d : std::as_const(items)) {
        QTreeWidgetItem *section = d.due < today ? overdue : d.due == today ? dueToday : upcoming;
        auto *item = new QTreeWidgetItem(section);
        item->setText(DueColumn, locale.toString(d.due, QLocale::ShortFormat));
        item->setText(CaseColumn, d.where);
        item->setText(WhatColumn, d.what);
        item->setToolTip(WhatColumn, d.tip);
        item->setData(DueColumn, CaseIdRole, d.caseId);
        item->setData(DueColumn, ConsultationIdRole, d.consultationId);
        item->setData(DueColumn, GroupIdRole, d.groupId);
        item->setData(DueColumn, GroupTaskIdRole, d.groupTaskId);
        item->setToolTip(CaseColumn, d.caseId > 0    ? tr("Open this case (click or Enter)")
                                     : d.groupId > 0 ? tr("Open the group's tasks (click or Enter)")
                                                     : tr("Open this consultation on the doubt line (click or Enter)"));
        if (section == overdue) {
            item->setIcon(DueColumn, warning);
            item->setForeground(DueColumn, toneColorInViews(Tone::Problem));
        }
    }
    for (QTreeWidgetItem *section : {overdue, dueToday, upcoming}) {
        QFont bold = section->font(0);
        bold.setBold(true);
        section->setFont(DueColumn, bold);
        section->setFirstColumnSpanned(true);
        section->setText(DueColumn, tr("%1 (%2)").arg(section->text(DueColumn)).arg(section->childCount()));
        section->setFlags(Qt::ItemIsEnabled);
        section->setExpanded(true);
    }
    m_tree->resizeColumnToContents(DueColumn);
    m_tree->resizeColumnToContents(CaseColumn);
    m_summary->setText(overdue->childCount() > 0
                           ? tr("%n follow-up(s) overdue. Click one, or select it and press Enter, to open it.",
                                nullptr, overdue->childCount())
                           : tr("Nothing overdue."));
    if (QTreeWidgetItem *first = overdue->childCount()    ? overdue->child(0)
                                 : dueToday->childCount() ? dueToday->child(0)
                                                          : upcoming->child(0))
        m_tree->setCurrentItem(first);
}

} // namespace baken::ui
