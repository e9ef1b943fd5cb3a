// Cutting a period into months and putting runs of them back together
// (MonthCube.h; the JSON is in docs/formats.md, "Roll-up packages").
#include "MonthCube.h"

#include "Combine.h"
#include "db/Database.h"
#include "summary/ExactSummaryJson.h"
#include "summary/Period.h"
#include "summary/SummaryBuilder.h"
#include "summary/SummaryJsonFormat.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace baken::rollup {

using summary::Period;
using summary::Summary;

namespace {

struct Messages {
    Q_DECLARE_TR_FUNCTIONS(baken::rollup)
};

constexpr QLatin1StringView FormatName("baken-month-cube");
constexpr int FormatVersion = 1;
constexpr QLatin1StringView FormatKey("format");
constexpr QLatin1StringView VersionKey("version");
constexpr QLatin1StringView MonthsKey("months");
constexpr QLatin1StringView RunsKey("runs");

Error damaged()
{
    return Error{ErrorCode::InvalidInput, Messages::tr("This package is damaged: its contents cannot be read.")};
}

// Every run of two or more of `months`, in the order the cube keeps them.
QList<Period> runsOf(const QStringList &months)
{
    QList<Period> runs;
    for (qsizetype first = 0; first < months.size(); ++first) {
        for (qsizetype last = first + 1; last < months.size(); ++last)
            runs << summary::monthRun(months[first], months[last]);
    }
    return runs;
}

// The months of `period` that have begun.
Period begun(const Period &period)
{
    const QDate today = QDate::currentDate();
    Period out = period;
    if (summary::lastDay(period) >= today) {
        out.toYear = today.year();
        out.toMonth = today.month();
    }
    return out;
}

Result<QJsonArray> toJson(const QList<Summary> &summaries)
{
    QJsonArray out;
    for (const Summary &s : summaries) {
        auto json = summary::exactSummaryToJsonObject(s);
        if (!json)
            return json.error();
        out << *json;
    }
    return out;
}

// Far above anything a vault holds (a year has 24 tables; a large employer a
// few hundred units), and low enough that combining stays quick: a package
// is outside input, and one sender must not be able to stall the
// coordinator's every summary.
constexpr qsizetype MaxTables = 64;
constexpr qsizetype MaxCategories = 1000;

bool withinLimits(const Summary &s)
{
    if (s.tables.size() > MaxTables)
        return false;
    QSet<QString> ids;
    for (const summary::Table &t : s.tables) {
        if (ids.contains(t.id))
            return false;
        ids.insert(t.id);
        for (const summary::Axis *axis : {&t.rows, t.columns ? &*t.columns : nullptr}) {
            if (!axis)
                continue;
            if (axis->categories.size() > MaxCategories)
                return false;
            QSet<QString> codes;
            for (const summary::Category &c : axis->categories)
                codes.insert(c.code);
            if (codes.size() != axis->categories.size())
                return false;
        }
    }
    return true;
}

// The summaries of `array`, whose periods must be `periods` in that order.
Result<QList<Summary>> fromJson(const QJsonValue &array, const QList<Period> &periods)
{
    if (!array.isArray() || array.toArray().size() != periods.size())
        return damaged();
    QList<Summary> out;
    for (const QJsonValue &value : array.toArray()) {
        auto s = summary::exactSummaryFromJsonObject(value.toObject());
        if (!s)
            return s.error();
        if (s->period != periods[out.size()] || !withinLimits(*s))
            return damaged();
        out << std::move(*s);
    }
    return out;
}

bool holdsWholePeriodTables(const Summary &run)
{
    const QStringList ids = summary::wholePeriodTableIds();
    return run.tables.size() == ids.size()
           && std::all_of(ids.cbegin(), ids.cend(), [&](const QString &id) { return run.table(id) != nullptr; });
}

} // namespace

