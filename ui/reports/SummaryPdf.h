#pragma once

#include "base/Result.h"
#include "summary/Summary.h"

class QIODevice;

namespace baken::ui {

// The yearly report of a published summary as an A4 PDF in `language`
// ("nl" or "en", whatever the UI language is): a title page with the rules
// in plain words, then per section its tables (suppressed figures marked,
// with a legend) and charts. A table or chart is never cut by a page break.
// Refuses a summary that is not published: exact counts never leave the vault.
Status writeSummaryPdf(const summary::Summary &published, const QString &language, QIODevice &out);

} // namespace baken::ui
