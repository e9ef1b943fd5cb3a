#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"
#include "db/Database.h"

#include <QMap>
#include <QString>

// What writing a backup and restoring one share: copying every table of an
// open connection into a new encrypted file, and proving the copy whole.
namespace baken::backup {

// Rows per table (tables with storage, including full-text shadow tables).
using TableCounts = QMap<QString, qint64>;

// Copies everything in `source`'s main database into the empty file at
// `target` (which must exist), keyed with `keySpec`, 4096-byte pages, and a
// rollback journal: a finished copy is one file, with no -wal beside it.
Status exportInto(Database &source, const QString &target, const SecureBytes &keySpec);

Result<TableCounts> tableCounts(Database &db);

// PRAGMA integrity_check; Error::Integrity unless it says "ok".
Status checkIntegrity(Database &db);

// Opens `path` with `keySpec` and checks that it is whole and holds the
// same rows as `expected`.
Status verifyCopy(const QString &path, const SecureBytes &keySpec, const TableCounts &expected);

// Removes a file and any journal SQLite left beside it.
void removeWithJournal(const QString &path);

} // namespace baken::backup
