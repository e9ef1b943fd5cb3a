// baken-cli as a shell runs it: the real binary, the production KDF, canaries
// as arguments. Its stdout and stderr are searched like the files.
#include "LeakScenario.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace baken::test {

namespace {

class Cli {
public:
    explicit Cli(LeakRun &run) : m_run(run)
    {
        m_passFile = QDir(run.home).filePath(QStringLiteral(".baken-pass"));
        QFile pass(m_passFile);
        if (pass.open(QIODevice::WriteOnly))
            pass.write("lantern orbit velvet crocus tambourine\n");
        pass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    QString vault(const char *name) const { return QDir(m_run.documents).filePath(QLatin1String(name)); }
    QString exported(const char *name)
    {
        const QString path = QDir(m_run.exports).filePath(QLatin1String(name));
        m_run.exported << path;
        return path;
    }
    QString canary(const char *field) { return m_run.scan.canary(QStringLiteral("cli"), QLatin1String(field)); }

    // Runs `baken-cli --lang en ARGS --passphrase-file F`; records its output
    // for the search unless `shownOnRequest` (output the user asked to read).
    QString run(const QStringList &args, bool shownOnRequest = false)
    {
        QProcess process;
        process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        process.start(QStringLiteral(BAKEN_CLI_PATH),
                      QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args
                          + QStringList{QStringLiteral("--passphrase-file"), m_passFile});
        process.closeWriteChannel();
        const QString name = QStringLiteral("baken-cli ") + args.value(0) + u' ' + args.value(1);
        if (!process.waitForFinished(120000)) {
            m_run.fail(name + QStringLiteral(": did not finish"));
            process.kill();
            process.waitForFinished();
        }
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            m_run.fail(QStringLiteral("%1: exit %2").arg(name).arg(process.exitCode()));
        m_run.streams.append({QStringLiteral("stderr of ") + name, err});
        if (!shownOnRequest)
            m_run.streams.append({QStringLiteral("stdout of ") + name, out});
        return QString::fromUtf8(out);
    }

private:
    LeakRun &m_run;
    QString m_passFile;
};

QString firstNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("(\\d+)"));
    return number.match(text).captured(1);
}

} // namespace

void enterThroughCli(LeakRun &run)
{
    Cli cli(run);
    const QString v = cli.vault("cli.baken");
    cli.run({QStringLiteral("init"), v});

    const QString number = cli.run({QStringLiteral("case"), QStringLiteral("add"), v, QStringLiteral("--type"),
                                    QStringLiteral("signal"), QStringLiteral("--channel"), QStringLiteral("phone"),
                                    QStringLiteral("--ground"), QStringLiteral("religion"), QStringLiteral("--form"),
                                    QStringLiteral("exclusion"), QStringLiteral("--pseudonym"),
                                    cli.canary("case-pseudonym"), QStringLiteral("--text"), cli.canary("case-text")})
                               .trimmed();
    const QString search = cli.canary("search");
    cli.run({QStringLiteral("case"), QStringLiteral("list"), v, QStringLiteral("--search"), search});
    cli.run({QStringLiteral("case"), QStringLiteral("close"), v, number, QStringLiteral("--outcome"),
             QStringLiteral("resolved"), QStringLiteral("--measure"), QStringLiteral("conversation_accused")});

    cli.run({QStringLiteral("consult"), QStringLiteral("add"), v, QStringLiteral("--channel"), QStringLiteral("phone"),
             QStringLiteral("--question"), cli.canary("question"), QStringLiteral("--callback"), cli.canary("callback"),
             QStringLiteral("--callback-due"), QDate::currentDate().addDays(3).toString(Qt::ISODate)});

    const QDateTime start(QDate::currentDate().addDays(7), QTime(19, 0));
    const QString when = start.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    const QString group = firstNumber(
        cli.run({QStringLiteral("group"), QStringLiteral("add"), v, QStringLiteral("--theme"),
                 cli.canary("group-theme"), QStringLiteral("--start"), when, QStringLiteral("--every"),
                 QStringLiteral("week"), QStringLiteral("--count"), QStringLiteral("4"), QStringLiteral("--place"),
                 cli.canary("group-place"), QStringLiteral("--description"), cli.canary("group-description")}));
    const QString participant = firstNumber(cli.run({QStringLiteral("group"), QStringLiteral("join"), v, group,
                                                     QStringLiteral("--pseudonym"), cli.canary("participant")}));
    cli.run({QStringLiteral("group"), QStringLiteral("move"), v, group, QStringLiteral("--session"), when,
             QStringLiteral("--to"), start.addDays(1).toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
             QStringLiteral("--place"), cli.canary("moved-place")});
    // Its confirmation names who left ("X left group 1."): read by the user
    // who typed the command, so that output is not searched (stderr is).
    cli.run({QStringLiteral("group"), QStringLiteral("leave"), v, participant, QStringLiteral("--reason"),
             cli.canary("leave-reason")},
            true);

    cli.run({QStringLiteral("backup"), v, QStringLiteral("--to"), run.backups});
    const QString interchange = cli.exported("cli-interchange.json");
    cli.run({QStringLiteral("export"), v, QStringLiteral("--out"), interchange, QStringLiteral("--yes")});
    const QString imported = cli.vault("cli-imported.baken");
    cli.run({QStringLiteral("init"), imported});
    cli.run({QStringLiteral("import"), imported, interchange});

    // The roll-up: a coordinator's key with a label, an advisor's package
    // with a source label (sealed: searched like any file), the import.
    const QString coordinator = cli.vault("coordinator.baken");
    cli.run({QStringLiteral("init"), coordinator});
    const QString key = cli.exported("coordinator-key.txt");
    cli.run({QStringLiteral("rollup"), QStringLiteral("key"), coordinator, QStringLiteral("--label"),
             cli.canary("coordinator-label"), QStringLiteral("--out"), key});
    const QString package = QDir(run.exports).filePath(QStringLiteral("advisor.bakenpackage"));
    const QString year = QString::number(QDate::currentDate().year());
    // Its confirmation names the coordinator the figures are sealed for (the
    // coordinator's own label, read back by the advisor who typed it): that
    // output is not searched; the package file is.
    cli.run({QStringLiteral("rollup"), QStringLiteral("package"), v, QStringLiteral("--period"), year,
             QStringLiteral("--to"), key, QStringLiteral("--label"), cli.canary("source-label"),
             QStringLiteral("--out"), package},
            true);
    cli.run({QStringLiteral("rollup"), QStringLiteral("import"), coordinator, package});
    cli.run({QStringLiteral("rollup"), QStringLiteral("summary"), coordinator, QStringLiteral("--period"), year,
             QStringLiteral("--out"), cli.exported("rollup-summary.json")});
    cli.run({QStringLiteral("summary"), v, QStringLiteral("--period"), year, QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--out"), cli.exported("cli-summary.zip")});
    cli.run({QStringLiteral("verify"), v});
}

} // namespace baken::test
