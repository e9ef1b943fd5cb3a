#include "GroupsPage.h"

#include "GroupContext.h"
#include "GroupListModel.h"
#include "GroupTabs.h"
#include "widgets/PageTitle.h"
#include "widgets/Tone.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace baken::ui {

namespace {

QTableView *makeListView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QStringLiteral("groupListView"));
    view->setModel(model);
    view->setAccessibleName(GroupsPage::tr("Groups"));
    view->setAccessibleDescription(
        GroupsPage::tr("The peer-support groups; choose one to see its sessions, participants and tasks."));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(GroupListModel::ThemeColumn, QHeaderView::Stretch);
    for (int column : {GroupListModel::NextSessionColumn, GroupListModel::SeatsColumn, GroupListModel::WaitingColumn})
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    return view;
}

} // namespace

GroupsPage::GroupsPage(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_context(std::make_unique<GroupContext>(vault))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_list(new GroupListModel(*m_context, this))
    , m_listView(makeListView(m_list, this))
    , m_new(new QPushButton(tr("&New group…"), this))
    , m_edit(new QPushButton(tr("&Edit group…"), this))
    , m_export(new QPushButton(tr("E&xport calendar (.ics)…"), this))
    , m_detail(new QStackedWidget(this))
    , m_theme(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_sessions(new SessionsTab(*m_context))
    , m_participants(new ParticipantsTab(*m_context))
    , m_attendance(new AttendanceTab(*m_context))
    , m_tasks(new GroupTasksTab(*m_context))
    , m_evaluation(new EvaluationTab(*m_context))
    , m_allTabs({m_sessions, m_participants, m_attendance, m_tasks, m_evaluation})
{
    auto *title = new QLabel(tr("Peer-support groups"), this);
    makePageTitle(title);
    m_new->setObjectName(QStringLiteral("newGroupButton"));
    m_edit->setObjectName(QStringLiteral("editGroupButton"));
    m_new->setToolTip(tr("Starts a new group series with its theme, place and schedule."));
    m_edit->setToolTip(tr("Changes the theme, place or schedule of the chosen group."));
    m_export->setObjectName(QStringLiteral("exportCalendarButton"));
    m_theme->setObjectName(QStringLiteral("groupTheme"));
    m_summary->setObjectName(QStringLiteral("groupSummary"));
    m_message->setObjectName(QStringLiteral("groupsMessage"));
    m_tabs->setObjectName(QStringLiteral("groupTabs"));
    m_export->setToolTip(tr("Save the sessions as a calendar file (.ics) to import into Outlook, Google or Apple "
                            "Calendar. It holds the theme, description, place and dates, never a participant."));
    QFont heading = m_theme->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_theme->setFont(heading);
    m_theme->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *listLabel = new QLabel(tr("&Groups:"), this);
    listLabel->setBuddy(m_listView);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addStretch();
    auto *listPanel = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(listLabel);
    listLayout->addWidget(m_listView, 1);
    listLayout->addLayout(listButtons);

    m_tabs->addTab(m_sessions, tr("&Sessions"));
    m_tabs->addTab(m_participants, tr("&Participants"));
    m_tabs->addTab(m_attendance, tr("A&ttendance"));
    m_tabs->addTab(m_tasks, tr("Tas&ks"));
    m_tabs->addTab(m_evaluation, tr("E&valuation"));
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(m_edit);
    headerButtons->addWidget(m_export);
    headerButtons->addStretch();
    auto *groupPanel = new QWidget(this);
    auto *groupLayout = new QVBoxLayout(groupPanel);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    groupLayout->addWidget(m_theme);
    groupLayout->addWidget(m_summary);
    groupLayout->addLayout(headerButtons);
    groupLayout->addWidget(m_message);
    groupLayout->addWidget(m_tabs, 1);
    auto *empty = new QLabel(tr("No group yet. Start one with “New group…”: a theme, the facilitators, how many "
                                "seats, and when it meets."),
                             this);
    empty->setObjectName(QStringLiteral("noGroupLabel"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_detail->addWidget(empty);
    m_detail->addWidget(groupPanel);

    m_splitter->addWidget(listPanel);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &GroupsPage::newGroup);
    connect(m_edit, &QPushButton::clicked, this, &GroupsPage::editGroup);
    connect(m_export, &QPushButton::clicked, this, &GroupsPage::exportCalendar);
    connect(m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_listView->selectionModel()->selectedRows();
        const qint64 id = rows.isEmpty() ? 0 : m_list->idAt(rows.first().row());
        if (id > 0 && id != m_groupId)
            showGroup(id);
    });
    // Enter on a group goes into its open tab.
    connect(m_listView, &QAbstractItemView::activated, this, [this] {
        if (QWidget *tab = m_tabs->currentWidget())
            tab->setFocus(Qt::OtherFocusReason);
    });
    for (GroupTab *tab : std::as_const(m_allTabs)) {
        connect(tab, &GroupTab::groupChanged, this, [this, tab] {
            m_list->reload();
            selectInList(m_groupId);
            refreshHeader();
            refreshTabsExcept(tab);
            Q_EMIT groupsChanged();
        });
    }
    setFocusProxy(m_listView);
    // No refresh() here: showEvent() reads the groups each time the page is
    // shown, so a page nobody opened costs nothing on unlock.
}

GroupsPage::~GroupsPage()
{
    // The widgets go before the stores they use.
    delete m_splitter;
}

void GroupsPage::showEvent(QShowEvent *event)
{
    // Sessions pass and tasks fall due while the app stays open.
    refresh();
    QWidget::showEvent(event);
    if (!m_sized && width() > 0) {
        m_sized = true;
        m_splitter->setSizes({width() * 2 / 5, width() * 3 / 5});
    }
}

void GroupsPage::refresh()
{
    m_list->reload();
    if (!m_list->errorText().isEmpty())
        showMessage(m_list->errorText());
    if (m_list->rowOf(m_groupId) < 0)
        m_groupId = 0;
    const qint64 id = m_groupId > 0 ? m_groupId : m_list->idAt(0);
    m_groupId = 0;
    if (id > 0) {
        selectInList(id);
        showGroup(id);
    } else {
        m_detail->setCurrentIndex(0);
        m_edit->setEnabled(false);
        m_export->setEnabled(false);
    }
}

void GroupsPage::reloadChoices()
{
    m_context->cases().clearLabels();
    refreshHeader();
}

void GroupsPage::setAsker(const Asker &asker)
{
    for (GroupTab *tab : std::as_const(m_allTabs))
        tab->setAsker(asker);
}

void GroupsPage::showGroup(qint64 groupId)
{
    const bool same = groupId == m_groupId;
    m_groupId = groupId;
    m_detail->setCurrentIndex(groupId > 0 ? 1 : 0);
    m_edit->setEnabled(groupId > 0);
    m_export->setEnabled(groupId > 0);
    if (!same)
        showMessage({});
    refreshHeader();
    for (GroupTab *tab : std::as_const(m_allTabs))
        tab->setGroup(groupId);
}

void GroupsPage::refreshTabsExcept(const GroupTab *sender)
{
    for (GroupTab *tab : std::as_const(m_allTabs))
        if (tab != sender)
            tab->refresh();
}

void GroupsPage::selectInList(qint64 groupId)
{
    if (const int row = m_list->rowOf(groupId); row >= 0) {
        m_listView->selectRow(row);
        m_listView->scrollTo(m_list->index(row, 0));
    }
}

void GroupsPage::openGroup(qint64 groupId, Section section)
{
    m_list->reload();
    if (m_list->rowOf(groupId) < 0)
        return showMessage(tr("This group is no longer in the vault."));
    selectInList(groupId);
    if (groupId != m_groupId)
        showGroup(groupId);
    else
        refreshTabsExcept(nullptr);
    showSection(section);
}

void GroupsPage::openSession(qint64 groupId, const QDateTime &originalStart)
{
    openGroup(groupId, SessionsSection);
    m_sessions->selectSession(originalStart);
    // A session that has started is usually opened to take attendance.
    if (originalStart <= QDateTime::currentDateTime() && m_attendance->selectSession(originalStart))
        showSection(AttendanceSection);
}

void GroupsPage::openTask(qint64 groupId, qint64 taskId)
{
    openGroup(groupId, TasksSection);
    m_tasks->selectTask(taskId);
}

void GroupsPage::showSection(Section section)
{
    m_tabs->setCurrentIndex(section);
    if (QWidget *tab = m_tabs->currentWidget())
        tab->setFocus(Qt::OtherFocusReason);
}

void GroupsPage::showMessage(const QString &message, bool info)
{
    setTone(m_message, info ? Tone::Normal : Tone::Problem);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace baken::ui
