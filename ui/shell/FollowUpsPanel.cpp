#include "FollowUpsPanel.h"

#include "cases/SqlCaseStore.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace baken::ui {

namespace {

enum Column { DueColumn, CaseColumn, WhatColumn };
constexpr int CaseIdRole = Qt::UserRole + 1;

} // namespace

FollowUpsPanel::FollowUpsPanel(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    m_tree->setObjectName(QStringLiteral("followUpsTree"));
    m_tree->setAccessibleName(tr("Follow-ups due"));
    m_tree->setHeaderLabels({tr("Due"), tr("Case"), tr("What")});
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumHeight(200);
    m_tree->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    const auto open = [this](QTreeWidgetItem *item) {
        if (const qint64 id = item ? item->data(DueColumn, CaseIdRole).toLongLong() : 0; id > 0)
            Q_EMIT caseOpenRequested(id);
    };
    connect(m_tree, &QTreeWidget::itemClicked, this, open);
    connect(m_tree, &QTreeWidget::itemActivated, this, open);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);
    setFocusProxy(m_tree);
}

void FollowUpsPanel::refresh()
{
    m_tree->clear();
    const QDate today = QDate::currentDate();
    SqlCaseStore store(m_vault.db());
    auto due = store.openFollowUps(today.addDays(UpcomingDays));
    if (!due) {
        m_summary->setText(tr("The follow-ups could not be read: %1").arg(due.error().message));
        return;
    }
    const QLocale locale;
    auto *overdue = new QTreeWidgetItem(m_tree, {tr("Overdue")});
    auto *dueToday = new QTreeWidgetItem(m_tree, {tr("Today")});
    auto *upcoming = new QTreeWidgetItem(m_tree, {tr("Next %n day(s)", nullptr, UpcomingDays)});
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const FollowUp &f : *due) {
        QTreeWidgetItem *section = f.due < today ? overdue : f.due == today ? dueToday : upcoming;
        auto *item = new QTreeWidgetItem(section);
        item->setText(DueColumn, locale.toString(f.due, QLocale::ShortFormat));
        item->setText(CaseColumn, f.caseNumber);
        // The titles of automatic follow-ups already say what they are; the kind
        // goes into the tooltip.
        item->setText(WhatColumn, f.title);
        item->setToolTip(WhatColumn, label(f.kind));
        item->setData(DueColumn, CaseIdRole, f.caseId);
        item->setToolTip(CaseColumn, tr("Open this case (click or Enter)"));
        if (section == overdue) {
            item->setIcon(DueColumn, warning);
            item->setForeground(DueColumn, QColor(0xb3, 0x26, 0x1e));
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
                           ? tr("%n follow-up(s) overdue. Click one, or select it and press Enter, to open its case.",
                                nullptr, overdue->childCount())
                           : tr("Nothing overdue."));
    if (QTreeWidgetItem *first = overdue->childCount()    ? overdue->child(0)
                                 : dueToday->childCount() ? dueToday->child(0)
                                                          : upcoming->child(0))
        m_tree->setCurrentItem(first);
}

} // namespace baken::ui
