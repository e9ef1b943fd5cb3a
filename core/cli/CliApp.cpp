#include "CliApp.h"

#include "i18n/Translations.h"

#include <QFile>
#include <QLocale>

namespace baken {

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::VaultMissing:
    case ErrorCode::VaultEmpty:
    case ErrorCode::PlainSqlite:
    case ErrorCode::NotAVault:
    case ErrorCode::WrongPassphrase:
    case ErrorCode::UnsupportedKdf:
        return ExitCode::NotOpened;
    case ErrorCode::NewerVersion:
        return ExitCode::NewerVersion;
    default:
        return ExitCode::Failure;
    }
}

QList<CliApp::CommandInfo> CliApp::commands() const
{
    return {
        {"init", &CliApp::init, tr("Create a new, empty vault")},
        {"verify", &CliApp::verify, tr("Check a vault: integrity, schema version, audit chain, record counts")},
        {"passwd", &CliApp::passwd, tr("Change a vault's passphrase")},
        {"demo", &CliApp::demo, tr("Create a vault filled with synthetic demonstration data")},
        {"export-key", &CliApp::exportKey, tr("Print the raw encryption key, for disaster recovery")},
        {"backup", &CliApp::backupCommand, tr("Write an encrypted backup that opens with the recovery key")},
        {"restore", &CliApp::restoreCommand,
         tr("Restore a backup with the recovery key, as a new vault with a new passphrase")},
        {"retention", &CliApp::retentionCommand,
         tr("List the cases past their destruction date, and destroy them")},
        {"export", &CliApp::exportCommand, tr("Write the whole vault to a JSON file, to move it (plaintext)")},
        {"import", &CliApp::importCommand, tr("Add the cases of a JSON export to a vault, all or nothing")},
        {"import-csv", &CliApp::importCsvCommand,
         tr("Register the cases of a spreadsheet saved as CSV, all or nothing")},
        {"case", &CliApp::caseCommand, tr("Register, list, show and close cases (\"case --help\")")},
        {"consult", &CliApp::consultCommand, tr("Log and list doubt-line consultations (\"consult --help\")")},
        {"summary", &CliApp::summaryCommand,
         tr("Write an anonymised summary of a period, safe to hand on: JSON, CSV or PDF")},
        {"rollup", &CliApp::rollupCommand,
         tr("Combine several vaults' figures into one summary: keys, packages, import (\"rollup --help\")")},
        {"group", &CliApp::groupCommand,
         tr("Run peer-support groups: series, participants, attendance, calendar (\"group --help\")")},
    };
}

namespace {

// --lang may stand anywhere; it is handled before anything is printed.
QString languageFrom(QStringList &args)
{
    QString lang = QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("nl");
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--lang" && i + 1 < args.size()) {
            lang = args[i + 1];
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(u"--lang=")) {
            lang = args[i].mid(7);
            args.remove(i);
            break;
        }
    }
    return lang;
}

} // namespace

void CliApp::printGlobalHelp()
{
    m_io.out << tr("Usage: baken-cli [--lang nl|en] COMMAND VAULT [options]") << '\n'
             << '\n'
             << tr("Baken keeps confidential reports in an encrypted vault. Commands:") << '\n';
    for (const auto &command : commands())
        m_io.out << "  " << QString::fromLatin1(command.name).leftJustified(12) << command.summary << '\n';
    m_io.out << '\n'
             << tr("Run \"baken-cli COMMAND --help\" for a command's options.") << '\n'
             << tr("The passphrase is asked for without echo, or read from --passphrase-file FILE, or from the "
                   "environment variable BAKEN_PASSPHRASE (meant for automation).")
             << '\n'
             << tr("Exit codes: 0 ok, 1 failure, 2 usage error, 3 wrong passphrase or not a vault, "
                   "4 vault from a newer version.")
             << '\n';
    m_io.out.flush();
}

ExitCode CliApp::dispatch(const QStringList &args, const QString &group, const QList<CommandInfo> &subcommands)
{
    const QString sub = args.value(1);
    for (const CommandInfo &command : subcommands) {
        if (sub == QLatin1String(command.name)) {
            QStringList rest = args.mid(1);
            rest[0] = args.constFirst() + u' ' + sub;
            return (this->*command.run)(rest);
        }
    }
    const bool help = sub == u"--help" || sub == u"-h" || sub == u"help";
    QTextStream &stream = help ? m_io.out : m_io.err;
    if (!help && !sub.isEmpty())
        stream << tr("Unknown %1 command \"%2\".").arg(group, sub) << '\n';
    stream << tr("Usage: baken-cli %1 COMMAND VAULT [options]").arg(group) << '\n' << '\n';
    for (const CommandInfo &command : subcommands)
        stream << "  " << QString::fromLatin1(command.name).leftJustified(8) << command.summary << '\n';
    stream << '\n' << tr("Run \"baken-cli %1 COMMAND --help\" for a command's options.").arg(group) << '\n';
    return help ? ExitCode::Ok : ExitCode::Usage;
}

