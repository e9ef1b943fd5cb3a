#pragma once

#include "base/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace baken {

class Vault;
namespace cli {
struct GroupServices;
struct SummaryRequest;
} // namespace cli
namespace summary {
struct Period;
struct Summary;
}

// Where baken-cli reads and writes; tests replace every part of it.
struct CliIo {
    QTextStream &out;
    QTextStream &err;
    // Asks for a secret without echo (a terminal prompt in baken-cli).
    std::function<QString(const QString &prompt)> readSecret;
    // Looks up an environment variable (BAKEN_PASSPHRASE).
    std::function<QString(const char *name)> env;
    // Draws a published summary (its JSON) as a PDF report in `language` at
    // `outPath`. The PDF needs QtGui, which baken-cli never loads: baken-cli
    // asks the Baken app to do it. Unset: `summary --format pdf` is refused.
    std::function<Status(const QByteArray &publishedJson, const QString &language, const QString &outPath)>
        writePdf = {};
    // Reads one answer typed after `prompt` (a terminal line in baken-cli).
    // Unset: a command that asks before destroying needs --yes instead.
    std::function<QString(const QString &prompt)> readLine = {};
};

enum class ExitCode : int {
    Ok = 0,
    Failure = 1,
    Usage = 2,
    NotOpened = 3, // wrong passphrase or not a vault
    NewerVersion = 4,
};

ExitCode exitCodeFor(ErrorCode code);

// baken-cli: everything headless that the GUI does, through the same
// services. `arguments` includes the program name, as in argv.
class CliApp {
    Q_DECLARE_TR_FUNCTIONS(baken::CliApp)

public:
    explicit CliApp(CliIo &io) : m_io(io) {}
    int run(const QStringList &arguments);

private:
    using Command = ExitCode (CliApp::*)(const QStringList &args);
    struct CommandInfo {
        const char *name;
        Command run;
        QString summary;
    };
    QList<CommandInfo> commands() const;
    // Runs `baken-cli GROUP SUBCOMMAND ...`, or prints the group's help.
    ExitCode dispatch(const QStringList &args, const QString &group, const QList<CommandInfo> &subcommands);

