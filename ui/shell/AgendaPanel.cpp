#include "AgendaPanel.h"

#include "FollowUpsPanel.h"
#include "codelists/SqlCodeListStore.h"
#include "groups/GroupService.h"
#include "groups/SqlGroupStore.h"
#include "vault/Vault.h"
#include "widgets/FocusOrder.h"
#include "widgets/Tone.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace baken::ui {

namespace {

enum Column { DayColumn, TimeColumn, GroupColumn, PlaceColumn };
constexpr int GroupIdRole = Qt::UserRole + 1;
constexpr int OriginalStartRole = Qt::UserRole + 2;

} // namespace

AgendaPanel::AgendaPanel(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_sessionSummary(new QLabel(this))
    , m_sessions(new QTreeWidget(this))
    , m_followUps(new FollowUpsPanel(vault, this))
{
    m_sessions->setObjectName(QStringLiteral("weekSessionsTree"));
    m_sessions->setAccessibleName(tr("Group sessions this week"));
    m_sessions->setAccessibleDescription(tr("The peer-group sessions of this week; press Enter to open the group."));
    m_sessions->setHeaderLabels({tr("Day"), tr("Time"), tr("Group"), tr("Place")});
    m_sessions->setRootIsDecorated(false);
    m_sessions->setUniformRowHeights(true);
    m_sessions->setMinimumHeight(200);
    m_sessions->header()->setStretchLastSection(true);
    m_sessionSummary->setWordWrap(true);
    const auto open = [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        if (const qint64 id = item->data(DayColumn, GroupIdRole).toLongLong(); id > 0)
            Q_EMIT groupSessionOpenRequested(id, item->data(DayColumn, OriginalStartRole).toDateTime());
    };
    connect(m_sessions, &QTreeWidget::itemClicked, this, open);
    connect(m_sessions, &QTreeWidget::itemActivated, this, open);
    connect(m_followUps, &FollowUpsPanel::caseOpenRequested, this, &AgendaPanel::caseOpenRequested);
    connect(m_followUps, &FollowUpsPanel::consultationOpenRequested, this, &AgendaPanel::consultationOpenRequested);
    connect(m_followUps, &FollowUpsPanel::groupTaskOpenRequested, this, &AgendaPanel::groupTaskOpenRequested);

    auto *sessionsLabel = new QLabel(tr("Sessions this week"), this);
    auto *followUpsLabel = new QLabel(tr("Follow-ups"), this);
    for (QLabel *label : {sessionsLabel, followUpsLabel}) {
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }
    auto *sessionColumn = new QVBoxLayout;
    sessionColumn->addWidget(sessionsLabel);
    sessionColumn->addWidget(m_sessionSummary);
    sessionColumn->addWidget(m_sessions, 1);
    auto *followUpColumn = new QVBoxLayout;
    followUpColumn->addWidget(followUpsLabel);
    followUpColumn->addWidget(m_followUps, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(sessionColumn, 2);
    layout->addLayout(followUpColumn, 3);
    setFocusTarget(this, m_followUps);
    whenThemeChanges(m_sessions, [this] { refreshSessions(); });
}

void AgendaPanel::refresh()
{
    // Before the follow-ups are read, so a series that ended shows its check-ins.
    SqlGroupStore store(m_vault.db());
    SqlCodeListStore codes(m_vault.db());
    GroupService service(m_vault, store, codes);
    const auto aftercare = service.refreshAftercare(QDate::currentDate());
    refreshSessions();
    m_followUps->refresh();
    if (!aftercare)
        m_sessionSummary->setText(
            tr("The aftercare tasks could not be brought up to date: %1").arg(aftercare.error().message));
}

void AgendaPanel::refreshSessions()
{
    m_sessions->clear();
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate sunday = monday.addDays(6);
    SqlGroupStore store(m_vault.db());
    SqlCodeListStore codes(m_vault.db());
    GroupService service(m_vault, store, codes);
    auto sessions = service.sessionsFrom(monday);
    if (!sessions) {
        m_sessionSummary->setText(tr("The sessions could not be read: %1").arg(sessions.error().message));
        return;
    }
    QList<GroupSession> week;
    std::optional<GroupSession> next; // the first one after this week
    for (const GroupSession &s : std::as_const(*sessions)) {
        if (s.session.cancelled)
            continue;
        if (s.session.start.date() <= sunday)
            week.append(s);
        else if (!next || s.session.start < next->session.start)
            next = s;
    }
    // A quiet week still shows when the groups meet next.
    const bool quiet = week.isEmpty();
    if (quiet && next)
        week.append(*next);
    std::stable_sort(week.begin(), week.end(),
                     [](const GroupSession &a, const GroupSession &b) { return a.session.start < b.session.start; });

    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTime();
    QTreeWidgetItem *first = nullptr;
    for (const GroupSession &w : std::as_const(week)) {
        auto *item = new QTreeWidgetItem(m_sessions);
        const QDate day = w.session.start.date();
        item->setText(DayColumn, day == today ? tr("Today") : locale.toString(day, QStringLiteral("dddd d MMM")));
        item->setText(TimeColumn, tr("%1–%2").arg(locale.toString(w.session.start.time(), QLocale::ShortFormat),
                                                  locale.toString(w.session.end.time(), QLocale::ShortFormat)));
        item->setText(GroupColumn, w.theme);
        item->setText(PlaceColumn, w.session.place);
        item->setData(DayColumn, GroupIdRole, w.groupId);
        item->setData(DayColumn, OriginalStartRole, w.session.originalStart);
        item->setToolTip(GroupColumn, w.session.end < now ? tr("Open the group to take attendance (click or Enter)")
                                                          : tr("Open this group (click or Enter)"));
        if (w.session.moved)
            item->setToolTip(TimeColumn,
                             tr("Moved from %1").arg(locale.toString(w.session.originalStart, QLocale::ShortFormat)));
        if (w.session.end < now) {
            for (int column = DayColumn; column <= PlaceColumn; ++column)
                item->setForeground(column, toneColorInViews(Tone::Quiet));
        } else if (!first) {
            first = item;
        }
    }
    for (int column : {DayColumn, TimeColumn, GroupColumn})
        m_sessions->resizeColumnToContents(column);
    m_sessionSummary->setText(!quiet ? tr("%n group session(s) this week.", nullptr, static_cast<int>(week.size()))
                              : next ? tr("No group sessions this week. The next one:")
                                     : tr("No group sessions this week."));
    if (first)
        m_sessions->setCurrentItem(first);
}

} // namespace baken::ui
