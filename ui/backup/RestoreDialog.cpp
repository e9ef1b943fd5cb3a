#include "RestoreDialog.h"

#include "backup/Backup.h"
#include "backup/Restore.h"
#include "crypto/RecoveryKey.h"
#include "vault/Vault.h"
#include "widgets/BackgroundTask.h"
#include "widgets/ButtonDescriptions.h"
#include "widgets/FileChoosers.h"
#include "widgets/PassphraseStrengthMeter.h"
#include "widgets/Tone.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace baken::ui {

namespace {

void openBackupWithDialog(QWidget *parent, const std::function<void(const QString &)> &chosen)
{
    auto *files = new QFileDialog(parent, RestoreDialog::tr("Choose a backup"), documentsFolder(),
                                  RestoreDialog::tr("Baken backups (*.%1);;All files (*)").arg(Backup::suffix()));
    files->setFileMode(QFileDialog::ExistingFile);
    files->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(files, &QFileDialog::fileSelected, parent, [chosen](const QString &path) {
        if (!path.isEmpty())
            chosen(path);
    });
    files->open();
}

void saveVaultWithDialog(QWidget *parent, const std::function<void(const QString &)> &chosen)
{
    auto *files = new QFileDialog(parent, RestoreDialog::tr("Save the restored vault as"),
                                  QDir(documentsFolder()).filePath(RestoreDialog::tr("Restored vault.baken")),
                                  RestoreDialog::tr("Baken vaults (*.baken)"));
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("baken"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(files, &QFileDialog::fileSelected, parent, [chosen](const QString &path) {
        if (!path.isEmpty())
            chosen(path);
    });
    files->open();
}

QWidget *withButton(QWidget *parent, QLineEdit *edit, QPushButton *button)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    // The button is made after all the fields; Tab should reach it beside its field.
    QWidget::setTabOrder(edit, button);
    return row;
}

} // namespace

