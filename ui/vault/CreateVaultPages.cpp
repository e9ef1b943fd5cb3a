#include "CreateVaultPages.h"

#include "RecoveryKeyPrinter.h"
#include "settings/Settings.h"
#include "ui_LocationPage.h"
#include "ui_PassphrasePage.h"
#include "ui_RecoveryKeyPage.h"
#include "widgets/Tone.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>

namespace baken::ui {

namespace {

const QLatin1String Suffix(".baken");

QString withSuffix(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(Suffix, Qt::CaseInsensitive))
        return trimmed;
    return trimmed + Suffix;
}

} // namespace

LocationPage::LocationPage(Settings &settings, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<::Ui::LocationPage>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    setTone(m_ui->errorLabel, Tone::Problem);
    setTitle(tr("Where to keep the vault"));
    m_ui->errorLabel->hide();
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, [this] {
        m_ui->errorLabel->hide();
        Q_EMIT completeChanged();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &LocationPage::browse);
}

LocationPage::~LocationPage() = default;

QString LocationPage::path() const
{
    const QString path = withSuffix(m_ui->pathEdit->text());
    return path.isEmpty() ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

bool LocationPage::isComplete() const
{
    return !m_ui->pathEdit->text().trimmed().isEmpty();
}

bool LocationPage::validatePage()
{
    const QFileInfo info(path());
    QString problem;
    if (info.exists())
        problem = tr("A file with that name already exists. Choose another name.");
    else if (!info.absoluteDir().exists())
        problem = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
    m_ui->errorLabel->setText(problem);
    m_ui->errorLabel->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

void LocationPage::browse()
{
    const QString folder = m_settings.value(Settings::Key::LastFolder).toString();
    const QString chosen = QFileDialog::getSaveFileName(this, tr("New vault"), QDir(folder).filePath(tr("cases.baken")),
                                                        tr("Baken vaults (*.baken)"));
    if (chosen.isEmpty())
        return;
    m_settings.setValue(Settings::Key::LastFolder, QFileInfo(chosen).absolutePath());
    m_ui->pathEdit->setText(QDir::toNativeSeparators(withSuffix(chosen)));
}

PassphrasePage::PassphrasePage(QWidget *parent) : QWizardPage(parent), m_ui(std::make_unique<::Ui::PassphrasePage>())
{
    m_ui->setupUi(this);
    setTone(m_ui->mismatchLabel, Tone::Problem);
    setTitle(tr("Choose a passphrase"));
    m_ui->mismatchLabel->hide();
    connect(m_ui->passphraseEdit, &QLineEdit::textChanged, this, &PassphrasePage::updateState);
    connect(m_ui->repeatEdit, &QLineEdit::textChanged, this, &PassphrasePage::updateState);
    connect(m_ui->showCheck, &QCheckBox::toggled, this, [this](bool show) {
        const auto mode = show ? QLineEdit::Normal : QLineEdit::Password;
        m_ui->passphraseEdit->setEchoMode(mode);
        m_ui->repeatEdit->setEchoMode(mode);
    });
}

PassphrasePage::~PassphrasePage() = default;

QString PassphrasePage::passphrase() const
{
    return m_ui->passphraseEdit->text();
}

bool PassphrasePage::isComplete() const
{
    return m_ui->meter->isAcceptable() && m_ui->passphraseEdit->text() == m_ui->repeatEdit->text();
}

void PassphrasePage::updateState()
{
    m_ui->meter->setPassphrase(m_ui->passphraseEdit->text());
    const QString repeat = m_ui->repeatEdit->text();
    // Only complain once the repeat is as long as the original, not while typing.
    const bool mismatch = !repeat.isEmpty() && repeat.size() >= m_ui->passphraseEdit->text().size()
                          && repeat != m_ui->passphraseEdit->text();
    m_ui->mismatchLabel->setText(mismatch ? tr("The two passphrases are not the same.") : QString());
    m_ui->mismatchLabel->setVisible(mismatch);
    Q_EMIT completeChanged();
}

RecoveryKeyPage::RecoveryKeyPage(const RecoveryKey &key, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<::Ui::RecoveryKeyPage>())
    , m_key(key)
{
    m_ui->setupUi(this);
    setTitle(tr("Your recovery key"));

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.5);
    mono.setBold(true);
    m_ui->keyLabel->setFont(mono);
    const QStringList groups = key.groups();
    const qsizetype half = (groups.size() + 1) / 2;
    m_ui->keyLabel->setText(groups.mid(0, half).join(u"  ") + u'\n' + groups.mid(half).join(u"  "));

    m_ui->busyBar->hide();
    m_ui->statusLabel->hide();
    connect(m_ui->confirmCheck, &QCheckBox::toggled, this, &RecoveryKeyPage::completeChanged);
    connect(m_ui->printButton, &QPushButton::clicked, this, &RecoveryKeyPage::print);
}

RecoveryKeyPage::~RecoveryKeyPage() = default;

void RecoveryKeyPage::initializePage()
{
    if (auto *location = qobject_cast<LocationPage *>(wizard()->page(0)))
        m_vaultPath = location->path();
}

bool RecoveryKeyPage::isComplete() const
{
    return m_ui->confirmCheck->isChecked() && m_ui->busyBar->isHidden();
}

void RecoveryKeyPage::setBusy(bool busy)
{
    m_ui->busyBar->setVisible(busy);
    m_ui->printButton->setEnabled(!busy);
    m_ui->confirmCheck->setEnabled(!busy);
    setTone(m_ui->statusLabel, Tone::Normal);
    m_ui->statusLabel->setText(busy ? tr("Creating and encrypting the vault…") : QString());
    m_ui->statusLabel->setVisible(busy);
    Q_EMIT completeChanged();
}

void RecoveryKeyPage::showError(const QString &message)
{
    setTone(m_ui->statusLabel, Tone::Problem);
    m_ui->statusLabel->setText(message);
    m_ui->statusLabel->show();
}

void RecoveryKeyPage::print()
{
    RecoveryKeyPrinter::print(m_key, QFileInfo(m_vaultPath).fileName(), this);
}

} // namespace baken::ui
