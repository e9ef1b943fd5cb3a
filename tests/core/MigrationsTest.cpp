#include "vault/Migrations.h"
#include "summary/SummaryBuilder.h"
#include "support/TestVault.h"

#include <gtest/gtest.h>

#include <optional>

using namespace baken;
using test::TestVaultDir;

namespace {

// A database at schema `version`, as an older Baken left it.
std::optional<Database> databaseAt(TestVaultDir &dir, int version)
{
    auto opened = Database::open(dir.path(u"old.db"_qs), Database::OpenMode::CreateNew);
    if (!opened)
        return std::nullopt;
    Database db = std::move(opened).value();
    const std::vector<Migration> steps(builtinMigrations().begin(), builtinMigrations().begin() + version);
    if (!migrate(db, steps).ok())
        return std::nullopt;
    return db;
}

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

TEST(Migrations, AVersion2VaultGainsTheDoubtLineAndKeepsTheUsersOwnItems)
{
    TestVaultDir dir;
    auto old = databaseAt(dir, 2);
    ASSERT_TRUE(old);
    Database &db = *old;
    const qint64 itemsBefore = *db.queryInt("SELECT count(*) FROM code_list_item");
    // The user made their own "walk-in" channel before the doubt line existed.
    ASSERT_TRUE(db.exec("INSERT INTO code_list_item (list, code, label_nl, label_en, position)"
                        " VALUES ('channels', 'walk_in', 'Inloopspreekuur', 'Drop-in hours', 99)")
                    .ok());

    ASSERT_TRUE(migrate(db, builtinMigrations()).ok());
    EXPECT_EQ(*db.queryInt("SELECT max(version) FROM schema_migrations"), latestSchemaVersion());
    EXPECT_EQ(*db.queryText("SELECT label_nl FROM code_list_item WHERE list = 'channels' AND code = 'walk_in'"),
              u"Inloopspreekuur");
    // New items go to the end of their list, after what was there.
    EXPECT_GT(*db.queryInt("SELECT position FROM code_list_item WHERE list = 'channels' AND code = 'doubt_line'"),
              *db.queryInt("SELECT max(position) FROM code_list_item WHERE list = 'channels' AND code <> 'doubt_line'"
                           " AND code <> 'walk_in'"));
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM code_list_item WHERE list = 'referral_bodies'"
                           " AND code = 'confidential_advisor'"),
              1);
    EXPECT_GE(*db.queryInt("SELECT count(*) FROM code_list_item WHERE list = 'advice'"), 5);
    EXPECT_GT(*db.queryInt("SELECT count(*) FROM code_list_item"), itemsBefore + 1);
    EXPECT_GT(*db.queryInt("SELECT count(*) FROM referral_guide"), 0);
}

TEST(Migrations, AVersion5VaultGainsTheIndexesThatKeepACaseFileFastAndKeepsItsRows)
{
    TestVaultDir dir;
    auto old = databaseAt(dir, 5);
    ASSERT_TRUE(old);
    Database &db = *old;
    ASSERT_TRUE(db.exec("INSERT INTO case_file (id, intake_date, created_at, updated_at)"
                        " VALUES (7, '2020-01-06', '2020-01-06T10:00:00Z', '2020-01-06T10:00:00Z');"
                        "INSERT INTO referral (case_id, body_id, referred_on, created_at)"
                        " SELECT 7, id, '2020-01-08', '2020-01-08T10:00:00Z' FROM code_list_item"
                        " WHERE list = 'referral_bodies' LIMIT 1")
                    .ok());
    const char *plan = "EXPLAIN QUERY PLAN SELECT note FROM referral WHERE case_id = 7";
    {
        // Finished before the migration: a statement still running keeps
        // SQLite from dropping an index (schema 10 rebuilds some).
        auto before = db.prepare(plan);
        ASSERT_TRUE(before.ok() && *before->step());
        EXPECT_TRUE(before->text(3).contains(u"SCAN")) << before->text(3).toStdString();
    }

    ASSERT_TRUE(migrate(db, builtinMigrations()).ok());
    EXPECT_EQ(*db.queryInt("SELECT max(version) FROM schema_migrations"), latestSchemaVersion());
    // The case file's referrals tab reads its rows through the index, not the whole table.
    auto after = db.prepare(plan);
    ASSERT_TRUE(after.ok() && *after->step());
    EXPECT_TRUE(after->text(3).contains(u"INDEX referral_case")) << after->text(3).toStdString();
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM referral WHERE case_id = 7"), 1);
    for (const char *index : {"case_file_by_intake", "contact_moment_revision_contact", "group_participant_case",
                              "group_participant_consultation"}) {
        auto found = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?1");
        ASSERT_TRUE(found.ok());
        found->bind(1, QString::fromLatin1(index));
        ASSERT_TRUE(*found->step());
        EXPECT_EQ(found->int64(0), 1) << index;
    }
}

TEST(Migrations, AVersion8VaultCountsItsDueCasesFromAnIndexAlone)
{
    TestVaultDir dir;
    auto old = databaseAt(dir, 8);
    ASSERT_TRUE(old);
    Database &db = *old;
    ASSERT_TRUE(db.exec("INSERT INTO case_file (id, number, is_draft, intake_date, status, closed_date,"
                        " destruction_date, created_at, updated_at) VALUES (7, '2020-0001', 0, '2020-01-06', 'closed',"
                        " '2020-02-01', '2021-02-01', '2020-01-06T10:00:00Z', '2020-01-06T10:00:00Z')")
                    .ok());
    // What the dashboard asks on every unlock (RetentionService::dueCount).
    const char *count =
        "SELECT count(*) FROM case_file WHERE is_draft = 0 AND status = 'closed'"
        " AND destroyed_at IS NULL AND destruction_date IS NOT NULL AND destruction_date <= '2026-12-02'";
    const QByteArray plan = QByteArray("EXPLAIN QUERY PLAN ") + count;

    ASSERT_TRUE(migrate(db, builtinMigrations()).ok());
    EXPECT_EQ(*db.queryInt("SELECT max(version) FROM schema_migrations"), latestSchemaVersion());
    // Without reading a single case row, however many closed cases there are.
    auto after = db.prepare(plan.constData());
    ASSERT_TRUE(after.ok() && *after->step());
    EXPECT_TRUE(after->text(3).contains(u"COVERING INDEX case_file_due")) << after->text(3).toStdString();
    EXPECT_EQ(*db.queryInt(count), 1);
}

