#pragma once

#include "Summary.h"
#include "base/Result.h"

#include <QDate>

namespace baken::summary {

// "2026", "2026-Q2", "2026-03" or a range of months "2026-01..2026-06".
// Refuses anything else, a range that ends before it starts, and a period
// longer than 10 years, with a message for the user.
Result<Period> parsePeriod(const QString &text);
// The canonical text of a period, as parsePeriod reads it.
QString periodKey(const Period &period);
// "2026", "2e kwartaal 2026" / "2nd quarter 2026", "maart 2026", "januari-juni 2026".
Text periodLabel(const Period &period);
QDate firstDay(const Period &period);
QDate lastDay(const Period &period);
// The months of a period, oldest first, as "yyyy-MM".
QStringList periodMonths(const Period &period);
// The period from month `first` to month `last`, both "yyyy-MM" as
// periodMonths writes them.
Period monthRun(const QString &first, const QString &last);

} // namespace baken::summary
