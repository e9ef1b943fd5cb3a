#include "InterchangeCodeLists.h"

#include "codelists/SqlCodeListStore.h"
#include "db/Database.h"
#include "db/SqlValues.h"

namespace baken::interchange {

namespace {

const CodeItem *findCode(const QList<CodeItem> &items, const QString &code)
{
    for (const CodeItem &item : items)
        if (item.code == code)
            return &item;
    return nullptr;
}

// CodeListService keeps names unique within a list; an import must too.
Status checkNames(CodeList list, const QList<CodeItem> &items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            const CodeItem &a = items.at(i);
            const CodeItem &b = items.at(j);
            if (a.labelNl.compare(b.labelNl, Qt::CaseInsensitive) == 0
                || a.labelEn.compare(b.labelEn, Qt::CaseInsensitive) == 0) {
                return Error{ErrorCode::InvalidInput,
                             QCoreApplication::translate("baken::Interchange",
                                                         "codeLists.%1: the item \"%2\" has the same name as the "
                                                         "item \"%3\" that this vault already has")
                                 .arg(codeListKey(list), a.id < 0 ? a.code : b.code, a.id < 0 ? b.code : a.code)};
            }
        }
    }
    return {};
}

} // namespace

Result<CodeListPlan> planCodeLists(Database &db, const Document &doc, bool adopt, CodeResolver &codes)
{
    const SqlCodeListStore store(db);
    CodeListPlan plan;
    plan.adopt = adopt;
    qint64 provisional = -1;
    for (const CodeList list : allCodeLists()) {
        auto target = store.items(list, true);
        if (!target)
            return target.error();
        for (const CodeItem &item : *target)
            codes.add(list, item.code, item.id);

        QList<CodeItem> result = adopt ? QList<CodeItem>() : *target;
        for (const CodeItem &wanted : doc.codeLists.value(list)) {
            const CodeItem *existing = findCode(*target, wanted.code);
            if (existing && !adopt)
                continue;
            CodeItem item = wanted;
            item.id = existing ? existing->id : provisional--;
            item.builtin = existing ? existing->builtin : wanted.builtin;
            item.position = int(result.size());
            result << item;
            if (!adopt)
                plan.items << item;
            if (item.id < 0) {
                codes.add(list, item.code, item.id);
                ++plan.added;
            }
        }
        if (adopt) {
            // Items the document does not know (a newer default) go last.
            for (CodeItem item : *target) {
                if (findCode(result, item.code))
                    continue;
                item.position = int(result.size());
                result << item;
            }
            plan.items << result;
        }
        if (auto s = checkNames(list, result); !s)
            return s.error();
    }
    return plan;
}

Result<QHash<qint64, qint64>> applyCodeLists(Database &db, const CodeListPlan &plan)
{
    // Not CodeListStore::insert: that is the user's path, which always adds a
    // user item at the end. Moving a vault keeps builtin, retired and order.
    auto insert = db.prepare("INSERT INTO code_list_item (list, code, label_nl, label_en, position, builtin,"
                             " retired_at) VALUES (?1, ?2, ?3, ?4,"
                             " coalesce(?5, (SELECT coalesce(max(position), -1) + 1 FROM code_list_item"
                             " WHERE list = ?1)), ?6, ?7)");
    auto update = db.prepare("UPDATE code_list_item SET label_nl = ?2, label_en = ?3, position = ?4,"
                             " retired_at = CASE WHEN ?5 THEN coalesce(retired_at, ?6) END WHERE id = ?1");
    if (!insert)
        return insert.error();
    if (!update)
        return update.error();
    const QString now = sql::nowText();
    QHash<qint64, qint64> ids;
    for (const CodeItem &item : plan.items) {
        if (item.id < 0) {
            insert->reset();
            insert->bind(1, codeListKey(item.list)).bind(2, item.code).bind(3, item.labelNl).bind(4, item.labelEn);
            if (plan.adopt)
                insert->bind(5, item.position);
            insert->bind(6, int(item.builtin));
            if (item.retired)
                insert->bind(7, now);
            if (auto s = insert->run(); !s)
                return s.error();
            ids.insert(item.id, db.lastInsertId());
        } else {
            update->reset();
            update->bind(1, item.id).bind(2, item.labelNl).bind(3, item.labelEn).bind(4, item.position);
            update->bind(5, int(item.retired)).bind(6, now);
            if (auto s = update->run(); !s)
                return s.error();
        }
    }
    return ids;
}

} // namespace baken::interchange