    ExitCode init(const QStringList &args);
    ExitCode verify(const QStringList &args);
    ExitCode passwd(const QStringList &args);
    ExitCode demo(const QStringList &args);
    ExitCode exportKey(const QStringList &args);
    // Encrypted backups and the restore with the recovery key (CliBackupCommands.cpp).
    ExitCode backupCommand(const QStringList &args);
    ExitCode restoreCommand(const QStringList &args);
    // Cases past their destruction date (CliRetentionCommands.cpp).
    ExitCode retentionCommand(const QStringList &args);
    // What a command says when it changed nothing: after a "no", and when
    // there is no terminal to ask on (naming --yes).
    struct Refusal {
        QString answeredNo;
        QString withoutTerminal;
    };
    Refusal nothingDestroyed();
    // --yes, or "yes" typed after `question`; otherwise says `refusal`.
    bool confirmed(const QCommandLineParser &parser, const QString &question, const Refusal &refusal);
    // The interchange format and case files (CliCaseCommands.cpp).
    ExitCode exportCommand(const QStringList &args);
    ExitCode importCommand(const QStringList &args);
    // Registrations from a spreadsheet saved as CSV (CliCsvImportCommands.cpp).
    ExitCode importCsvCommand(const QStringList &args);
    ExitCode caseCommand(const QStringList &args);
    ExitCode caseAdd(const QStringList &args);
    ExitCode caseList(const QStringList &args);
    ExitCode caseShow(const QStringList &args);
    ExitCode caseClose(const QStringList &args);
    // The doubt line (CliConsultCommands.cpp).
    ExitCode consultCommand(const QStringList &args);
    ExitCode consultAdd(const QStringList &args);
    ExitCode consultList(const QStringList &args);
    // Opens VAULT and finds the case NUMBER (the second positional argument).
    ExitCode openCase(const QCommandLineParser &parser, std::unique_ptr<Vault> &vault, qint64 &caseId);
    // Anonymised summaries (CliSummaryCommands.cpp).
    ExitCode summaryCommand(const QStringList &args);
    // What `summary` and `rollup summary` share: --period, --format, --out
    // and --k, checked before the vault is opened, and the published file.
    void addSummaryOptions(QCommandLineParser &parser);
    std::optional<ExitCode> summaryRequest(const QCommandLineParser &parser, cli::SummaryRequest &request);
    ExitCode writeSummary(Vault &vault, const summary::Summary &exact, cli::SummaryRequest request);
    // `summary` and `rollup summary`: the same options, checks and output;
    // only where the exact figures come from differs.
    using ExactFigures = std::function<Result<summary::Summary>(Vault &, const summary::Period &)>;
    ExitCode summaryFrom(const QStringList &args, const QString &description, const ExactFigures &exact);
    // The coordinator's roll-up and the advisor's packages (CliRollupCommands.cpp).
    ExitCode rollupCommand(const QStringList &args);
    ExitCode rollupKey(const QStringList &args);
    ExitCode rollupFingerprint(const QStringList &args);
    ExitCode rollupPackage(const QStringList &args);
    ExitCode rollupImport(const QStringList &args);
    ExitCode rollupSummary(const QStringList &args);
    // Peer-support groups (CliGroupCommands.cpp; the participants and
    // sessions in CliGroupMembers.cpp).
    ExitCode groupCommand(const QStringList &args);
    ExitCode groupAdd(const QStringList &args);
    ExitCode groupList(const QStringList &args);
    ExitCode groupShow(const QStringList &args);
    ExitCode groupIcs(const QStringList &args);
    ExitCode groupJoin(const QStringList &args);
    ExitCode groupLeave(const QStringList &args);
    ExitCode groupAttend(const QStringList &args);
    ExitCode groupCancel(const QStringList &args);
    ExitCode groupMove(const QStringList &args);
    // Opens VAULT with the group services on it.
    ExitCode openGroups(const QCommandLineParser &parser, std::unique_ptr<cli::GroupServices> &groups);
    // The same, and checks that it holds GROUP_ID (the second positional
    // argument).
    ExitCode openGroup(const QCommandLineParser &parser, std::unique_ptr<cli::GroupServices> &groups, qint64 &groupId);
    // The number from 1 on in `text`; otherwise prints `error` (a usage error).
    std::optional<qint64> idFrom(const QString &text, const QString &error);
    // A local time "YYYY-MM-DDTHH:MM" in option `name`; prints a usage error
    // and returns nullopt if it is missing or malformed.
    std::optional<QDateTime> timeOption(const QCommandLineParser &parser, const char *name);

    // Parses a command's own options; prints help or a usage error itself.
    // `more` names the positional arguments that follow VAULT, if any; a last
    // name ending in "..." takes one or more.
    std::optional<ExitCode> parseCommand(QCommandLineParser &parser, const QStringList &args,
                                         const QString &description, bool takesNewPassphrase = false,
                                         const QStringList &more = {});
    void addPassphraseOptions(QCommandLineParser &parser, bool withNew);
    // The passphrase from --passphrase-file, BAKEN_PASSPHRASE or a prompt.
    std::optional<QString> passphrase(const QCommandLineParser &parser, const QString &prompt);
    // A new passphrase: from --new-passphrase-file / BAKEN_NEW_PASSPHRASE,
    // or asked twice.
    std::optional<QString> newPassphrase(const QCommandLineParser &parser, const char *fileOption, const char *envName);
    std::optional<QString> readPassphraseFile(const QString &path);
    // Probes VAULT (before asking anything), asks the passphrase and opens
    // it. ExitCode::Ok with `vault` set, or the code to exit with.
    ExitCode openVault(const QCommandLineParser &parser, const QString &prompt, std::unique_ptr<Vault> &vault,
                       QString *usedPassphrase = nullptr);
    ExitCode fail(const Error &error);
    void printGlobalHelp();

    CliIo &m_io;
};

} // namespace baken
