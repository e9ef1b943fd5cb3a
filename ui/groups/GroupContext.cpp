#include "GroupContext.h"

#include "vault/Vault.h"

namespace baken::ui {

GroupContext::GroupContext(Vault &vault)
    : m_vault(vault)
    , m_cases(vault)
    , m_consultations(vault.db())
    , m_store(vault.db())
    , m_service(vault, m_store, m_cases.codes())
{}

QString GroupContext::calendarUid(qint64 groupId)
{
    auto vaultId = m_vault.meta(QStringLiteral("vault_id"));
    // Without the vault's id the UID is still stable within this vault.
    const QString domain = vaultId && !vaultId->isEmpty() ? *vaultId : QStringLiteral("vault");
    return u"group-" + QString::number(groupId) + u'@' + domain + u".baken";
}

} // namespace baken::ui
