// Schema version 4: peer-support groups (issue "Peer-support groups").
#include "Schema.h"

#include "codelists/CodeListDefaults.h"
#include "db/Database.h"

namespace baken::schema {

Status migrateTo4(Database &db)
{
    // Session times are local wall-clock times ("2026-03-10T19:00"): a group
    // meets at 19:00 whatever the daylight saving. A session is named by the
    // start the series gave it, so moving it keeps its attendance and notes.
    static const char *const sql = R"sql(
        CREATE TABLE peer_group (
            id               INTEGER PRIMARY KEY,
            theme            TEXT NOT NULL,
            description      TEXT NOT NULL DEFAULT '',
            capacity         INTEGER NOT NULL CHECK (capacity > 0),
            place            TEXT NOT NULL DEFAULT '',
            online_link      TEXT NOT NULL DEFAULT '',
            first_start      TEXT NOT NULL,
            duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
            recurrence       TEXT NOT NULL CHECK (recurrence IN ('weekly', 'fortnightly', 'monthly')),
            session_count    INTEGER NOT NULL DEFAULT 0,
            until_date       TEXT,
            missed_in_a_row  INTEGER NOT NULL DEFAULT 2,
            check_in_days    INTEGER NOT NULL DEFAULT 14,
            created_at       TEXT NOT NULL,
            updated_at       TEXT NOT NULL
        );
        CREATE TABLE group_facilitator (
            group_id INTEGER NOT NULL REFERENCES peer_group (id) ON DELETE CASCADE,
            item_id  INTEGER NOT NULL REFERENCES code_list_item (id),
            PRIMARY KEY (group_id, item_id)
        );
        CREATE INDEX group_facilitator_item ON group_facilitator (item_id);
        -- A session moved (new_start and/or new_place) or cancelled.
        CREATE TABLE group_session_change (
            group_id       INTEGER NOT NULL REFERENCES peer_group (id) ON DELETE CASCADE,
            original_start TEXT NOT NULL,
            cancelled      INTEGER NOT NULL DEFAULT 0,
            new_start      TEXT,
            new_place      TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (group_id, original_start)
        );
        CREATE TABLE group_session_note (
            group_id      INTEGER NOT NULL REFERENCES peer_group (id) ON DELETE CASCADE,
            session_start TEXT NOT NULL,
            note          TEXT NOT NULL,
            PRIMARY KEY (group_id, session_start)
        );
        -- By pseudonym; `contact` is personal data.
        CREATE TABLE group_participant (
            id              INTEGER PRIMARY KEY,
            group_id        INTEGER NOT NULL REFERENCES peer_group (id) ON DELETE CASCADE,
            pseudonym       TEXT NOT NULL,
            contact         TEXT NOT NULL DEFAULT '',
            source          TEXT NOT NULL DEFAULT 'self' CHECK (source IN ('self', 'case', 'consultation')),
            case_id         INTEGER REFERENCES case_file (id) ON DELETE SET NULL,
            consultation_id INTEGER REFERENCES consultation (id) ON DELETE SET NULL,
            state           TEXT NOT NULL CHECK (state IN ('waiting', 'offered', 'member', 'left')),
            signed_up_at    TEXT NOT NULL,
            joined_on       TEXT,
            left_on         TEXT,
            left_reason     TEXT NOT NULL DEFAULT '',
            evaluated       INTEGER NOT NULL DEFAULT 0,
            created_at      TEXT NOT NULL
        );
        CREATE INDEX group_participant_group ON group_participant (group_id, signed_up_at);
        INSERT INTO personal_data_column VALUES ('group_participant', 'contact');

        CREATE TABLE group_attendance (
            participant_id INTEGER NOT NULL REFERENCES group_participant (id) ON DELETE CASCADE,
            group_id       INTEGER NOT NULL REFERENCES peer_group (id) ON DELETE CASCADE,
            session_start  TEXT NOT NULL,
            value          TEXT NOT NULL CHECK (value IN ('present', 'excused', 'absent')),
            PRIMARY KEY (participant_id, session_start)
        );
        CREATE INDEX group_attendance_session ON group_attendance (group_id, session_start);

        CREATE TABLE group_task (
            id             INTEGER PRIMARY KEY,
            group_id       INTEGER NOT NULL REFERENCES peer_group (id) ON DELETE CASCADE,
            participant_id INTEGER REFERENCES group_participant (id) ON DELETE CASCADE,
            kind           TEXT NOT NULL CHECK (kind IN ('offer_seat', 'missed_sessions', 'check_in')),
            due_date       TEXT NOT NULL,
            done_at        TEXT,
            created_at     TEXT NOT NULL
        );
        CREATE INDEX group_task_open ON group_task (done_at, due_date);
        CREATE INDEX group_task_group ON group_task (group_id, participant_id, kind);

        -- The anonymous evaluation: counts per score, no link to a person and
        -- no row order that could give one away.
        CREATE TABLE group_evaluation (
            group_id INTEGER NOT NULL REFERENCES peer_group (id) ON DELETE CASCADE,
            score    INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            count    INTEGER NOT NULL CHECK (count > 0),
            PRIMARY KEY (group_id, score)
        );
    )sql";
    if (auto s = db.exec(sql); !s)
        return s;
    return seedDefaultCodeLists(db, 4);
}

} // namespace baken::schema
