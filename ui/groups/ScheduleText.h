#pragma once

#include "groups/Schedule.h"

#include <QString>

namespace baken::ui {

// How the group screens write a series and how its dates are typed.

// "every month on the last Tuesday", "every two weeks on Thursday": the
// rule as GroupService applies it (a monthly group keeps its weekday and
// week of the month, the fifth week being "the last").
QString recurrenceText(const SeriesSchedule &schedule);

// The locale's short date with every part in digits of fixed width, e.g.
// "dd-MM-yyyy": typed digit by digit, each part moves on to the next, with
// no month names. With a 24-hour time for a date and time.
QString scheduleDateFormat();
QString scheduleDateTimeFormat();

} // namespace baken::ui
