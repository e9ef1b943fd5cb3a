#include "PackageDialog.h"

#include "vault/Vault.h"
#include "vault/VaultSettings.h"
#include "widgets/ButtonDescriptions.h"
#include "widgets/Tone.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace baken::ui::rollup {

namespace {

const QString SourceLabelKey = QStringLiteral("rollup_source_label");
// A key block is a few hundred bytes; anything far larger is not one.
constexpr qint64 LargestKeyFile = 64 * 1024;

} // namespace

QString sourceLabel(Vault &vault)
{
    auto stored = vault.meta(SourceLabelKey);
    return stored ? stored->trimmed() : QString();
}

Status setSourceLabel(Vault &vault, const QString &label)
{
    return writeVaultSetting(vault, SourceLabelKey, label.trimmed());
}

PackageDialog::PackageDialog(Vault &vault, const QString &periodLabel, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_text(new QPlainTextEdit(this))
    , m_coordinator(new QLabel(this))
    , m_fingerprint(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_label(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Package for the coordinator"));
    auto *intro = new QLabel(tr("The exact figures of %1 go to your coordinator in a sealed package that only the "
                                "coordinator's vault can open. It holds counts per month only: no names, no text, no "
                                "case numbers.")
                                 .arg(periodLabel),
                             this);
    intro->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("packageKeyText"));
    m_text->setAccessibleDescription(
        tr("The key block the coordinator sent you; only the coordinator's vault can open the package."));
    m_text->setPlaceholderText(tr("Paste the key block the coordinator sent you, or open the key file."));
    m_text->setTabChangesFocus(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMinimumWidth(520);
    m_text->setFixedHeight(130);
    auto *open = new QPushButton(tr("&Open key file…"), this);
    open->setObjectName(QStringLiteral("openKeyFileButton"));
    open->setToolTip(tr("Reads the coordinator's key from the key file they sent you."));
    m_coordinator->setObjectName(QStringLiteral("packageCoordinatorLabel"));
    m_coordinator->setTextFormat(Qt::PlainText);
    m_fingerprint->setObjectName(QStringLiteral("packageFingerprintLabel"));
    QFont large = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    large.setPointSizeF(large.pointSizeF() * 1.4);
    large.setBold(true);
    m_fingerprint->setFont(large);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problem->setObjectName(QStringLiteral("packageKeyProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    setTone(m_problem, Tone::Problem);
    m_problem->hide();
    m_label->setObjectName(QStringLiteral("sourceLabelEdit"));
    m_label->setMaxLength(120);
    m_label->setAccessibleDescription(tr("The name the coordinator sees for your figures in the roll-up."));
    m_label->setPlaceholderText(tr("e.g. Confidential advisor North"));
    m_label->setText(baken::ui::rollup::sourceLabel(vault));
    m_save = m_buttons->addButton(tr("&Save package…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("savePackageButton"));
    m_save->setToolTip(tr("Saves the sealed package as a file, to send to your coordinator."));
    describeStandardButtons(m_buttons);

    auto *keyLabel = new QLabel(tr("Coordinator &key:"), this);
    keyLabel->setBuddy(m_text);
    auto *nameLabel = new QLabel(tr("&Your name as a source:"), this);
    nameLabel->setBuddy(m_label);
    auto *form = new QFormLayout;
    form->addRow(keyLabel, m_text);
    form->addRow(QString(), open);
    setTabOrder(m_text, open);
    form->addRow(QString(), m_problem);
    form->addRow(tr("Coordinator:"), m_coordinator);
    form->addRow(tr("Fingerprint:"), m_fingerprint);
    form->addRow(nameLabel, m_label);
    auto *check = new QLabel(tr("Call the coordinator and compare the fingerprint digit by digit before you send the "
                                "package."),
                             this);
    check->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(check);
    layout->addWidget(m_buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this, &PackageDialog::readKey);
    connect(m_label, &QLineEdit::textChanged, this, &PackageDialog::updateButtons);
    connect(open, &QPushButton::clicked, this, &PackageDialog::openKeyFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PackageDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PackageDialog::reject);
    readKey();
}

QString PackageDialog::sourceLabel() const
{
    return m_label->text().trimmed();
}

void PackageDialog::readKey()
{
    m_key.reset();
    m_coordinator->clear();
    m_fingerprint->clear();
    const QByteArray text = m_text->toPlainText().toUtf8();
    if (text.trimmed().isEmpty()) {
        m_problem->hide();
    } else if (auto key = baken::rollup::parseCoordinatorKey(text); !key) {
        m_problem->setText(key.error().message);
        m_problem->show();
    } else {
        m_key = *key;
        m_problem->hide();
        m_coordinator->setText(m_key->label);
        m_fingerprint->setText(baken::rollup::fingerprint(m_key->keys));
    }
    updateButtons();
}

void PackageDialog::openKeyFile()
{
    const OpenFilesChooser chooser = m_chooser ? m_chooser : OpenFilesChooser(openWithDialog);
    chooser(this, tr("Open the coordinator key"), tr("Key files (*.txt);;All files (*)"),
            [this](const QStringList &paths) {
                if (auto loaded = loadKeyFile(paths.first()); !loaded) {
                    m_problem->setText(loaded.error().message);
                    m_problem->show();
                }
            });
}

Status PackageDialog::loadKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("The key file could not be opened: %1").arg(file.errorString())};
    if (file.size() > LargestKeyFile)
        return Error{ErrorCode::InvalidInput, tr("This file is far too large to be a coordinator key.")};
    m_text->setPlainText(QString::fromUtf8(file.readAll()));
    return {};
}

void PackageDialog::updateButtons()
{
    m_save->setEnabled(m_key.has_value() && !sourceLabel().isEmpty());
}

void PackageDialog::accept()
{
    if (!m_key || sourceLabel().isEmpty())
        return;
    if (sourceLabel() != baken::ui::rollup::sourceLabel(m_vault)) {
        if (auto saved = setSourceLabel(m_vault, sourceLabel()); !saved) {
            m_problem->setText(saved.error().message);
            m_problem->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace baken::ui::rollup
