// baken-cli's interchange and case commands: export, import, and
// case add | list | show | close. Usage errors (exit 2) are found before
// anything changes; refusals by CaseService's rules exit 1.
#include "CliApp.h"
#include "CliCaseSupport.h"

#include "cases/CaseSearch.h"
#include "cases/CaseService.h"
#include "cases/SqlCaseStore.h"
#include "codelists/SqlCodeListStore.h"
#include "interchange/Interchange.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace baken {

using namespace cli;

ExitCode CliApp::exportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), tr("Write the export to FILE (it must not exist yet)."), tr("FILE")});
    parser.addOption({QStringLiteral("yes"), tr("Confirm that you want a plaintext file with personal data.")});
    if (auto done = parseCommand(parser, args,
                                 tr("Write every case, consultation and group, without names or contact details, and "
                                    "the code lists to one JSON file (docs/interchange.md), to move them to another "
                                    "vault.")))
        return *done;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        m_io.err << tr("Name the file to write with --out FILE.json.") << '\n';
        return ExitCode::Usage;
    }
    if (!parser.isSet(QStringLiteral("yes"))) {
        m_io.err << tr("The export is NOT encrypted: it holds every case in plaintext, with what was reported. "
                       "Names and contact details are left out, but the free text can still identify people. "
                       "Anyone who gets the file can read it. Write it only to a place you trust, delete it once "
                       "the move is done, and repeat the command with --yes.")
                 << '\n';
        return ExitCode::Usage;
    }
    if (QFileInfo::exists(out)) {
        m_io.err << tr("%1 already exists; Baken never overwrites a file.").arg(out) << '\n';
        return ExitCode::Failure;
    }
    std::unique_ptr<Vault> vault;
    if (auto code = openVault(parser, tr("Passphrase: "), vault); code != ExitCode::Ok)
        return code;

    // QSaveFile: a failed export leaves no half-written file behind.
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly)) {
        m_io.err << tr("%1 cannot be written: %2").arg(out, file.errorString()) << '\n';
        return ExitCode::Failure;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto s = exportVault(*vault, file); !s) {
        file.cancelWriting();
        return fail(s.error());
    }
    if (!file.commit()) {
        m_io.err << tr("%1 cannot be written: %2").arg(out, file.errorString()) << '\n';
        return ExitCode::Failure;
    }
    m_io.out << tr("Wrote %1. It holds personal data in plaintext: keep it safe and delete it when it has served "
                   "its purpose.")
                    .arg(QDir::toNativeSeparators(out))
             << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::importCommand(const QStringList &args)
{
    QCommandLineParser parser;
    if (auto done =
            parseCommand(parser, args,
                         tr("Add the cases, consultations, groups and code lists of a Baken JSON export to a vault. "
                            "The whole file is checked first: if any record is invalid, nothing is imported."),
                         false, {tr("FILE.json")}))
        return *done;
    QFile in(parser.positionalArguments().at(1));
    if (!in.open(QIODevice::ReadOnly)) {
        m_io.err << tr("%1 cannot be read: %2").arg(in.fileName(), in.errorString()) << '\n';
        return ExitCode::Failure;
    }
    std::unique_ptr<Vault> vault;
    if (auto code = openVault(parser, tr("Passphrase: "), vault); code != ExitCode::Ok)
        return code;
    auto report = importVault(*vault, in);
    if (!report) {
        m_io.err << report.error().message << '\n' << tr("Nothing was imported.") << '\n';
        return exitCodeFor(report.error().code);
    }
    m_io.out << tr("Imported %n case(s)", nullptr, report->cases) << ", " << tr("%n draft(s)", nullptr, report->drafts)
             << ", " << tr("%n contact moment(s)", nullptr, report->contacts) << ", "
             << tr("%n referral(s)", nullptr, report->referrals) << ", "
             << tr("%n follow-up(s)", nullptr, report->followUps) << ", "
             << tr("%n hours entry(s)", nullptr, report->hours) << ", "
             << tr("%n consultation(s)", nullptr, report->consultations) << ", "
             << tr("%n group(s)", nullptr, report->groups) << ", "
             << tr("%n new code-list item(s)", nullptr, report->codeItemsAdded) << ".\n";
    return ExitCode::Ok;
}

