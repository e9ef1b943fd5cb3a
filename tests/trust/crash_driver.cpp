// The crash test's parent: starts crash_child on a vault, kills it with
// SIGKILL after a random delay, reopens the vault and checks that every
// record the child reported as committed is there, that integrity_check and
// the audit chain pass, and that exactly one of the two passphrases opens the
// vault (the new one once the child said "rekey-done"). Prints the figures;
// exits 1 when any of them misses its target.
//
// crash_driver [--kills N] [--seed S] [--per-vault K] [--max-delay-ms D]
//              [--child PATH] [--work DIR]
#include "CrashSetup.h"

#include "backup/Backup.h"
#include "vault/TestHooks.h"
#include "vault/Vault.h"
#include "vault/VaultCheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <map>
#include <random>

using namespace baken;

namespace {

// What the child promised, per kind of record.
struct Promised {
    QSet<qint64> cases, contacts, consultations;
    QSet<QString> packages;
    qint64 size() const { return cases.size() + contacts.size() + consultations.size() + packages.size(); }
};

struct Figures {
    qint64 kills = 0;
    qint64 beforeReady = 0;
    std::map<QString, qint64> during; // "checkpoint", "backup", "rekey", "import", "rollup"
    qint64 committed = 0;
    qint64 lost = 0;
    qint64 integrityFailures = 0;
    qint64 auditBroken = 0;
    qint64 noOpen = 0;
    qint64 doubleOpen = 0;
    qint64 oldOpensAfterRekeyDone = 0;
    qint64 childErrors = 0;
    qint64 damagedBackups = 0;
    qint64 leftoverFiles = 0; // hidden staging files after the last kill of each vault

