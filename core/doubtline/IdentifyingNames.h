#pragma once

#include "base/Result.h"

#include <QStringList>

namespace baken {

class Vault;

// The names list the identifying-text warning uses, kept in the vault's meta
// table (key "identifying_names", one per line) so it travels with the vault;
// defaultIdentifyingNames() while the user has not edited it.
Result<QStringList> identifyingNames(Vault &vault);
// Trims, drops empty lines and duplicates; audited as "vault.setting_changed".
Status setIdentifyingNames(Vault &vault, const QStringList &names);

} // namespace baken
