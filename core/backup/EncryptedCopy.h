#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"
#include "db/Database.h"

#include <QMap>
#include <QString>

// What writing a backup and restoring one share: proving a copy made with
// exportEncryptedCopy (vault/Connection.h) whole.
namespace baken::backup {

// Rows per table (tables with storage, including full-text shadow tables).
using TableCounts = QMap<QString, qint64>;

Result<TableCounts> tableCounts(Database &db);

// PRAGMA integrity_check; Error::Integrity unless it says "ok".
Status checkIntegrity(Database &db);

// Opens `path` with `keySpec` and checks that it is whole and holds the
// same rows as `expected`.
Status verifyCopy(const QString &path, const SecureBytes &keySpec, const TableCounts &expected);

} // namespace baken::backup
