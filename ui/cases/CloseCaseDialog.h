#pragma once

#include "cases/CaseRecord.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CloseCaseDialog;
}

namespace baken::ui {

class CaseContext;

// Closing a case: its outcome, the measures taken and the day, with the
// destruction date that closing sets. The service decides; a refusal stays
// in the dialog in words.
class CloseCaseDialog final : public QDialog {
    Q_OBJECT

public:
    CloseCaseDialog(CaseContext &context, const CaseFile &file, QWidget *parent = nullptr);
    ~CloseCaseDialog() override;

    void accept() override;

Q_SIGNALS:
    void caseClosed(qint64 caseId);

private:
    void showDestructionDate();

    std::unique_ptr<::Ui::CloseCaseDialog> m_ui;
    CaseContext &m_context;
    qint64 m_caseId;
};

} // namespace baken::ui
