#include "VaultWorkspace.h"

#include "DashboardPage.h"
#include "cases/CasesPage.h"
#include "doubtline/DoubtLinePage.h"
#include "groups/GroupsPage.h"
#include "reports/ReportsPage.h"
#include "settings/CodeListEditor.h"
#include "settings/SettingsPage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>

namespace baken::ui {

namespace {

QIcon navIcon(const char *name)
{
    return QIcon(u":/icons/nav-" + QLatin1String(name) + u".svg");
}

// Pages taller than the window scroll instead of squeezing their tables.
QWidget *scrolling(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

VaultWorkspace::VaultWorkspace(Vault &vault, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_dashboard(new DashboardPage(vault))
    , m_cases(new CasesPage(vault))
    , m_doubtLine(new DoubtLinePage(vault))
    , m_groups(new GroupsPage(vault))
    , m_reports(new ReportsPage(vault))
    , m_settings(new SettingsPage(vault, settings))
{
    struct Entry {
        const char *icon;
        QString name;
        QWidget *page;
    };
    // One page a line, in the order of their Ctrl+number.
    // clang-format off
    const Entry entries[] = {
        {"dashboard", tr("Dashboard"), m_dashboard},
        {"cases", tr("Cases"), m_cases},
        {"doubtline", tr("Doubt line"), m_doubtLine},
        {"groups", tr("Groups"), m_groups},
        {"reports", tr("Reports"), m_reports},
        {"settings", tr("Settings"), scrolling(m_settings)},
    };
    // clang-format on

    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setAccessibleDescription(
        tr("Moves between the pages of Baken; Ctrl+1 to Ctrl+6 reach them from anywhere."));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation { background: palette(window); }"
                                               "QListWidget#navigation::item { padding: 6px 10px; border-radius: 4px; }"
                                               "QListWidget#navigation::item:selected { background: palette(highlight);"
                                               " color: palette(highlighted-text); }"));
    int shortcut = 1;
    for (const Entry &entry : entries) {
        auto *item = new QListWidgetItem(navIcon(entry.icon), entry.name, m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(entry.name).arg(shortcut));
        m_pages->addWidget(entry.page);
        // Ctrl+1 ... Ctrl+6 reach every page from anywhere in the workspace.
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + shortcut)));
        go->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const int index = shortcut - 1;
        connect(go, &QAction::triggered, this, [this, index] { showPage(static_cast<Page>(index)); });
        addAction(go);
        ++shortcut;
    }
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 28);
    // The dashboard filled itself when it was made; selecting it here, before
    // the connection, keeps unlock from reading it all a second time.
    m_navigation->setCurrentRow(Dashboard);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (row == Dashboard)
            m_dashboard->refresh();
    });
    connect(m_dashboard, &DashboardPage::caseOpenRequested, this, &VaultWorkspace::openCase);
    connect(m_dashboard, &DashboardPage::consultationOpenRequested, this, &VaultWorkspace::openConsultation);
    connect(m_dashboard, &DashboardPage::groupSessionOpenRequested, this,
            [this](qint64 groupId, const QDateTime &originalStart) {
                showPage(Groups);
                m_groups->openSession(groupId, originalStart);
            });
    connect(m_dashboard, &DashboardPage::groupTaskOpenRequested, this, [this](qint64 groupId, qint64 taskId) {
        showPage(Groups);
        m_groups->openTask(groupId, taskId);
    });
    connect(m_doubtLine, &DoubtLinePage::caseOpenRequested, this, &VaultWorkspace::openCase);
    connect(m_settings->codeListEditor(), &CodeListEditor::codeListChanged, m_doubtLine, &DoubtLinePage::reloadChoices);
    connect(m_settings->codeListEditor(), &CodeListEditor::codeListChanged, m_groups, &GroupsPage::reloadChoices);
    connect(m_settings, &SettingsPage::idleLockMinutesChanged, this, &VaultWorkspace::idleLockMinutesChanged);
    connect(m_settings, &SettingsPage::operationStarted, this, &VaultWorkspace::operationStarted);
    connect(m_settings, &SettingsPage::operationFinished, this, &VaultWorkspace::operationFinished);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setFocusProxy(m_navigation);
}

void VaultWorkspace::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void VaultWorkspace::openCase(qint64 caseId)
{
    showPage(Cases);
    m_cases->openCase(caseId);
}

void VaultWorkspace::openConsultation(qint64 consultationId)
{
    showPage(DoubtLine);
    m_doubtLine->openConsultation(consultationId);
}

void VaultWorkspace::openGroup(qint64 groupId)
{
    showPage(Groups);
    m_groups->openGroup(groupId);
}

VaultWorkspace::Page VaultWorkspace::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

} // namespace baken::ui
