#pragma once

#include "MonthCube.h"
#include "base/Result.h"
#include "summary/Summary.h"

#include <QDateTime>
#include <QList>

namespace baken::rollup {

// One package's exact figures, with the source it came from.
struct SourcedSummary {
    qint64 sourceId = 0;    // tells sources apart; two may choose the same label
    QString sourceLabel;    // the source's current label, for the coverage table
    QDateTime createdAt;    // labels and order come from the newest package
    summary::Summary exact; // published == false
};

// The exact sum of `packages` over `period`, pure and without the vault.
//
// Tables are matched by id and categories by code: the union of every
// package's categories, newest package first, "not_recorded", "other_units"
// and "none" last, and every month of `period` on a month axis. A category a
// package lacks counts 0 there. Unit codes are matched as they are: a code is
// made from the unit's English name, so the same unit reported by two
// advisors of one employer is one unit (docs/cli.md, "Roll-up").
//
// A table that one of the packages lacks is left out: its sum would count
// only some of the records.
//
// Refuses (InvalidInput, naming the source) a published package, one whose
// period is not within `period`, two packages of one source whose months
// overlap, and tables of the same id that do not agree in shape; and an
// empty list. Summary::coverage lists each source's months.
Result<summary::Summary> combineSummaries(const QList<SourcedSummary> &packages, const summary::Period &period);

// One imported package: a source's exact figures, month by month.
struct Delivery {
    qint64 sourceId = 0;
    QString sourceLabel;
    QDateTime createdAt;
    MonthCube cube;
};

// The exact sum of every source's months within `period`, pure and without
// the vault. Each month of a source comes from the newest delivery that
// holds it; each run of consecutive months from one delivery is cut out of
// it whole (cutMonthCube), so that a quarter out of a yearly package holds
// the quarter's figures. A source whose months come in more than one run
// (four quarterly packages, or a gap) cannot give unsummableTableIds()
// exactly, so those tables are left out of the combination.
Result<summary::Summary> combineDeliveries(const QList<Delivery> &deliveries, const summary::Period &period);

} // namespace baken::rollup
