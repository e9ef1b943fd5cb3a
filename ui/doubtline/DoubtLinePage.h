#pragma once

#include <QWidget>

#include <memory>

class QSplitter;

namespace baken {
class Vault;
}

namespace baken::ui {

class ConsultationForm;
class DoubtLineContext;
class ShiftView;

// The doubt line: the consultation form on the left, the shift on the
// right. It owns the doubt-line stores; the workspace destroys it on lock.
// "Make this a case" hands a consultation over and asks the workspace to
// open the draft in the intake form.
class DoubtLinePage final : public QWidget {
    Q_OBJECT

public:
    explicit DoubtLinePage(Vault &vault, QWidget *parent = nullptr);
    ~DoubtLinePage() override;

    ConsultationForm *form() const { return m_form; }
    ShiftView *shift() const { return m_shift; }
    DoubtLineContext &context() { return *m_context; }

    // Loads a consultation into the form and selects it in the shift view
    // (from the dashboard's callbacks or the shift view itself).
    void openConsultation(qint64 id);
    // Hands the consultation over as a draft case; opens an existing case
    // when it was handed over before.
    void handOver(qint64 id);
    void editGuide();
    // Code lists changed in Settings: the choices are read again.
    void reloadChoices();
    void refresh();

Q_SIGNALS:
    // A draft (or case) to open in the Cases section.
    void caseOpenRequested(qint64 caseId);
    // Something was logged, edited or completed: the dashboard reads again.
    void consultationsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showError(const QString &message);

    std::unique_ptr<DoubtLineContext> m_context;
    QSplitter *m_splitter;
    ConsultationForm *m_form;
    ShiftView *m_shift;
    bool m_sized = false;
};

} // namespace baken::ui
