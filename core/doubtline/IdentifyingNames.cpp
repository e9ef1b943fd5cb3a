#include "IdentifyingNames.h"

#include "IdentifyingText.h"
#include "vault/Vault.h"
#include "vault/VaultSettings.h"

#include <QSet>

namespace baken {

namespace {

const QString NamesKey = QStringLiteral("identifying_names");

} // namespace

Result<QStringList> identifyingNames(Vault &vault)
{
    // Asked directly rather than through Vault::meta(), which cannot tell an
    // absent key (defaults) from a list the user emptied on purpose.
    auto stmt = vault.db().prepare("SELECT value FROM meta WHERE key = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, NamesKey);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return defaultIdentifyingNames();
    return stmt->text(0).split(u'\n', Qt::SkipEmptyParts);
}

Status setIdentifyingNames(Vault &vault, const QStringList &names)
{
    QStringList clean;
    QSet<QString> seen;
    for (const QString &name : names) {
        const QString simple = name.simplified(); // also turns a line break into a space
        if (simple.isEmpty())
            continue;
        const QString key = simple.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        clean.append(simple);
    }
    return writeVaultSetting(vault, NamesKey, clean.join(u'\n'));
}

} // namespace baken
