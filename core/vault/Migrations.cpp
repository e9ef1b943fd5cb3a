#include "Migrations.h"

#include "schema/Schema.h"

#include <QCoreApplication>
#include <QDateTime>

namespace baken {


const std::vector<Migration> &builtinMigrations()
{
    static const std::vector<Migration> migrations = {
        {1, schema::migrateTo1},
        {2, schema::migrateTo2},
        {3, schema::migrateTo3},
        {4, schema::migrateTo4},
        {5, schema::migrateTo5},
        {6, schema::migrateTo6},
        {7, schema::migrateTo7},
        {8, schema::migrateTo8},
        {9, schema::migrateTo9},
        {10, schema::migrateTo10},
    };
    return migrations;
}

int latestSchemaVersion()
{
    return builtinMigrations().back().version;
}

Result<int> schemaVersion(Database &db)
{
    auto exists = db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'");
    if (!exists)
        return exists.error();
    if (*exists == 0)
        return 0;
    auto version = db.queryInt("SELECT coalesce(max(version), 0) FROM schema_migrations");
    if (!version)
        return version.error();
    return static_cast<int>(*version);
}

Status migrate(Database &db, const std::vector<Migration> &migrations)
{
    auto current = schemaVersion(db);
    if (!current)
        return current.error();
    for (const Migration &step : migrations) {
        if (step.version <= *current)
            continue;
        Transaction tx(db);
        if (auto s = tx.begin(); !s)
            return s;
        Status applied = db.exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                 " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        if (applied)
            applied = step.apply(db);
        if (applied) {
            auto record = db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)");
            if (!record)
                return record.error();
            record->bind(1, step.version).bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            applied = record->run();
        }
        if (applied)
            applied = tx.commit();
        if (!applied) {
            return Error{ErrorCode::MigrationFailed,
                         QCoreApplication::translate(
                             "baken::Vault", "The vault could not be updated to this version of Baken (step %1). "
                                             "It was left exactly as it was.")
                             .arg(step.version)};
        }
    }
    return {};
}

} // namespace baken
