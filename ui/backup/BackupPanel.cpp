#include "BackupPanel.h"

#include "backup/Backup.h"
#include "backup/BackupSettings.h"
#include "vault/Vault.h"
#include "widgets/BusyCursor.h"
#include "widgets/Tone.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace baken::ui {

namespace {

void chooseWithDialog(QWidget *parent, const QString &current, const std::function<void(const QString &)> &chosen)
{
    auto *files = new QFileDialog(parent, BackupPanel::tr("Folder for backups"), current);
    files->setFileMode(QFileDialog::Directory);
    files->setOption(QFileDialog::ShowDirsOnly);
    files->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(files, &QFileDialog::fileSelected, parent, [chosen](const QString &path) {
        if (!path.isEmpty())
            chosen(path);
    });
    files->open();
}

} // namespace

BackupPanel::BackupPanel(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_folder(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choos&e folder…"), this))
    , m_off(new QPushButton(tr("No backups"), this))
    , m_keep(new QSpinBox(this))
    , m_backUp(new QPushButton(tr("Back up now"), this))
    , m_status(new QLabel(this))
    , m_chooser(&chooseWithDialog)
{
    auto *intro = new QLabel(tr("When you lock or close the vault and something changed, Baken writes an encrypted "
                                "backup to this folder, for example on a USB stick or a network drive. A backup "
                                "opens only with the recovery key: keep the key apart from the backups."),
                             this);
    intro->setWordWrap(true);

    auto *folderLabel = new QLabel(tr("Backup folder:"), this);
    folderLabel->setBuddy(m_folder);
    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_folder->setReadOnly(true);
    m_folder->setAccessibleName(tr("Folder for backups"));
    m_folder->setAccessibleDescription(tr("The folder Baken writes encrypted backups to, for example on a USB stick."));
    m_folder->setPlaceholderText(tr("No folder chosen: no backups are written"));
    m_folder->setMinimumWidth(320);
    m_off->setToolTip(tr("Stop writing backups; the backups already written stay where they are."));

    auto *keepLabel = new QLabel(tr("How man&y to keep:"), this);
    keepLabel->setBuddy(m_keep);
    m_keep->setObjectName(QStringLiteral("backupKeepSpin"));
    m_keep->setRange(Backup::MinKeep, Backup::MaxKeep);
    m_keep->setSuffix(tr(" newest backups"));
    m_keep->setToolTip(tr("Older backups of this vault in the folder are deleted."));
    m_keep->setKeyboardTracking(false);
    m_keep->setAccessibleName(tr("How many backups are kept"));
    m_keep->setValue(backupKeep(vault));

    m_backUp->setObjectName(QStringLiteral("backUpNowButton"));
    m_choose->setObjectName(QStringLiteral("chooseFolderButton"));
    m_choose->setToolTip(tr("Opens a folder window to pick where the backups are written."));
    m_backUp->setToolTip(tr("Writes an encrypted backup to the folder now, without waiting for the vault to lock."));
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Backup result"));
    m_status->hide();

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);
    folderRow->addWidget(m_off);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keep);
    keepRow->addStretch();
    keepRow->addWidget(m_backUp);

    auto *grid = new QGridLayout;
    grid->addWidget(folderLabel, 0, 0);
    grid->addLayout(folderRow, 0, 1);
    grid->addWidget(keepLabel, 1, 0);
    grid->addLayout(keepRow, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_status);

    m_folder->setText(QDir::toNativeSeparators(backupFolder(vault)));
    connect(m_choose, &QPushButton::clicked, this, &BackupPanel::chooseFolder);
    connect(m_off, &QPushButton::clicked, this, [this] { setFolder({}); });
    connect(m_keep, &QSpinBox::valueChanged, this, &BackupPanel::saveKeep);
    connect(m_backUp, &QPushButton::clicked, this, &BackupPanel::backUpNow);
    updateButtons();
}

void BackupPanel::chooseFolder()
{
    const QString current = backupFolder(m_vault);
    m_chooser(this, current.isEmpty() ? QDir::homePath() : current,
              [this](const QString &folder) { setFolder(folder); });
}

void BackupPanel::setFolder(const QString &folder)
{
    const QString clean = folder.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (auto saved = setBackupFolder(m_vault, clean); !saved) {
        showStatus(saved.error().message, true);
        return;
    }
    m_folder->setText(QDir::toNativeSeparators(clean));
    if (clean.isEmpty())
        showStatus(tr("No backups are written from now on."), false);
    else
        showStatus(tr("Backups go to this folder from now on."), false);
    updateButtons();
}

void BackupPanel::saveKeep(int keep)
{
    if (auto saved = setBackupKeep(m_vault, keep); !saved) {
        showStatus(saved.error().message, true);
        const QSignalBlocker blocker(m_keep);
        m_keep->setValue(backupKeep(m_vault));
    }
}

void BackupPanel::backUpNow()
{
    const QString folder = backupFolder(m_vault);
    if (folder.isEmpty())
        return;
    // Written on this thread, so that nothing changes the vault between the
    // copy and its check; a backup takes about a second.
    auto written = [&] {
        const BusyCursor busy;
        return writeBackup(m_vault, folder, backupKeep(m_vault));
    }();
    if (!written) {
        showStatus(written.error().message, true);
        return;
    }
    QString message =
        tr("Backup written and checked at %1: %2")
            .arg(QLocale().toString(written->at.time(), QLocale::ShortFormat), QFileInfo(written->path).fileName());
    if (!written->removed.isEmpty())
        message += u' ' + tr("%n older backup(s) removed.", nullptr, int(written->removed.size()));
    showStatus(message, false);
    Q_EMIT backupWritten();
}

void BackupPanel::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    setTone(m_status, error ? Tone::Problem : Tone::Normal);
    m_status->setVisible(!message.isEmpty());
}

void BackupPanel::updateButtons()
{
    const bool set = !backupFolder(m_vault).isEmpty();
    m_backUp->setEnabled(set);
    m_off->setEnabled(set);
}

} // namespace baken::ui
