// Schema version 10: the yearly summary reads its coded columns from
// indexes (issue "Speed at ten years' scale", docs/performance.md).
#include "Schema.h"

#include "db/Database.h"

namespace baken::schema {

Status migrateTo10(Database &db)
{
    // The summary reads, for every case, consultation and hours entry of a
    // year, a handful of coded columns. Found by an index on the date alone,
    // each row was then looked up in its table, and a year's rows are spread
    // over the whole file: 5,000 cases took 85 ms through their wide rows
    // and 5 ms from an index that holds the columns. So the indexes the
    // summary walks now end with the columns it reads. They keep their names
    // and leading columns, so every other query uses them as before; the
    // vault grows by about 5%.
    static const char *const sql = R"sql(
        DROP INDEX case_file_by_intake;
        CREATE INDEX case_file_by_intake ON case_file (intake_date, id, is_draft, status, case_type, unit_id,
                                                       channel_id, reporter_role_id, accused_role_id);
        DROP INDEX case_status_change_case;
        CREATE INDEX case_status_change_case ON case_status_change (case_id, changed_at, id, to_status);
        DROP INDEX referral_case;
        CREATE INDEX referral_case ON referral (case_id, referred_on, body_id);
        DROP INDEX consultation_day;
        CREATE INDEX consultation_day ON consultation (day, kind, id, channel_id, caller_role_id, assessment, outcome);
        DROP INDEX hours_entry_month;
        CREATE INDEX hours_entry_month ON hours_entry (worked_on, case_id, activity_id, minutes);
    )sql";
    return db.exec(sql);
}

} // namespace baken::schema
