#pragma once

#include "Summary.h"
#include "base/Result.h"

#include <QJsonObject>
#include <QLatin1StringView>

// The names of docs/summary.schema.json, shared by its writer and reader.
namespace baken::summary {

// "cases", "doubt_line", "groups".
QString sectionName(Section section);
// Refuses a table that no file may hold: cells or totals that do not fit its
// axes, a published figure without a value (a fault in Baken, not the user's).
Status checkTableShape(const Table &table);

// One table and the period, shared by the published file and the exact
// summary inside a roll-up package (ExactSummaryJson.h), so both keep one layout.
QJsonObject tableToJson(const Table &table);
QJsonObject periodToJson(const Period &period);
// `exact`: every figure must be a number; a suppressed one is refused.
Result<Table> tableFromJson(const QJsonValue &value, const QString &where, bool exact);
Result<Period> periodFromJson(const QJsonValue &value);

namespace json {
inline constexpr QLatin1StringView FormatName("baken-summary");
inline constexpr int FormatVersion = 1;

inline constexpr QLatin1StringView Format("format");
inline constexpr QLatin1StringView Version("version");
inline constexpr QLatin1StringView Generator("generator");
inline constexpr QLatin1StringView PeriodKey("period");
inline constexpr QLatin1StringView FirstMonth("firstMonth");
inline constexpr QLatin1StringView LastMonth("lastMonth");
inline constexpr QLatin1StringView RulesKey("rules");
inline constexpr QLatin1StringView K("k");
inline constexpr QLatin1StringView MergedUnits("mergedUnits");
inline constexpr QLatin1StringView OtherUnitsSuppressed("otherUnitsSuppressed");
inline constexpr QLatin1StringView Explanation("explanation");
inline constexpr QLatin1StringView Tables("tables");
// A roll-up only, and then only when not empty: older readers keep reading
// a vault's own summary.
inline constexpr QLatin1StringView CoverageKey("coverage");
inline constexpr QLatin1StringView Source("source");
inline constexpr QLatin1StringView Months("months");

inline constexpr QLatin1StringView Id("id");
inline constexpr QLatin1StringView SectionKey("section");
inline constexpr QLatin1StringView Title("title");
inline constexpr QLatin1StringView Population("population");
inline constexpr QLatin1StringView Counts("counts");
inline constexpr QLatin1StringView Rows("rows");
inline constexpr QLatin1StringView Columns("columns");
inline constexpr QLatin1StringView Cells("cells");
inline constexpr QLatin1StringView RowTotals("rowTotals");
inline constexpr QLatin1StringView ColumnTotals("columnTotals");
inline constexpr QLatin1StringView Total("total");

inline constexpr QLatin1StringView Key("key");
inline constexpr QLatin1StringView Label("label");
inline constexpr QLatin1StringView MultiValued("multiValued");
inline constexpr QLatin1StringView MergeSmall("mergeSmall");
inline constexpr QLatin1StringView Categories("categories");
inline constexpr QLatin1StringView Code("code");
inline constexpr QLatin1StringView Nl("nl");
inline constexpr QLatin1StringView En("en");

inline constexpr QLatin1StringView Suppressed("suppressed");
// The only marker of a suppressed figure: the reason is never written (see
// Suppression::Hidden).
inline constexpr QLatin1StringView Hidden("hidden");
} // namespace json

} // namespace baken::summary
