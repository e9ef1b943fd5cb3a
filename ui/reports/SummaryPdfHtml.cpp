#include "SummaryPdfHtml.h"

#include "ReportTexts.h"
#include "i18n/Bilingual.h"
#include "summary/Period.h"
#include "summary/SummaryExport.h"

#include <QLocale>
#include <QStringList>

namespace baken::ui::pdf {

namespace {

QString text(const char *source, const QString &language)
{
    return bilingual("baken::ui::reports", source).in(language);
}

QString esc(const QString &value)
{
    return value.toHtmlEscaped();
}

bool wholeYear(const summary::Period &p)
{
    return p.fromYear == p.toYear && p.fromMonth == 1 && p.toMonth == 12;
}

QString cell(const summary::Figure &figure, const QString &language, bool total)
{
    QString cls = figure.published() ? QStringLiteral("n") : QStringLiteral("n hidden");
    if (total)
        cls += QStringLiteral(" total");
    return u"<td class=\"" + cls + u"\" align=\"right\">" + esc(figureText(figure, language)) + u"</td>";
}

} // namespace

QString styleSheet()
{
    return QStringLiteral("p.title { font-size: 24pt; font-weight: bold; color: #1f3b4d; margin-bottom: 4px; }"
                          "p.subtitle { font-size: 12pt; color: #4a4a4a; margin-top: 0px; }"
                          "p.meta { color: #5c5c5c; }"
                          "h1 { font-size: 16pt; color: #1f3b4d; margin-top: 0px; margin-bottom: 10px; }"
                          "h2 { font-size: 12pt; color: #1f3b4d; margin-top: 6px; margin-bottom: 4px; }"
                          "h3 { font-size: 10.5pt; color: #1f3b4d; margin-top: 0px; margin-bottom: 4px; }"
                          "p.legend { color: #5c5c5c; font-size: 8pt; margin-top: 3px; }"
                          "td.rule { background-color: #f3f0e8; }"
                          "table.figures { border-collapse: collapse; border: 1px solid #c9c3b6; }"
                          "table.figures th { background-color: #e8e4da; border: 1px solid #c9c3b6; }"
                          "table.figures td { border: 1px solid #c9c3b6; }"
                          "td.hidden { color: #8a8a8a; font-style: italic; }"
                          "td.total, th.total { font-weight: bold; }");
}

QString reportTitle(const summary::Summary &s, const QString &language)
{
    const QString period = summary::periodLabel(s.period).in(language);
    if (wholeYear(s.period))
        return text(QT_TRANSLATE_NOOP("baken::ui::reports", "Annual report %1"), language).arg(period);
    return text(QT_TRANSLATE_NOOP("baken::ui::reports", "Report %1"), language).arg(period);
}

QString titlePage(const summary::Summary &s, const QString &language)
{
    const int k = s.rules.k;
    QString html = u"<p class=\"title\">" + esc(reportTitle(s, language)) + u"</p>";
    html += u"<p class=\"subtitle\">"
            + esc(text(QT_TRANSLATE_NOOP("baken::ui::reports",
                                         "Anonymised figures on reports of discrimination and undesirable behaviour "
                                         "at work: cases, doubt-line consultations and peer-support groups."),
                       language))
            + u"</p>";
    if (!s.generator.isEmpty())
        html += u"<p class=\"meta\">"
                + esc(text(QT_TRANSLATE_NOOP("baken::ui::reports", "Made with %1."), language).arg(s.generator))
                + u"</p>";
    html += u"<p>&#160;</p><h2>"
            + esc(text(QT_TRANSLATE_NOOP("baken::ui::reports", "How to read this report"), language)) + u"</h2>";
    // The rules as the JSON and CSV state them, then how this report shows them.
    QStringList rules;
    for (const Bilingual &sentence : summary::ruleSentences(s))
        rules << sentence.in(language);
    rules << text(QT_TRANSLATE_NOOP("baken::ui::reports",
                                    "In the tables \"x\" marks a figure that is not published: from 1 to %1, or left "
                                    "out so that such a figure cannot be worked out. Charts leave them out."),
                  language)
                 .arg(k - 1);
    rules << text(QT_TRANSLATE_NOOP("baken::ui::reports",
                                    "A case can concern more than one ground or form of behaviour. In those tables "
                                    "the rows add up to more than the total, which counts every case once."),
                  language);
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\"><tr><td class=\"rule\">"_qs;
    for (const QString &rule : rules)
        html += u"<p>" + esc(rule) + u"</p>";
    html += u"</td></tr></table>"_qs;
    if (!s.coverage.isEmpty())
        html += coverageBlock(s, language);
    return html;
}

QString coverageBlock(const summary::Summary &s, const QString &language)
{
    const QStringList months = summary::periodMonths(s.period);
    // Within one year the short month name says enough; across years it needs the year.
    const bool oneYear = s.period.fromYear == s.period.toYear;
    const QLocale locale(language);
    QString html = u"<p>&#160;</p><h2>"
                   + esc(text(QT_TRANSLATE_NOOP("baken::ui::reports", "Sources and months"), language)) + u"</h2>";
    html += u"<table class=\"figures\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">"
            + esc(text(QT_TRANSLATE_NOOP("baken::ui::reports", "Source"), language)) + u"</th>";
    for (const QString &month : months) {
        const QString heading = oneYear ? locale.monthName(month.mid(5).toInt(), QLocale::ShortFormat) : month;
        html += u"<th align=\"center\">" + esc(heading) + u"</th>";
    }
    html += u"</tr>"_qs;
    for (const summary::Coverage &source : s.coverage) {
        html += u"<tr><td>" + esc(source.source) + u"</td>";
        for (const QString &month : months)
            html += source.months.contains(month) ? u"<td align=\"center\">\u2713</td>"_qs : u"<td></td>"_qs;
        html += u"</tr>"_qs;
    }
    html += u"</table><p class=\"legend\">"
            + esc(text(QT_TRANSLATE_NOOP("baken::ui::reports",
                                         "A check mark: the source delivered figures for that month."),
                       language))
            + u"</p>";
    return html;
}

QString sectionHeading(summary::Section section, const QString &language)
{
    const char *source = nullptr;
    switch (section) {
    case summary::Section::Cases:
        source = QT_TRANSLATE_NOOP("baken::ui::reports", "Cases");
        break;
    case summary::Section::DoubtLine:
        source = QT_TRANSLATE_NOOP("baken::ui::reports", "Doubt line");
        break;
    case summary::Section::Groups:
        source = QT_TRANSLATE_NOOP("baken::ui::reports", "Peer-support groups");
        break;
    }
    return u"<h1>" + esc(text(source, language)) + u"</h1>";
}

QString tableBlock(const summary::Table &t, int k, const QString &language)
{
    const bool totalColumn = t.twoWay() && !t.rowTotals.isEmpty();
    const bool totalRow = t.total.has_value() || !t.columnTotals.isEmpty();
    QString html = u"<h3>" + esc(t.title.in(language)) + u"</h3>";
    html += QStringLiteral("<table class=\"figures\" width=\"%1%\" cellspacing=\"0\" cellpadding=\"3\"><tr>")
                .arg(t.twoWay() ? 100 : 70);
    html += u"<th align=\"left\">" + esc(t.rows.title.in(language)) + u"</th>";
    if (t.twoWay()) {
        for (const summary::Category &column : t.columns->categories)
            html += u"<th align=\"right\">" + esc(column.label.in(language)) + u"</th>";
        if (totalColumn)
            html += u"<th class=\"total\" align=\"right\">" + esc(totalLabel(language)) + u"</th>";
    } else {
        html += u"<th align=\"right\" width=\"30%\">" + esc(t.counts.in(language)) + u"</th>";
    }
    html += u"</tr>"_qs;
    for (int row = 0; row < t.rows.categories.size(); ++row) {
        html += u"<tr><td>" + esc(t.rows.categories[row].label.in(language)) + u"</td>";
        for (int column = 0; column < t.columnCount(); ++column)
            html += cell(t.cell(row, column), language, false);
        if (totalColumn && row < t.rowTotals.size())
            html += cell(t.rowTotals[row], language, true);
        html += u"</tr>"_qs;
    }
    if (totalRow) {
        html += u"<tr><td class=\"total\">" + esc(totalLabel(language)) + u"</td>";
        if (t.twoWay()) {
            for (const summary::Figure &figure : t.columnTotals)
                html += cell(figure, language, true);
            if (totalColumn && t.total)
                html += cell(*t.total, language, true);
        } else if (t.total) {
            html += cell(*t.total, language, true);
        }
        html += u"</tr>"_qs;
    }
    html += u"</table>"_qs;

    // One legend for every hidden figure: which ones are small is never said.
    bool hidden = false;
    const auto look = [&](const summary::Figure &f) { hidden = hidden || !f.published(); };
    for (const summary::Figure &f : t.cells)
        look(f);
    for (const summary::Figure &f : t.rowTotals)
        look(f);
    for (const summary::Figure &f : t.columnTotals)
        look(f);
    if (t.total)
        look(*t.total);
    if (hidden)
        html += u"<p class=\"legend\">x: " + esc(hiddenExplanation(k, language)) + u"</p>";
    return html;
}

QString pageNumber(int page, int pages, const QString &language)
{
    return text(QT_TRANSLATE_NOOP("baken::ui::reports", "Page %1 of %2"), language).arg(page).arg(pages);
}

QString footer(const summary::Summary &s, const QString &language)
{
    return text(QT_TRANSLATE_NOOP("baken::ui::reports", "Anonymised summary · %1 · no figure below %2"), language)
        .arg(summary::periodLabel(s.period).in(language))
        .arg(s.rules.k);
}

} // namespace baken::ui::pdf
