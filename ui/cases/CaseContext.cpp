#include "CaseContext.h"
#include "i18n/Translations.h"

#include "vault/Vault.h"

#include <QLocale>

namespace baken::ui {

CaseContext::CaseContext(Vault &vault)
    : m_vault(vault)
    , m_store(vault.db())
    , m_codes(vault.db())
    , m_service(vault, m_store, m_codes)
    , m_search(vault.db())
{}

QList<CodeItem> CaseContext::items(CodeList list) const
{
    auto items = m_codes.items(list, false);
    return items ? *items : QList<CodeItem>();
}

QString CaseContext::label(qint64 codeId) const
{
    if (codeId <= 0)
        return {};
    if (auto cached = m_labels.constFind(codeId); cached != m_labels.cend())
        return *cached;
    auto item = m_codes.item(codeId);
    const QString text = item ? item->label(uiLanguage()) : QString();
    m_labels.insert(codeId, text);
    return text;
}

QString uiLanguage()
{
    return currentLanguage();
}

} // namespace baken::ui
