#include "Migrations.h"

#include "codelists/CodeListDefaults.h"

#include <QCoreApplication>
#include <QDateTime>

namespace baken {

namespace {

Status migrateTo1(Database &db)
{
    static const char *const schema = R"sql(
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        -- Key material for the encrypted backups (the recovery key); it is
        -- protected by the vault's own encryption like everything else.
        CREATE TABLE vault_secret (
            name  TEXT PRIMARY KEY,
            value BLOB NOT NULL
        );
        -- Who did what when; never case content. Each row's hash covers the
        -- previous row's hash, so an edit or a removal shows (AuditLog).
        CREATE TABLE audit_log (
            id          INTEGER PRIMARY KEY,
            at          TEXT NOT NULL,
            actor       TEXT NOT NULL,
            event       TEXT NOT NULL,
            object_type TEXT NOT NULL DEFAULT '',
            object_id   TEXT NOT NULL DEFAULT '',
            prev_hash   BLOB NOT NULL,
            hash        BLOB NOT NULL
        );
        CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        -- Editable code lists; a used item is retired, never deleted, so old
        -- records and statistics keep their meaning.
        CREATE TABLE code_list_item (
            id         INTEGER PRIMARY KEY,
            list       TEXT NOT NULL,
            code       TEXT NOT NULL,
            label_nl   TEXT NOT NULL,
            label_en   TEXT NOT NULL,
            position   INTEGER NOT NULL,
            builtin    INTEGER NOT NULL DEFAULT 0,
            retired_at TEXT,
            UNIQUE (list, code)
        );
    )sql";
    if (auto s = db.exec(schema); !s)
        return s;
    return seedDefaultCodeLists(db);
}

} // namespace

const std::vector<Migration> &builtinMigrations()
{
    static const std::vector<Migration> migrations = {
        {1, migrateTo1},
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
