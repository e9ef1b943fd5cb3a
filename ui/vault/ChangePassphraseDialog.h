#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ChangePassphraseDialog;
}

namespace baken {
class Vault;
}

namespace baken::ui {

// Current passphrase once, the new one twice with the strength meter. The
// re-encryption runs off the GUI thread; operationStarted/operationFinished
// let the window hold off an idle lock while the vault is being rewritten.
class ChangePassphraseDialog final : public QDialog {
    Q_OBJECT

public:
    ChangePassphraseDialog(Vault &vault, QWidget *parent = nullptr);
    ~ChangePassphraseDialog() override;

    void reject() override;

Q_SIGNALS:
    void operationStarted();
    void operationFinished();
    void passphraseChanged();

private:
    void change();
    void updateState();
    void setBusy(bool busy);

    std::unique_ptr<::Ui::ChangePassphraseDialog> m_ui;
    Vault &m_vault;
    QPushButton *m_changeButton;
    bool m_busy = false;
};

} // namespace baken::ui
