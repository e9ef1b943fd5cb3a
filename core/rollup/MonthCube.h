#pragma once

#include "base/Result.h"
#include "summary/Summary.h"

#include <QJsonObject>
#include <QStringList>

namespace baken {
class Database;
}

namespace baken::rollup {

// What a roll-up package carries: the exact figures of a period cut into
// months, so that a coordinator can take any run of whole months out of it
// (a quarter out of a year) and combine it with other sources' months.
//
// Most tables of a period are the sums of their months' tables. The others
// (summary::wholePeriodTableIds: the status at the period end, referrals up
// to it, the groups and participants active in it, hours rounded per
// figure) are carried for every run of two or more months too, so that a
// cut holds exactly the figures a summary of that run made in the advisor's
// vault would have held.
struct MonthCube {
    summary::Period period;         // whole months, at most MaxMonths, the last one begun
    QList<summary::Summary> months; // the exact summary of each month, oldest first
    QList<summary::Summary> runs;   // the whole-period tables of every run of two or more months

    static constexpr int MaxMonths = 12;
    bool operator==(const MonthCube &) const = default;
};

// Builds the cube of `period` from one snapshot of the vault. Months that
// have not begun are left out, so a package made in June for the whole year
// covers January to June. Refuses a period longer than MaxMonths and one
// that has not begun.
Result<MonthCube> buildMonthCube(Database &db, const summary::Period &period);

// The exact summary of `part`, a run of whole months within cube.period.
Result<summary::Summary> cutMonthCube(const MonthCube &cube, const summary::Period &part);

// The whole-period tables that a sum over several runs would get wrong, not
// merely round differently (status at the end, referrals up to the end,
// distinct groups and participants). A source whose months reach the
// coordinator in more than one run has them left out of the combination.
QStringList unsummableTableIds();

// The cube as JSON inside a package (docs/formats.md, "Roll-up packages").
Result<QJsonObject> monthCubeToJson(const MonthCube &cube);
// Refuses anything monthCubeToJson would not write: another format, a month
// or run missing, repeated or outside the period, a figure that is not exact.
Result<MonthCube> monthCubeFromJson(const QJsonObject &object);

} // namespace baken::rollup
