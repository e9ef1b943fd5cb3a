#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>

namespace baken {

// A passphrase change and a backup write a whole encrypted copy of the vault
// to a hidden staging file before renaming it into place. A crash or a kill
// in between leaves that copy behind (beside the vault, or on the backup
// stick), holding cases that retention may later destroy in the vault.
// These remove such leftovers.

// How old a leftover must be before it is removed: a copy another Baken is
// writing at this moment (a large vault to a slow stick) is left alone.
constexpr std::chrono::hours StaleCopyAge{1};

// Removes the files in `folder` whose names match `pattern` (QDir wildcard)
// and that were last written before `now - StaleCopyAge`, with any journal
// beside them. Returns how many were removed; a file that cannot be removed
// is left (the next attempt tries again).
int removeStaleCopies(const QString &folder, const QString &pattern, const QDateTime &now);

// The leftovers of a passphrase change or a vault creation beside `vaultPath`.
int removeStaleVaultCopies(const QString &vaultPath, const QDateTime &now);

} // namespace baken
