#include "UnlockDialog.h"

#include "ui_UnlockDialog.h"
#include "vault/UnlockThrottle.h"
#include "vault/Vault.h"
#include "widgets/BackgroundTask.h"
#include "widgets/ButtonDescriptions.h"
#include "widgets/Tone.h"

#include <QFileInfo>
#include <QPushButton>
#include <QTimer>

#include <cmath>

namespace baken::ui {

UnlockDialog::UnlockDialog(const QString &path, UnlockThrottle &throttle, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::UnlockDialog>())
    , m_path(path)
    , m_throttle(throttle)
    , m_countdown(new QTimer(this))
{
    m_ui->setupUi(this);
    setTone(m_ui->errorLabel, Tone::Problem);
    setWindowTitle(tr("Unlock vault"));
    m_ui->vaultLabel->setText(
        tr("Enter the passphrase of the vault <b>%1</b>.").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    m_ui->vaultLabel->setTextFormat(Qt::RichText);
    m_unlockButton = m_ui->buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlockButton->setDefault(true);
    m_unlockButton->setAccessibleDescription(tr("Opens the vault with this passphrase."));
    describeStandardButtons(m_ui->buttons);
    m_ui->errorLabel->hide();
    m_ui->waitLabel->hide();
    m_ui->busyBar->hide();

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::unlock);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(m_ui->passphraseEdit, &QLineEdit::textChanged, this, &UnlockDialog::updateButton);
    connect(m_ui->forgotButton, &QPushButton::clicked, this, [this] {
        if (m_busy)
            return;
        Q_EMIT restoreRequested();
        QDialog::reject();
    });
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &UnlockDialog::updateWait);
    updateWait();
    m_ui->passphraseEdit->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

std::unique_ptr<Vault> UnlockDialog::takeVault()
{
    return std::move(m_vault);
}

QString UnlockDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

bool UnlockDialog::isWaiting() const
{
    return m_throttle.remaining().count() > 0;
}

void UnlockDialog::reject()
{
    // A running key derivation cannot be stopped; its result is dropped with
    // the dialog if the user closes it right after.
    if (!m_busy)
        QDialog::reject();
}

void UnlockDialog::unlock()
{
    if (m_busy || isWaiting() || m_ui->passphraseEdit->text().isEmpty())
        return;
    setBusy(true);
    runInBackground(
        this, [path = m_path, passphrase = m_ui->passphraseEdit->text()] { return Vault::open(path, passphrase); },
        [this](Result<std::unique_ptr<Vault>> result) {
            setBusy(false);
            if (result) {
                m_throttle.recordSuccess();
                m_vault = std::move(result).value();
                accept();
                return;
            }
            // Only wrong passphrases count as guesses; a missing file is not one.
            if (result.code() == ErrorCode::WrongPassphrase)
                m_throttle.recordFailure();
            m_ui->errorLabel->setText(result.error().message);
            m_ui->errorLabel->show();
            m_ui->passphraseEdit->clear();
            m_ui->passphraseEdit->setFocus();
            updateWait();
        });
}

void UnlockDialog::updateWait()
{
    const auto remaining = m_throttle.remaining();
    if (remaining.count() <= 0) {
        m_countdown->stop();
        m_ui->waitLabel->hide();
        updateButton();
        return;
    }
    const int seconds = static_cast<int>(std::ceil(static_cast<double>(remaining.count()) / 1000.0));
    m_ui->waitLabel->setText(tr("After several wrong passphrases Baken waits before the next try. "
                                "You can try again in %n second(s).",
                                nullptr, seconds));
    m_ui->waitLabel->show();
    if (!m_countdown->isActive())
        m_countdown->start();
    updateButton();
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    m_ui->passphraseEdit->setEnabled(!busy);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    updateButton();
}

void UnlockDialog::updateButton()
{
    m_unlockButton->setEnabled(!m_busy && !isWaiting() && !m_ui->passphraseEdit->text().isEmpty());
}

} // namespace baken::ui
