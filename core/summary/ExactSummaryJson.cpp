// The exact summary as JSON: the published file's period and table layout
// (SummaryJson.cpp, SummaryJsonReader.cpp), with every figure a number and no
// rules, because disclosure control has not been applied yet.
#include "ExactSummaryJson.h"

#include "Period.h"
#include "SummaryJsonFormat.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <iterator>

namespace baken::summary {

namespace {

struct Messages {
    Q_DECLARE_TR_FUNCTIONS(baken::summary::ExactSummaryJson)
};

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message};
}

bool allExact(const Table &table)
{
    QList<Figure> all = table.cells + table.rowTotals + table.columnTotals;
    if (table.total)
        all.append(*table.total);
    return std::all_of(all.cbegin(), all.cend(), [](const Figure &f) { return f.published() && f.value; });
}

} // namespace

Result<QJsonObject> exactSummaryToJsonObject(const Summary &exact)
{
    // Faults in Baken itself, never the user's: a summary that went through
    // disclosure control, or a combined one (coverage belongs to the roll-up).
    if (exact.published || !exact.coverage.isEmpty())
        return invalid(Messages::tr("Only the exact figures of one vault can be packaged. Nothing was saved."));
    QJsonArray tables;
    for (const Table &table : exact.tables) {
        if (auto s = checkTableShape(table); !s)
            return s.error();
        if (!allExact(table))
            return invalid(Messages::tr("Only the exact figures of one vault can be packaged. Nothing was saved."));
        tables.append(tableToJson(table));
    }
    return QJsonObject{
        {json::Format, ExactFormatName},
        {json::Version, ExactFormatVersion},
        {json::Generator, exact.generator},
        {json::PeriodKey, periodToJson(exact.period)},
        {json::Tables, tables},
    };
}

Result<Summary> exactSummaryFromJsonObject(const QJsonObject &object)
{
    const QString format = object.value(json::Format).toString();
    if (format == json::FormatName)
        return invalid(Messages::tr("This holds a published summary, with figures suppressed. A roll-up needs the "
                                    "exact figures, to apply disclosure control to the combined ones."));
    const QJsonValue version = object.value(json::Version);
    if (format != ExactFormatName || !version.isDouble() || version.toDouble() != ExactFormatVersion)
        return invalid(Messages::tr("These are not exact summary figures that this version of Baken can read."));
    const QLatin1StringView expected[] = {json::Format, json::Version, json::Generator, json::PeriodKey, json::Tables};
    if (object.size() != qsizetype(std::size(expected))
        || !std::all_of(std::begin(expected), std::end(expected),
                        [&](QLatin1StringView key) { return object.contains(key); }))
        return invalid(Messages::tr("The exact summary holds fields that are not part of its format."));

    Summary summary;
    summary.published = false;
    if (!object.value(json::Generator).isString())
        return invalid(Messages::tr("The exact summary does not say which program made it."));
    summary.generator = object.value(json::Generator).toString();
    auto period = periodFromJson(object.value(json::PeriodKey));
    if (!period)
        return period.error();
    // The same limits as a period typed by the user (from 1900, at most ten years).
    if (auto checked = parsePeriod(periodKey(*period)); !checked || *checked != *period)
        return checked ? invalid(Messages::tr("The period of the exact summary is not valid.")) : checked.error();
    summary.period = *period;

    const QJsonValue tables = object.value(json::Tables);
    if (!tables.isArray())
        return invalid(Messages::tr("The exact summary has no tables."));
    for (qsizetype i = 0; i < tables.toArray().size(); ++i) {
        auto table = tableFromJson(tables[i], QStringLiteral("tables[%1]").arg(i), true);
        if (!table)
            return table.error();
        summary.tables.append(std::move(*table));
    }
    return summary;
}

} // namespace baken::summary
