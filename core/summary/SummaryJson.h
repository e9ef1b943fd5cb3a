#pragma once

#include "Summary.h"
#include "base/Result.h"

#include <QByteArray>

namespace baken::summary {

// The published summary as JSON (docs/summary.schema.json). Refuses a
// summary that is not published: exact counts never go into a file.
Result<QByteArray> summaryToJson(const Summary &published);
// Reads what summaryToJson wrote (the PDF renderer, the coordinator's
// roll-up), refusing anything that does not follow the schema.
Result<Summary> summaryFromJson(const QByteArray &json);

} // namespace baken::summary
