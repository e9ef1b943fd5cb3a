#pragma once

#include "Summary.h"
#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace baken {
class Vault;
}

namespace baken::summary {

// What the CLI and the app's Reports screen share when a summary leaves the
// vault, so both name the formats, the files and the audit entry alike.
enum class SummaryFormat { Json, Csv, Pdf };

// "json", "csv" or "pdf" (case does not matter); nothing else.
std::optional<SummaryFormat> parseSummaryFormat(const QString &name);
// The lower-case name parseSummaryFormat reads, also used in the audit entry.
QString summaryFormatName(SummaryFormat format);
// The names parseSummaryFormat accepts, for messages and completions.
QStringList summaryFormatNames();
// The file name extension with its dot: ".json", ".zip" (csv), ".pdf".
QString summaryFileSuffix(SummaryFormat format);
// A file name to offer in a save dialog: "baken-summary-2026-Q2.zip".
QString suggestedSummaryFileName(const Period &period, SummaryFormat format);

// The bytes of a published summary as JSON or as the CSV zip, in `language`
// ("nl" or "en"; JSON holds both). Pdf is drawn in ui/ and refused here, as is
// a summary that is not published.
Result<QByteArray> summaryFileBytes(const Summary &published, SummaryFormat format, const QString &language);

// The rules a published summary was made with, one sentence each in both
// languages (k, secondary suppression, merged units, what is never included),
// for the JSON file, the CSV README.txt and the PDF report alike.
QList<Text> ruleSentences(const Summary &published);

// Appends "summary.exported" to the vault's audit log, naming the period,
// the format and k (object id "2026-Q2 json k=5"), never a figure. Call it
// before QSaveFile::commit() and cancel the file if it fails (or, when
// another process wrote the file, remove it): no summary leaves the vault
// unrecorded.
Status recordSummaryExport(Vault &vault, const Period &period, SummaryFormat format, int k);

} // namespace baken::summary