Result<MonthCube> buildMonthCube(Database &db, const Period &period)
{
    const QStringList asked = summary::periodMonths(period);
    if (asked.size() > MonthCube::MaxMonths) {
        return Error{ErrorCode::InvalidInput,
                     Messages::tr("A package holds at most %1 months; make one package per year.")
                         .arg(MonthCube::MaxMonths)};
    }
    // One snapshot for every month and run, so that they agree.
    ReadSnapshot snapshot(db);
    if (auto s = snapshot.begin(); !s)
        return s.error();

    // One moment too: a session is held in a month and in every run alike.
    const QDateTime now = QDateTime::currentDateTime();
    MonthCube cube;
    cube.period = begun(period);
    const QStringList months = summary::periodMonths(cube.period);
    // A period that has not begun is refused by the first month's summary.
    for (const QString &month : asked.mid(0, std::max<qsizetype>(1, months.size()))) {
        auto exact = summary::buildSummary(db, summary::monthRun(month, month), now);
        if (!exact)
            return exact.error();
        cube.months << std::move(*exact);
    }
    for (const Period &run : runsOf(months)) {
        auto tables = summary::buildWholePeriodTables(db, run, now);
        if (!tables)
            return tables.error();
        cube.runs << std::move(*tables);
    }
    return cube;
}

Result<Summary> cutMonthCube(const MonthCube &cube, const Period &part)
{
    const QStringList all = summary::periodMonths(cube.period);
    const QStringList wanted = summary::periodMonths(part);
    const qsizetype first = all.indexOf(wanted.value(0));
    if (wanted.isEmpty() || first < 0 || first + wanted.size() > all.size()) {
        return Error{ErrorCode::InvalidInput, Messages::tr("The package covers %1, not %2.")
                                                  .arg(summary::periodKey(cube.period), summary::periodKey(part))};
    }
    if (wanted.size() == 1)
        return cube.months.at(first);

    QList<SourcedSummary> months;
    for (qsizetype i = first; i < first + wanted.size(); ++i)
        months << SourcedSummary{0, QString(), QDateTime(), cube.months.at(i)};
    auto cut = combineSummaries(months, part);
    if (!cut)
        return cut.error();
    cut->coverage.clear();

    const auto run = std::find_if(cube.runs.cbegin(), cube.runs.cend(),
                                  [&](const Summary &r) { return r.period == part; });
    if (run == cube.runs.cend())
        return damaged();
    for (summary::Table &table : cut->tables) {
        if (const summary::Table *whole = run->table(table.id))
            table = *whole;
    }
    return cut;
}

QStringList unsummableTableIds()
{
    return {u"cases.status"_qs, u"cases.referral"_qs, u"groups.activity"_qs};
}

Result<QJsonObject> monthCubeToJson(const MonthCube &cube)
{
    auto months = toJson(cube.months);
    if (!months)
        return months.error();
    auto runs = toJson(cube.runs);
    if (!runs)
        return runs.error();
    return QJsonObject{
        {FormatKey, FormatName},
        {VersionKey, FormatVersion},
        {summary::json::PeriodKey, summary::periodToJson(cube.period)},
        {MonthsKey, *months},
        {RunsKey, *runs},
    };
}

Result<MonthCube> monthCubeFromJson(const QJsonObject &object)
{
    if (object.size() != 5 || object.value(FormatKey).toString() != FormatName
        || object.value(VersionKey).toInt() != FormatVersion)
        return damaged();
    auto period = summary::periodFromJson(object.value(summary::json::PeriodKey));
    if (!period)
        return damaged();
    const QStringList months = summary::periodMonths(*period);
    if (months.size() > MonthCube::MaxMonths)
        return damaged();

    QList<Period> monthPeriods;
    for (const QString &month : months)
        monthPeriods << summary::monthRun(month, month);
    MonthCube cube;
    cube.period = *period;
    auto monthSummaries = fromJson(object.value(MonthsKey), monthPeriods);
    if (!monthSummaries)
        return monthSummaries.error();
    cube.months = std::move(*monthSummaries);
    auto runs = fromJson(object.value(RunsKey), runsOf(months));
    if (!runs)
        return runs.error();
    if (!std::all_of(runs->cbegin(), runs->cend(), holdsWholePeriodTables))
        return damaged();
    cube.runs = std::move(*runs);
    return cube;
}

} // namespace baken::rollup
