#include "SettingsPage.h"

#include "CodeListEditor.h"
#include "settings/Settings.h"
#include "ui_SettingsPage.h"
#include "vault/ChangePassphraseDialog.h"
#include "widgets/PageTitle.h"

namespace baken::ui {

SettingsPage::SettingsPage(Vault &vault, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::SettingsPage>())
    , m_vault(vault)
    , m_settings(settings)
    , m_codeLists(new CodeListEditor(vault, this))
{
    m_ui->setupUi(this);
    makePageTitle(m_ui->titleLabel);
    m_ui->codeListLayout->addWidget(m_codeLists);
    m_ui->passphraseStatus->hide();

    m_ui->idleSpin->setRange(Settings::MinIdleMinutes, Settings::MaxIdleMinutes);
    m_ui->idleSpin->setSuffix(tr(" min"));
    m_ui->idleSpin->setValue(settings.idleLockMinutes());
    connect(m_ui->idleSpin, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_settings.setValue(Settings::Key::IdleLockMinutes, minutes);
        Q_EMIT idleLockMinutesChanged(minutes);
    });

    // Language names are written in their own language, as people look for them.
    m_ui->languageCombo->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(settings.language()));
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_settings.setValue(Settings::Key::Language, m_ui->languageCombo->itemData(index)); });

    connect(m_ui->changePassphraseButton, &QPushButton::clicked, this, &SettingsPage::changePassphrase);
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::changePassphrase()
{
    auto *dialog = new ChangePassphraseDialog(m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePassphraseDialog::operationStarted, this, &SettingsPage::operationStarted);
    connect(dialog, &ChangePassphraseDialog::operationFinished, this, &SettingsPage::operationFinished);
    connect(dialog, &ChangePassphraseDialog::passphraseChanged, this, [this] {
        m_ui->passphraseStatus->setText(tr("The passphrase was changed. Use the new one from now on."));
        m_ui->passphraseStatus->show();
    });
    dialog->open();
}

} // namespace baken::ui
