#pragma once

#include "cases/CaseSearch.h"
#include "cases/CaseService.h"
#include "cases/SqlCaseStore.h"
#include "codelists/SqlCodeListStore.h"

#include <QHash>

namespace baken {
class Vault;
}

namespace baken::ui {

// The stores and the service that the case screens share while a vault is
// unlocked. CasesPage owns it, so it goes with the workspace on lock.
class CaseContext final {
public:
    explicit CaseContext(Vault &vault);
    CaseContext(const CaseContext &) = delete;
    CaseContext &operator=(const CaseContext &) = delete;

    Vault &vault() { return m_vault; }
    SqlCaseStore &store() { return m_store; }
    SqlCodeListStore &codes() { return m_codes; }
    CaseService &service() { return m_service; }
    CaseSearch &search() { return m_search; }

    // Active items of a list for a choice; empty when the list cannot be read.
    QList<CodeItem> items(CodeList list) const;
    // The label of a code item in the UI language ("" for 0 or unknown).
    QString label(qint64 codeId) const;
    // Forgets cached labels after a code list was edited.
    void clearLabels() { m_labels.clear(); }

private:
    Vault &m_vault;
    SqlCaseStore m_store;
    SqlCodeListStore m_codes;
    CaseService m_service;
    CaseSearch m_search;
    mutable QHash<qint64, QString> m_labels;
};

// "nl" or "en", the language code lists are shown in.
QString uiLanguage();

} // namespace baken::ui