ExitCode CliApp::caseCommand(const QStringList &args)
{
    return dispatch(args, u"case"_qs,
                    {
                        {"add", &CliApp::caseAdd, tr("Register a case and print its number")},
                        {"list", &CliApp::caseList, tr("List registered cases: number, intake date, type, status")},
                        {"show", &CliApp::caseShow, tr("Print a case file")},
                        {"close", &CliApp::caseClose, tr("Close a case with its outcome and measures")},
                    });
}

ExitCode CliApp::caseAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("type"), tr("question, signal, report or complaint."), tr("TYPE")},
        {QStringLiteral("report"), tr("Short for --type report: a formal integrity report, which gets the "
                                      "statutory acknowledgement and feedback follow-ups.")},
        {QStringLiteral("channel"), tr("How the report came in (a code of the list \"channels\")."), tr("CODE")},
        {QStringLiteral("unit"), tr("The unit concerned (a code of the list \"units\")."), tr("CODE")},
        {QStringLiteral("ground"), tr("A ground of discrimination (list \"grounds\"); repeat for more."), tr("CODE")},
        {QStringLiteral("form"), tr("A form of behaviour (list \"forms\"); repeat for more."), tr("CODE")},
        {QStringLiteral("pseudonym"), tr("The reporter's pseudonym; without it the case is anonymous."), tr("NAME")},
        {QStringLiteral("text"), tr("What happened, in the reporter's words."), tr("TEXT")},
        {QStringLiteral("intake-date"), tr("The intake date (default: today)."), tr("YYYY-MM-DD")},
    });
    if (auto done = parseCommand(parser, args,
                                 tr("Register a case. Names are not taken on the command line, where the shell "
                                    "history would keep them; add them in Baken.")))
        return *done;

    const QString typeKey =
        parser.isSet(QStringLiteral("report")) ? QStringLiteral("report") : parser.value(QStringLiteral("type"));
    const auto type = caseTypeFromKey(typeKey);
    if (!type
        || (parser.isSet(QStringLiteral("report")) && parser.isSet(QStringLiteral("type"))
            && parser.value(QStringLiteral("type")) != u"report")) {
        m_io.err << tr("Give the case type with --type: question, signal, report or complaint.") << '\n';
        return ExitCode::Usage;
    }
    QDate intakeDate = QDate::currentDate();
    if (parser.isSet(QStringLiteral("intake-date")) && !parseDateOption(parser, "intake-date", intakeDate, m_io.err))
        return ExitCode::Usage;

    std::unique_ptr<Vault> vault;
    if (auto code = openVault(parser, tr("Passphrase: "), vault); code != ExitCode::Ok)
        return code;
    SqlCodeListStore codes(vault->db());
    SqlCaseStore store(vault->db());
    CaseService service(*vault, store, codes);
    const CodeOptions lookup(codes, parser, m_io.err);

    CaseIntake in;
    in.intakeDate = intakeDate;
    in.type = *type;
    in.pseudonym = parser.value(QStringLiteral("pseudonym")).trimmed();
    in.identity = in.pseudonym.isEmpty() ? ReporterIdentity::Anonymous : ReporterIdentity::Pseudonym;
    in.whatHappened = parser.value(QStringLiteral("text"));
    if (!lookup.one("channel", CodeList::Channels, in.channelId) || !lookup.one("unit", CodeList::Units, in.unitId)
        || !lookup.all("ground", CodeList::Grounds, in.groundIds) || !lookup.all("form", CodeList::Forms, in.formIds))
        return ExitCode::Usage;

    auto draft = service.createDraft(in);
    if (!draft)
        return fail(draft.error());
    auto file = service.registerCase(*draft, in, std::nullopt);
    if (!file) {
        // Leave nothing behind: the draft existed only for this command.
        (void)service.discardDraft(*draft);
        return fail(file.error());
    }
    m_io.out << file->number << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::caseList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("status"), tr("Only cases with this status: new, in_progress, referred, closed, reopened."),
         tr("STATUS")},
        {QStringLiteral("search"), tr("Only cases whose number, pseudonym, text or notes contain these words."),
         tr("TEXT")},
    });
    if (auto done = parseCommand(parser, args, tr("List the registered cases, newest first.")))
        return *done;
    CaseFilter filter;
    if (parser.isSet(QStringLiteral("status"))) {
        const auto status = caseStatusFromKey(parser.value(QStringLiteral("status")));
        if (!status) {
            m_io.err << tr("Unknown status \"%1\"; choose new, in_progress, referred, closed or reopened.")
                            .arg(parser.value(QStringLiteral("status")))
                     << '\n';
            return ExitCode::Usage;
        }
        filter.statuses = {*status};
    }
    filter.text = parser.value(QStringLiteral("search"));
    std::unique_ptr<Vault> vault;
    if (auto code = openVault(parser, tr("Passphrase: "), vault); code != ExitCode::Ok)
        return code;
    const CaseSearch search(vault->db());
    auto count = search.count(filter);
    if (!count)
        return fail(count.error());
    auto rows = search.page(filter, CaseSort{CaseSortColumn::IntakeDate, true}, 0, *count);
    if (!rows)
        return fail(rows.error());
    for (const CaseSummary &row : *rows)
        m_io.out << row.number.leftJustified(12) << row.intakeDate.toString(Qt::ISODate).leftJustified(12)
                 << label(row.type).leftJustified(22) << label(row.status) << '\n';
    m_io.out << tr("%n case(s)", nullptr, int(rows->size())) << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::caseShow(const QStringList &args)
{
    QCommandLineParser parser;
    if (auto done =
            parseCommand(parser, args, tr("Print a case file, with the names it holds."), false, {tr("NUMBER")}))
        return *done;
    std::unique_ptr<Vault> vault;
    qint64 caseId = 0;
    if (auto code = openCase(parser, vault, caseId); code != ExitCode::Ok)
        return code;
    SqlCodeListStore codes(vault->db());
    SqlCaseStore store(vault->db());
    if (auto s = printCaseFile(store, codes, caseId, m_io.out); !s)
        return fail(s.error());
    return ExitCode::Ok;
}

