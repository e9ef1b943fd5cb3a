#include "CaseContext.h"
#include "CaseFileTabs.h"
#include "vault/Vault.h"

#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace baken::ui {

namespace {

enum Column { WhenColumn, WhatColumn, WhoColumn };

// Audit events in words. The log says that something happened, never what
// the case says, and neither does this list.
QString eventText(const QString &event)
{
    static const struct {
        const char *event;
        const char *text;
    } texts[] = {
        {"case.registered", QT_TRANSLATE_NOOP("baken::ui::HistoryTab", "Intake registered")},
        {"case.updated", QT_TRANSLATE_NOOP("baken::ui::HistoryTab", "Intake changed")},
        {"case.status_changed", QT_TRANSLATE_NOOP("baken::ui::HistoryTab", "Status changed")},
        {"case.closed", QT_TRANSLATE_NOOP("baken::ui::HistoryTab", "Case closed")},
        {"case.reopened", QT_TRANSLATE_NOOP("baken::ui::HistoryTab", "Case reopened")},
        {"case.contact_added", QT_TRANSLATE_NOOP("baken::ui::HistoryTab", "Contact moment added")},
        {"case.contact_edited", QT_TRANSLATE_NOOP("baken::ui::HistoryTab", "Contact moment edited")},
        {"case.referred", QT_TRANSLATE_NOOP("baken::ui::HistoryTab", "Referral recorded")},
        {"case.followup_added", QT_TRANSLATE_NOOP("baken::ui::HistoryTab", "Follow-up added")},
        {"case.followup_done", QT_TRANSLATE_NOOP("baken::ui::HistoryTab", "Follow-up done")},
        {"case.hours_added", QT_TRANSLATE_NOOP("baken::ui::HistoryTab", "Hours recorded")},
    };
    for (const auto &entry : texts)
        if (event == QLatin1String(entry.event))
            return QCoreApplication::translate("baken::ui::HistoryTab", entry.text);
    return event;
}

struct Line {
    QDateTime at;
    QString what;
    QString who;
};

} // namespace

HistoryTab::HistoryTab(CaseContext &context, QWidget *parent)
    : CaseFileTab(context, parent)
    , m_list(makeList(tr("History"), {tr("When"), tr("What"), tr("Who")}))
{
    m_list->setAccessibleDescription(
        tr("What was done in this case and when, from the audit log; it never shows what the case says."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_message);
}

void HistoryTab::refresh()
{
    m_list->clear();
    QList<Line> lines;
    auto changes = m_context.store().statusHistory(m_caseId);
    if (!changes)
        return showMessage(changes.error().message);
    for (const StatusChange &change : *changes) {
        lines << Line{change.at,
                      change.from ? tr("Status: %1 → %2").arg(label(*change.from), label(change.to))
                                  : tr("Status: %1").arg(label(change.to)),
                      {}};
    }
    // The case's own entries, and those about its follow-ups.
    constexpr int Limit = 500;
    QList<AuditEntry> entries;
    if (auto own = m_context.vault().audit().forObject(QStringLiteral("case"), QString::number(m_caseId), Limit))
        entries << *own;
    if (auto followUps = m_context.store().followUps(m_caseId)) {
        for (const FollowUp &f : *followUps)
            if (auto done = m_context.vault().audit().forObject(QStringLiteral("follow_up"), QString::number(f.id), 5))
                entries << *done;
    }
    for (const AuditEntry &entry : entries)
        lines << Line{entry.at, eventText(entry.event), entry.actor};
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.at > b.at; });
    for (const Line &line : lines) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(WhenColumn, QLocale().toString(line.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(WhatColumn, line.what);
        item->setText(WhoColumn, line.who);
    }
    m_list->resizeColumnToContents(WhenColumn);
    m_list->resizeColumnToContents(WhatColumn);
}

} // namespace baken::ui
