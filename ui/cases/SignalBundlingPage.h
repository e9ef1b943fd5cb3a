#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QTreeWidget;

namespace baken::ui {

class CaseContext;

// Registered cases that concern the same unit or the same person within a
// window (default the last 12 months), so that an investigation can start
// and reporters can join forces. Each case opens with a click or Enter.
class SignalBundlingPage final : public QWidget {
    Q_OBJECT

public:
    explicit SignalBundlingPage(CaseContext &context, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void backRequested();
    void caseOpenRequested(qint64 caseId);

private:
    CaseContext &m_context;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTreeWidget *m_tree;
    QLabel *m_message;
};

} // namespace baken::ui
