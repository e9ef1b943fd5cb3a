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

// The tables of buildSummary whose figures for a period are not the sum of
// its months' figures: the status at the period end and the referrals up to
// it, the groups and participants active in it (each counted once), and the
// hours (each figure rounded from its own minutes). Same ids and figures as
// in buildSummary(db, period); a roll-up package carries them for every run
// of months it can be cut into (rollup/MonthCube.h).
Result<Summary> buildWholePeriodTables(Database &db, const Period &period);
// Their ids.
QStringList wholePeriodTableIds();

} // namespace baken::summary