ExitCode CliApp::caseClose(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("outcome"), tr("How the case ended (a code of the list \"outcomes\")."), tr("CODE")},
        {QStringLiteral("measure"), tr("A measure taken (list \"measures\"); repeat for more."), tr("CODE")},
        {QStringLiteral("date"), tr("The closing date (default: today)."), tr("YYYY-MM-DD")},
    });
    if (auto done =
            parseCommand(parser, args, tr("Close a case with its outcome and measures."), false, {tr("NUMBER")}))
        return *done;
    QDate closedOn = QDate::currentDate();
    if (parser.isSet(QStringLiteral("date")) && !parseDateOption(parser, "date", closedOn, m_io.err))
        return ExitCode::Usage;
    std::unique_ptr<Vault> vault;
    qint64 caseId = 0;
    if (auto code = openCase(parser, vault, caseId); code != ExitCode::Ok)
        return code;
    SqlCodeListStore codes(vault->db());
    SqlCaseStore store(vault->db());
    CaseService service(*vault, store, codes);
    const CodeOptions lookup(codes, parser, m_io.err);
    qint64 outcome = 0;
    QList<qint64> measures;
    if (!lookup.one("outcome", CodeList::Outcomes, outcome) || !lookup.all("measure", CodeList::Measures, measures))
        return ExitCode::Usage;
    if (auto s = service.close(caseId, outcome, measures, closedOn); !s)
        return fail(s.error());
    m_io.out << tr("Closed case %1.").arg(parser.positionalArguments().at(1)) << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::openCase(const QCommandLineParser &parser, std::unique_ptr<Vault> &vault, qint64 &caseId)
{
    const QString number = parser.positionalArguments().at(1);
    if (!CaseNumber::parse(number)) {
        m_io.err << tr("\"%1\" is not a case number; case numbers look like 2026-0042.").arg(number) << '\n';
        return ExitCode::Usage;
    }
    if (auto code = openVault(parser, tr("Passphrase: "), vault); code != ExitCode::Ok)
        return code;
    auto id = SqlCaseStore(vault->db()).caseIdByNumber(CaseNumber::parse(number)->toString());
    if (!id)
        return fail(id.error());
    if (!*id) {
        m_io.err << tr("The vault holds no case %1.").arg(number) << '\n';
        return ExitCode::Failure;
    }
    caseId = **id;
    return ExitCode::Ok;
}

} // namespace baken
