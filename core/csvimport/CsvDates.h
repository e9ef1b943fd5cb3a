#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace baken::csv {

// Dates as Dutch spreadsheets hold them, always day first:
//   3-2-2019, 03-02-2019, 3/2/2019, 3.2.2019, 2019-02-03 (ISO, year first),
//   3 februari 2019, 3 feb 2019, 3 feb. 2019, 3-feb-19, 3 February 2019,
//   February 3, 2019, with or without a weekday before it or a time after it.
// Two-digit years (3-2-19): 00-79 are 2000-2079, 80-99 are 1980-1999; a
// fixed rule, so the same file always reads the same way.
// Nothing is guessed: a date that does not exist (30-2-2019), one that only
// reads as month first (2/13/2019), a spreadsheet day number (43499) and
// anything else are refused with the reason.
class Dates {
    Q_DECLARE_TR_FUNCTIONS(baken::csv::Dates)

public:
    static Result<QDate> parse(const QString &text);
    static int expandYear(int twoDigitYear);
};

} // namespace baken::csv
