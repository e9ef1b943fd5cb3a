#pragma once

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
// Refuses (InvalidInput, naming the source) a published package, one whose
// period is not within `period`, two packages of one source whose months
// overlap, and tables of the same id that do not agree in shape; and an
// empty list. Summary::coverage lists each source's months.
Result<summary::Summary> combineSummaries(const QList<SourcedSummary> &packages, const summary::Period &period);

} // namespace baken::rollup
