#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace baken {
class Vault;
}

namespace baken::ui {

class FollowUpsPanel;

// An overview of the open vault: the follow-ups that are overdue or due
// soon, which vault it is, whether it is the demo, its schema version, how
// many records it holds and whether its audit chain and database are intact.
class DashboardPage final : public QWidget {
    Q_OBJECT

public:
    explicit DashboardPage(Vault &vault, QWidget *parent = nullptr);

    // Runs the checks again (integrity_check reads the whole file; a vault of
    // thousands of cases still takes well under a second).
    void refresh();
    FollowUpsPanel *followUps() const { return m_followUps; }

Q_SIGNALS:
    void caseOpenRequested(qint64 caseId);

private:
    Vault &m_vault;
    QLabel *m_name;
    QLabel *m_demo;
    QLabel *m_schema;
    QLabel *m_audit;
    QLabel *m_integrity;
    QLabel *m_error;
    QFormLayout *m_counts;
    FollowUpsPanel *m_followUps;
};

} // namespace baken::ui
