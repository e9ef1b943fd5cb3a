#pragma once

#include "Summary.h"
#include "base/Result.h"

namespace baken::summary {

constexpr int DefaultK = 5;
constexpr int MinimumK = 3;
constexpr int MaximumK = 50;

// Makes an exact summary safe to leave the vault:
// - units with fewer than k cases in the period merge into "other units";
// - every figure from 1 to k-1 is suppressed;
// - more figures are suppressed until every suppressed figure can still be
//   any of at least k-1 whole numbers, given every published figure and
//   total of every table in the summary, and that a hidden figure is at
//   least 1 (nothing more: small and secondary figures look the same);
// - suppressed figures lose their value and are marked Suppression::Hidden;
// - rules.otherUnitsSuppressed only when "other units" is below k.
// Refuses k below MinimumK or above MaximumK, and a summary already published.
Result<Summary> publish(const Summary &exact, int k);

} // namespace baken::summary
