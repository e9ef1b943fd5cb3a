#include "CodeChoice.h"

#include "CodeListStore.h"

#include <QCoreApplication>

namespace baken {

Status checkChoice(const CodeListStore &codes, qint64 id, CodeList list, const QString &field)
{
    if (id <= 0)
        return {};
    auto item = codes.item(id);
    if (!item || item->list != list)
        return Error{
            ErrorCode::InvalidInput,
            QCoreApplication::translate("baken::CodeLists", "The choice for \"%1\" is not in its list. Choose again.")
                .arg(field)};
    return {};
}

Status checkChoices(const CodeListStore &codes, const QList<qint64> &ids, CodeList list, const QString &field)
{
    for (const qint64 id : ids)
        if (auto s = checkChoice(codes, id, list, field); !s)
            return s;
    return {};
}

} // namespace baken
