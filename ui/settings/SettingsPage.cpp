#include "SettingsPage.h"

#include "CodeListEditor.h"
#include "backup/BackupPanel.h"
#include "doubtline/DoubtLineSettings.h"
#include "rollup/RollupSettings.h"
#include "settings/Settings.h"
#include "shell/AuditLogDialog.h"
#include "ui_SettingsPage.h"
#include "vault/ChangePassphraseDialog.h"
#include "vault/VaultSettings.h"
#include "widgets/FocusOrder.h"
#include "widgets/PageTitle.h"
#include "widgets/Tone.h"

#include <QScrollArea>

namespace baken::ui {

SettingsPage::SettingsPage(Vault &vault, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::SettingsPage>())
    , m_vault(vault)
    , m_settings(settings)
    , m_codeLists(new CodeListEditor(vault, this))
    , m_doubtLine(new DoubtLineSettings(vault, this))
    , m_rollup(new rollup::RollupSettings(vault, this))
    , m_backup(new BackupPanel(vault, this))
{
    m_ui->setupUi(this);
    setTone(m_ui->retentionStatus, Tone::Problem);
    makePageTitle(m_ui->titleLabel);
    m_ui->codeListLayout->addWidget(m_codeLists);
    m_ui->doubtLineLayout->addWidget(m_doubtLine);
    m_ui->rollupLayout->addWidget(m_rollup);
    m_ui->backupLayout->addWidget(m_backup);
    // The panels were made before the form; Tab still reads the page from the top.
    QWidget *last = m_ui->languageCombo;
    for (QWidget *panel : {static_cast<QWidget *>(m_backup), static_cast<QWidget *>(m_doubtLine),
                           static_cast<QWidget *>(m_rollup), static_cast<QWidget *>(m_codeLists)})
        last = placeInTabOrder(last, panel);
    m_ui->passphraseStatus->hide();

    m_ui->idleSpin->setRange(Settings::MinIdleMinutes, Settings::MaxIdleMinutes);
    m_ui->idleSpin->setSuffix(tr(" min"));
    m_ui->idleSpin->setValue(settings.idleLockMinutes());
    connect(m_ui->idleSpin, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_settings.setValue(Settings::Key::IdleLockMinutes, minutes);
        Q_EMIT idleLockMinutesChanged(minutes);
    });

    // Wider than the valid range, so a value out of range is explained
    // in words instead of being silently clamped.
    m_ui->retentionSpin->setRange(0, 999);
    m_ui->retentionSpin->setSuffix(tr(" months after closing"));
    m_ui->retentionSpin->setToolTip(
        tr("From %1 to %2 months").arg(VaultSettings::MinRetentionMonths).arg(VaultSettings::MaxRetentionMonths));
    m_ui->retentionStatus->setTextFormat(Qt::PlainText);
    m_ui->retentionStatus->hide();
    auto months = retentionMonths(vault);
    m_ui->retentionSpin->setValue(months ? *months : VaultSettings::DefaultRetentionMonths);
    connect(m_ui->retentionSpin, &QSpinBox::valueChanged, this, &SettingsPage::saveRetention);

    // Language names are written in their own language, as people look for them.
    m_ui->languageCombo->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(settings.language()));
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString language = m_ui->languageCombo->itemData(index).toString();
        m_settings.setValue(Settings::Key::Language, language);
        Q_EMIT languageChosen(language);
    });

    connect(m_ui->changePassphraseButton, &QPushButton::clicked, this, &SettingsPage::changePassphrase);

    // Off by default: minimising to glance at another window should not
    // cost an advisor the passphrase every time, unless they choose so.
    m_ui->lockOnMinimiseCheck->setChecked(settings.lockOnMinimise());
    connect(m_ui->lockOnMinimiseCheck, &QCheckBox::toggled, this,
            [this](bool on) { m_settings.setValue(Settings::Key::LockOnMinimise, on); });
    connect(m_ui->auditLogButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new AuditLogDialog(m_vault, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::showLanguage(const QString &language)
{
    const QSignalBlocker blocker(m_ui->languageCombo);
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(language));
}

void SettingsPage::showLanguageSection()
{
    m_ui->languageCombo->setFocus(Qt::OtherFocusReason);
    // The page sits in a scroll area (VaultWorkspace); bring the section into view.
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            area->ensureWidgetVisible(m_ui->languageGroup);
            break;
        }
    }
}

void SettingsPage::saveRetention(int months)
{
    auto saved = setRetentionMonths(m_vault, months);
    m_ui->retentionStatus->setText(saved ? QString() : saved.error().message);
    m_ui->retentionStatus->setVisible(!saved);
    if (saved)
        return;
    // Show what is stored again, without saving it a second time.
    auto stored = retentionMonths(m_vault);
    const QSignalBlocker blocker(m_ui->retentionSpin);
    m_ui->retentionSpin->setValue(stored ? *stored : VaultSettings::DefaultRetentionMonths);
}

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
