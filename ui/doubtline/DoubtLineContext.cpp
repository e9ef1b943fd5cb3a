#include "DoubtLineContext.h"

#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>

namespace baken::ui {

DoubtLineContext::DoubtLineContext(Vault &vault)
    : m_vault(vault)
    , m_cases(vault)
    , m_store(vault.db())
    , m_search(vault.db())
    , m_service(vault, m_store, m_cases.store(), m_cases.codes())
    , m_guide(vault)
{}

QString DoubtLineContext::staffKey() const
{
    // Item ids belong to one vault, so the choice is kept per vault file; a
    // hash keeps the key free of path separators.
    const QString path = QDir::cleanPath(QDir(m_vault.path()).absolutePath());
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return u"doubtLine/lastStaff/" + QString::fromLatin1(hash);
}

qint64 DoubtLineContext::lastStaffId() const
{
    return QSettings().value(staffKey(), 0).toLongLong();
}

void DoubtLineContext::setLastStaffId(qint64 staffId)
{
    QSettings().setValue(staffKey(), staffId);
}

} // namespace baken::ui
