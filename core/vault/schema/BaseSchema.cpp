// Schema version 1: what every vault has (meta, secrets, audit log, code lists).
#include "Schema.h"

#include "codelists/CodeListDefaults.h"
#include "db/Database.h"

namespace baken::schema {

Status migrateTo1(Database &db)
{
    static const char *const sql = R"sql(
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
    if (auto s = db.exec(sql); !s)
        return s;
    return seedDefaultCodeLists(db, 1);
}

} // namespace baken::schema
