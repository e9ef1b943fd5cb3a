#include "audit/AuditLog.h"
#include "support/TestVault.h"

#include <gtest/gtest.h>

using namespace baken;
using test::TestVaultDir;

class AuditLogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        vault = dir.create();
        ASSERT_TRUE(vault);
        for (int i = 0; i < 5; ++i)
            ASSERT_TRUE(
                vault->audit().append(QStringLiteral("test.event"), QStringLiteral("thing"), QString::number(i)).ok());
    }
    AuditVerification verify() { return *vault->audit().verify(); }

    TestVaultDir dir;
    std::unique_ptr<Vault> vault;
};

TEST_F(AuditLogTest, ChainOfAppendedEntriesVerifies)
{
    const auto result = verify();
    EXPECT_TRUE(result.intact);
    EXPECT_EQ(result.entries, 7); // created, opened, five events
}

TEST_F(AuditLogTest, RowsCannotBeChangedOrRemovedThroughSql)
{
    EXPECT_FALSE(vault->db().exec("UPDATE audit_log SET event = 'x' WHERE id = 3").ok());
    EXPECT_FALSE(vault->db().exec("DELETE FROM audit_log WHERE id = 3").ok());
    EXPECT_TRUE(verify().intact);
}

TEST_F(AuditLogTest, AnEditedRowBreaksTheChainThere)
{
    // Someone with the key can drop the guard; the chain still shows it.
    ASSERT_TRUE(vault->db().exec("DROP TRIGGER audit_log_append_only_update").ok());
    ASSERT_TRUE(vault->db().exec("UPDATE audit_log SET object_id = '99' WHERE id = 4").ok());
    const auto result = verify();
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.firstBrokenId, 4);
}

TEST_F(AuditLogTest, ARemovedRowBreaksTheChain)
{
    ASSERT_TRUE(vault->db().exec("DROP TRIGGER audit_log_append_only_delete").ok());
    ASSERT_TRUE(vault->db().exec("DELETE FROM audit_log WHERE id = 5").ok());
    const auto result = verify();
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.firstBrokenId, 6);
}

TEST_F(AuditLogTest, TheLastRowCannotBeSilentlyRewrittenEither)
{
    ASSERT_TRUE(vault->db().exec("DROP TRIGGER audit_log_append_only_update").ok());
    ASSERT_TRUE(vault->db().exec("UPDATE audit_log SET actor = 'someone else' WHERE id = 7").ok());
    EXPECT_EQ(verify().firstBrokenId, 7);
}

TEST_F(AuditLogTest, LatestListsNewestFirstWithActorAndTime)
{
    auto entries = vault->audit().latest(3);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 3);
    EXPECT_EQ(entries->first().objectId, u"4");
    EXPECT_FALSE(entries->first().actor.isEmpty());
    EXPECT_TRUE(entries->first().at.isValid());
}

TEST_F(AuditLogTest, FindPagesBackwardsFromAnEntryWithoutGapsOrRepeats)
{
    QList<qint64> ids;
    AuditQuery query;
    query.limit = 3;
    for (;;) {
        auto page = vault->audit().find(query);
        ASSERT_TRUE(page.ok());
        for (const AuditEntry &entry : *page)
            ids << entry.id;
        if (page->size() < query.limit)
            break;
        query.beforeId = page->constLast().id;
    }
    EXPECT_EQ(ids, (QList<qint64>{7, 6, 5, 4, 3, 2, 1}));
}

TEST_F(AuditLogTest, FindMatchesTextInAnyFieldOrTheGivenEvents)
{
    AuditQuery query;
    query.text = QStringLiteral("THING"); // the object type, any case
    EXPECT_EQ(vault->audit().find(query)->size(), 5);
    query.text = QStringLiteral("vault.opened");
    ASSERT_EQ(vault->audit().find(query)->size(), 1);
    EXPECT_EQ(vault->audit().find(query)->first().id, 2);
    // Either the text or one of the events; nothing matches "zzz".
    query.text = QStringLiteral("zzz");
    query.events = {QStringLiteral("vault.created"), QStringLiteral("vault.opened")};
    EXPECT_EQ(vault->audit().find(query)->size(), 2);
    query.events.clear();
    EXPECT_TRUE(vault->audit().find(query)->isEmpty());
}
