// The process the crash test kills (crash_driver.cpp). It opens a vault and
// works through the core services until SIGKILL stops it: registers cases,
// adds contact moments, logs consultations, and now and then checkpoints the
// WAL, writes a backup, changes the passphrase, imports an interchange file
// or a roll-up package. Every line it prints about a record comes after the
// call that committed it returned, and is flushed at once: a printed id is a
// promise the parent holds the vault to.
//
// crash_child VAULT PASSPHRASE OTHER_PASSPHRASE WORK_DIR SEED
// WORK_DIR holds backups/, import.json and rollup-*.pkg (crash_driver.cpp).
#include "backup/Backup.h"
#include "cases/CaseService.h"
#include "cases/SqlCaseStore.h"
#include "codelists/SqlCodeListStore.h"
#include "doubtline/ConsultationService.h"
#include "doubtline/SqlConsultationStore.h"
#include "interchange/Interchange.h"
#include "rollup/RollupService.h"
#include "vault/TestHooks.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <random>

using namespace baken;

namespace {

// One line, whole, on its way to the parent before the next step starts.
void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const char *what, const Error &error)
{
    // The message is a translated sentence about the failure, never content.
    say(QByteArray("error ") + what + ' ' + error.message.toUtf8());
    std::exit(2);
}

class Worker {
public:
    Worker(Vault &vault, QString passphrase, QString other, const QString &workDir)
        : m_vault(vault)
        , m_codes(vault.db())
        , m_cases(vault.db())
        , m_consults(vault.db())
        , m_caseService(vault, m_cases, m_codes)
        , m_doubt(vault, m_consults, m_cases, m_codes)
        , m_passphrase(std::move(passphrase))
        , m_other(std::move(other))
        , m_dir(workDir)
    {
        for (const QString &name : m_dir.entryList({u"rollup-*.pkg"_qs}, QDir::Files, QDir::Name))
            m_packages << m_dir.filePath(name);
    }

    void step(std::mt19937 &random)
    {
        const auto roll = random() % 100;
        if (roll < 35)
            addCase();
        else if (roll < 55)
            addContact(random);
        else if (roll < 75)
            logConsultation();
        else if (roll < 81)
            checkpoint();
        else if (roll < 87)
            backup();
        else if (roll < 93)
            rekey();
        else if (roll < 97)
            importInterchange();
        else
            importRollup(random);
    }

private:
    qint64 code(CodeList list, const char *key)
    {
        auto items = m_codes.items(list, true);
        if (!items)
            fail("codes", items.error());
        for (const CodeItem &item : *items)
            if (key == nullptr || item.code == QLatin1String(key))
                return item.id;
        fail("codes", Error{ErrorCode::NotFound, QString::fromLatin1(key)});
    }

    void addCase()
    {
        CaseIntake in;
        in.intakeDate = QDate::currentDate().addDays(-2);
        in.channelId = code(CodeList::Channels, "phone");
        in.type = CaseType::Signal;
        in.identity = ReporterIdentity::Pseudonym;
        in.pseudonym = QStringLiteral("Merel");
        in.whatHappened = QStringLiteral("Opmerkingen over haar hoofddoek tijdens het teamoverleg.");
        in.groundIds = {code(CodeList::Grounds, "religion")};
        in.formIds = {code(CodeList::Forms, "exclusion")};
        in.accusedRoleId = code(CodeList::AccusedRoles, "colleague");
        auto draft = m_caseService.createDraft(in);
        if (!draft)
            fail("draft", draft.error());
        auto file = m_caseService.registerCase(*draft, in, std::nullopt);
        if (!file)
            fail("case", file.error());
        m_caseIds << *draft;
        say("case " + QByteArray::number(*draft));
    }

    void addContact(std::mt19937 &random)
    {
        if (m_caseIds.isEmpty())
            return addCase();
        ContactMoment contact;
        contact.caseId = m_caseIds[qsizetype(random() % std::size_t(m_caseIds.size()))];
        contact.occurredAt = QDateTime::currentDateTime().addSecs(-3600);
        contact.channelId = code(CodeList::Channels, "phone");
        contact.minutes = 20;
        contact.note = QStringLiteral("Gebeld; ze wil eerst nadenken over een gesprek met de leidinggevende.");
        auto id = m_caseService.addContact(contact);
        if (!id)
            fail("contact", id.error());
        say("contact " + QByteArray::number(*id));
    }

