// Backups open with the recovery key alone, and a restore gives back every
// record under a new passphrase.
#include "BackupTestSupport.h"
#include "CaseTestSupport.h"

#include "backup/BackupSettings.h"
#include "support/DemoVaultCopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace baken;
using namespace baken::test;

namespace {

QStringList auditEvents(Vault &vault)
{
    QStringList out;
    for (const AuditEntry &entry : *vault.audit().latest(1000))
        out << entry.event;
    return out;
}

class BackupRoundTrip : public ::testing::Test {
protected:
    // Each test works on its own copy of the demo vault (made once: it
    // takes seconds, many more under the sanitizers).
    void SetUp() override
    {
        const QString path = dir.path(QStringLiteral("advisor.baken"));
        ASSERT_TRUE(copyDemoVault(path, strongPassphrase()));
        auto demo = Vault::open(path, strongPassphrase());
        ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
        vault = std::move(demo).value();
        ASSERT_TRUE(vault->isDemo());
        ASSERT_TRUE(folder.isValid());
    }

    QString backupFolder() const { return folder.path(); }
    QString restoredPath() const { return dir.path(QStringLiteral("restored.baken")); }

    TestVaultDir dir;
    QTemporaryDir folder;
    std::unique_ptr<Vault> vault;
};

} // namespace

TEST_F(BackupRoundTrip, RoundTripKeepsEveryCaseConsultationAndGroup)
{
    for (const char *sql :
         {"SELECT count(*) FROM case_file", "SELECT count(*) FROM consultation", "SELECT count(*) FROM peer_group"})
        ASSERT_GT(*vault->db().queryInt(sql), 0) << sql << ": the demo vault must have some";
    const auto before = tableDump(vault->db());
    const qint64 auditBefore = *vault->audit().count();

    auto written = writeBackup(*vault, backupFolder());
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const QString recovery = vault->recoveryKey()->formatted();

    auto restored = restoreBackup(restoreRequest(written->path, *vault, restoredPath()));
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    auto after = tableDump((*restored)->db());

    // The audit log goes on: the backup holds every entry up to the backup,
    // the restored vault adds its own (opened, restored) after them.
    const QStringList auditRows = after.take(u"audit_log"_qs);
    const QStringList auditRowsBefore = QMap(before).take(u"audit_log"_qs);
    EXPECT_EQ(auditRows.mid(0, auditRowsBefore.size()), auditRowsBefore);
    EXPECT_EQ(auditRowsBefore.size(), auditBefore);
    auto expected = before;
    expected.remove(u"audit_log"_qs);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        EXPECT_EQ(after.value(it.key()), it.value()) << "table " << it.key().toStdString();
    EXPECT_EQ(after.keys(), expected.keys());

    EXPECT_EQ((*restored)->recoveryKey()->formatted(), recovery) << "the restored vault keeps the recovery key";
    EXPECT_TRUE(auditEvents(**restored).contains(u"vault.restored"_qs));
    EXPECT_TRUE((*restored)->audit().verify()->intact);
    EXPECT_TRUE(auditEvents(*vault).contains(u"backup.written"_qs));
}

TEST_F(BackupRoundTrip, TheRestoredVaultOpensWithTheNewPassphraseOnly)
{
    auto written = writeBackup(*vault, backupFolder());
    ASSERT_TRUE(written.ok());
    auto restored = restoreBackup(restoreRequest(written->path, *vault, restoredPath()));
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    restored->reset();

    auto old = Vault::open(restoredPath(), strongPassphrase());
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.code(), ErrorCode::WrongPassphrase);
    auto reopened = Vault::open(restoredPath(), anotherStrongPassphrase());
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    EXPECT_EQ(*(*reopened)->db().queryText("PRAGMA journal_mode"), u"wal");
}

TEST_F(BackupRoundTrip, ARestoredVaultIsBackedUpWithTheSameRecoveryKey)
{
    auto first = writeBackup(*vault, backupFolder());
    ASSERT_TRUE(first.ok());
    auto restored = restoreBackup(restoreRequest(first->path, *vault, restoredPath()));
    ASSERT_TRUE(restored.ok());
    auto second = writeBackup(**restored, backupFolder());
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    auto again = restoreBackup(restoreRequest(second->path, *vault, dir.path(QStringLiteral("again.baken"))));
    EXPECT_TRUE(again.ok()) << again.error().message.toStdString();
}

