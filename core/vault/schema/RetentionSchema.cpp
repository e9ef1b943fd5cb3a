// Schema version 8: the marker of a case destroyed at the end of its
// retention period (issue "Trust", core/retention).
#include "Schema.h"

#include "db/Database.h"

namespace baken::schema {

Status migrateTo8(Database &db)
{
    // Set when retention erased the case's personal data and free text; its
    // coded fields stay for the statistics. A destroyed case is never
    // listed as due again and cannot be reopened or edited. No existing
    // column could say this without overloading its meaning (a status would
    // change the figures, an empty text is also an anonymous case).
    return db.exec("ALTER TABLE case_file ADD COLUMN destroyed_at TEXT");
}

} // namespace baken::schema
