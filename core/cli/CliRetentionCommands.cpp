// baken-cli retention: the cases past their destruction date, and destroying
// them (core/retention).
#include "CliApp.h"

#include "cases/SqlCaseStore.h"
#include "retention/Retention.h"
#include "vault/Vault.h"

#include <QLocale>

namespace baken {

namespace {

QString date(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

CliApp::Refusal CliApp::nothingDestroyed()
{
    return {tr("Nothing was destroyed."), tr("Nothing was destroyed. Add --yes to destroy without being asked.")};
}

ExitCode CliApp::retentionCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("destroy"), tr("Destroy the case NUMBER (it must be due)."), tr("NUMBER")});
    parser.addOption({QStringLiteral("destroy-due"), tr("Destroy every case that is due.")});
    parser.addOption({QStringLiteral("yes"), tr("Do not ask before destroying.")});
    if (auto done = parseCommand(parser, args,
                                 tr("List the closed cases past their destruction date, and destroy them: their "
                                    "personal data and every text are erased for good, the coded fields stay for "
                                    "the statistics. Without --destroy or --destroy-due nothing changes.")))
        return *done;
    const bool one = parser.isSet(QStringLiteral("destroy"));
    const bool all = parser.isSet(QStringLiteral("destroy-due"));
    if (one && all) {
        m_io.err << tr("Give --destroy NUMBER or --destroy-due, not both.") << '\n';
        return ExitCode::Usage;
    }
    std::unique_ptr<Vault> vault;
    if (auto code = openVault(parser, tr("Passphrase: "), vault); code != ExitCode::Ok)
        return code;
    RetentionService retention(*vault);
    auto due = retention.dueCases();
    if (!due)
        return fail(due.error());
    const QString erased = tr("Its personal data and every text (the intake, contact notes, referral notes, "
                              "follow-ups) are erased for good; the type, dates, codes and hours stay for the "
                              "statistics.");

    if (one) {
        const QString number = parser.value(QStringLiteral("destroy")).trimmed();
        SqlCaseStore store(vault->db());
        auto id = store.caseIdByNumber(number);
        if (!id)
            return fail(id.error());
        if (!id->has_value()) {
            m_io.err << tr("There is no case %1 in this vault.").arg(number) << '\n';
            return ExitCode::Failure;
        }
        // Refused before asking, so nobody confirms what cannot be done.
        if (auto s = retention.canDestroy(**id); !s)
            return fail(s.error());
        if (!confirmed(parser, tr("Destroy case %1?").arg(number) + u' ' + erased, nothingDestroyed()))
            return ExitCode::Failure;
        if (auto s = retention.destroy(**id); !s)
            return fail(s.error());
        m_io.out << tr("Case %1 was destroyed.").arg(number) << '\n';
        return ExitCode::Ok;
    }
    if (all) {
        if (due->isEmpty()) {
            m_io.out << tr("No case is past its destruction date.") << '\n';
            return ExitCode::Ok;
        }
        if (!confirmed(parser,
                       tr("Destroy %n case(s) past their destruction date?", nullptr, int(due->size())) + u' '
                           + erased,
                       nothingDestroyed()))
            return ExitCode::Failure;
        auto destroyed = retention.destroyDue();
        if (!destroyed)
            return fail(destroyed.error());
        m_io.out << tr("%n case(s) destroyed.", nullptr, *destroyed) << '\n';
        return ExitCode::Ok;
    }

    if (due->isEmpty()) {
        m_io.out << tr("No case is past its destruction date.") << '\n';
        return ExitCode::Ok;
    }
    m_io.out << tr("%n case(s) past their destruction date:", nullptr, int(due->size())) << '\n';
    m_io.out << tr("Number") << '\t' << tr("Type") << '\t' << tr("Closed on") << '\t' << tr("Destruction date")
             << '\n';
    for (const DueCase &c : std::as_const(*due))
        m_io.out << c.number << '\t' << label(c.type) << '\t' << date(c.closedOn) << '\t' << date(c.destructionDate)
                 << '\n';
    m_io.out << tr("Destroy one with --destroy NUMBER, or all of them with --destroy-due.") << '\n';
    return ExitCode::Ok;
}

} // namespace baken