int CliApp::run(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString lang = languageFrom(args);
    if (!availableLanguages().contains(lang)) {
        m_io.err << tr("Unknown language \"%1\"; choose nl or en.").arg(lang) << '\n';
        m_io.err.flush();
        return int(ExitCode::Usage);
    }
    installTranslations(lang);

    if (args.size() < 2 || args[1] == u"--help" || args[1] == u"-h" || args[1] == u"help") {
        printGlobalHelp();
        return args.size() < 2 ? int(ExitCode::Usage) : int(ExitCode::Ok);
    }
    if (args[1] == u"--version" || args[1] == u"-v") {
        m_io.out << "baken-cli " << QCoreApplication::applicationVersion() << '\n';
        m_io.out.flush();
        return int(ExitCode::Ok);
    }
    for (const auto &command : commands()) {
        if (args[1] == QLatin1String(command.name)) {
            QStringList rest = args.mid(1);
            rest[0] = QStringLiteral("baken-cli ") + rest[0];
            const ExitCode code = (this->*command.run)(rest);
            m_io.out.flush();
            m_io.err.flush();
            return int(code);
        }
    }
    m_io.err << tr("Unknown command \"%1\". Run \"baken-cli --help\" for the list.").arg(args[1]) << '\n';
    m_io.err.flush();
    return int(ExitCode::Usage);
}

std::optional<ExitCode> CliApp::parseCommand(QCommandLineParser &parser, const QStringList &args,
                                             const QString &description, bool takesNewPassphrase,
                                             const QStringList &more)
{
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(tr("VAULT"), tr("The vault file (*.baken)."));
    for (const QString &name : more)
        parser.addPositionalArgument(name, {});
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    addPassphraseOptions(parser, takesNewPassphrase);
    if (!parser.parse(args)) {
        m_io.err << parser.errorText() << '\n';
        return ExitCode::Usage;
    }
    const QString positional = QStringList(QStringList{tr("VAULT")} + more).join(u' ');
    if (parser.isSet(help)) {
        // Qt's first line names the binary's full path; say what a user types.
        QString text = parser.helpText();
        text = tr("Usage: %1 [options] %2").arg(args.constFirst(), positional) + text.mid(text.indexOf(u'\n'));
        m_io.out << text;
        return ExitCode::Ok;
    }
    const bool several = !more.isEmpty() && more.constLast().endsWith(u"...");
    const qsizetype given = parser.positionalArguments().size();
    if (several ? given < 1 + more.size() : given != 1 + more.size()) {
        if (more.isEmpty())
            m_io.err << tr("Name exactly one vault file.") << '\n';
        else
            m_io.err << tr("Give exactly these arguments: %1").arg(positional) << '\n';
        return ExitCode::Usage;
    }
    return std::nullopt;
}

void CliApp::addPassphraseOptions(QCommandLineParser &parser, bool withNew)
{
    parser.addOption(
        {QStringLiteral("passphrase-file"), tr("Read the passphrase from the first line of FILE."), tr("FILE")});
    if (withNew) {
        parser.addOption({QStringLiteral("new-passphrase-file"),
                          tr("Read the new passphrase from the first line of FILE."), tr("FILE")});
    }
}

std::optional<QString> CliApp::readPassphraseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_io.err << tr("The passphrase file %1 cannot be read.").arg(path) << '\n';
        return std::nullopt;
    }
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    QString out = QString::fromUtf8(line);
    line.fill('\0');
    return out;
}

std::optional<QString> CliApp::passphrase(const QCommandLineParser &parser, const QString &prompt)
{
    if (parser.isSet(QStringLiteral("passphrase-file")))
        return readPassphraseFile(parser.value(QStringLiteral("passphrase-file")));
    if (const QString fromEnv = m_io.env("BAKEN_PASSPHRASE"); !fromEnv.isEmpty())
        return fromEnv;
    return m_io.readSecret(prompt);
}

std::optional<QString> CliApp::newPassphrase(const QCommandLineParser &parser, const char *fileOption,
                                             const char *envName)
{
    if (parser.isSet(QLatin1String(fileOption)))
        return readPassphraseFile(parser.value(QLatin1String(fileOption)));
    if (const QString fromEnv = m_io.env(envName); !fromEnv.isEmpty())
        return fromEnv;
    const QString first = m_io.readSecret(tr("New passphrase: "));
    const QString second = m_io.readSecret(tr("Repeat the new passphrase: "));
    if (first != second) {
        m_io.err << tr("The two passphrases differ. Nothing was changed.") << '\n';
        return std::nullopt;
    }
    return first;
}

bool CliApp::confirmed(const QCommandLineParser &parser, const QString &question, const Refusal &refusal)
{
    if (parser.isSet(QStringLiteral("yes")))
        return true;
    if (!m_io.readLine) {
        m_io.err << refusal.withoutTerminal << '\n';
        return false;
    }
    const QString answer = m_io.readLine(question + u' ' + tr("Type \"yes\" to go on: ")).trimmed().toLower();
    if (answer == tr("yes") || answer == u"yes")
        return true;
    m_io.err << refusal.answeredNo << '\n';
    return false;
}

ExitCode CliApp::fail(const Error &error)
{
    m_io.err << error.message << '\n';
    return exitCodeFor(error.code);
}

} // namespace baken
