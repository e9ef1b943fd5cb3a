#pragma once

#include "base/Result.h"

#include <QString>

namespace baken {

class Database;

// The SQL half of destroying a case, inside the caller's transaction: blanks
// every column listed in personal_data_column and every free text of the case
// and of what hangs off it, removes its search row, and marks it destroyed.
// Coded fields (type, dates, unit, grounds, forms, measures, outcome, channel,
// minutes, referral bodies) stay, so the statistics of past periods keep
// their figures. RetentionService checks first and audits.
Status eraseCase(Database &db, qint64 caseId, const QString &destroyedAt);

} // namespace baken
