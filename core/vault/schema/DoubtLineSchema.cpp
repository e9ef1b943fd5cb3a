// Schema version 3: the doubt line (issue "The doubt line").
#include "Schema.h"

#include "codelists/CodeListDefaults.h"
#include "db/Database.h"
#include "doubtline/ReferralGuideDefaults.h"

namespace baken::schema {

Status migrateTo3(Database &db)
{
    static const char *const sql = R"sql(
        -- One contact with the doubt line. No name column: the caller stays
        -- anonymous. callback_contact is the only personal data and is
        -- erased when the callback is done.
        CREATE TABLE consultation (
            id                INTEGER PRIMARY KEY,
            kind              TEXT NOT NULL DEFAULT 'consultation'
                              CHECK (kind IN ('consultation', 'silent', 'hang_up', 'abusive', 'test')),
            occurred_at       TEXT NOT NULL,        -- UTC
            day               TEXT NOT NULL,        -- local date of occurred_at, for the shift view and figures
            minutes           INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
            staff_id          INTEGER REFERENCES code_list_item (id),
            channel_id        INTEGER REFERENCES code_list_item (id),
            caller_role_id    INTEGER REFERENCES code_list_item (id),
            unit_id           INTEGER REFERENCES code_list_item (id),
            question          TEXT NOT NULL DEFAULT '',
            assessment        TEXT NOT NULL DEFAULT 'unclear'
                              CHECK (assessment IN ('unclear', 'yes', 'possibly', 'no')),
            outcome           TEXT NOT NULL DEFAULT 'listened'
                              CHECK (outcome IN ('listened', 'advised', 'referred')),
            advice_id         INTEGER REFERENCES code_list_item (id),
            referral_body_id  INTEGER REFERENCES code_list_item (id),
            callback_wanted   INTEGER NOT NULL DEFAULT 0,
            callback_due      TEXT,
            callback_contact  TEXT NOT NULL DEFAULT '',
            callback_done_at  TEXT,
            case_id           INTEGER REFERENCES case_file (id) ON DELETE SET NULL,
            created_at        TEXT NOT NULL,
            updated_at        TEXT NOT NULL,
            -- A done callback keeps no contact detail.
            CHECK (callback_done_at IS NULL OR callback_contact = '')
        );
        CREATE INDEX consultation_day ON consultation (day, kind);
        CREATE INDEX consultation_callback ON consultation (callback_wanted, callback_done_at, callback_due);
        CREATE INDEX consultation_case ON consultation (case_id);
        CREATE INDEX consultation_unit ON consultation (unit_id, day);
        INSERT INTO personal_data_column VALUES ('consultation', 'callback_contact');

        -- Topics: grounds and forms of behaviour, several per consultation.
        CREATE TABLE consultation_code (
            consultation_id INTEGER NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
            kind            TEXT NOT NULL CHECK (kind IN ('ground', 'form')),
            item_id         INTEGER NOT NULL REFERENCES code_list_item (id),
            PRIMARY KEY (consultation_id, kind, item_id)
        );
        CREATE INDEX consultation_code_item ON consultation_code (item_id);

        -- Earlier versions of a consultation edited after its day ended, as
        -- the JSON of the record without the callback contact.
        CREATE TABLE consultation_revision (
            id              INTEGER PRIMARY KEY,
            consultation_id INTEGER NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
            replaced_at     TEXT NOT NULL,
            snapshot        TEXT NOT NULL
        );
        CREATE INDEX consultation_revision_of ON consultation_revision (consultation_id);

        -- The referral guide (wegwijzer), one entry per referral body.
        CREATE TABLE referral_guide (
            body_id           INTEGER PRIMARY KEY REFERENCES code_list_item (id),
            what_nl           TEXT NOT NULL DEFAULT '',
            what_en           TEXT NOT NULL DEFAULT '',
            when_nl           TEXT NOT NULL DEFAULT '',
            when_en           TEXT NOT NULL DEFAULT '',
            next_nl           TEXT NOT NULL DEFAULT '',
            next_en           TEXT NOT NULL DEFAULT '',
            anonymous         TEXT NOT NULL DEFAULT 'unknown'
                              CHECK (anonymous IN ('unknown', 'yes', 'no', 'partly')),
            anonymous_note_nl TEXT NOT NULL DEFAULT '',
            anonymous_note_en TEXT NOT NULL DEFAULT '',
            contact           TEXT NOT NULL DEFAULT '',
            updated_at        TEXT NOT NULL
        );
    )sql";
    if (auto s = db.exec(sql); !s)
        return s;
    if (auto s = seedDefaultCodeLists(db, 3); !s)
        return s;
    return seedReferralGuide(db);
}

} // namespace baken::schema
