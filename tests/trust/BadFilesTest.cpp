// Damaged and foreign files at the four doors where a file from outside comes
// in: opening a vault, restoring a backup, importing an interchange file and
// importing a roll-up package. One table of damage (cut at several lengths,
// a bit flipped at several places, empty, a plain SQLite file, random bytes,
// another vault's file) for all four: each must be refused with a message in
// words, without a crash, and without a byte changing in the file offered,
// its folder or the vault it was offered to. The tests in tests/core name
// the exact error of each case; this one holds every door to the same rules.
// Three kinds of acceptance are allowed, each checked: a flip in the 12 bytes
// of padding that SQLCipher leaves unauthenticated at the end of each page, a
// plain-text interchange file that is still a valid document, and a flip in
// a vault page that opening does not read: opening does not read every page,
// so that damage shows when the page is read, and in the vault check.
#include "backup/Backup.h"
#include "backup/EncryptedCopy.h"
#include "backup/Restore.h"
#include "cases/CaseService.h"
#include "cases/SqlCaseStore.h"
#include "codelists/SqlCodeListStore.h"
#include "core/BackupTestSupport.h"
#include "interchange/Interchange.h"
#include "rollup/RollupKeys.h"
#include "rollup/RollupService.h"
#include "summary/Period.h"
#include "support/TestVault.h"
#include "vault/Connection.h"
#include "vault/VaultCheck.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sodium.h>

#include <gtest/gtest.h>

#include <functional>
#include <map>

using namespace baken;
using test::fileHash;
using test::strongPassphrase;

