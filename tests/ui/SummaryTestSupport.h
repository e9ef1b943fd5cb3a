#pragma once

#include "summary/Summary.h"

namespace baken::test {

// A realistic summary of 2026, built by hand so that the Reports screen and
// the PDF can be tested on known figures: monthly cases with hidden months,
// grounds with a small "pregnancy" row, a two-way table of units by type
// with "other units", doubt-line assessments and group measures.
//
// exactTestSummary() holds every value; publishedTestSummary() is the same
// with the hidden figures marked (Small or Secondary) and their values gone,
// as summary::publish leaves them.
summary::Summary exactTestSummary();
summary::Summary publishedTestSummary();

// The exact value of the pregnancy row of "cases.ground", suppressed (Small)
// in the published summary, and its labels.
constexpr qint64 PregnancyCases = 3;
inline const char *PregnancyNl = "Zwangerschap";
inline const char *PregnancyEn = "Pregnancy";

} // namespace baken::test
