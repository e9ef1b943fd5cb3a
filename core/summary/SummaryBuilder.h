#pragma once

#include "Summary.h"
#include "base/Result.h"

#include <QDateTime>

namespace baken {
class Database;
}

namespace baken::summary {

// The exact counts of a period, straight from the vault. Never leaves the
// vault as it is: publish() it first (DisclosureControl.h).
Result<Summary> buildSummary(Database &db, const Period &period);
// The same, with the sessions before `now` counted as held: summaries that
// must agree with each other (rollup/MonthCube.h) share one moment.
Result<Summary> buildSummary(Database &db, const Period &period, const QDateTime &now);

// The tables of buildSummary whose figures for a period are not the sum of
// its months' figures: the status at the period end and the referrals up to
// it, the groups and participants active in it (each counted once), and the
// hours (each figure rounded from its own minutes). Same ids and figures as
// in buildSummary(db, period); a roll-up package carries them for every run
// of months it can be cut into (rollup/MonthCube.h).
Result<Summary> buildWholePeriodTables(Database &db, const Period &period, const QDateTime &now);
// Their ids.
QStringList wholePeriodTableIds();

} // namespace baken::summary