    void logConsultation()
    {
        Consultation c;
        c.occurredAt = QDateTime::currentDateTime().addSecs(-600);
        c.minutes = 12;
        c.staffId = code(CodeList::DoubtLineStaff, nullptr);
        c.channelId = code(CodeList::Channels, "phone");
        c.callerRoleId = code(CodeList::ReporterRoles, "affected_employee");
        c.groundIds = {code(CodeList::Grounds, "religion")};
        c.formIds = {code(CodeList::Forms, "micro_aggression")};
        c.question = QStringLiteral("Is een grap over mijn hoofddoek discriminatie?");
        c.assessment = Assessment::Possibly;
        c.outcome = ConsultationOutcome::Advised;
        c.adviceId = code(CodeList::Advice, "write_down");
        auto id = m_doubt.log(c);
        if (!id)
            fail("consult", id.error());
        say("consult " + QByteArray::number(*id));
    }

    void checkpoint()
    {
        say("checkpoint-begin");
        if (auto s = m_vault.db().exec("PRAGMA wal_checkpoint(TRUNCATE)"); !s)
            fail("checkpoint", s.error());
        say("checkpoint-done");
    }

    void backup()
    {
        say("backup-begin");
        auto written = writeBackup(m_vault, m_dir.filePath(u"backups"_qs), 3);
        if (!written)
            fail("backup", written.error());
        say("backup-done");
    }

    // What the settings page's "change passphrase" calls.
    void rekey()
    {
        say("rekey-begin");
        if (auto s = m_vault.changePassphrase(m_passphrase, m_other); !s)
            fail("rekey", s.error());
        std::swap(m_passphrase, m_other);
        say("rekey-done");
    }

    // The same small document each time: its consultations carry no number,
    // so each import adds them again.
    void importInterchange()
    {
        QFile in(m_dir.filePath(u"import.json"_qs));
        if (!in.open(QIODevice::ReadOnly))
            fail("import", Error{ErrorCode::Io, in.errorString()});
        say("import-begin");
        auto report = importVault(m_vault, in);
        if (!report)
            fail("import", report.error());
        auto last = m_vault.db().queryInt("SELECT max(id) FROM consultation");
        if (!last)
            fail("import", last.error());
        say("import-done");
        say("consult " + QByteArray::number(*last));
    }

    void importRollup(std::mt19937 &random)
    {
        if (m_packages.isEmpty())
            return;
        QFile in(m_packages[qsizetype(random() % std::size_t(m_packages.size()))]);
        if (!in.open(QIODevice::ReadOnly))
            fail("rollup", Error{ErrorCode::Io, in.errorString()});
        const QByteArray bytes = in.readAll();
        say("rollup-begin");
        rollup::RollupService service(m_vault);
        auto outcome = service.import(bytes, [](const auto &, const auto &) { return true; });
        if (!outcome)
            fail("rollup", outcome.error());
        say("rollup-done");
        say("package " + rollup::packageId(bytes).toLatin1());
    }

    Vault &m_vault;
    SqlCodeListStore m_codes;
    SqlCaseStore m_cases;
    SqlConsultationStore m_consults;
    CaseService m_caseService;
    ConsultationService m_doubt;
    QString m_passphrase;
    QString m_other;
    QDir m_dir;
    QList<qint64> m_caseIds;
    QStringList m_packages;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fputs("usage: crash_child VAULT PASSPHRASE OTHER_PASSPHRASE WORK_DIR SEED\n", stderr);
        return 64;
    }
    // The crash test runs thousands of unlocks; the parent made the vault
    // with the cheap test KDF (vault/TestHooks.h).
    testing::enableCheapKdf();
    auto vault = Vault::open(args[1], args[2]);
    if (!vault)
        fail("open", vault.error());
    say("ready");
    std::mt19937 random(args[5].toUInt());
    Worker worker(**vault, args[2], args[3], args[4]);
    for (;;)
        worker.step(random);
}
