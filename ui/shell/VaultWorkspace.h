#pragma once

#include <QDateTime>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace baken {
class Settings;
class Vault;
} // namespace baken

namespace baken::ui {

class CasesPage;
class DashboardPage;
class DoubtLinePage;
class GroupsPage;
class ReportsPage;
class SettingsPage;

// Everything that shows data from an open vault: the navigation and its
// pages. It lives exactly as long as the vault is unlocked; MainWindow
// destroys it on lock, so nothing of the vault stays in any widget.
class VaultWorkspace final : public QWidget {
    Q_OBJECT

public:
    enum Page { Dashboard, Cases, DoubtLine, Groups, Reports, SettingsPageIndex, PageCount };

    VaultWorkspace(Vault &vault, Settings &settings, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    SettingsPage *settingsPage() const { return m_settings; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    CasesPage *casesPage() const { return m_cases; }
    DoubtLinePage *doubtLinePage() const { return m_doubtLine; }
    GroupsPage *groupsPage() const { return m_groups; }
    ReportsPage *reportsPage() const { return m_reports; }
    // Shows the Cases page with this case open.
    void openCase(qint64 caseId);
    // Shows the Doubt line page with this consultation in the form.
    void openConsultation(qint64 consultationId);
    // Shows the Groups page with this group selected.
    void openGroup(qint64 groupId);

Q_SIGNALS:
    void idleLockMinutesChanged(int minutes);
    void operationStarted();
    void operationFinished();

private:
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    DashboardPage *m_dashboard;
    CasesPage *m_cases;
    DoubtLinePage *m_doubtLine;
    GroupsPage *m_groups;
    ReportsPage *m_reports;
    SettingsPage *m_settings;
};

} // namespace baken::ui
