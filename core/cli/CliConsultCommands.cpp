// baken-cli's doubt-line commands: consult add | list. As with the case
// commands, usage errors (exit 2) are found before anything changes and
// refusals by ConsultationService's rules exit 1.
#include "CliApp.h"
#include "CliCaseSupport.h"

#include "cases/SqlCaseStore.h"
#include "codelists/SqlCodeListStore.h"
#include "doubtline/ConsultationService.h"
#include "doubtline/IdentifyingNames.h"
#include "doubtline/IdentifyingText.h"
#include "doubtline/SqlConsultationStore.h"
#include "i18n/Translations.h"
#include "vault/Vault.h"

#include <limits>

namespace baken {

using namespace cli;

namespace {

// The translation context of these messages (lupdate needs a class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(baken::CliApp)
};

QString kindName(IdentifyingMatch::Kind kind)
{
    switch (kind) {
    case IdentifyingMatch::Kind::Email:
        return Text::tr("e-mail address");
    case IdentifyingMatch::Kind::Phone:
        return Text::tr("phone number");
    case IdentifyingMatch::Kind::Name:
        return Text::tr("name");
    }
    return {};
}

// "2026-03-12T14:30" or "2026-03-12 14:30", local time.
std::optional<QDateTime> parseLocalTime(QString text)
{
    text.replace(u' ', u'T');
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid() || at.timeSpec() != Qt::LocalTime)
        return std::nullopt;
    return at;
}

QString oneLine(const QString &text, qsizetype max)
{
    QString line = text.simplified();
    if (line.size() > max)
        line = line.left(max - 1) + u'…';
    return line;
}

} // namespace

ExitCode CliApp::consultCommand(const QStringList &args)
{
    return dispatch(args, u"consult"_qs,
                    {
                        {"add", &CliApp::consultAdd, tr("Log a doubt-line consultation or a contact without content")},
                        {"list", &CliApp::consultList, tr("List consultations: time, channel, assessment, outcome")},
                    });
}