RestoreDialog::RestoreDialog(QWidget *parent)
    : QDialog(parent)
    , m_backup(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_meter(new PassphraseStrengthMeter(this))
    , m_error(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_backupChooser(&openBackupWithDialog)
    , m_targetChooser(&saveVaultWithDialog)
{
    setWindowTitle(tr("Restore from a backup"));
    setMinimumWidth(560);

    auto *intro = new QLabel(tr("Forgot your passphrase, or lost the laptop? A backup opens with the recovery key "
                                "you wrote down or printed when the vault was made. Baken saves it as a new vault "
                                "with a new passphrase; the backup itself stays as it is."),
                             this);
    intro->setWordWrap(true);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *saveAs = new QPushButton(tr("C&hoose…"), this);
    browse->setObjectName(QStringLiteral("chooseBackupButton"));
    saveAs->setObjectName(QStringLiteral("chooseTargetButton"));
    browse->setAccessibleDescription(tr("Opens a file window to pick the backup file."));
    saveAs->setAccessibleDescription(tr("Opens a file window to pick the folder and name of the restored vault."));
    m_backup->setObjectName(QStringLiteral("backupFileEdit"));
    m_backup->setAccessibleName(tr("Backup file"));
    m_backup->setAccessibleDescription(tr("The backup to restore, a file Baken wrote to your backup folder."));
    m_key->setObjectName(QStringLiteral("recoveryKeyEdit"));
    m_key->setAccessibleName(tr("Recovery key"));
    m_key->setAccessibleDescription(
        tr("The recovery key shown when the vault was made, in groups of four characters."));
    m_key->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-…"));
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The whole key in view, so it can be checked group by group.
    m_key->setMinimumWidth(QFontMetrics(m_key->font()).horizontalAdvance(QString(80, u'M')));
    m_target->setObjectName(QStringLiteral("restoredVaultEdit"));
    m_target->setAccessibleName(tr("Where to save the restored vault"));
    m_target->setAccessibleDescription(
        tr("The new vault file the backup is saved as; the backup itself stays as it is."));
    m_passphrase->setObjectName(QStringLiteral("newPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("New passphrase"));
    m_passphrase->setAccessibleDescription(
        tr("The passphrase that will unlock the restored vault; the meter below rates it."));
    m_repeat->setObjectName(QStringLiteral("repeatPassphraseEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat the new passphrase"));
    m_repeat->setAccessibleDescription(tr("Type the new passphrase again, to rule out a typing error."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto addRow = [&](const QString &text, QWidget *field, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    addRow(tr("Back&up:"), withButton(this, m_backup, browse), m_backup);
    addRow(tr("Recovery &key:"), m_key, m_key);
    addRow(tr("&Save as:"), withButton(this, m_target, saveAs), m_target);
    addRow(tr("&New passphrase:"), m_passphrase, m_passphrase);
    form->addRow(QString(), m_meter);
    addRow(tr("Re&peat:"), m_repeat, m_repeat);

    m_error->setObjectName(QStringLiteral("restoreError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    setTone(m_error, Tone::Problem);
    m_error->hide();
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Restoring the backup"));
    m_busyBar->hide();
    m_restoreButton = m_buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setDefault(true);
    m_restoreButton->setAccessibleDescription(
        tr("Opens the backup with the recovery key and saves it as a new vault."));
    describeStandardButtons(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &RestoreDialog::chooseBackup);
    connect(saveAs, &QPushButton::clicked, this, &RestoreDialog::chooseTarget);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::restore);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, m_meter, &PassphraseStrengthMeter::setPassphrase);
    for (QLineEdit *edit : {m_backup, m_key, m_target, m_passphrase, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &RestoreDialog::updateButton);
    m_meter->setPassphrase({});
    updateButton();
}

RestoreDialog::~RestoreDialog() = default;

std::unique_ptr<Vault> RestoreDialog::takeVault()
{
    return std::move(m_vault);
}

QString RestoreDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RestoreDialog::chooseBackup()
{
    m_backupChooser(this, [this](const QString &path) { m_backup->setText(QDir::toNativeSeparators(path)); });
}

void RestoreDialog::chooseTarget()
{
    m_targetChooser(this, [this](const QString &path) {
        // The save dialog asked before it returned an existing file.
        m_replaceConfirmed = QFileInfo::exists(path) ? QFileInfo(path).absoluteFilePath() : QString();
        m_target->setText(QDir::toNativeSeparators(path));
    });
}

void RestoreDialog::restore()
{
    if (m_busy || !m_restoreButton->isEnabled())
        return;
    auto key = RecoveryKey::parse(m_key->text());
    if (!key) {
        showError(key.error().message);
        m_key->setFocus();
        return;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        showError(tr("The two passphrases differ. Type the new passphrase twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    RestoreRequest request;
    request.backupPath = QDir::fromNativeSeparators(m_backup->text().trimmed());
    request.recoveryKey = std::move(key).value();
    request.vaultPath = QDir::fromNativeSeparators(m_target->text().trimmed());
    request.passphrase = m_passphrase->text();
    request.replaceExisting =
        !m_replaceConfirmed.isEmpty() && QFileInfo(request.vaultPath).absoluteFilePath() == m_replaceConfirmed;
    showError({});
    setBusy(true);
    // Two key derivations (about a second) and a full copy: off the GUI thread.
    auto shared = std::make_shared<RestoreRequest>(std::move(request));
    runInBackground(
        this, [shared] { return restoreBackup(*shared); },
        [this](Result<std::unique_ptr<Vault>> result) {
            setBusy(false);
            if (!result) {
                showError(result.error().message);
                return;
            }
            m_vault = std::move(result).value();
            m_passphrase->clear();
            m_repeat->clear();
            m_key->clear();
            accept();
        });
}

void RestoreDialog::reject()
{
    // The copy cannot be stopped half-way; its result is dropped with the
    // dialog if the user closes it right after.
    if (!m_busy)
        QDialog::reject();
}

void RestoreDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RestoreDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    for (QLineEdit *edit : {m_backup, m_key, m_target, m_passphrase, m_repeat})
        edit->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    updateButton();
}

void RestoreDialog::updateButton()
{
    bool filled = true;
    for (QLineEdit *edit : {m_backup, m_key, m_target, m_passphrase, m_repeat})
        filled = filled && !edit->text().trimmed().isEmpty();
    m_restoreButton->setEnabled(!m_busy && filled);
}

} // namespace baken::ui
