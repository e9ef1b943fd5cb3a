#pragma once

#include <QDateTime>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace baken {
class Vault;
struct Error;
} // namespace baken

namespace baken::ui {

class AgendaPanel;
class FollowUpsPanel;

// An overview of the open vault: the agenda (this week's group sessions and
// the follow-ups that are overdue or due soon), which vault it is, whether it is the demo, its schema version, how
// many records it holds and whether its audit chain and database are intact.
class DashboardPage final : public QWidget {
    Q_OBJECT

public:
    explicit DashboardPage(Vault &vault, QWidget *parent = nullptr);

    // The cheap part: the agenda, name, schema version and record counts. Runs
    // on unlock and whenever the page is shown.
    void refresh();
    // Reads the whole file (integrity_check) and rehashes the audit chain:
    // time grows with the vault, so only when the user asks for it.
    void checkVault();
    AgendaPanel *agenda() const { return m_agenda; }
    // Shown while closed cases are past their destruction date.
    QWidget *retentionHint() const { return m_retentionHint; }
    FollowUpsPanel *followUps() const;

Q_SIGNALS:
    void caseOpenRequested(qint64 caseId);
    void consultationOpenRequested(qint64 consultationId);
    void groupSessionOpenRequested(qint64 groupId, const QDateTime &originalStart);
    void groupTaskOpenRequested(qint64 groupId, qint64 taskId);
    // The hint about cases past their destruction date was followed.
    void retentionRequested();

private:
    void showError(const Error &error);

    Vault &m_vault;
    QLabel *m_name;
    QLabel *m_demo;
    QWidget *m_retentionHint;
    QLabel *m_retentionText;
    QLabel *m_schema;
    QLabel *m_audit;
    QLabel *m_integrity;
    QLabel *m_error;
    QFormLayout *m_counts;
    AgendaPanel *m_agenda;
};

} // namespace baken::ui
