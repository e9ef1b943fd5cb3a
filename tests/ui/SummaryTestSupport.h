#pragma once

#include "summary/Summary.h"

namespace baken::test {

// A realistic summary of 2026, built by hand so that the Reports screen and
// the PDF can be tested on known figures: monthly cases with hidden months,
// grounds with a small "pregnancy" row, a two-way table of units by type
// with "other units", doubt-line assessments and group measures.
//
// exactTestSummary() holds every value; publishedTestSummary() is the same
// with the hidden figures marked Hidden and their values gone, as
// summary::publish leaves them; which of them are small (1 to k-1) only
// exactTestSummary() tells.
summary::Summary exactTestSummary();
summary::Summary publishedTestSummary();
// publishedTestSummary() with every hidden figure marked `as` (Small or
// Secondary, the reasons publish() keeps to itself): whatever the mark, no
// output may differ.
summary::Summary publishedTestSummaryMarked(summary::Suppression as);

// The exact value of the pregnancy row of "cases.ground", hidden (it is
// small) in the published summary, and its labels.
constexpr qint64 PregnancyCases = 3;
inline const char *PregnancyNl = "Zwangerschap";
inline const char *PregnancyEn = "Pregnancy";

} // namespace baken::test