namespace {

QString otherPassphrase()
{
    return QStringLiteral("harbour quilt meridian pumpkin saxophone");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

// Every file in a folder by name and content.
QMap<QString, QByteArray> folderState(const QString &folder)
{
    QMap<QString, QByteArray> state;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
        state.insert(name, fileHash(dir.filePath(name)));
    return state;
}

// A sentence for the advisor, not SQLite's number.
bool inWords(const QString &message)
{
    return message.size() > 15 && !message.contains(u"internal error") && message.contains(u' ');
}

struct Damage {
    std::string name;
    std::function<QByteArray(const QByteArray &good)> make;
    std::optional<qsizetype> flipped = std::nullopt; // where a bit was flipped
};

// SQLCipher 3 ends every 4096-byte page with 48 reserved bytes: a 16-byte IV,
// a 20-byte HMAC-SHA1 and 12 bytes of padding that no HMAC covers and no data
// uses. A flip there changes nothing that is read.
bool inPagePadding(qsizetype at)
{
    return at % 4096 >= 4096 - 12;
}

// Where to cut or flip: a position from the start, or (negative) from the end;
// Half and HalfPage are the middle and the page boundary below it.
constexpr qsizetype Half = -1000001;
constexpr qsizetype HalfPage = -1000002;

qsizetype position(qsizetype at, qsizetype size)
{
    if (at == Half)
        return size / 2;
    if (at == HalfPage)
        return size / 2 / 4096 * 4096;
    return qBound<qsizetype>(0, at >= 0 ? at : size + at, size - 1);
}

QList<Damage> damages(const QByteArray &plainSqlite, const QByteArray &another, qsizetype goodSize)
{
    QList<Damage> out;
    out.push_back({"zero-length", [](const QByteArray &) { return QByteArray(); }});
    for (const qsizetype length :
         {qsizetype(1), qsizetype(15), qsizetype(16), qsizetype(17), qsizetype(100), qsizetype(4095), qsizetype(4096),
          Half, HalfPage, qsizetype(-4096), qsizetype(-100), qsizetype(-1)}) {
        out.push_back({"cut at " + std::to_string(length), [length](const QByteArray &good) {
                           return good.left(qMax<qsizetype>(1, position(length, good.size())));
                       }});
    }
    for (const qsizetype at :
         {qsizetype(0), qsizetype(8), qsizetype(15), qsizetype(16), qsizetype(100), qsizetype(2000), qsizetype(4095),
          qsizetype(4196), Half, qsizetype(-4000), qsizetype(-17), qsizetype(-1)}) {
        out.push_back({"bit flipped at " + std::to_string(at),
                       [at](const QByteArray &good) {
                           QByteArray bad = good;
                           const qsizetype i = position(at, good.size());
                           bad[i] = char(bad[i] ^ 0x04);
                           return bad;
                       },
                       position(at, goodSize)});
    }
    out.push_back({"plain SQLite file", [plainSqlite](const QByteArray &) { return plainSqlite; }});
    out.push_back({"random bytes", [](const QByteArray &) {
                       QByteArray noise(8192, '\0');
                       randombytes_buf(noise.data(), std::size_t(noise.size()));
                       return noise;
                   }});
    out.push_back({"another vault's file", [another](const QByteArray &) { return another; }});
    return out;
}

QByteArray countsOf(Vault &vault)
{
    auto counts = backup::tableCounts(vault.db());
    EXPECT_TRUE(counts.ok());
    QByteArray state;
    if (counts)
        for (auto it = counts->cbegin(); it != counts->cend(); ++it)
            state += it.key().toUtf8() + '=' + QByteArray::number(it.value()) + ';';
    return state;
}

// One way in: `offer` gives the file at a path to it and returns the error
// it refused with (nothing when it accepted); `state` is everything that must
// stay as it was when it refuses.
struct Door {
    std::string name;
    QString fileName;
    QByteArray good;
    QByteArray another;
    bool plainText = false;
    std::function<std::optional<Error>(const QString &path)> offer;
    std::function<QByteArray()> state;
};

class BadFiles : public ::testing::Test {
protected:
    void SetUp() override
    {
        advisor = dir.create(u"advisor.baken"_qs);
        coordinator = dir.create(u"coordinator.baken"_qs);
        target = dir.create(u"target.baken"_qs);
        ASSERT_TRUE(advisor && coordinator && target);
        addCases(*advisor);
        auto other = Vault::create(dir.path(u"other.baken"_qs), otherPassphrase());
        ASSERT_TRUE(other.ok());

        // A closed vault, so that its bytes are the whole vault.
        ASSERT_TRUE(dir.create(u"sample.baken"_qs));
        vaultBytes = readAll(dir.path(u"sample.baken"_qs));

        auto backup = writeBackup(*advisor, backups.path());
        auto otherBackup = writeBackup(**other, otherBackups.path());
        ASSERT_TRUE(backup.ok() && otherBackup.ok());
        backupBytes = readAll(backup->path);
        otherBackupBytes = readAll(otherBackup->path);

        QBuffer json;
        json.open(QIODevice::WriteOnly);
        ASSERT_TRUE(exportVault(*advisor, json).ok());
        interchangeBytes = json.data();

        auto period = summary::parsePeriod(u"2025"_qs);
        auto mine = rollup::ownPublicKeys(*coordinator);
        auto theirs = rollup::ownPublicKeys(**other);
        ASSERT_TRUE(period.ok() && mine.ok() && theirs.ok());
        auto sealed = rollup::packagePeriod(*advisor, *period, u"Noord"_qs, {u"Coördinator"_qs, *mine});
        auto elsewhere = rollup::packagePeriod(*advisor, *period, u"Noord"_qs, {u"Ander"_qs, *theirs});
        ASSERT_TRUE(sealed.ok() && elsewhere.ok());
        packageBytes = *sealed;
        otherPackageBytes = *elsewhere;

        other.value()->lock();
        otherVaultBytes = readAll(dir.path(u"other.baken"_qs));
        {
            auto plain = Database::open(dir.path(u"plain.db"_qs), Database::OpenMode::CreateNew);
            ASSERT_TRUE(plain.ok());
            ASSERT_TRUE(plain->exec("CREATE TABLE case_file (id INTEGER); INSERT INTO case_file VALUES (1)").ok());
        }
        plainSqlite = readAll(dir.path(u"plain.db"_qs));
    }

    static void addCases(Vault &vault)
    {
        SqlCodeListStore codes(vault.db());
        SqlCaseStore store(vault.db());
        CaseService service(vault, store, codes);
        for (int month = 1; month <= 3; ++month) {
            CaseIntake in;
            in.intakeDate = QDate(2025, month, 12);
            in.channelId = codes.items(CodeList::Channels, true)->first().id;
            in.identity = ReporterIdentity::Pseudonym;
            in.pseudonym = u"Merel"_qs;
            in.whatHappened = u"Opmerkingen over haar hoofddoek tijdens het teamoverleg."_qs;
            in.groundIds = {codes.items(CodeList::Grounds, true)->first().id};
            auto draft = service.createDraft(in);
            ASSERT_TRUE(draft.ok());
            ASSERT_TRUE(service.registerCase(*draft, in, std::nullopt).ok());
        }
    }

    Door vaultOpen()
    {
        return {"vault open",
                u"offered.baken"_qs,
                vaultBytes,
                otherVaultBytes,
                false,
                [](const QString &path) -> std::optional<Error> {
                    auto vault = Vault::open(path, strongPassphrase());
                    return vault ? std::nullopt : std::optional<Error>(vault.error());
                },
                [this]() -> QByteArray { return stateOf(offered.path()); }};
    }

    Door backupRestore()
    {
        return {"backup restore",
                u"offered.bakenbackup"_qs,
                backupBytes,
                otherBackupBytes,
                false,
                [this](const QString &path) -> std::optional<Error> {
                    auto key = advisor->recoveryKey();
                    EXPECT_TRUE(key.ok());
                    auto restored = restoreBackup(
                        {path, std::move(key).value(), restoreTo.filePath(u"restored.baken"_qs), otherPassphrase()});
                    return restored ? std::nullopt : std::optional<Error>(restored.error());
                },
                [this]() -> QByteArray { return stateOf(offered.path()) + stateOf(restoreTo.path()); }};
    }

    Door interchangeImport()
    {
        return {"interchange import",
                u"offered.json"_qs,
                interchangeBytes,
                vaultBytes,
                true,
                [this](const QString &path) -> std::optional<Error> {
                    QFile in(path);
                    EXPECT_TRUE(in.open(QIODevice::ReadOnly));
                    auto report = importVault(*target, in);
                    return report ? std::nullopt : std::optional<Error>(report.error());
                },
                [this]() -> QByteArray { return stateOf(offered.path()) + countsOf(*target); }};
    }

    Door rollupImport()
    {
        return {"roll-up import",
                u"offered.pkg"_qs,
                packageBytes,
                otherPackageBytes,
                false,
                [this](const QString &path) -> std::optional<Error> {
                    rollup::RollupService service(*coordinator);
                    auto outcome = service.import(readAll(path), [](const auto &, const auto &) { return true; });
                    return outcome ? std::nullopt : std::optional<Error>(outcome.error());
                },
                [this]() -> QByteArray { return stateOf(offered.path()) + countsOf(*coordinator); }};
    }

    static QByteArray stateOf(const QString &folder)
    {
        QByteArray state;
        const auto files = folderState(folder);
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            state += it.key().toUtf8() + ':' + it.value() + ';';
        return state;
    }

    // Why a damaged file that `door` accepted is still fine, or empty when
    // it is not: a flip in SQLCipher's padding, a plain-text document that
    // is still valid, or a vault page that opening does not read, whose
    // damage the vault check (baken-cli verify, the dashboard) reports.
    std::string whyAccepted(const Door &door, const Damage &damage, const QByteArray &bad, const QString &path)
    {
        if (door.plainText && (damage.flipped || bad.trimmed() == door.good.trimmed()))
            return "still a valid document";
        if (door.name != "vault open")
            return damage.flipped && inPagePadding(*damage.flipped) ? "no record changed" : "";
        auto vault = Vault::open(path, strongPassphrase());
        if (!vault)
            return "";
        auto report = checkVault(**vault);
        if (!report || !report->integrityOk)
            return "found by the vault check";
        // The flip hit bytes nothing reads: SQLCipher's padding or a free page.
        return report->healthy() && records(**vault) == goodRecords() ? "no record changed" : "";
    }

    // Every row of every table but the audit log, which opening adds to.
    static QMap<QString, QStringList> records(Vault &vault)
    {
        QMap<QString, QStringList> dump = test::tableDump(vault.db());
        dump.remove(u"audit_log"_qs);
        return dump;
    }

    QMap<QString, QStringList> goodRecords()
    {
        const QString copy = offered.filePath(u"good.baken"_qs);
        writeAll(copy, vaultBytes);
        QMap<QString, QStringList> dump;
        {
            auto vault = Vault::open(copy, strongPassphrase());
            EXPECT_TRUE(vault.ok());
            if (vault)
                dump = records(**vault);
        }
        removeWithJournal(copy);
        return dump;
    }

    // Offers every damaged file to `door`; prints what became of them.
    void expectAllRefused(const Door &door)
    {
        std::map<std::string, int> outcomes;
        for (const Damage &damage : damages(plainSqlite, door.another, door.good.size())) {
            SCOPED_TRACE(door.name + ", " + damage.name);
            const QString path = offered.filePath(door.fileName);
            const QByteArray bad = damage.make(door.good);
            writeAll(path, bad);
            const QByteArray before = door.state();
            const std::optional<Error> error = door.offer(path);
            const QByteArray after = door.state();
            if (!error) {
                const std::string why = whyAccepted(door, damage, bad, path);
                EXPECT_FALSE(why.empty()) << "a damaged file was accepted";
                ++outcomes[why.empty() ? "ACCEPTED" : why];
                // A restored vault would stand in the way of the next restore.
                for (const QString &name : QDir(restoreTo.path()).entryList(QDir::Files | QDir::Hidden))
                    QFile::remove(restoreTo.filePath(name));
            } else {
                ++outcomes["refused"];
                EXPECT_TRUE(inWords(error->message)) << "message: " << error->message.toStdString();
                EXPECT_EQ(after, before) << "something changed; the message was: " << error->message.toStdString();
            }
            QFile::remove(path);
        }
        QString summary;
        for (const auto &[outcome, count] : outcomes)
            summary += QStringLiteral("%1%2 %3")
                           .arg(summary.isEmpty() ? u""_qs : u", "_qs)
                           .arg(count)
                           .arg(QString::fromStdString(outcome));
        std::printf("figure bad_files_%s=%s\n", QByteArray::fromStdString(door.name).replace(' ', '_').constData(),
                    qPrintable(summary));
    }

    test::TestVaultDir dir;
    QTemporaryDir backups;
    QTemporaryDir otherBackups;
    QTemporaryDir offered;
    QTemporaryDir restoreTo;
    std::unique_ptr<Vault> advisor;
    std::unique_ptr<Vault> coordinator;
    std::unique_ptr<Vault> target;
    QByteArray vaultBytes, otherVaultBytes, backupBytes, otherBackupBytes, interchangeBytes, packageBytes,
        otherPackageBytes, plainSqlite;
};

} // namespace

TEST_F(BadFiles, EachDoorAcceptsTheGoodFile)
{
    for (const Door &door : {vaultOpen(), backupRestore(), interchangeImport(), rollupImport()}) {
        const QString path = offered.filePath(door.fileName);
        writeAll(path, door.good);
        const std::optional<Error> error = door.offer(path);
        EXPECT_FALSE(error.has_value()) << door.name << ": " << (error ? error->message.toStdString() : "");
    }
}

TEST_F(BadFiles, VaultOpenRefusesWhatItReadsAndTheVaultCheckFindsTheRest)
{
    expectAllRefused(vaultOpen());
}

TEST_F(BadFiles, BackupRestoreRefusesEveryDamagedFileAndChangesNothing)
{
    expectAllRefused(backupRestore());
}

TEST_F(BadFiles, InterchangeImportRefusesEveryBrokenDocumentAndChangesNothing)
{
    expectAllRefused(interchangeImport());
}

TEST_F(BadFiles, RollupImportRefusesEveryDamagedFileAndChangesNothing)
{
    expectAllRefused(rollupImport());
}