TEST(Migrations, AVersion9VaultKeepsItsRowsAndReadsTheSummarysColumnsFromIndexes)
{
    TestVaultDir dir;
    auto old = databaseAt(dir, 9);
    ASSERT_TRUE(old);
    Database &db = *old;
    ASSERT_TRUE(db.exec("INSERT INTO case_file (id, number, is_draft, intake_date, case_type, created_at, updated_at)"
                        " VALUES (7, '2025-0001', 0, '2025-03-04', 'signal', '2025-03-04T10:00:00Z',"
                        " '2025-03-04T10:00:00Z');"
                        "INSERT INTO hours_entry (case_id, worked_on, minutes, created_at)"
                        " VALUES (7, '2025-03-05', 90, '2025-03-05T10:00:00Z');"
                        "INSERT INTO consultation (occurred_at, day, assessment, created_at, updated_at)"
                        " VALUES ('2025-04-01T09:00:00Z', '2025-04-01', 'yes', '2025-04-01T09:10:00Z',"
                        " '2025-04-01T09:10:00Z')")
                    .ok());

    ASSERT_TRUE(migrate(db, builtinMigrations()).ok());
    EXPECT_EQ(*db.queryInt("SELECT max(version) FROM schema_migrations"), latestSchemaVersion());
    // The summary's reads of a year never touch the wide rows.
    for (const auto &[query, index] :
         {std::pair{"SELECT id, case_type, channel_id, reporter_role_id, accused_role_id, unit_id FROM case_file"
                    " WHERE +is_draft = 0 AND intake_date BETWEEN '2025-01-01' AND '2025-12-31'",
                    "COVERING INDEX case_file_by_intake"},
          std::pair{
              "SELECT activity_id, minutes FROM hours_entry WHERE worked_on BETWEEN '2025-01-01' AND '2025-12-31'",
              "COVERING INDEX hours_entry_month"},
          std::pair{"SELECT id, kind, channel_id, caller_role_id, assessment, outcome FROM consultation"
                    " WHERE day BETWEEN '2025-01-01' AND '2025-12-31'",
                    "COVERING INDEX consultation_day"}}) {
        const QByteArray explain = QByteArray("EXPLAIN QUERY PLAN ") + query;
        auto plan = db.prepare(explain.constData());
        ASSERT_TRUE(plan.ok() && *plan->step());
        EXPECT_TRUE(plan->text(3).contains(QLatin1String(index))) << plan->text(3).toStdString();
    }
    // And the rows are where they were.
    auto summary = summary::buildSummary(db, {2025, 1, 2025, 12});
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    const summary::Table *cases = summary->table(u"cases.type"_qs);
    const summary::Table *hours = summary->table(u"hours.activity"_qs);
    const summary::Table *consultations = summary->table(u"consultations.assessment"_qs);
    ASSERT_TRUE(cases && hours && consultations);
    EXPECT_EQ(cases->total->value, 1);
    EXPECT_EQ(hours->total->value, 2); // 90 minutes, rounded to whole hours
    EXPECT_EQ(consultations->total->value, 1);
}

TEST(Migrations, AVersion6VaultGainsConsultationSearchOverTheConsultationsItHolds)
{
    TestVaultDir dir;
    auto old = databaseAt(dir, 6);
    ASSERT_TRUE(old);
    Database &db = *old;
    ASSERT_TRUE(
        db.exec("INSERT INTO consultation (id, occurred_at, day, question, callback_wanted, callback_contact,"
                " created_at, updated_at) VALUES"
                " (3, '2021-03-01T09:00:00Z', '2021-03-01', 'Een grap over mijn hoofddoek', 1, 'jansen 0612345678',"
                "  '2021-03-01T09:10:00Z', '2021-03-01T09:10:00Z'),"
                " (4, '2021-03-02T09:00:00Z', '2021-03-02', 'Buitengesloten bij de lunch', 0, '',"
                "  '2021-03-02T09:10:00Z', '2021-03-02T09:10:00Z')")
            .ok());

    ASSERT_TRUE(migrate(db, builtinMigrations()).ok());
    EXPECT_EQ(*db.queryInt("SELECT max(version) FROM schema_migrations"), latestSchemaVersion());
    EXPECT_EQ(*db.queryInt("SELECT docid FROM consultation_search WHERE consultation_search MATCH 'hoofd*'"), 3);
    EXPECT_EQ(*db.queryInt("SELECT docid FROM consultation_search WHERE consultation_search MATCH 'buitengesloten'"),
              4);
    // The callback contact is personal data: never in the index.
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM consultation_search WHERE consultation_search MATCH 'jansen'"), 0);
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM consultation"), 2);
    // From now on the index follows the rows.
    ASSERT_TRUE(db.exec("UPDATE consultation SET question = 'Een grap over mijn tulband' WHERE id = 3").ok());
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM consultation_search WHERE consultation_search MATCH 'hoofd*'"), 0);
    EXPECT_EQ(*db.queryInt("SELECT docid FROM consultation_search WHERE consultation_search MATCH 'tulband'"), 3);
}
