#pragma once

#include "summary/Summary.h"

#include <QString>

// The HTML blocks of the yearly report, laid out onto pages by SummaryPdf.
namespace baken::ui::pdf {

QString styleSheet();
// The report's heading: "Annual report 2026", or "Report" and the period.
QString reportTitle(const summary::Summary &published, const QString &language);
QString titlePage(const summary::Summary &published, const QString &language);
// A roll-up's sources against the period's months, a check mark where a
// source delivered figures; part of the title page.
QString coverageBlock(const summary::Summary &published, const QString &language);
QString sectionHeading(summary::Section section, const QString &language);
// The table with its title, markers for suppressed figures and a legend.
QString tableBlock(const summary::Table &table, int k, const QString &language);
// "Page 2 of 5", left of it what the report is.
QString pageNumber(int page, int pages, const QString &language);
QString footer(const summary::Summary &published, const QString &language);

} // namespace baken::ui::pdf
