#pragma once

#include "summary/Summary.h"

#include <QString>

#include <memory>

class QChart;

namespace baken::ui {

enum class ChartKind {
    Trend,          // a line over the months of the period
    HorizontalBars, // many categories or long labels: grounds, units, referrals
    Bars,           // a few short categories: type, channel, assessment
};

ChartKind chartKind(const summary::Table &table);
// Whether the yearly report draws this table as a chart too: the trends,
// grounds, channels and doubt-line assessments that the issue asks for,
// not every table (those stay tables).
bool chartedInReport(const summary::Table &table);

// A chart of the published figures of `table` in `language`. Suppressed
// figures are left out (a gap in a line, no bar) and counted under the
// title; totals are not plotted. The same chart is shown on screen and
// drawn into the PDF.
std::unique_ptr<QChart> makeSummaryChart(const summary::Table &table, const QString &language);

} // namespace baken::ui
