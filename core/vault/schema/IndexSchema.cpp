// Schema version 6: indexes found missing at ten years' scale (issue "Speed
// at ten years' scale", docs/performance.md).
#include "Schema.h"

#include "db/Database.h"

namespace baken::schema {

Status migrateTo6(Database &db)
{
    // The others answer "the rows of this case / contact / consultation",
    // which without them reads the whole table: the case file's referrals
    // tab, a contact moment's revision count on every timeline row, and the
    // cascades when retention destroys a case.
    //
    // case_file_by_intake: the case list in its default order (newest
    // intake first, then newest id) straight from an index that also holds
    // every filter column, so a page deep in the list is found by walking the
    // index instead of sorting every case again for each fetch (CaseSearch).
    // intake_date leads: with is_draft first, the summary's case queries
    // lose the automatic index they build on the referral subquery.
    static const char *const sql = R"sql(
        CREATE INDEX case_file_by_intake ON case_file (intake_date, id, is_draft, status, case_type, unit_id);
        CREATE INDEX referral_case ON referral (case_id);
        CREATE INDEX contact_moment_revision_contact ON contact_moment_revision (contact_id);
        CREATE INDEX group_participant_case ON group_participant (case_id);
        CREATE INDEX group_participant_consultation ON group_participant (consultation_id);
    )sql";
    return db.exec(sql);
}

} // namespace baken::schema
