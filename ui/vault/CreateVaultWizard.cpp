#include "CreateVaultWizard.h"

#include "CreateVaultPages.h"
#include "vault/Vault.h"
#include "widgets/BackgroundTask.h"
#include "widgets/ButtonDescriptions.h"

#include <QAbstractButton>

#include <cstring>

namespace baken::ui {

CreateVaultWizard::CreateVaultWizard(Settings &settings, QWidget *parent)
    : QWizard(parent)
    , m_key(RecoveryKey::generate())
    , m_location(new LocationPage(settings, this))
    , m_passphrase(new PassphrasePage(this))
    , m_recovery(new RecoveryKeyPage(m_key, this))
{
    setWindowTitle(tr("Create a new vault"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    addPage(m_location);
    addPage(m_passphrase);
    addPage(m_recovery);
    button(QWizard::FinishButton)
        ->setAccessibleDescription(tr("Creates the encrypted vault with this passphrase and recovery key."));
    describeWizardButtons(this);
    setMinimumSize(620, 440);
}

CreateVaultWizard::~CreateVaultWizard() = default;

std::unique_ptr<Vault> CreateVaultWizard::takeVault()
{
    return std::move(m_vault);
}

void CreateVaultWizard::accept()
{
    if (m_vault) {
        QWizard::accept();
        return;
    }
    if (m_busy)
        return;
    setBusy(true);
    VaultCreateOptions options;
    // The vault gets exactly the key the user was shown; the copy stays in
    // sodium-guarded memory.
    SecureBytes copy(m_key.bytes().size());
    std::memcpy(copy.data(), m_key.bytes().data(), copy.size());
    options.recoveryKey = RecoveryKey::fromBytes(std::move(copy));
    // The options hold key material: they move into the task and die with it.
    auto shared = std::make_shared<VaultCreateOptions>(std::move(options));
    runInBackground(
        this,
        [path = m_location->path(), passphrase = m_passphrase->passphrase(), shared] {
            return Vault::create(path, passphrase, std::move(*shared));
        },
        [this](Result<std::unique_ptr<Vault>> result) {
            setBusy(false);
            if (!result) {
                m_recovery->showError(result.error().message);
                return;
            }
            m_vault = std::move(result).value();
            Q_EMIT vaultCreated();
            QWizard::accept();
        });
}

void CreateVaultWizard::reject()
{
    // Creation cannot be interrupted halfway; it takes about a second.
    if (!m_busy)
        QWizard::reject();
}

void CreateVaultWizard::setBusy(bool busy)
{
    m_busy = busy;
    m_recovery->setBusy(busy);
    button(QWizard::BackButton)->setEnabled(!busy);
    button(QWizard::CancelButton)->setEnabled(!busy);
}

} // namespace baken::ui