    bool met() const
    {
        return lost == 0 && integrityFailures == 0 && auditBroken == 0 && noOpen == 0 && doubleOpen == 0
               && oldOpensAfterRekeyDone == 0 && childErrors == 0 && damagedBackups == 0;
    }
};

void out(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QSet<qint64> ids(Vault &vault, const char *sql)
{
    QSet<qint64> found;
    auto stmt = vault.db().prepare(sql);
    if (stmt)
        (void)stmt->forEach([&](const Statement &row) { found.insert(row.int64(0)); });
    return found;
}

QSet<QString> texts(Vault &vault, const char *sql)
{
    QSet<QString> found;
    auto stmt = vault.db().prepare(sql);
    if (stmt)
        (void)stmt->forEach([&](const Statement &row) { found.insert(row.text(0)); });
    return found;
}

template<typename T>
qint64 missing(const QSet<T> &promised, const QSet<T> &found)
{
    qint64 n = 0;
    for (const T &id : promised)
        n += found.contains(id) ? 0 : 1;
    return n;
}

class Run {
public:
    Run(QString child, QString root, unsigned seed, int perVault, int maxDelayMs)
        : m_child(std::move(child))
        , m_root(std::move(root))
        , m_random(seed)
        , m_perVault(perVault)
        , m_maxDelayMs(maxDelayMs)
    {}

    Figures figures;

    bool kills(qint64 count)
    {
        for (qint64 i = 0; i < count; ++i) {
            if (i % m_perVault == 0 && !startVault(i / m_perVault))
                return false;
            killOnce();
            if ((i + 1) % m_perVault == 0 || i + 1 == count)
                finishVault();
            if ((i + 1) % 1000 == 0)
                out(QStringLiteral("... %1 kills, %2 records committed, %3 lost")
                        .arg(i + 1)
                        .arg(figures.committed)
                        .arg(figures.lost));
        }
        return true;
    }

private:
    bool startVault(qint64 generation)
    {
        m_dir = QDir(m_root).filePath(QStringLiteral("vault-%1").arg(generation));
        if (auto s = trust::prepareGeneration(m_root, m_dir); !s) {
            out(s.error().message);
            return false;
        }
        m_vault = QDir(m_dir).filePath(u"crash.baken"_qs);
        m_current = trust::firstPassphrase();
        m_other = trust::secondPassphrase();
        m_committedBefore = figures.committed;
        m_promised = {};
        m_failedHere = false;
        return true;
    }

    void finishVault()
    {
        const QDir dir(m_dir);
        const QDir backups(dir.filePath(u"backups"_qs));
        figures.leftoverFiles +=
            dir.entryList(QDir::Files | QDir::Hidden).filter(QRegularExpression(u"^\\."_qs)).size()
            + backups.entryList(QDir::Files | QDir::Hidden).filter(QRegularExpression(u"^\\."_qs)).size();
        for (const QString &name : backups.entryList({u"*.bakenbackup"_qs}, QDir::Files))
            figures.damagedBackups += Backup::probe(backups.filePath(name)).ok() ? 0 : 1;
        if (m_failedHere)
            out(QStringLiteral("kept for inspection: %1").arg(m_dir));
        else
            QDir(m_dir).removeRecursively();
    }

    // Most kills land while the child works (a delay after it said
    // "ready"); one in ten lands while it starts and opens the vault.
    void killOnce()
    {
        const unsigned childSeed = unsigned(m_random());
        const bool duringStart = m_random() % 10 == 0;
        const int delayMs = int(m_random() % unsigned(m_maxDelayMs + 1));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(m_child, {m_vault, m_current, m_other, m_dir, QString::number(childSeed)});
        if (!child.waitForStarted()) {
            out(u"crash_child did not start: "_qs + child.errorString());
            ++figures.childErrors;
            return;
        }
        QByteArray output;
        if (!duringStart) {
            QElapsedTimer waited;
            waited.start();
            while (!output.startsWith("ready\n") && !output.startsWith("error") && waited.elapsed() < 10000
                   && child.state() == QProcess::Running) {
                child.waitForReadyRead(50);
                output += child.readAllStandardOutput();
            }
        }
        QThread::msleep(ulong(delayMs));
        child.kill(); // SIGKILL
        child.waitForFinished();
        ++figures.kills;
        readReport(output + child.readAllStandardOutput(), childSeed, delayMs);
        checkVault();
    }

    // Complete lines only: a line cut by the kill promised nothing.
    void readReport(const QByteArray &output, unsigned childSeed, int delayMs)
    {
        const qsizetype end = output.lastIndexOf('\n');
        const QList<QByteArray> lines = end < 0 ? QList<QByteArray>{} : output.left(end).split('\n');
        QString open;
        bool ready = false;
        m_rekeyInFlight = false;
        for (const QByteArray &line : lines) {
            const qsizetype space = line.indexOf(' ');
            const QByteArray word = space < 0 ? line : line.left(space);
            const QByteArray value = space < 0 ? QByteArray() : line.mid(space + 1);
            if (word == "ready") {
                ready = true;
            } else if (word == "case") {
                m_promised.cases.insert(value.toLongLong());
            } else if (word == "contact") {
                m_promised.contacts.insert(value.toLongLong());
            } else if (word == "consult") {
                m_promised.consultations.insert(value.toLongLong());
            } else if (word == "package") {
                m_promised.packages.insert(QString::fromLatin1(value));
            } else if (word.endsWith("-begin")) {
                open = QString::fromLatin1(word.chopped(6));
            } else if (word.endsWith("-done")) {
                open.clear();
                if (word == "rekey-done")
                    std::swap(m_current, m_other);
            } else if (word == "error") {
                ++figures.childErrors;
                m_failedHere = true;
                out(QStringLiteral("child error (seed %1, delay %2 ms): %3")
                        .arg(childSeed)
                        .arg(delayMs)
                        .arg(QString::fromUtf8(value)));
            }
        }
        if (!ready)
            ++figures.beforeReady;
        if (!open.isEmpty())
            ++figures.during[open];
        m_rekeyInFlight = open == u"rekey";
        figures.committed = m_committedBefore + m_promised.size();
    }

    void checkVault()
    {
        const auto problem = [&](const QString &what) {
            m_failedHere = true;
            out(QStringLiteral("kill %1: %2").arg(figures.kills).arg(what));
        };
        // A wrong passphrase is refused before anything is written, so the
        // other one can be tried first without changing the file.
        const bool otherOpens = Vault::open(m_vault, m_other).ok(); // and closed again
        auto vault = Vault::open(m_vault, m_current);
        if (otherOpens && vault.ok()) {
            ++figures.doubleOpen;
            return problem(u"both passphrases open the vault"_qs);
        }
        if (!otherOpens && !vault.ok()) {
            ++figures.noOpen;
            return problem(u"neither passphrase opens the vault: "_qs + vault.error().message);
        }
        if (otherOpens) {
            if (!m_rekeyInFlight) {
                ++figures.oldOpensAfterRekeyDone;
                return problem(u"the vault opens with a passphrase it should not have now"_qs);
            }
            std::swap(m_current, m_other); // the kill came after the new file was in place
            vault = Vault::open(m_vault, m_current);
            if (!vault) {
                ++figures.noOpen;
                return problem(u"the vault did not open a second time: "_qs + vault.error().message);
            }
        }
        auto report = baken::checkVault(**vault);
        if (!report || !report->integrityOk) {
            ++figures.integrityFailures;
            problem(u"integrity_check failed"_qs);
        } else if (!report->audit.intact) {
            ++figures.auditBroken;
            problem(u"the audit chain is broken"_qs);
        }
        const qint64 lost = missing(m_promised.cases,
                                    ids(**vault, "SELECT id FROM case_file WHERE is_draft = 0 AND number IS NOT NULL"))
                            + missing(m_promised.contacts, ids(**vault, "SELECT id FROM contact_moment"))
                            + missing(m_promised.consultations, ids(**vault, "SELECT id FROM consultation"))
                            + missing(m_promised.packages, texts(**vault, "SELECT package_id FROM rollup_package"));
        if (lost > 0) {
            figures.lost += lost;
            problem(QStringLiteral("%1 committed record(s) missing").arg(lost));
        }
    }

    QString m_child;
    QString m_root;
    std::mt19937 m_random;
    int m_perVault;
    int m_maxDelayMs;
    QString m_dir;
    QString m_vault;
    QString m_current;
    QString m_other;
    Promised m_promised;
    qint64 m_committedBefore = 0;
    bool m_rekeyInFlight = false;
    bool m_failedHere = false;
};

void print(const Figures &f, qint64 seconds)
{
    out(QStringLiteral("figure kills=%1").arg(f.kills));
    out(QStringLiteral("figure kills_before_ready=%1").arg(f.beforeReady));
    for (const char *op : {"checkpoint", "backup", "rekey", "import", "rollup"}) {
        const auto it = f.during.find(QString::fromLatin1(op));
        out(QStringLiteral("figure kills_during_%1=%2")
                .arg(QLatin1String(op))
                .arg(it == f.during.end() ? 0 : it->second));
    }
    out(QStringLiteral("figure records_committed=%1").arg(f.committed));
    out(QStringLiteral("figure records_lost=%1").arg(f.lost));
    out(QStringLiteral("figure integrity_failures=%1").arg(f.integrityFailures));
    out(QStringLiteral("figure audit_chain_broken=%1").arg(f.auditBroken));
    out(QStringLiteral("figure no_open=%1").arg(f.noOpen));
    out(QStringLiteral("figure double_open=%1").arg(f.doubleOpen));
    out(QStringLiteral("figure old_passphrase_after_rekey_done=%1").arg(f.oldOpensAfterRekeyDone));
    out(QStringLiteral("figure child_errors=%1").arg(f.childErrors));
    out(QStringLiteral("figure damaged_backups=%1").arg(f.damagedBackups));
    out(QStringLiteral("figure leftover_temporary_files=%1").arg(f.leftoverFiles));
    out(QStringLiteral("figure seconds=%1").arg(seconds));
    out(f.met() ? u"crash test: all targets met"_qs : u"crash test: TARGET MISSED"_qs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"kills"_qs, u"How many times to kill the child."_qs, u"N"_qs, u"200"_qs});
    parser.addOption({u"seed"_qs, u"Seed of the delays and the child's choices (default: the clock)."_qs, u"S"_qs});
    parser.addOption({u"per-vault"_qs, u"Kills before starting again on a fresh vault."_qs, u"K"_qs, u"50"_qs});
    parser.addOption({u"max-delay-ms"_qs, u"Longest delay before a kill."_qs, u"D"_qs, u"120"_qs});
    parser.addOption({u"child"_qs, u"The crash_child binary."_qs, u"PATH"_qs, QStringLiteral(BAKEN_CRASH_CHILD)});
    parser.addOption({u"work"_qs, u"Folder for the vaults (default: a temporary one)."_qs, u"DIR"_qs});
    parser.addOption(
        {u"prepare-only"_qs, u"Prepare one vault and its files in DIR for running crash_child by hand."_qs, u"DIR"_qs});
    parser.process(app);

    testing::enableCheapKdf();
    if (parser.isSet(u"prepare-only"_qs)) {
        const QDir dir(parser.value(u"prepare-only"_qs));
        QDir().mkpath(dir.filePath(u"template"_qs));
        Status prepared = trust::prepareTemplate(dir.filePath(u"template"_qs));
        if (prepared)
            prepared = trust::prepareGeneration(dir.filePath(u"template"_qs), dir.filePath(u"run"_qs));
        out(prepared ? u"prepared "_qs + dir.filePath(u"run"_qs) : prepared.error().message);
        return prepared ? 0 : 2;
    }
    const qint64 kills = parser.value(u"kills"_qs).toLongLong();
    const unsigned seed =
        parser.isSet(u"seed"_qs) ? parser.value(u"seed"_qs).toUInt() : unsigned(QDateTime::currentMSecsSinceEpoch());
    const int perVault = qMax(1, parser.value(u"per-vault"_qs).toInt());
    const int maxDelay = qMax(0, parser.value(u"max-delay-ms"_qs).toInt());
    QTemporaryDir temporary(parser.isSet(u"work"_qs) ? parser.value(u"work"_qs) + u"/crash-XXXXXX" : QString());
    if (!temporary.isValid()) {
        out(u"cannot create a working folder"_qs);
        return 2;
    }
    out(QStringLiteral("crash test: %1 kills, seed %2, up to %3 ms, fresh vault every %4 kills, in %5")
            .arg(kills)
            .arg(seed)
            .arg(maxDelay)
            .arg(perVault)
            .arg(temporary.path()));

    if (auto s = trust::prepareTemplate(temporary.path()); !s) {
        out(s.error().message);
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    Run run(parser.value(u"child"_qs), temporary.path(), seed, perVault, maxDelay);
    if (!run.kills(kills))
        return 2;
    print(run.figures, clock.elapsed() / 1000);
    if (!run.figures.met())
        temporary.setAutoRemove(false);
    return run.figures.met() ? 0 : 1;
}
