#include "RollupSettings.h"

#include "rollup/RollupKeys.h"
#include "vault/Vault.h"
#include "vault/VaultSettings.h"
#include "widgets/Tone.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace baken::ui::rollup {

namespace {

const QString LabelKey = QStringLiteral("rollup_coordinator_label");

} // namespace

QString coordinatorLabel(Vault &vault)
{
    auto stored = vault.meta(LabelKey);
    return stored ? stored->trimmed() : QString();
}

Status setCoordinatorLabel(Vault &vault, const QString &label)
{
    return writeVaultSetting(vault, LabelKey, label.trimmed());
}

RollupSettings::RollupSettings(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_label(new QLineEdit(this))
    , m_key(new QPlainTextEdit(this))
    , m_fingerprint(new QLabel(this))
    , m_copy(new QPushButton(tr("Co&py the key"), this))
    , m_save(new QPushButton(tr("Sa&ve key file…"), this))
    , m_status(new QLabel(this))
{
    auto *intro = new QLabel(tr("For a coordinator who combines the figures of several advisors. Send the key below "
                                "to each advisor; their packages can then be opened in this vault only. Read the "
                                "fingerprint out by phone, so that they know the key is really yours."),
                             this);
    intro->setWordWrap(true);
    auto *labelLabel = new QLabel(tr("Coordinator na&me:"), this);
    labelLabel->setBuddy(m_label);
    m_label->setObjectName(QStringLiteral("coordinatorLabelEdit"));
    m_label->setPlaceholderText(tr("e.g. Coordinator confidential advisors, Municipality North"));
    m_label->setMaxLength(120);
    m_label->setAccessibleDescription(tr("The name advisors see when they make a package for you."));
    auto *keyLabel = new QLabel(tr("Key &block for advisors:"), this);
    keyLabel->setBuddy(m_key);
    m_key->setObjectName(QStringLiteral("coordinatorKeyText"));
    m_key->setReadOnly(true);
    m_key->setAccessibleDescription(
        tr("The key to send to each advisor; with it, only this vault can open their packages."));
    m_key->setTabChangesFocus(true);
    m_key->setLineWrapMode(QPlainTextEdit::NoWrap);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_key->setFont(mono);
    m_key->setFixedHeight(QFontMetrics(mono).lineSpacing() * 6 + 14);
    auto *fingerprintTitle = new QLabel(tr("Fingerprint:"), this);
    m_fingerprint->setObjectName(QStringLiteral("fingerprintLabel"));
    QFont large = mono;
    large.setPointSizeF(mono.pointSizeF() * 1.6);
    large.setBold(true);
    m_fingerprint->setFont(large);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fingerprint->setAccessibleName(tr("Fingerprint to read out by phone"));
    m_copy->setObjectName(QStringLiteral("copyKeyButton"));
    m_save->setObjectName(QStringLiteral("saveKeyFileButton"));
    m_copy->setToolTip(tr("Copies the key block to the clipboard, to paste into a mail to the advisors."));
    m_save->setToolTip(tr("Saves the key block as a file to send to the advisors."));
    m_status->setObjectName(QStringLiteral("rollupKeyStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *form = new QGridLayout;
    form->addWidget(labelLabel, 0, 0);
    form->addWidget(m_label, 0, 1);
    form->addWidget(keyLabel, 1, 0, Qt::AlignTop);
    form->addWidget(m_key, 1, 1);
    form->addWidget(fingerprintTitle, 2, 0);
    form->addWidget(m_fingerprint, 2, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_label, &QLineEdit::editingFinished, this, &RollupSettings::saveLabel);
    connect(m_copy, &QPushButton::clicked, this, &RollupSettings::copyKey);
    connect(m_save, &QPushButton::clicked, this, &RollupSettings::saveKeyFile);
    reload();
}

void RollupSettings::reload()
{
    const QSignalBlocker blocker(m_label);
    m_label->setText(coordinatorLabel(m_vault));
    showKey();
}

void RollupSettings::saveLabel()
{
    if (m_label->text().trimmed() == coordinatorLabel(m_vault))
        return;
    if (auto saved = setCoordinatorLabel(m_vault, m_label->text()); !saved)
        return showStatus(saved.error().message, true);
    showKey();
}

void RollupSettings::showKey()
{
    m_block.clear();
    m_key->clear();
    m_fingerprint->clear();
    const bool labelled = !m_label->text().trimmed().isEmpty();
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    if (!labelled)
        return showStatus(tr("Type a name first: advisors see it when they make a package for you."), false);
    auto keys = baken::rollup::ownPublicKeys(m_vault);
    if (!keys)
        return showStatus(tr("The key could not be read: %1").arg(keys.error().message), true);
    m_block = baken::rollup::coordinatorKeyText({m_label->text().trimmed(), *keys});
    m_key->setPlainText(QString::fromUtf8(m_block));
    m_fingerprint->setText(baken::rollup::fingerprint(*keys));
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
    showStatus({}, false);
}

void RollupSettings::copyKey()
{
    if (m_block.isEmpty())
        return;
    // Public keys only: nothing about a case reaches the clipboard.
    QGuiApplication::clipboard()->setText(QString::fromUtf8(m_block));
    showStatus(tr("The key is on the clipboard. Paste it into a mail to the advisors."), false);
}

void RollupSettings::saveKeyFile()
{
    if (m_block.isEmpty())
        return;
    const SaveFileChooser chooser = m_chooser ? m_chooser : SaveFileChooser(saveWithDialog);
    chooser(this, tr("Save the coordinator key"), QStringLiteral("baken-coordinator-key.txt"), tr("Key files (*.txt)"),
            [this](const QString &path) {
                auto done = saveKeyFileTo(path);
                showStatus(done ? *done : done.error().message, !done.ok());
            });
}

Result<QString> RollupSettings::saveKeyFileTo(const QString &path)
{
    if (m_block.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("Type a name first: advisors see it when they make a package for you.")};
    if (auto written = writeFileAtomically(path, m_block); !written)
        return written.error();
    return tr("Saved %1. Send it to the advisors and read the fingerprint out to them.")
        .arg(QFileInfo(path).fileName());
}

void RollupSettings::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    setTone(m_status, error ? Tone::Problem : Tone::Normal);
}

} // namespace baken::ui::rollup