ExitCode CliApp::consultAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("channel"), tr("How the caller got in touch (a code of the list \"channels\")."), tr("CODE")},
        {QStringLiteral("staff"), tr("Who took the call (a code of the list \"doubt_line_staff\")."), tr("CODE")},
        {QStringLiteral("kind"), tr("A contact without content: silent, hang_up, abusive or test."), tr("KIND")},
        {QStringLiteral("role"), tr("The caller's role (a code of the list \"reporter_roles\")."), tr("CODE")},
        {QStringLiteral("unit"), tr("The unit concerned (a code of the list \"units\")."), tr("CODE")},
        {QStringLiteral("ground"), tr("A ground of discrimination (list \"grounds\"); repeat for more."), tr("CODE")},
        {QStringLiteral("form"), tr("A form of behaviour (list \"forms\"); repeat for more."), tr("CODE")},
        {QStringLiteral("question"), tr("The caller's question in a few words, without names."), tr("TEXT")},
        {QStringLiteral("allow-identifying"),
         tr("Log the question even if it seems to hold a name, phone number or e-mail address.")},
        {QStringLiteral("assessment"), tr("Was it discrimination: yes, possibly, no or unclear (default)."),
         tr("ANSWER")},
        {QStringLiteral("outcome"), tr("What came of it: listened (default), advised or referred."), tr("OUTCOME")},
        {QStringLiteral("advice"), tr("The advice given, with --outcome advised (list \"advice\")."), tr("CODE")},
        {QStringLiteral("body"),
         tr("Where the caller was referred, with --outcome referred (list \"referral_bodies\")."), tr("CODE")},
        {QStringLiteral("minutes"), tr("How long the call took, in minutes."), tr("N")},
        {QStringLiteral("at"), tr("When the call started, local time (default: now)."), tr("YYYY-MM-DDTHH:MM")},
        {QStringLiteral("callback"), tr("The caller wants a callback at this phone number or address."), tr("CONTACT")},
        {QStringLiteral("callback-due"), tr("The date by which to call back (with --callback)."), tr("YYYY-MM-DD")},
    });
    if (auto done = parseCommand(parser, args,
                                 tr("Log a doubt-line consultation and print its number. The caller stays "
                                    "anonymous: the only personal detail is a callback contact, erased when the "
                                    "callback is done.")))
        return *done;

    Consultation c;
    c.kind = ContactKind::Consultation;
    if (parser.isSet(QStringLiteral("kind"))) {
        const auto kind = contactKindFromKey(parser.value(QStringLiteral("kind")));
        if (!kind || !isNonData(*kind)) {
            m_io.err << tr("--kind: choose silent, hang_up, abusive or test; leave it out for a consultation.") << '\n';
            return ExitCode::Usage;
        }
        c.kind = *kind;
    }
    if (!parser.isSet(QStringLiteral("channel"))) {
        m_io.err << tr("Give the channel with --channel, for example --channel phone.") << '\n';
        return ExitCode::Usage;
    }
    const QDateTime now = QDateTime::currentDateTime();
    c.occurredAt = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()));
    if (parser.isSet(QStringLiteral("at"))) {
        const auto at = parseLocalTime(parser.value(QStringLiteral("at")));
        if (!at) {
            m_io.err << tr("--at: \"%1\" is not a time; write it as YYYY-MM-DDTHH:MM.")
                            .arg(parser.value(QStringLiteral("at")))
                     << '\n';
            return ExitCode::Usage;
        }
        c.occurredAt = *at;
    }
    if (parser.isSet(QStringLiteral("minutes"))) {
        bool ok = false;
        c.minutes = parser.value(QStringLiteral("minutes")).toInt(&ok);
        if (!ok || c.minutes < 0) {
            m_io.err << tr("--minutes: give a whole number of minutes.") << '\n';
            return ExitCode::Usage;
        }
    }
    if (parser.isSet(QStringLiteral("assessment"))) {
        const auto assessment = assessmentFromKey(parser.value(QStringLiteral("assessment")));
        if (!assessment) {
            m_io.err << tr("--assessment: choose yes, possibly, no or unclear.") << '\n';
            return ExitCode::Usage;
        }
        c.assessment = *assessment;
    }
    if (parser.isSet(QStringLiteral("outcome"))) {
        const auto outcome = consultationOutcomeFromKey(parser.value(QStringLiteral("outcome")));
        if (!outcome) {
            m_io.err << tr("--outcome: choose listened, advised or referred.") << '\n';
            return ExitCode::Usage;
        }
        c.outcome = *outcome;
    }
    if (parser.isSet(QStringLiteral("callback")) != parser.isSet(QStringLiteral("callback-due"))) {
        m_io.err << tr("A callback needs both --callback CONTACT and --callback-due DATE.") << '\n';
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("callback"))) {
        c.callbackWanted = true;
        c.callbackContact = parser.value(QStringLiteral("callback"));
        if (!parseDateOption(parser, "callback-due", c.callbackDue, m_io.err))
            return ExitCode::Usage;
    }
    c.question = parser.value(QStringLiteral("question")).trimmed();

    std::unique_ptr<Vault> vault;
    if (auto code = openVault(parser, tr("Passphrase: "), vault); code != ExitCode::Ok)
        return code;
    SqlCodeListStore codes(vault->db());
    const CodeOptions lookup(codes, parser, m_io.err);
    if (!lookup.one("channel", CodeList::Channels, c.channelId)
        || !lookup.one("staff", CodeList::DoubtLineStaff, c.staffId)
        || !lookup.one("role", CodeList::ReporterRoles, c.callerRoleId)
        || !lookup.one("unit", CodeList::Units, c.unitId) || !lookup.all("ground", CodeList::Grounds, c.groundIds)
        || !lookup.all("form", CodeList::Forms, c.formIds) || !lookup.one("advice", CodeList::Advice, c.adviceId)
        || !lookup.one("body", CodeList::ReferralBodies, c.referralBodyId))
        return ExitCode::Usage;

    if (!c.question.isEmpty() && !parser.isSet(QStringLiteral("allow-identifying"))) {
        auto names = identifyingNames(*vault);
        if (!names)
            return fail(names.error());
        const QList<IdentifyingMatch> found = findIdentifying(c.question, *names);
        if (!found.isEmpty()) {
            QStringList what;
            for (const IdentifyingMatch &m : found)
                what << QStringLiteral("\"%1\" (%2)").arg(m.text, kindName(m.kind));
            m_io.err << tr("The question seems to identify someone: %1. The doubt line stays anonymous: leave such "
                           "details out, or repeat the command with --allow-identifying if they are not what they "
                           "seem. Nothing was logged.")
                            .arg(what.join(u", "))
                     << '\n';
            return ExitCode::Failure;
        }
    }

    SqlCaseStore cases(vault->db());
    SqlConsultationStore store(vault->db());
    ConsultationService service(*vault, store, cases, codes);
    auto id = service.log(c);
    if (!id)
        return fail(id.error());
    m_io.out << *id << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::consultList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("from"), tr("Only consultations on or after this day."), tr("YYYY-MM-DD")},
        {QStringLiteral("to"), tr("Only consultations on or before this day."), tr("YYYY-MM-DD")},
    });
    if (auto done = parseCommand(parser, args,
                                 tr("List doubt-line consultations, newest first, one per line. Callback contacts "
                                    "are not shown.")))
        return *done;
    ConsultationFilter filter;
    filter.limit = std::numeric_limits<int>::max();
    if (parser.isSet(QStringLiteral("from")) && !parseDateOption(parser, "from", filter.from, m_io.err))
        return ExitCode::Usage;
    if (parser.isSet(QStringLiteral("to")) && !parseDateOption(parser, "to", filter.to, m_io.err))
        return ExitCode::Usage;
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to) {
        m_io.err << tr("--from is later than --to.") << '\n';
        return ExitCode::Usage;
    }
    std::unique_ptr<Vault> vault;
    if (auto code = openVault(parser, tr("Passphrase: "), vault); code != ExitCode::Ok)
        return code;
    SqlCodeListStore codes(vault->db());
    SqlConsultationStore store(vault->db());
    auto rows = store.list(filter);
    if (!rows)
        return fail(rows.error());
    const QString lang = currentLanguage();
    const auto code = [&](qint64 id) {
        auto item = id > 0 ? codes.item(id) : Result<CodeItem>(Error{ErrorCode::NotFound, {}});
        return item ? item->label(lang) : QStringLiteral("-");
    };
    for (const Consultation &c : std::as_const(*rows)) {
        QStringList parts{c.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          QStringLiteral("#%1").arg(c.id), code(c.channelId), tr("%n minute(s)", nullptr, c.minutes)};
        if (isNonData(c.kind)) {
            parts << label(c.kind);
        } else {
            parts << label(c.assessment) << label(c.outcome);
            if (c.hasOpenCallback())
                parts << tr("callback by %1").arg(c.callbackDue.toString(Qt::ISODate));
            if (c.caseId > 0)
                parts << (c.caseNumber.isEmpty() ? tr("handed over (draft case)") : tr("case %1").arg(c.caseNumber));
            if (!c.question.isEmpty())
                parts << u'"' + oneLine(c.question, 60) + u'"';
        }
        m_io.out << parts.join(QStringLiteral("  ")) << '\n';
    }
    m_io.out << tr("%n consultation(s)", nullptr, int(rows->size())) << '\n';
    return ExitCode::Ok;
}

} // namespace baken
