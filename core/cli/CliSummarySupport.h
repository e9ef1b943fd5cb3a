#pragma once

// What `summary` and `rollup summary` share (CliSummaryCommands.cpp).

#include "base/Result.h"
#include "summary/Summary.h"
#include "summary/SummaryExport.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace baken::cli {

struct SummaryRequest {
    summary::Period period;
    summary::SummaryFormat format = summary::SummaryFormat::Json;
    std::optional<int> k; // unset: the vault's setting
    QString out;
};

// Writes `bytes` to `path` in one piece (0600), the audit entry first: if
// the entry cannot be written, no file is left behind either.
Status saveAudited(const QString &path, const QByteArray &bytes, const std::function<Status()> &audit);

} // namespace baken::cli
