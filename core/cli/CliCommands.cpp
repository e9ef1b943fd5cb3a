// The baken-cli commands. Each one parses its options, asks core for the
// work and turns the result into words and an exit code.
#include "CliApp.h"

#include "crypto/PassphraseStrength.h"
#include "crypto/RecoveryKey.h"
#include "demo/DemoVault.h"
#include "demo/LargeDemo.h"
#include "vault/Vault.h"
#include "vault/VaultCheck.h"

#include <QDir>
#include <QElapsedTimer>

namespace baken {

ExitCode CliApp::openVault(const QCommandLineParser &parser, const QString &prompt, std::unique_ptr<Vault> &vault,
                           QString *usedPassphrase)
{
    const QString path = parser.positionalArguments().constFirst();
    if (auto probe = Vault::probe(path); !probe)
        return fail(probe.error());
    const auto secret = passphrase(parser, prompt);
    if (!secret)
        return ExitCode::Failure;
    auto opened = Vault::open(path, *secret);
    if (!opened)
        return fail(opened.error());
    vault = std::move(opened).value();
    if (usedPassphrase)
        *usedPassphrase = *secret;
    return ExitCode::Ok;
}

ExitCode CliApp::init(const QStringList &args)
{
    QCommandLineParser parser;
    if (auto done = parseCommand(parser, args, tr("Create a new, empty vault protected by a passphrase.")))
        return *done;
    const QString path = parser.positionalArguments().constFirst();
    if (QFileInfo::exists(path)) {
        m_io.err << tr("%1 already exists; Baken never overwrites a file.").arg(path) << '\n';
        return ExitCode::Failure;
    }
    std::optional<QString> secret;
    if (parser.isSet(QStringLiteral("passphrase-file")) || !m_io.env("BAKEN_PASSPHRASE").isEmpty()) {
        secret = passphrase(parser, {});
    } else {
        const QString first = m_io.readSecret(tr("Passphrase for the new vault: "));
        if (const auto strength = PassphraseStrength::evaluate(first); !strength.acceptable) {
            m_io.err << tr("This passphrase is too easy to guess (%1). %2").arg(strength.label, strength.advice)
                     << '\n';
            return ExitCode::Failure;
        }
        if (m_io.readSecret(tr("Repeat the passphrase: ")) != first) {
            m_io.err << tr("The two passphrases differ. No vault was created.") << '\n';
            return ExitCode::Failure;
        }
        secret = first;
    }
    if (!secret)
        return ExitCode::Failure;

    auto vault = Vault::create(path, *secret);
    if (!vault)
        return fail(vault.error());
    auto recovery = (*vault)->recoveryKey();
    if (!recovery)
        return fail(recovery.error());
    m_io.out << tr("Created %1.").arg(QDir::toNativeSeparators((*vault)->path())) << '\n'
             << '\n'
             << tr("Recovery key (shown only now; write it down or print it and keep it apart from the laptop):")
             << '\n'
             << '\n';
    const QStringList groups = recovery->groups();
    for (qsizetype i = 0; i < groups.size(); i += 7)
        m_io.out << "    " << groups.mid(i, 7).join(u"  ") << '\n';
    m_io.out << '\n'
             << tr("With it, Baken's encrypted backups (baken-cli backup) can be restored if the passphrase is "
                   "forgotten (baken-cli restore). The vault itself opens only with its passphrase.")
             << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::verify(const QStringList &args)
{
    QCommandLineParser parser;
    if (auto done =
            parseCommand(parser, args, tr("Check a vault: integrity, schema version, audit chain and record counts.")))
        return *done;
    std::unique_ptr<Vault> vault;
    if (auto code = openVault(parser, tr("Passphrase: "), vault); code != ExitCode::Ok)
        return code;
    auto report = checkVault(*vault);
    if (!report)
        return fail(report.error());

    m_io.out << tr("Vault: %1").arg(QDir::toNativeSeparators(vault->path())) << '\n';
    m_io.out << tr("Integrity: %1").arg(report->integrityOk ? tr("ok") : report->integrityProblems.join(u"; ")) << '\n';
    m_io.out << tr("Schema version: %1 (this Baken: %2)").arg(report->schemaVersion).arg(report->supportedSchemaVersion)
             << '\n';
    if (report->audit.intact) {
        m_io.out << tr("Audit log: %n entries, chain intact", nullptr, int(report->audit.entries)) << '\n';
        // An auditor can note this and later see that no entry was cut off.
        m_io.out << tr("Latest audit hash: %1").arg(QString::fromLatin1(report->audit.headHash.toHex())) << '\n';
    } else {
        m_io.out << tr("Audit log: chain BROKEN at entry %1 of %2")
                        .arg(report->audit.firstBrokenId)
                        .arg(report->audit.entries)
                 << '\n';
    }
    for (const RecordCount &count : report->counts)
        m_io.out << "  " << count.label << ": " << count.count << '\n';
    if (!report->healthy()) {
        m_io.err << tr("The vault has problems; restore it from a backup or contact support.") << '\n';
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

ExitCode CliApp::passwd(const QStringList &args)
{
    QCommandLineParser parser;
    if (auto done = parseCommand(parser, args, tr("Change a vault's passphrase."), true))
        return *done;
    std::unique_ptr<Vault> vault;
    QString current;
    if (auto code = openVault(parser, tr("Current passphrase: "), vault, &current); code != ExitCode::Ok)
        return code;
    const auto next = newPassphrase(parser, "new-passphrase-file", "BAKEN_NEW_PASSPHRASE");
    if (!next)
        return ExitCode::Failure;
    if (auto s = vault->changePassphrase(current, *next); !s)
        return fail(s.error());
    m_io.out << tr("The passphrase was changed. The recovery key stays the same.") << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::demo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("size"),
                      tr("small (the default): a few hundred cases; large: ten years of a large employer, "
                         "50,000 cases, for measuring speed."),
                      tr("small|large"), QStringLiteral("small")});
    parser.addOption({QStringLiteral("scale"), tr("With --size large: 2 or 4 times as much data."), tr("1|2|4"),
                      QStringLiteral("1")});
    if (auto done = parseCommand(parser, args,
                                 tr("Create a vault with synthetic demonstration data. Without a passphrase "
                                    "option the published demo passphrase is used.")))
        return *done;
    const QString size = parser.value(QStringLiteral("size"));
    const QString scale = parser.value(QStringLiteral("scale"));
    const bool large = size == u"large";
    if ((!large && size != u"small") || !QStringList{u"1"_qs, u"2"_qs, u"4"_qs}.contains(scale)
        || (!large && scale != u"1")) {
        m_io.err << tr("Use --size small or --size large, and --scale 1, 2 or 4 only with --size large.") << '\n';
        return ExitCode::Usage;
    }
    const QString path = parser.positionalArguments().constFirst();
    if (QFileInfo::exists(path)) {
        m_io.err << tr("%1 already exists; Baken never overwrites a file.").arg(path) << '\n';
        return ExitCode::Failure;
    }
    QString secret = DemoVault::defaultPassphrase();
    if (parser.isSet(QStringLiteral("passphrase-file")) || !m_io.env("BAKEN_PASSPHRASE").isEmpty()) {
        const auto given = passphrase(parser, {});
        if (!given)
            return ExitCode::Failure;
        secret = *given;
    }
    if (large) {
        QElapsedTimer timer;
        timer.start();
        LargeDemoCounts counts;
        auto vault = LargeDemo::create(path, secret, LargeDemoOptions{scale.toDouble(), QDate::currentDate()}, &counts);
        if (!vault)
            return fail(vault.error());
        m_io.out << tr("Created the large demo vault %1 in %2 s: %3 cases, %4 contact moments, %5 follow-ups, "
                       "%6 consultations, %7 groups with %8 sessions.")
                        .arg(QDir::toNativeSeparators((*vault)->path()))
                        .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                        .arg(counts.cases)
                        .arg(counts.contacts)
                        .arg(counts.followUps)
                        .arg(counts.consultations)
                        .arg(counts.groups)
                        .arg(counts.sessions)
                 << '\n';
        return ExitCode::Ok;
    }
    auto vault = DemoVault::create(path, secret);
    if (!vault)
        return fail(vault.error());
    m_io.out << tr("Created the demo vault %1.").arg(QDir::toNativeSeparators((*vault)->path())) << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::exportKey(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("yes"), tr("Confirm that you want the key printed.")});
    if (auto done = parseCommand(parser, args,
                                 tr("Print the vault's raw encryption key, for disaster recovery with the "
                                    "sqlcipher shell (docs/security.md).")))
        return *done;
    if (!parser.isSet(QStringLiteral("yes"))) {
        m_io.err << tr("This prints the raw key that decrypts the whole vault. Anyone who sees it can read every "
                       "case, whatever the passphrase. Use it only for disaster recovery, on a computer you trust, "
                       "and repeat the command with --yes.")
                 << '\n';
        return ExitCode::Usage;
    }
    std::unique_ptr<Vault> vault;
    if (auto code = openVault(parser, tr("Passphrase: "), vault); code != ExitCode::Ok)
        return code;
    auto spec = vault->exportKeySpec();
    if (!spec)
        return fail(spec.error());
    m_io.out << QString::fromLatin1(reinterpret_cast<const char *>(spec->data()), qsizetype(spec->size())) << '\n';
    return ExitCode::Ok;
}

} // namespace baken
