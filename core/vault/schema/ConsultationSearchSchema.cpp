// Schema version 7: search as you type over doubt-line consultations (issue
// "Speed at ten years' scale", docs/performance.md).
#include "Schema.h"

#include "db/Database.h"

namespace baken::schema {

Status migrateTo7(Database &db)
{
    // consultation_search: docid = consultation.id, over the caller's own
    // question, the consultation's only free text. The callback contact is
    // personal data and is never indexed. External content: the index keeps
    // no second copy of the text, and reads the consultation row when it
    // removes one, so the triggers drop a row's terms before the row changes
    // or goes, and add them after. They keep every writer in step (the
    // store, import, the large demo's bulk writer) and fire only when the
    // question itself changes, not when a callback is done or a case linked.
    //
    // consultation_by_time: the list's order (newest first), so a search
    // that finds most consultations walks the index and stops after a page.
    static const char *const sql = R"sql(
        CREATE VIRTUAL TABLE consultation_search USING fts4 (
            content="consultation", question,
            tokenize=unicode61 "remove_diacritics=1", prefix="1,2"
        );
        INSERT INTO consultation_search (consultation_search) VALUES ('rebuild');

        CREATE TRIGGER consultation_search_before_update BEFORE UPDATE OF question ON consultation BEGIN
            DELETE FROM consultation_search WHERE docid = old.id;
        END;
        CREATE TRIGGER consultation_search_before_delete BEFORE DELETE ON consultation BEGIN
            DELETE FROM consultation_search WHERE docid = old.id;
        END;
        CREATE TRIGGER consultation_search_after_update AFTER UPDATE OF question ON consultation BEGIN
            INSERT INTO consultation_search (docid, question) VALUES (new.id, new.question);
        END;
        CREATE TRIGGER consultation_search_after_insert AFTER INSERT ON consultation BEGIN
            INSERT INTO consultation_search (docid, question) VALUES (new.id, new.question);
        END;

        CREATE INDEX consultation_by_time ON consultation (occurred_at, id);
    )sql";
    return db.exec(sql);
}

} // namespace baken::schema
