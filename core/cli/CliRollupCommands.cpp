// baken-cli rollup: the coordinator's key, an advisor's sealed package of
// exact figures, the coordinator's import of packages and the combined,
// published summary. Usage errors (exit 2) are found before a vault is opened.
#include "CliApp.h"
#include "CliSummarySupport.h"

#include "audit/AuditLog.h"
#include "rollup/RollupKeys.h"
#include "rollup/RollupPackage.h"
#include "rollup/RollupService.h"
#include "summary/Period.h"
#include "summary/SummaryBuilder.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace baken {

using namespace rollup;

namespace {

// A label is what the other side sees: the coordinator in a key block, the
// advisor in the coordinator's coverage table.
constexpr qsizetype MaxLabelLength = 100;

} // namespace

ExitCode CliApp::rollupCommand(const QStringList &args)
{
    return dispatch(
        args, u"rollup"_qs,
        {
            {"key", &CliApp::rollupKey, tr("Coordinator: print or write the key block to send to advisors")},
            {"fingerprint", &CliApp::rollupFingerprint, tr("Print this vault's key fingerprint, to compare by phone")},
            {"package", &CliApp::rollupPackage, tr("Advisor: seal the exact figures of a period for a coordinator")},
            {"import", &CliApp::rollupImport, tr("Coordinator: import advisors' packages")},
            {"summary", &CliApp::rollupSummary, tr("Coordinator: write the combined, anonymised summary")},
        });
}

