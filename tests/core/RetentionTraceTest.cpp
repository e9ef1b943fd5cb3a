// "No trace": after a case is destroyed, none of its words can be found in
// the decrypted pages of the vault file or the frames of its -wal, by
// someone who has the key and reads the files without SQLite.
#include "RetentionTestSupport.h"

#include "support/VaultPages.h"

using namespace baken;
using RetentionTrace = test::RetentionFixture;

namespace {

// The last nine letters: the search index stores a word's start shared with
// the word before it only once, so the whole word may not be there in one
// piece, but its end always is.
QByteArray needle(const QString &canary)
{
    return canary.right(9).toUtf8();
}

} // namespace

TEST_F(RetentionTrace, NoWordOfADestroyedCaseIsLeftInTheVaultOrItsWal)
{
    const qint64 caseId = fullCase();
    // A case that stays, to show the search still finds what is there.
    CaseIntake other = intake(today().addDays(-10));
    other.whatHappened = test::canaryFor("kept.what_happened");
    registerCase(other);
    const QByteArray keySpec = QByteArray(reinterpret_cast<const char *>(vault->exportKeySpec()->data()),
                                          qsizetype(vault->exportKeySpec()->size()));

    const auto before = test::decryptVault(vault->path(), keySpec);
    ASSERT_TRUE(before.headerValid) << "the pages were not decrypted";
    ASSERT_GT(before.walFrames.size(), 0) << "the test expects recent writes in the -wal";
    for (auto it = canaries.cbegin(); it != canaries.cend(); ++it)
        EXPECT_GT(test::countOccurrences(before, needle(it.value())), 0) << "before: " << it.key().toStdString();

    ASSERT_TRUE(retention->destroy(caseId).ok());

    const auto after = test::decryptVault(vault->path(), keySpec);
    ASSERT_TRUE(after.headerValid);
    for (auto it = canaries.cbegin(); it != canaries.cend(); ++it)
        EXPECT_EQ(test::countOccurrences(after, needle(it.value())), 0) << "after: " << it.key().toStdString();
    EXPECT_GT(test::countOccurrences(after, needle(test::canaryFor("kept.what_happened"))), 0);

    // And still none once the vault is closed and opened again.
    const QString path = vault->path();
    vault.reset();
    const auto closed = test::decryptVault(path, keySpec);
    for (auto it = canaries.cbegin(); it != canaries.cend(); ++it)
        EXPECT_EQ(test::countOccurrences(closed, needle(it.value())), 0) << "closed: " << it.key().toStdString();
}

TEST(VaultPages, ReadingTheEncryptedBytesFindsNothingEvenBeforeDestruction)
{
    // The reason the check decrypts: the same words are invisible in the raw
    // files, so a search of those would pass whatever retention did.
    test::TestVaultDir dir;
    auto vault = dir.create();
    ASSERT_TRUE(vault);
    ASSERT_TRUE(vault->db().exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('qxrawcanarywordzz')").ok());
    QByteArray raw;
    for (const char *suffix : {"", "-wal"}) {
        QFile file(vault->path() + QLatin1String(suffix));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        raw += file.readAll();
    }
    EXPECT_FALSE(raw.contains("qxrawcanarywordzz"));
    const QByteArray keySpec = QByteArray(reinterpret_cast<const char *>(vault->exportKeySpec()->data()),
                                          qsizetype(vault->exportKeySpec()->size()));
    EXPECT_GT(test::countOccurrences(test::decryptVault(vault->path(), keySpec), "qxrawcanarywordzz"), 0);
}
