#pragma once

#include "CodeList.h"
#include "base/Result.h"

namespace baken {

class CodeListStore;

// Whether a record's choice `id` (0: nothing chosen) is an item of `list`.
// Every service checks its code fields this way; the refusal names the
// field in the user's words.
Status checkChoice(const CodeListStore &codes, qint64 id, CodeList list, const QString &field);
Status checkChoices(const CodeListStore &codes, const QList<qint64> &ids, CodeList list, const QString &field);

} // namespace baken
