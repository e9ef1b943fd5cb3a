// baken-cli backup and restore: the encrypted backups of a vault, and the
// way back in with the recovery key when the passphrase is forgotten.
#include "CliApp.h"

#include "backup/Backup.h"
#include "backup/BackupSettings.h"
#include "backup/Restore.h"
#include "crypto/PassphraseStrength.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>

namespace baken {

ExitCode CliApp::backupCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("to"),
                      tr("Write the backup in DIR (default: the backup folder set for this vault in Settings)."),
                      tr("DIR")});
    parser.addOption({QStringLiteral("keep"),
                      tr("Keep the N newest backups of this vault in DIR and delete older ones (default: the "
                         "vault's setting, 10 unless changed)."),
                      tr("N")});
    if (auto done = parseCommand(parser, args,
                                 tr("Write an encrypted backup of a vault. It opens with the recovery key only, so "
                                    "it can bring the cases back when the passphrase is forgotten.")))
        return *done;
    std::optional<int> keep;
    if (parser.isSet(QStringLiteral("keep"))) {
        bool ok = false;
        keep = parser.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || *keep < Backup::MinKeep || *keep > Backup::MaxKeep) {
            m_io.err << tr("--keep takes a number from %1 to %2.").arg(Backup::MinKeep).arg(Backup::MaxKeep) << '\n';
            return ExitCode::Usage;
        }
    }
    std::unique_ptr<Vault> vault;
    if (auto code = openVault(parser, tr("Passphrase: "), vault); code != ExitCode::Ok)
        return code;
    const QString folder =
        parser.isSet(QStringLiteral("to")) ? parser.value(QStringLiteral("to")) : backupFolder(*vault);
    if (folder.isEmpty()) {
        m_io.err << tr("No backup folder is set for this vault. Give one with --to DIR, or set it in the app's "
                       "Settings.")
                 << '\n';
        return ExitCode::Usage;
    }
    auto written = writeBackup(*vault, folder, keep.value_or(backupKeep(*vault)));
    if (!written)
        return fail(written.error());
    m_io.out << tr("Backup written and checked: %1").arg(QDir::toNativeSeparators(written->path)) << '\n';
    if (!written->removed.isEmpty())
        m_io.out << tr("Older backups removed: %n", nullptr, int(written->removed.size())) << '\n';
    m_io.out << tr("It opens with the vault's recovery key. Keep the key apart from the backup.") << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::restoreCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Restore a backup as a new vault with a new passphrase, using the recovery key. For when the passphrase "
           "is forgotten, or the laptop is lost."));
    parser.addPositionalArgument(tr("BACKUP"), tr("The backup file (*.bakenbackup)."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    parser.addOption({QStringLiteral("out"), tr("Write the restored vault to NEWVAULT (required)."), tr("NEWVAULT")});
    parser.addOption({QStringLiteral("replace"), tr("Replace the file at NEWVAULT if there is one.")});
    parser.addOption(
        {QStringLiteral("recovery-key-file"), tr("Read the recovery key from the first line of FILE."), tr("FILE")});
    parser.addOption({QStringLiteral("new-passphrase-file"), tr("Read the new passphrase from the first line of FILE."),
                      tr("FILE")});
    if (!parser.parse(args)) {
        m_io.err << parser.errorText() << '\n';
        return ExitCode::Usage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text = tr("Usage: %1 [options] %2").arg(args.constFirst(), tr("BACKUP --out NEWVAULT"))
               + text.mid(text.indexOf(u'\n'));
        m_io.out << text;
        return ExitCode::Ok;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("out"))) {
        m_io.err << tr("Give exactly these arguments: %1").arg(tr("BACKUP --out NEWVAULT")) << '\n';
        return ExitCode::Usage;
    }
    RestoreRequest request;
    request.backupPath = parser.positionalArguments().constFirst();
    request.vaultPath = parser.value(QStringLiteral("out"));
    request.replaceExisting = parser.isSet(QStringLiteral("replace"));
    // Refused before any secret is asked for.
    if (auto probe = Backup::probe(request.backupPath); !probe)
        return fail(probe.error());
    if (QFileInfo::exists(request.vaultPath) && !request.replaceExisting) {
        m_io.err << tr("%1 already exists; Baken never overwrites a file. Choose another name, or add --replace.")
                        .arg(request.vaultPath)
                 << '\n';
        return ExitCode::Failure;
    }

    std::optional<QString> keyText;
    if (parser.isSet(QStringLiteral("recovery-key-file")))
        keyText = readPassphraseFile(parser.value(QStringLiteral("recovery-key-file")));
    else if (const QString fromEnv = m_io.env("BAKEN_RECOVERY_KEY"); !fromEnv.isEmpty())
        keyText = fromEnv;
    else
        keyText = m_io.readSecret(tr("Recovery key: "));
    if (!keyText)
        return ExitCode::Failure;
    auto key = RecoveryKey::parse(*keyText);
    if (!key)
        return fail(key.error());
    request.recoveryKey = std::move(key).value();

    const auto next = newPassphrase(parser, "new-passphrase-file", "BAKEN_NEW_PASSPHRASE");
    if (!next)
        return ExitCode::Failure;
    request.passphrase = *next;

    auto vault = restoreBackup(request);
    if (!vault)
        return fail(vault.error());
    m_io.out << tr("Restored %1 from the backup. Open it with the new passphrase; the recovery key stays the same.")
                    .arg(QDir::toNativeSeparators((*vault)->path()))
             << '\n';
    return ExitCode::Ok;
}

} // namespace baken
