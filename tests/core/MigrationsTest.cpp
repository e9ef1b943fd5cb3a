#include "vault/Migrations.h"
#include "support/TestVault.h"

#include <gtest/gtest.h>

using namespace baken;
using test::TestVaultDir;

namespace {

// Everything a migration could touch: the schema, the row counts, the version.
QStringList logicalSnapshot(Database &db)
{
    QStringList out;
    auto schema = db.prepare("SELECT type || ':' || name || ':' || coalesce(sql, '') FROM sqlite_master ORDER BY name");
    EXPECT_TRUE(schema.ok());
    while (*schema->step())
        out << schema->text(0);
    for (const char *sql : {"SELECT count(*) FROM code_list_item", "SELECT count(*) FROM audit_log",
                            "SELECT count(*) FROM meta", "SELECT max(version) FROM schema_migrations"})
        out << QString::number(*db.queryInt(sql));
    return out;
}

} // namespace

TEST(Migrations, NewVaultIsAtTheLatestVersion)
{
    TestVaultDir dir;
    auto vault = dir.create();
    ASSERT_TRUE(vault);
    EXPECT_EQ(*vault->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(*vault->db().queryInt("SELECT count(*) FROM schema_migrations"), builtinMigrations().size());
}

TEST(Migrations, AFailingMigrationLeavesTheVaultExactlyAsItWas)
{
    TestVaultDir dir;
    auto vault = dir.create();
    ASSERT_TRUE(vault);
    Database &db = vault->db();
    const QStringList before = logicalSnapshot(db);

    std::vector<Migration> steps = builtinMigrations();
    steps.push_back({latestSchemaVersion() + 1, [](Database &d) -> Status {
                         // Half the work succeeds, then the step fails.
                         if (auto s = d.exec("CREATE TABLE half_done (x INTEGER)"); !s)
                             return s;
                         if (auto s = d.exec("UPDATE code_list_item SET label_en = 'changed'"); !s)
                             return s;
                         if (auto s = d.exec("DELETE FROM meta"); !s)
                             return s;
                         return d.exec("INSERT INTO no_such_table VALUES (1)");
                     }});
    auto result = migrate(db, steps);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.code(), ErrorCode::MigrationFailed);
    EXPECT_FALSE(result.error().message.isEmpty());

    EXPECT_EQ(logicalSnapshot(db), before);
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM code_list_item WHERE label_en = 'changed'"), 0);
    EXPECT_EQ(*vault->schemaVersion(), latestSchemaVersion());
}

TEST(Migrations, StepsRunInOrderOnceEachAndAreRecorded)
{
    TestVaultDir dir;
    auto vault = dir.create();
    ASSERT_TRUE(vault);
    QList<int> ran;
    std::vector<Migration> steps = builtinMigrations();
    const int next = latestSchemaVersion() + 1;
    steps.push_back({next, [&](Database &d) {
                         ran << next;
                         return d.exec("CREATE TABLE extra (x)");
                     }});
    steps.push_back({next + 1, [&](Database &d) {
                         ran << next + 1;
                         return d.exec("INSERT INTO extra VALUES (1)");
                     }});

    ASSERT_TRUE(migrate(vault->db(), steps).ok());
    ASSERT_TRUE(migrate(vault->db(), steps).ok());
    EXPECT_EQ(ran, (QList<int>{next, next + 1}));
    EXPECT_EQ(*vault->schemaVersion(), next + 1);
    EXPECT_EQ(*vault->db().queryInt("SELECT count(*) FROM extra"), 1);
}
