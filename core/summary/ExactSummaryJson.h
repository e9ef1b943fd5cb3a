#pragma once

#include "Summary.h"
#include "base/Result.h"

#include <QJsonObject>

namespace baken::summary {

// An exact (unpublished) summary as a JSON object, for the two places exact
// counts may go: inside a sealed roll-up package and inside the coordinator's
// vault. Never written to a file on its own (summaryToJson refuses that).
// The tables use the published format's table layout (docs/summary.schema.json)
// with every figure a number; see docs/formats.md, "Roll-up packages".
inline constexpr QLatin1StringView ExactFormatName("baken-exact-summary");
inline constexpr int ExactFormatVersion = 1;

// Refuses a published summary and a table whose figures are incomplete.
Result<QJsonObject> exactSummaryToJsonObject(const Summary &exact);
// Refuses anything exactSummaryToJsonObject would not write: another format,
// a published summary, a suppressed or missing figure, a malformed period.
Result<Summary> exactSummaryFromJsonObject(const QJsonObject &object);

} // namespace baken::summary
