#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace baken {
class Vault;
}

namespace baken::ui {

// The dashboard's follow-ups: overdue, due today and the next seven days,
// with the doubt line's open callbacks and the groups' open tasks among the
// case follow-ups. A row opens its case, its consultation or its group's
// tasks with one click or Enter.
class FollowUpsPanel final : public QWidget {
    Q_OBJECT

public:
    explicit FollowUpsPanel(Vault &vault, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *tree() const { return m_tree; }

    static constexpr int UpcomingDays = 7;

Q_SIGNALS:
    void caseOpenRequested(qint64 caseId);
    void consultationOpenRequested(qint64 consultationId);
    void groupTaskOpenRequested(qint64 groupId, qint64 taskId);

private:
    Vault &m_vault;
    QTreeWidget *m_tree;
    QLabel *m_summary;
};

} // namespace baken::ui
