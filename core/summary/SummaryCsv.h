#pragma once

#include "Summary.h"
#include "base/Result.h"

#include <QByteArray>

namespace baken::summary {

// One CSV file per table in a zip archive, plus a README.txt with the rules
// (k, period, merged units), in `language`. A suppressed cell reads "<k"
// for a small figure and "x" for a secondary one... (see docs/summary.md).
// Refuses a summary that is not published.
Result<QByteArray> summaryToCsvZip(const Summary &published, const QString &language);

} // namespace baken::summary
