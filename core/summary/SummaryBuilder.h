#pragma once

#include "Summary.h"
#include "base/Result.h"

namespace baken {
class Database;
}

namespace baken::summary {

// The exact counts of a period, straight from the vault. Never leaves the
// vault as it is: publish() it first (DisclosureControl.h).
Result<Summary> buildSummary(Database &db, const Period &period);

} // namespace baken::summary
