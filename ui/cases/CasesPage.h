#pragma once

#include <QWidget>

#include <memory>

class QStackedWidget;

namespace baken {
class Vault;
}

namespace baken::ui {

class CaseContext;
class CaseFileView;
class CaseListPanel;
class IntakeForm;
class SignalBundlingPage;

// The Cases section: the list, the intake form, a case file and signal
// bundling, one at a time. It owns the stores they share; the workspace
// destroys it on lock, and with it every case the screens showed.
class CasesPage final : public QWidget {
    Q_OBJECT

public:
    explicit CasesPage(Vault &vault, QWidget *parent = nullptr);
    ~CasesPage() override;

    void showList();
    void newIntake();
    // A registered case in its file, a draft in the intake form.
    void openCase(qint64 caseId);
    void showBundling();
    void exportHours();

    CaseListPanel *listPanel() const { return m_list; }
    IntakeForm *intakeForm() const { return m_intake; }
    CaseFileView *caseFile() const { return m_file; }
    SignalBundlingPage *bundlingPage() const { return m_bundling; }
    QWidget *currentView() const;

Q_SIGNALS:
    // A case or follow-up changed: the dashboard reads its lists again.
    void casesChanged();

private:
    std::unique_ptr<CaseContext> m_context;
    QStackedWidget *m_stack;
    CaseListPanel *m_list;
    IntakeForm *m_intake;
    CaseFileView *m_file;
    SignalBundlingPage *m_bundling;
};

} // namespace baken::ui
