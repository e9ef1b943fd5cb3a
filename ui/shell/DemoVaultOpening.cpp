// MainWindow's demo-vault paths, apart from the shell logic: they are the
// only places that use the published demo passphrase.
#include "MainWindow.h"

#include "demo/DemoVault.h"
#include "start/StartPage.h"
#include "vault/Vault.h"
#include "widgets/BackgroundTask.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace baken::ui {

void MainWindow::openDemoVault()
{
    if (m_busy)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("demo.baken"));
    if (QFileInfo::exists(path)) {
        openAsDemo(path);
        return;
    }
    closeVault();
    setBusy(true, tr("Creating the demo vault…"));
    runInBackground(
        this, [path] { return DemoVault::create(path, DemoVault::defaultPassphrase()); },
        [this](Result<std::unique_ptr<Vault>> result) {
            setBusy(false);
            if (!result) {
                m_start->showError(result.error().message);
                return;
            }
            adoptVault(std::move(result).value());
        });
}

void MainWindow::openAsDemo(const QString &path)
{
    if (m_busy)
        return;
    closeVault();
    if (!Vault::probe(path)) {
        // Not a vault at all: the unlock dialog explains what it is instead.
        showUnlockDialog(path);
        return;
    }
    setBusy(true, tr("Opening the demo vault…"));
    runInBackground(
        this,
        [path]() -> Result<std::unique_ptr<Vault>> {
            auto vault = Vault::open(path, DemoVault::defaultPassphrase());
            // The demo passphrase is public: it must never open a real vault
            // without the user typing it, so anything but a demo is locked again.
            if (vault && !(*vault)->isDemo()) {
                (*vault)->lock();
                return Error{ErrorCode::WrongPassphrase, {}};
            }
            return vault;
        },
        [this, path](Result<std::unique_ptr<Vault>> result) {
            setBusy(false);
            if (!result) {
                showUnlockDialog(path);
                return;
            }
            adoptVault(std::move(result).value());
        });
}

} // namespace baken::ui
