#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AuditLogDialog;
}

namespace baken {
class Vault;
} // namespace baken

namespace baken::ui {

class AuditLogModel;

// The vault's audit log for the advisor: what happened when, to which
// record, by whom, with a filter and a check of the hash chain that says in
// words whether the log is intact or where it was tampered with. Opened from
// the File menu and from Settings; it belongs to the open vault and goes when
// the vault locks.
class AuditLogDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AuditLogDialog(Vault &vault, QWidget *parent = nullptr);
    ~AuditLogDialog() override;

    AuditLogModel *model() const { return m_model; }
    // Checks the chain and shows the outcome; returns whether it is intact.
    bool verifyChain();
    QString message() const;

private:
    void showMessage(const QString &text, bool problem);

    std::unique_ptr<::Ui::AuditLogDialog> m_ui;
    Vault &m_vault;
    AuditLogModel *m_model;
};

} // namespace baken::ui
