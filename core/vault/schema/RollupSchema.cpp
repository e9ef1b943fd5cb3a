// Schema version 5: the coordinator's roll-up (issue "Coordinator roll-up").
#include "Schema.h"

#include "db/Database.h"

namespace baken::schema {

Status migrateTo5(Database &db)
{
    // A source is known by its signing key, not its label: a label is the
    // advisor's choice and may change; the key proves who sent a package.
    // Only the exact figures of a package are kept (as JSON), never the
    // sealed file: it would hold nothing more and could be mistaken for a
    // copy to hand on.
    static const char *const sql = R"sql(
        CREATE TABLE rollup_source (
            id         INTEGER PRIMARY KEY,
            label      TEXT NOT NULL,
            sign_key   BLOB NOT NULL UNIQUE,
            first_seen TEXT NOT NULL              -- UTC
        );
        CREATE TABLE rollup_package (
            id           INTEGER PRIMARY KEY,
            source_id    INTEGER NOT NULL REFERENCES rollup_source (id),
            package_id   TEXT NOT NULL UNIQUE,    -- hex BLAKE2b of the file
            period_from  TEXT NOT NULL,           -- 'yyyy-MM'
            period_to    TEXT NOT NULL,           -- 'yyyy-MM'
            created_at   TEXT NOT NULL,           -- UTC, by the advisor's vault
            imported_at  TEXT NOT NULL,           -- UTC
            summary_json TEXT NOT NULL,           -- the exact summary
            UNIQUE (source_id, period_from, period_to)
        );
    )sql";
    return db.exec(sql);
}

} // namespace baken::schema
