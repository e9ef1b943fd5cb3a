#include "SummaryChart.h"

#include "ReportTexts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDate>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace baken::ui {

namespace {

const QColor Ink(0x1f, 0x3b, 0x4d);
// Column categories of a two-way table, one colour each.
const QColor Palette[] = {QColor(0x1f, 0x5f, 0x8b), QColor(0xe0, 0x8a, 0x2c), QColor(0x4c, 0x9a, 0x6a),
                          QColor(0xb0, 0x4a, 0x5a), QColor(0x7a, 0x68, 0xa6), QColor(0x8c, 0x8c, 0x8c)};

QString label(const summary::Category &category, const QString &language)
{
    return category.label.in(language);
}

void setTitle(QChart &chart, const summary::Table &table, const QString &language)
{
    QString title = u"<b>" + table.title.in(language).toHtmlEscaped() + u"</b>";
    const QString note = suppressedNote(suppressedCells(table), language);
    if (!note.isEmpty())
        title += u"<br/><span style=\"color:#5c5c5c;\">" + note.toHtmlEscaped() + u"</span>";
    chart.setTitle(title);
}

// A value axis from zero with whole-number ticks at a round step (1, 2, 5,
// 10, 20, ...), so small counts never get ticks like "0, 0, 1, 1".
QValueAxis *countAxis(qint64 highest)
{
    qint64 step = 1;
    for (qint64 scale = 1; step * 5 < highest; scale *= 10) {
        for (qint64 factor : {1, 2, 5}) {
            step = factor * scale;
            if (step * 5 >= highest)
                break;
        }
    }
    const qint64 top = std::max<qint64>(1, (highest + step - 1) / step) * step;
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, double(top));
    axis->setTickCount(int(top / step) + 1);
    axis->setMinorTickCount(0);
    return axis;
}

void trend(QChart &chart, const summary::Table &table, const QString &language)
{
    auto *months = new QBarCategoryAxis;
    const QLocale locale(language == u"en" ? QLocale::English : QLocale::Dutch);
    // The year only where it changes, so twelve labels fit under the axis.
    int year = 0;
    for (const summary::Category &month : table.rows.categories) {
        const QDate first = QDate::fromString(month.code + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
        if (!first.isValid()) {
            months->append(label(month, language));
            continue;
        }
        QString text = locale.standaloneMonthName(first.month(), QLocale::ShortFormat);
        if (first.year() != year && (year != 0 || table.rows.categories.size() > 12 || first.month() != 1))
            text += u' ' + QString::number(first.year());
        year = first.year();
        months->append(text);
    }
    // Upright labels fit a year of months in a narrow chart without eliding.
    if (table.rows.categories.size() > 6)
        months->setLabelsAngle(-90);
    chart.addAxis(months, Qt::AlignBottom);
    qint64 highest = 0;
    // A suppressed month breaks the line: each run of published months is
    // its own series, so nothing is drawn where a figure is hidden.
    QLineSeries *run = nullptr;
    QList<QLineSeries *> runs;
    for (int row = 0; row < table.rows.categories.size(); ++row) {
        const summary::Figure &figure = table.cell(row);
        if (!figure.published() || !figure.value) {
            run = nullptr;
            continue;
        }
        if (!run) {
            run = new QLineSeries;
            run->setPen(QPen(Ink, 2.5));
            run->setPointsVisible(true);
            runs << run;
        }
        run->append(row, double(*figure.value));
        highest = std::max(highest, *figure.value);
    }
    QValueAxis *counts = countAxis(highest);
    chart.addAxis(counts, Qt::AlignLeft);
    for (QLineSeries *series : runs) {
        chart.addSeries(series);
        series->attachAxis(months);
        series->attachAxis(counts);
    }
    chart.legend()->hide();
}

// One bar set per column category (a two-way table stacks them); a row
// whose figures are all suppressed is left out of the chart.
void bars(QChart &chart, const summary::Table &table, const QString &language, bool horizontal)
{
    const int columns = table.columnCount();
    QStringList rows;
    QList<int> shown;
    for (int row = 0; row < table.rows.categories.size(); ++row) {
        bool any = false;
        for (int column = 0; column < columns; ++column)
            any = any || table.cell(row, column).published();
        if (any) {
            rows << label(table.rows.categories[row], language);
            shown << row;
        }
    }
    // Horizontal bars read top-down in the table's order.
    if (horizontal) {
        std::reverse(rows.begin(), rows.end());
        std::reverse(shown.begin(), shown.end());
    }
    QAbstractBarSeries *series = nullptr;
    if (table.twoWay())
        series =
            horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries) : new QStackedBarSeries;
    else
        series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries) : new QBarSeries;
    qint64 highest = 0;
    for (int column = 0; column < columns; ++column) {
        auto *set = new QBarSet(table.twoWay() ? label(table.columns->categories[column], language)
                                               : table.counts.in(language));
        set->setColor(Palette[column % std::size(Palette)]);
        set->setBorderColor(Qt::transparent);
        for (int row : shown) {
            const summary::Figure &figure = table.cell(row, column);
            // Stacked bars need a value in every slot; a hidden figure adds nothing.
            const qint64 value = figure.published() && figure.value ? *figure.value : 0;
            set->append(double(value));
        }
        series->append(set);
    }
    for (int row : shown) {
        qint64 sum = 0;
        for (int column = 0; column < columns; ++column) {
            const summary::Figure &figure = table.cell(row, column);
            const qint64 value = figure.published() && figure.value ? *figure.value : 0;
            sum = table.twoWay() ? sum + value : std::max(sum, value);
        }
        highest = std::max(highest, sum);
    }
    series->setBarWidth(table.twoWay() ? 0.7 : 0.6);
    chart.addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(rows);
    QValueAxis *counts = countAxis(highest);
    chart.addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart.addAxis(counts, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(counts);
    if (table.twoWay()) {
        chart.legend()->setAlignment(Qt::AlignBottom);
        chart.legend()->show();
    } else {
        chart.legend()->hide();
    }
}

} // namespace

ChartKind chartKind(const summary::Table &table)
{
    if (table.rows.key == u"month")
        return ChartKind::Trend;
    if (table.rows.categories.size() > 6)
        return ChartKind::HorizontalBars;
    for (const summary::Category &category : table.rows.categories)
        if (std::max(category.label.nl.size(), category.label.en.size()) > 14)
            return ChartKind::HorizontalBars;
    return ChartKind::Bars;
}

bool chartedInReport(const summary::Table &table)
{
    static const QStringList ids = {
        QStringLiteral("cases.month"),
        QStringLiteral("cases.type"),
        QStringLiteral("cases.ground"),
        QStringLiteral("cases.channel"),
        QStringLiteral("consultations.month"),
        QStringLiteral("consultations.channel"),
        QStringLiteral("consultations.assessment"),
        QStringLiteral("evaluations.score"),
    };
    return ids.contains(table.id);
}

std::unique_ptr<QChart> makeSummaryChart(const summary::Table &table, const QString &language)
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setTitle(*chart, table, language);
    switch (chartKind(table)) {
    case ChartKind::Trend:
        trend(*chart, table, language);
        break;
    case ChartKind::HorizontalBars:
        bars(*chart, table, language, true);
        break;
    case ChartKind::Bars:
        bars(*chart, table, language, false);
        break;
    }
    return chart;
}

} // namespace baken::ui
