#pragma once

#include "base/Result.h"

namespace baken {

class Vault;

// Settings that belong to one vault rather than to the computer, kept in
// its meta table so they travel with the vault file and its backups.
namespace VaultSettings {
constexpr int DefaultRetentionMonths = 12;
constexpr int MinRetentionMonths = 1;
constexpr int MaxRetentionMonths = 120;
} // namespace VaultSettings

// How many months after closing a case file is destroyed; the default when
// the vault holds no valid value.
Result<int> retentionMonths(Vault &vault);
// Refuses a value outside 1..120; audited as "vault.setting_changed".
Status setRetentionMonths(Vault &vault, int months);

// The k that summaries of this vault are published with (the Reports screen
// and baken-cli summary remember it per vault); summary::DefaultK when the
// vault holds no valid value.
Result<int> summaryK(Vault &vault);
// Refuses a k outside summary::MinimumK..MaximumK; audited as
// "vault.setting_changed".
Status setSummaryK(Vault &vault, int k);

// Writes one setting into the meta table with its audit entry
// ("vault.setting_changed", naming the key, never the value), in one
// transaction. An empty value is stored as '' (not "no value").
Status writeVaultSetting(Vault &vault, const QString &key, const QString &value);

} // namespace baken
