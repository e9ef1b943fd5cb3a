#pragma once

#include "crypto/RecoveryKey.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class LocationPage;
class PassphrasePage;
class RecoveryKeyPage;
} // namespace Ui

namespace baken {
class Settings;
}

namespace baken::ui {

// Where the new *.baken file goes. Refuses a file that exists: a vault is
// never created over anything.
class LocationPage final : public QWizardPage {
    Q_OBJECT

public:
    LocationPage(Settings &settings, QWidget *parent = nullptr);
    ~LocationPage() override;

    QString path() const;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    std::unique_ptr<::Ui::LocationPage> m_ui;
    Settings &m_settings;
};

// The passphrase, twice, with the strength meter. Next stays disabled until
// both fields match and the passphrase is acceptable.
class PassphrasePage final : public QWizardPage {
    Q_OBJECT

public:
    explicit PassphrasePage(QWidget *parent = nullptr);
    ~PassphrasePage() override;

    QString passphrase() const;
    bool isComplete() const override;

private:
    void updateState();

    std::unique_ptr<::Ui::PassphrasePage> m_ui;
};

// Shows the recovery key that the vault will get, and will not let the user
// finish before they confirm they kept a copy.
class RecoveryKeyPage final : public QWizardPage {
    Q_OBJECT

public:
    RecoveryKeyPage(const RecoveryKey &key, QWidget *parent = nullptr);
    ~RecoveryKeyPage() override;

    bool isComplete() const override;
    void initializePage() override;
    void setBusy(bool busy);
    void showError(const QString &message);

private:
    void print();

    std::unique_ptr<::Ui::RecoveryKeyPage> m_ui;
    const RecoveryKey &m_key;
    QString m_vaultPath;
};

} // namespace baken::ui
