#include "ChangePassphraseDialog.h"

#include "ui_ChangePassphraseDialog.h"
#include "vault/Vault.h"
#include "widgets/BackgroundTask.h"
#include "widgets/ButtonDescriptions.h"
#include "widgets/Tone.h"

#include <QPushButton>

namespace baken::ui {

ChangePassphraseDialog::ChangePassphraseDialog(Vault &vault, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ChangePassphraseDialog>())
    , m_vault(vault)
{
    m_ui->setupUi(this);
    setTone(m_ui->errorLabel, Tone::Problem);
    setWindowTitle(tr("Change passphrase"));
    m_changeButton = m_ui->buttons->addButton(tr("C&hange passphrase"), QDialogButtonBox::AcceptRole);
    m_changeButton->setDefault(true);
    m_changeButton->setAccessibleDescription(
        tr("Encrypts the vault again under the new passphrase; the old one stops working."));
    describeStandardButtons(m_ui->buttons);
    m_ui->errorLabel->hide();
    m_ui->busyBar->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::change);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);
    for (QLineEdit *edit : {m_ui->currentEdit, m_ui->newEdit, m_ui->repeatEdit})
        connect(edit, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateState);
    updateState();
}

ChangePassphraseDialog::~ChangePassphraseDialog() = default;

void ChangePassphraseDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void ChangePassphraseDialog::updateState()
{
    m_ui->meter->setPassphrase(m_ui->newEdit->text());
    const QString repeat = m_ui->repeatEdit->text();
    const bool mismatch =
        !repeat.isEmpty() && repeat.size() >= m_ui->newEdit->text().size() && repeat != m_ui->newEdit->text();
    if (mismatch) {
        m_ui->errorLabel->setText(tr("The two new passphrases are not the same."));
        m_ui->errorLabel->show();
    } else if (m_ui->errorLabel->text() == tr("The two new passphrases are not the same.")) {
        m_ui->errorLabel->hide();
    }
    m_changeButton->setEnabled(!m_busy && !m_ui->currentEdit->text().isEmpty() && m_ui->meter->isAcceptable()
                               && repeat == m_ui->newEdit->text());
}

void ChangePassphraseDialog::change()
{
    if (m_busy || !m_changeButton->isEnabled())
        return;
    setBusy(true);
    Q_EMIT operationStarted();
    runInBackground(
        this,
        [vault = &m_vault, current = m_ui->currentEdit->text(), next = m_ui->newEdit->text()] {
            return vault->changePassphrase(current, next);
        },
        [this](Status status) {
            setBusy(false);
            Q_EMIT operationFinished();
            if (!status) {
                m_ui->errorLabel->setText(status.error().message);
                m_ui->errorLabel->show();
                return;
            }
            Q_EMIT passphraseChanged();
            accept();
        });
}

void ChangePassphraseDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    for (QLineEdit *edit : {m_ui->currentEdit, m_ui->newEdit, m_ui->repeatEdit})
        edit->setEnabled(!busy);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    updateState();
}

} // namespace baken::ui
