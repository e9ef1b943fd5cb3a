#pragma once

#include "IntervalAudit.h"
#include "base/Result.h"

#include <vector>

namespace baken::summary {

// Suppresses more figures (FigureState::secondary) until every suppressed
// figure can be any of at least k-1 whole numbers, given every published
// figure and every relation. Fails only if no published figure is left to
// suppress, which the structure of a summary does not allow.
Status protectSuppressed(const FigureRelations &relations, std::vector<FigureState> &states, int k);

} // namespace baken::summary
