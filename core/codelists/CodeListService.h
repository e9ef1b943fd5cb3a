#pragma once

#include "CodeListStore.h"
#include "base/Result.h"

namespace baken {

class Vault;

// What users do with code lists: add, relabel, retire, restore and delete
// items, each validated, in one transaction with its audit entry.
class CodeListService {
public:
    CodeListService(Vault &vault, CodeListStore &store) : m_vault(vault), m_store(store) {}

    Result<QList<CodeItem>> items(CodeList list, bool includeRetired = false) const;
    Result<CodeItem> add(CodeList list, const QString &labelNl, const QString &labelEn);
    // The same inside the caller's transaction (the spreadsheet import
    // adds the items it needs with the cases, all or nothing).
    Result<CodeItem> addInTransaction(CodeList list, const QString &labelNl, const QString &labelEn);
    Status relabel(qint64 id, const QString &labelNl, const QString &labelEn);
    Status retire(qint64 id);
    Status restore(qint64 id);
    // Only for items that were added by the user and are used nowhere;
    // anything else is retired instead, so old records keep their meaning.
    Status remove(qint64 id);

    static constexpr int MaxLabelLength = 80;

    // Why add() or relabel() would refuse these names (empty, too long,
    // the name of another item of the list), if they would.
    Status validateLabels(CodeList list, qint64 selfId, const QString &nl, const QString &en) const;

private:
    template<typename Fn>
    Status inTransaction(const QString &event, qint64 id, Fn &&change);

    Vault &m_vault;
    CodeListStore &m_store;
};

} // namespace baken