ExitCode CliApp::rollupKey(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("label"), tr("Your name as advisors will see it."), tr("LABEL")});
    parser.addOption({QStringLiteral("out"), tr("Write the key block to FILE (it must not exist yet)."), tr("FILE")});
    if (auto done = parseCommand(parser, args,
                                 tr("Print the key block that advisors need to send you their figures, and its "
                                    "fingerprint. It holds public keys only.")))
        return *done;
    const QString label = parser.value(QStringLiteral("label")).trimmed();
    if (label.isEmpty() || label.size() > MaxLabelLength) {
        m_io.err << tr("Give a label of at most %1 characters with --label, for example --label \"Coordinator "
                       "North\".")
                        .arg(MaxLabelLength)
                 << '\n';
        return ExitCode::Usage;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (!out.isEmpty() && QFileInfo::exists(out)) {
        m_io.err << tr("%1 already exists; Baken never overwrites a file.").arg(out) << '\n';
        return ExitCode::Failure;
    }
    std::unique_ptr<Vault> vault;
    if (auto code = openVault(parser, tr("Passphrase: "), vault); code != ExitCode::Ok)
        return code;
    auto keys = ownPublicKeys(*vault);
    if (!keys)
        return fail(keys.error());
    const QByteArray block = coordinatorKeyText(CoordinatorKey{label, *keys});
    if (out.isEmpty()) {
        m_io.out << QString::fromUtf8(block);
    } else {
        if (auto s = cli::saveAudited(out, block, [] { return Status{}; }); !s)
            return fail(s.error());
        m_io.out << tr("Wrote the key block to %1.").arg(QDir::toNativeSeparators(out)) << '\n';
    }
    m_io.out << tr("Fingerprint: %1").arg(fingerprint(*keys)) << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::rollupFingerprint(const QStringList &args)
{
    QCommandLineParser parser;
    if (auto done = parseCommand(parser, args,
                                 tr("Print the fingerprint of this vault's public keys. Read it out by phone: it "
                                    "must match what the other side sees.")))
        return *done;
    std::unique_ptr<Vault> vault;
    if (auto code = openVault(parser, tr("Passphrase: "), vault); code != ExitCode::Ok)
        return code;
    auto keys = ownPublicKeys(*vault);
    if (!keys)
        return fail(keys.error());
    m_io.out << fingerprint(*keys) << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::rollupPackage(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("period"), tr("The period, as for \"summary\"."), tr("PERIOD")});
    parser.addOption({QStringLiteral("to"), tr("The coordinator's key block."), tr("KEYFILE")});
    parser.addOption({QStringLiteral("label"), tr("Your name as the coordinator will see it."), tr("LABEL")});
    parser.addOption({QStringLiteral("out"), tr("Write the package to FILE (it must not exist yet)."), tr("FILE")});
    if (auto done = parseCommand(parser, args,
                                 tr("Seal the exact figures of a period for a coordinator: counts only, no text, "
                                    "names or dates finer than a month, readable by that coordinator only.")))
        return *done;
    const auto period = summary::parsePeriod(parser.value(QStringLiteral("period")));
    if (!period) {
        m_io.err << period.error().message << '\n';
        return ExitCode::Usage;
    }
    const QString label = parser.value(QStringLiteral("label")).trimmed();
    const QString keyFile = parser.value(QStringLiteral("to"));
    const QString out = parser.value(QStringLiteral("out"));
    if (label.isEmpty() || label.size() > MaxLabelLength || keyFile.isEmpty() || out.isEmpty()) {
        m_io.err << tr("Give --to KEYFILE, --label LABEL (at most %1 characters) and --out FILE.").arg(MaxLabelLength)
                 << '\n';
        return ExitCode::Usage;
    }
    if (QFileInfo::exists(out)) {
        m_io.err << tr("%1 already exists; Baken never overwrites a file.").arg(out) << '\n';
        return ExitCode::Failure;
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        m_io.err << tr("%1 cannot be read: %2").arg(keyFile, file.errorString()) << '\n';
        return ExitCode::Failure;
    }
    auto to = parseCoordinatorKey(file.readAll());
    if (!to)
        return fail(to.error());

    std::unique_ptr<Vault> vault;
    if (auto code = openVault(parser, tr("Passphrase: "), vault); code != ExitCode::Ok)
        return code;
    auto sealed = packagePeriod(*vault, *period, label, *to);
    if (!sealed)
        return fail(sealed.error());
    const auto audit = [&] { return recordPackageExport(*vault, *period, *to); };
    if (auto s = cli::saveAudited(out, *sealed, audit); !s)
        return fail(s.error());
    m_io.out << tr("Sealed the figures of %1 for %2 in %3.")
                    .arg(summary::periodKey(*period), to->label, QDir::toNativeSeparators(out))
             << '\n';
    m_io.out << tr("Coordinator's fingerprint: %1").arg(fingerprint(to->keys)) << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::rollupImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("replace"),
                      tr("Replace a package already imported for the same source and period by a newer one.")});
    if (auto done = parseCommand(parser, args,
                                 tr("Import advisors' packages: each is checked (signature, recipient, "
                                    "integrity) and stored, or refused with the reason and nothing changed."),
                                 false, {tr("FILE...")}))
        return *done;
    std::unique_ptr<Vault> vault;
    if (auto code = openVault(parser, tr("Passphrase: "), vault); code != ExitCode::Ok)
        return code;
    const bool replace = parser.isSet(QStringLiteral("replace"));
    RollupService rollup(*vault);
    bool refused = false;
    for (const QString &path : parser.positionalArguments().mid(1)) {
        const QString name = QDir::toNativeSeparators(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_io.out << tr("%1: refused: it cannot be read (%2)").arg(name, file.errorString()) << '\n';
            refused = true;
            continue;
        }
        auto outcome =
            rollup.import(file.readAll(), [&](const StoredPackage &, const PackageContents &) { return replace; });
        if (!outcome) {
            m_io.out << tr("%1: refused: %2").arg(name, outcome.error().message) << '\n';
            refused = true;
            continue;
        }
        switch (*outcome) {
        case ImportOutcome::Added:
            m_io.out << tr("%1: added").arg(name) << '\n';
            break;
        case ImportOutcome::Duplicate:
            m_io.out << tr("%1: duplicate, imported before; nothing changed").arg(name) << '\n';
            break;
        case ImportOutcome::Replaced:
            m_io.out << tr("%1: replaced the older figures of this source for the months they share").arg(name) << '\n';
            break;
        case ImportOutcome::Kept:
            m_io.out << tr("%1: kept the package imported before; add --replace to use this newer one").arg(name)
                     << '\n';
            break;
        }
    }
    return refused ? ExitCode::Failure : ExitCode::Ok;
}

ExitCode CliApp::rollupSummary(const QStringList &args)
{
    return summaryFrom(args,
                       tr("Write the anonymised summary of every imported package within a period, with "
                          "small figures left out over the combined figures, and which source delivered "
                          "which months."),
                       [](Vault &vault, const summary::Period &period) {
                           return RollupService(vault).combined(period);
                       });
}

} // namespace baken
