#pragma once

#include "base/Result.h"

class QIODevice;

namespace baken {
struct SubjectExtract;
}

namespace baken::ui {

// The data-subject extract as an A4 PDF for the reporter: the explanation,
// then what they told, agreed to and were told, one section each. Every
// value is escaped, so nothing the reporter typed is read as markup.
Status writeSubjectExtractPdf(const SubjectExtract &extract, QIODevice &out);

} // namespace baken::ui
