// Schema version 2: case files (issue "Case files: intake to closure").
#include "Schema.h"

#include "codelists/CodeListDefaults.h"
#include "db/Database.h"

namespace baken::schema {

Status migrateTo2(Database &db)
{
    static const char *const sql = R"sql(
        -- One case file. Columns listed in personal_data_column hold personal
        -- data: they never leave the vault except in the data-subject extract,
        -- and retention erases them.
        CREATE TABLE case_file (
            id                    INTEGER PRIMARY KEY,
            number                TEXT UNIQUE,          -- "2026-0042"; NULL while a draft
            year                  INTEGER,
            sequence              INTEGER,
            is_draft              INTEGER NOT NULL DEFAULT 1,
            intake_date           TEXT NOT NULL,
            channel_id            INTEGER REFERENCES code_list_item (id),
            case_type             TEXT NOT NULL DEFAULT 'question'
                                  CHECK (case_type IN ('question', 'signal', 'report', 'complaint')),
            bystander             INTEGER NOT NULL DEFAULT 0,
            reporter_identity     TEXT NOT NULL DEFAULT 'anonymous'
                                  CHECK (reporter_identity IN ('anonymous', 'pseudonym', 'named')),
            reporter_pseudonym    TEXT NOT NULL DEFAULT '',
            reporter_name         TEXT NOT NULL DEFAULT '',
            reporter_contact      TEXT NOT NULL DEFAULT '',
            reporter_role_id      INTEGER REFERENCES code_list_item (id),
            unit_id               INTEGER REFERENCES code_list_item (id),
            client_id             INTEGER REFERENCES code_list_item (id),
            incident_date         TEXT,
            incident_until        TEXT,
            incident_frequency    TEXT NOT NULL DEFAULT 'unknown'
                                  CHECK (incident_frequency IN ('once', 'repeated', 'ongoing', 'unknown')),
            what_happened         TEXT NOT NULL DEFAULT '',
            impact                TEXT NOT NULL DEFAULT '',
            desired_outcome       TEXT NOT NULL DEFAULT '',
            accused_role_id       INTEGER REFERENCES code_list_item (id),
            accused_name          TEXT NOT NULL DEFAULT '',
            accused_key           TEXT NOT NULL DEFAULT '',
            consent_contact       INTEGER NOT NULL DEFAULT 0,
            consent_contact_date  TEXT,
            consent_share         INTEGER NOT NULL DEFAULT 0,
            consent_share_body_id INTEGER REFERENCES code_list_item (id),
            consent_share_date    TEXT,
            consent_bundle        INTEGER NOT NULL DEFAULT 0,
            consent_bundle_date   TEXT,
            status                TEXT NOT NULL DEFAULT 'new'
                                  CHECK (status IN ('new', 'in_progress', 'referred', 'closed', 'reopened')),
            outcome_id            INTEGER REFERENCES code_list_item (id),
            closed_date           TEXT,
            destruction_date      TEXT,
            created_at            TEXT NOT NULL,
            updated_at            TEXT NOT NULL,
            UNIQUE (year, sequence)
        );
        CREATE INDEX case_file_status ON case_file (status);
        CREATE INDEX case_file_intake ON case_file (intake_date);
        CREATE INDEX case_file_unit ON case_file (unit_id);
        CREATE INDEX case_file_accused ON case_file (accused_key);
        -- The case list (CaseSearch): every filter and sort key of a row, so
        -- that counting and sorting a page never read the wide case rows.
        CREATE INDEX case_file_list ON case_file (is_draft, status, intake_date, case_type, unit_id, year, sequence);

        CREATE TABLE personal_data_column (
            table_name  TEXT NOT NULL,
            column_name TEXT NOT NULL,
            PRIMARY KEY (table_name, column_name)
        );
        INSERT INTO personal_data_column VALUES
            ('case_file', 'reporter_name'), ('case_file', 'reporter_contact'),
            ('case_file', 'accused_name'), ('case_file', 'accused_key');

        -- Grounds, forms of behaviour and measures: several per case.
        CREATE TABLE case_code (
            case_id INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
            kind    TEXT NOT NULL CHECK (kind IN ('ground', 'form', 'measure')),
            item_id INTEGER NOT NULL REFERENCES code_list_item (id),
            PRIMARY KEY (case_id, kind, item_id)
        );
        CREATE INDEX case_code_item ON case_code (item_id);

        CREATE TABLE case_status_change (
            id          INTEGER PRIMARY KEY,
            case_id     INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
            changed_at  TEXT NOT NULL,
            from_status TEXT,
            to_status   TEXT NOT NULL
        );
        CREATE INDEX case_status_change_case ON case_status_change (case_id);

        CREATE TABLE contact_moment (
            id          INTEGER PRIMARY KEY,
            case_id     INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
            occurred_at TEXT NOT NULL,
            channel_id  INTEGER REFERENCES code_list_item (id),
            minutes     INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
            note        TEXT NOT NULL DEFAULT '',
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        );
        CREATE INDEX contact_moment_case ON contact_moment (case_id, occurred_at);
        -- Earlier versions of an edited contact moment.
        CREATE TABLE contact_moment_revision (
            id          INTEGER PRIMARY KEY,
            contact_id  INTEGER NOT NULL REFERENCES contact_moment (id) ON DELETE CASCADE,
            replaced_at TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            channel_id  INTEGER REFERENCES code_list_item (id),
            minutes     INTEGER NOT NULL,
            note        TEXT NOT NULL
        );

        CREATE TABLE referral (
            id          INTEGER PRIMARY KEY,
            case_id     INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
            body_id     INTEGER NOT NULL REFERENCES code_list_item (id),
            referred_on TEXT NOT NULL,
            shares_data INTEGER NOT NULL DEFAULT 0,
            consent     INTEGER NOT NULL DEFAULT 0,
            note        TEXT NOT NULL DEFAULT '',
            created_at  TEXT NOT NULL,
            CHECK (shares_data = 0 OR consent = 1)
        );

        CREATE TABLE follow_up (
            id         INTEGER PRIMARY KEY,
            case_id    INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
            title      TEXT NOT NULL,
            due_date   TEXT NOT NULL,
            kind       TEXT NOT NULL DEFAULT 'task'
                       CHECK (kind IN ('task', 'callback', 'acknowledge', 'feedback')),
            done_at    TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX follow_up_open ON follow_up (done_at, due_date);
        -- Also answers "the earliest open follow-up of this case" from the index.
        CREATE INDEX follow_up_case ON follow_up (case_id, done_at, due_date);

        CREATE TABLE hours_entry (
            id          INTEGER PRIMARY KEY,
            case_id     INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
            worked_on   TEXT NOT NULL,
            minutes     INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
            activity_id INTEGER REFERENCES code_list_item (id),
            created_at  TEXT NOT NULL
        );
        CREATE INDEX hours_entry_case ON hours_entry (case_id);
        CREATE INDEX hours_entry_month ON hours_entry (worked_on);

        -- Search as you type: docid = case_file.id. Numbers, pseudonyms, the
        -- case's own text and its contact notes; never names or contacts.
        -- The prefix index makes the first keystrokes ("h*", "ho*") cheap.
        CREATE VIRTUAL TABLE case_search USING fts4 (
            number, pseudonym, body, tokenize=unicode61 "remove_diacritics=1", prefix="1,2"
        );

        INSERT OR IGNORE INTO meta (key, value) VALUES ('retention_months', '12');
    )sql";
    if (auto s = db.exec(sql); !s)
        return s;
    return seedDefaultCodeLists(db, 2);
}

} // namespace baken::schema
