#pragma once

#include "cases/CaseRecord.h"

#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class IntakeForm;
}

namespace baken::ui {

class CaseContext;

// The intake of a case on one keyboard-friendly form. As a new intake it is
// saved as a draft while the advisor types (created on the first change,
// then saved a second after the last), and registered under a number with
// a proposed follow-up. For a registered case it edits the intake.
class IntakeForm final : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Draft, Registered };

    explicit IntakeForm(CaseContext &context, Mode mode, QWidget *parent = nullptr);
    ~IntakeForm() override;

    // A fresh intake (Draft mode), or an existing draft or case.
    void startNew();
    void load(const CaseFile &file);
    qint64 caseId() const { return m_caseId; }
    CaseIntake intake() const;
    Mode mode() const { return m_mode; }
    // Writes a pending draft save at once (leaving the form, locking).
    void flush();
    // Typed changes that flush() cannot keep: edits to a registered case's
    // intake, or a draft whose first save failed.
    bool hasUnsavedChanges() const { return m_dirty && (m_mode == Mode::Registered || m_caseId == 0); }

    static constexpr int DraftSaveDelayMs = 1000;

Q_SIGNALS:
    void backRequested();
    void caseRegistered(qint64 caseId);
    void draftDiscarded();
    void intakeSaved(qint64 caseId);

private:
    void fillChoices();
    void setIntake(const CaseIntake &intake);
    void connectChanges();
    void changed();
    void saveDraftNow();
    void registerIntake();
    void saveChanges();
    void askDiscard();
    void updateEnabled();
    void showMessage(const QString &message);
    // Moves the focus to the field a refusal is most likely about.
    void focusOffendingField(const CaseIntake &intake);

    std::unique_ptr<::Ui::IntakeForm> m_ui;
    CaseContext &m_context;
    Mode m_mode;
    QTimer *m_saveTimer;
    qint64 m_caseId = 0;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_callbackDueEdited = false;
};

} // namespace baken::ui
