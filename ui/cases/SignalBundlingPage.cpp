#include "SignalBundlingPage.h"

#include "CaseContext.h"
#include "CaseFileTabs.h"
#include "cases/SignalBundling.h"
#include "vault/Vault.h"
#include "widgets/FocusOrder.h"
#include "widgets/PageTitle.h"

#include <QAction>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

namespace baken::ui {

namespace {
constexpr int CaseIdRole = Qt::UserRole + 1;
} // namespace

SignalBundlingPage::SignalBundlingPage(CaseContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_from(new QDateEdit(SignalBundling::defaultFrom(QDate::currentDate()), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_tree(new QTreeWidget(this))
    , m_message(new QLabel(this))
{
    auto *back = new QPushButton(tr("&Back to cases"), this);
    back->setToolTip(tr("Back to the list (Alt+Left)"));
    auto *title = new QLabel(tr("Signal bundling"), this);
    makePageTitle(title);
    auto *intro = new QLabel(tr("Registered cases about the same unit or the same person within the period, and "
                                "the anonymous doubt-line consultations about a unit. Only reporters who consented "
                                "may be brought together; ask the others first."),
                             this);
    intro->setWordWrap(true);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setAccessibleName(tr("Period from"));
    m_to->setAccessibleName(tr("Period to"));
    m_tree->setAccessibleName(tr("Groups of cases"));
    m_from->setAccessibleDescription(tr("The first intake date the bundling looks at."));
    m_to->setAccessibleDescription(tr("The last intake date the bundling looks at."));
    m_tree->setAccessibleDescription(
        tr("Groups of cases about the same unit or person; press Enter on a case number to open that case."));
    m_tree->setHeaderLabels({tr("Group and cases"), tr("Consent to bundling")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    connect(back, &QPushButton::clicked, this, &SignalBundlingPage::backRequested);
    connect(m_from, &QDateEdit::dateChanged, this, &SignalBundlingPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &SignalBundlingPage::refresh);
    // One click or Enter on a case number opens it.
    const auto open = [this](QTreeWidgetItem *item) {
        if (const qint64 id = item ? item->data(0, CaseIdRole).toLongLong() : 0; id > 0)
            Q_EMIT caseOpenRequested(id);
    };
    connect(m_tree, &QTreeWidget::itemClicked, this, open);
    connect(m_tree, &QTreeWidget::itemActivated, this, open);
    auto *backAction = new QAction(this);
    backAction->setShortcut(QKeySequence::Back);
    backAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(backAction, &QAction::triggered, this, &SignalBundlingPage::backRequested);
    addAction(backAction);

    auto *header = new QHBoxLayout;
    header->addWidget(back);
    header->addWidget(title);
    header->addStretch();
    auto *period = new QHBoxLayout;
    period->addWidget(buddyLabel(tr("&From:"), m_from));
    period->addWidget(m_from);
    period->addWidget(buddyLabel(tr("&to:"), m_to));
    period->addWidget(m_to);
    period->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(intro);
    layout->addLayout(period);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);
    setFocusTarget(this, m_tree);
}

void SignalBundlingPage::refresh()
{
    m_tree->clear();
    auto groups = SignalBundling(m_context.vault().db()).groups(m_from->date(), m_to->date());
    if (!groups) {
        m_message->setText(tr("The groups could not be read: %1").arg(groups.error().message));
        return;
    }
    m_message->setText(groups->isEmpty() ? tr("No unit or person occurs in more than one case in this period.")
                                         : QString());
    for (const SignalGroup &group : *groups) {
        auto *item = new QTreeWidgetItem(m_tree);
        const int cases = static_cast<int>(group.caseIds.size());
        const QString name = group.kind == SignalGroup::Kind::Unit ? tr("Unit: %1").arg(m_context.label(group.unitId))
                                                                   : tr("Person: %1").arg(group.displayName);
        QString summary = tr("%1 — %n case(s)", nullptr, cases).arg(name);
        if (group.consultations > 0)
            summary += tr(", %n doubt-line consultation(s)", nullptr, group.consultations);
        item->setText(0, summary);
        item->setText(1, cases > 0
                             ? tr("%1 of %2 reporters consented to bundling").arg(group.consentingReporters).arg(cases)
                             : tr("Anonymous consultations only"));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        for (qsizetype i = 0; i < group.caseIds.size(); ++i) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, group.caseNumbers.value(i));
            child->setData(0, CaseIdRole, group.caseIds.at(i));
            child->setToolTip(0, tr("Open case %1").arg(group.caseNumbers.value(i)));
        }
        // Large groups stay folded so that every group fits in the overview.
        item->setExpanded(cases <= 8);
    }
}

} // namespace baken::ui
