#pragma once

#include "Summary.h"

namespace baken::summary {

inline constexpr char16_t OtherUnitsCode[] = u"other_units";

// On every axis with mergeSmall, the categories with fewer than k records of
// the table's population in the period (zero included) become one category
// "other_units", placed last, in every table of that population that has the
// axis. Returns the labels of the merged categories, for Rules::mergedUnits.
//
// Units with no records merge too: the summary lists the merged units by
// name, and a unit left out of that list with a published 0 beside units
// listed as merged would tell the reader that each listed unit had at least
// one case. "Not recorded" is not a unit and is never merged.
QList<Text> mergeSmallUnits(Summary &summary, int k);

} // namespace baken::summary