TEST_F(BackupRoundTrip, LeavesOneFinishedFileNamedByDateAndTime)
{
    auto written = writeBackup(*vault, backupFolder());
    ASSERT_TRUE(written.ok());
    const QStringList files = snapshotFolder(backupFolder()).names;
    ASSERT_EQ(files.size(), 1) << files.join(u", ").toStdString() << ": no temporary file or journal may be left";
    const QString name = files.constFirst();
    EXPECT_EQ(QFileInfo(written->path).fileName(), name);
    EXPECT_TRUE(
        QRegularExpression(u"^baken-[0-9a-f]{8}-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.bakenbackup$"_qs).match(name).hasMatch())
        << name.toStdString();
    EXPECT_FALSE(name.contains(u"advisor"_qs)) << "the vault's own name stays out of it";
    EXPECT_EQ(QFile(written->path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions())
        << "owner only";

    auto header = Backup::probe(written->path);
    ASSERT_TRUE(header.ok()) << header.error().message.toStdString();
    auto asVault = Vault::probe(written->path);
    ASSERT_FALSE(asVault.ok()) << "a backup is not a vault";
}

TEST_F(BackupRoundTrip, RotationKeepsExactlyTheNewestN)
{
    // A backup of another vault in the same folder is never counted or removed.
    TestVaultDir otherDir;
    auto other = otherDir.create();
    ASSERT_TRUE(other);
    auto foreign = writeBackup(*other, backupFolder(), 1);
    ASSERT_TRUE(foreign.ok());

    QStringList made;
    for (int i = 0; i < 5; ++i) {
        auto written = writeBackup(*vault, backupFolder(), 3);
        ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
        made << written->path;
    }
    auto listed = listBackups(*vault, backupFolder());
    ASSERT_TRUE(listed.ok());
    QStringList kept;
    for (const BackupFileInfo &info : *listed)
        kept << info.path;
    EXPECT_EQ(kept, (QStringList{made[4], made[3], made[2]})) << "the three newest, newest first";
    EXPECT_TRUE(QFileInfo::exists(foreign->path));
    EXPECT_EQ(snapshotFolder(backupFolder()).names.size(), 4);
}

TEST_F(BackupRoundTrip, ANewBackupSortsAsTheNewestEvenWhereRotationLeftAGap)
{
    // Rotation removed "-1" of this second and the next ones but kept "-2":
    // a new backup made in that second must not take the free "-1", or it
    // would sort as the oldest and the next rotation would remove it.
    const QString tag = QString(*vault->meta(u"vault_id"_qs)).remove(u'-').left(8).toLower();
    const QDateTime now = QDateTime::currentDateTime();
    for (int s = 0; s < 3; ++s) {
        const QString name = u"baken-%1-%2-2.bakenbackup"_qs.arg(tag, now.addSecs(s).toString(u"yyyy-MM-dd-HHmmss"));
        QFile file(QDir(backupFolder()).filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    auto written = writeBackup(*vault, backupFolder(), 10);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_TRUE(written->path.endsWith(u"-3.bakenbackup")) << written->path.toStdString();
    // Listed before the other backup of its own second, so rotation keeps it longer.
    auto listed = listBackups(*vault, backupFolder());
    ASSERT_TRUE(listed.ok());
    const QString sameSecond = QString(written->path).replace(u"-3.bakenbackup"_qs, u"-2.bakenbackup"_qs);
    qsizetype mine = -1;
    qsizetype other = -1;
    for (qsizetype i = 0; i < listed->size(); ++i) {
        if (listed->at(i).path == written->path)
            mine = i;
        if (listed->at(i).path == sameSecond)
            other = i;
    }
    ASSERT_GE(mine, 0);
    ASSERT_GE(other, 0);
    EXPECT_LT(mine, other) << "the backup just made is the newer of its second";
}

namespace {
class BackupLeak : public CaseFixture {};
} // namespace

TEST_F(BackupLeak, HoldsNoPlaintext)
{
    const QString canary = QStringLiteral("Kanarie-Back-9e41b7");
    auto in = intake();
    in.whatHappened = canary + u" zei dit tijdens het overleg.";
    in.pseudonym = canary;
    registerCase(in);
    // The control: the text is really in the vault.
    EXPECT_EQ(*vault->db().queryInt("SELECT count(*) FROM case_file"), 1);

    QTemporaryDir folder;
    auto written = writeBackup(*vault, folder.path());
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    QFile file(written->path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_GT(bytes.size(), 4096);
    const QByteArray utf8 = canary.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(canary.utf16()), canary.size() * 2);
    EXPECT_FALSE(bytes.contains(utf8));
    EXPECT_FALSE(bytes.contains(utf16));
    EXPECT_FALSE(bytes.contains("SQLite format 3"));
    EXPECT_FALSE(bytes.contains("CREATE TABLE")) << "even the schema is encrypted";
}

TEST(BackupAutomatic, IsDueOnlyWithAFolderAndAChange)
{
    TestVaultDir dir;
    QTemporaryDir folder;
    auto vault = dir.create();
    ASSERT_TRUE(vault);
    AutoBackup automatic(*vault);
    EXPECT_FALSE(automatic.due()) << "no folder";
    ASSERT_TRUE(setBackupFolder(*vault, folder.path()).ok());
    EXPECT_TRUE(automatic.due()) << "the setting itself is a change";

    auto first = automatic.runIfDue();
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    ASSERT_TRUE(first->has_value());
    EXPECT_FALSE(automatic.due()) << "nothing changed since";
    auto none = automatic.runIfDue();
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());

    ASSERT_TRUE(vault->db().exec("INSERT INTO meta (key, value) VALUES ('probe', 'x')").ok());
    EXPECT_TRUE(automatic.due());
    auto second = automatic.runIfDue();
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second->has_value());
    EXPECT_EQ(snapshotFolder(folder.path()).names.size(), 2);
}

TEST(BackupAutomatic, AFailedBackupIsTriedAgainAfterReopening)
{
    TestVaultDir dir;
    QTemporaryDir parent;
    const QString stick = parent.filePath(QStringLiteral("usb"));
    {
        auto vault = dir.create();
        ASSERT_TRUE(vault);
        ASSERT_TRUE(setBackupFolder(*vault, stick).ok());
        AutoBackup automatic(*vault);
        ASSERT_TRUE(vault->db().exec("INSERT INTO meta (key, value) VALUES ('probe', 'x')").ok());
        auto failed = automatic.runIfDue();
        ASSERT_FALSE(failed.ok()) << "the stick is not there";
        EXPECT_EQ(failed.code(), ErrorCode::Io);
        EXPECT_TRUE(failed.error().message.contains(QDir::toNativeSeparators(stick)));
    }
    ASSERT_TRUE(QDir().mkpath(stick));
    auto vault = Vault::open(dir.path(), strongPassphrase());
    ASSERT_TRUE(vault.ok());
    AutoBackup automatic(**vault);
    EXPECT_TRUE(automatic.due()) << "nothing changed in this session, but the last backup failed";
    auto written = automatic.runIfDue();
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_TRUE(written->has_value());
    AutoBackup next(**vault);
    EXPECT_FALSE(next.due()) << "the failure is forgotten once a backup succeeded";
}

TEST(BackupSettings, KeepIsBoundedAndDefaultsToTen)
{
    TestVaultDir dir;
    auto vault = dir.create();
    ASSERT_TRUE(vault);
    EXPECT_EQ(backupKeep(*vault), 10);
    EXPECT_EQ(backupFolder(*vault), QString());
    ASSERT_TRUE(setBackupKeep(*vault, 3).ok());
    EXPECT_EQ(backupKeep(*vault), 3);
    auto refused = setBackupKeep(*vault, 0);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::InvalidInput);
    EXPECT_EQ(backupKeep(*vault), 3);
}
