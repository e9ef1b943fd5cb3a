#pragma once

#include "CodeList.h"
#include "base/Result.h"

namespace baken {

// Storage of code-list items. CodeListService validates and audits; this
// interface only reads and writes.
class CodeListStore {
public:
    virtual ~CodeListStore() = default;

    virtual Result<QList<CodeItem>> items(CodeList list, bool includeRetired) const = 0;
    virtual Result<CodeItem> item(qint64 id) const = 0;
    virtual Result<qint64> insert(const CodeItem &item) = 0;
    virtual Status updateLabels(qint64 id, const QString &labelNl, const QString &labelEn) = 0;
    virtual Status setRetired(qint64 id, bool retired) = 0;
    virtual Status remove(qint64 id) = 0;
    // Whether any record refers to the item; used items are never deleted.
    virtual Result<bool> isInUse(const CodeItem &item) const = 0;
};

} // namespace baken
