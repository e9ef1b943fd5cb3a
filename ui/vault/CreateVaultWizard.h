#pragma once

#include "crypto/RecoveryKey.h"

#include <QWizard>

#include <memory>

namespace baken {
class Settings;
class Vault;
} // namespace baken

namespace baken::ui {

class LocationPage;
class PassphrasePage;
class RecoveryKeyPage;

// Location, passphrase, recovery key. The key is generated before the user
// sees it, and the vault file exists only after Finish, so cancelling at any
// step leaves nothing behind.
class CreateVaultWizard final : public QWizard {
    Q_OBJECT

public:
    explicit CreateVaultWizard(Settings &settings, QWidget *parent = nullptr);
    ~CreateVaultWizard() override;

    // The vault made on Finish, open; null before that.
    std::unique_ptr<Vault> takeVault();
    const RecoveryKey &recoveryKey() const { return m_key; }

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void vaultCreated();

private:
    void setBusy(bool busy);

    RecoveryKey m_key;
    LocationPage *m_location;
    PassphrasePage *m_passphrase;
    RecoveryKeyPage *m_recovery;
    std::unique_ptr<Vault> m_vault;
    bool m_busy = false;
};

} // namespace baken::ui
