#pragma once

#include "cases/CaseRecord.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ContactDialog;
}

namespace baken::ui {

class CaseContext;

// Adds a contact moment to a case's timeline, or edits one (the service
// keeps the earlier version). A refusal stays in the dialog in words.
class ContactDialog final : public QDialog {
    Q_OBJECT

public:
    ContactDialog(CaseContext &context, const ContactMoment &contact, QWidget *parent = nullptr);
    ~ContactDialog() override;

    void accept() override;

Q_SIGNALS:
    void contactSaved(qint64 caseId);

private:
    std::unique_ptr<::Ui::ContactDialog> m_ui;
    CaseContext &m_context;
    ContactMoment m_contact;
};

} // namespace baken::ui
