#include "EncryptedCopy.h"

#include "vault/Connection.h"

#include <QCoreApplication>

namespace baken::backup {

namespace {

Error mismatch()
{
    return Error{ErrorCode::Integrity,
                 QCoreApplication::translate("baken::Backup", "The copy does not hold the same records as the vault.")};
}

} // namespace

Result<TableCounts> tableCounts(Database &db)
{
    auto names =
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 AND name NOT LIKE 'sqlite_%' "
                   "ORDER BY name");
    if (!names)
        return names.error();
    QStringList tables;
    if (auto s = names->forEach([&](const Statement &row) { tables << row.text(0); }); !s)
        return s.error();
    TableCounts counts;
    for (const QString &table : tables) {
        // The names come from the file's own schema, which Baken wrote.
        QString escaped = table;
        escaped.replace(u'"', QStringLiteral("\"\""));
        const QByteArray sql = "SELECT count(*) FROM \"" + escaped.toUtf8() + '"';
        auto count = db.queryInt(sql.constData());
        if (!count)
            return count.error();
        counts.insert(table, *count);
    }
    return counts;
}

Status checkIntegrity(Database &db)
{
    auto check = db.prepare("PRAGMA integrity_check");
    if (!check)
        return check.error();
    bool whole = true;
    if (auto s = check->forEach([&](const Statement &row) { whole = whole && row.text(0) == u"ok"; }); !s)
        return s;
    if (!whole)
        return Error{ErrorCode::Integrity,
                     QCoreApplication::translate("baken::Backup", "The integrity check of the copy failed.")};
    return {};
}

Status verifyCopy(const QString &path, const SecureBytes &keySpec, const TableCounts &expected)
{
    auto db = connectKeyed(path, keySpec);
    if (!db)
        return db.error();
    if (auto s = checkIntegrity(*db); !s)
        return s;
    auto counts = tableCounts(*db);
    if (!counts)
        return counts.error();
    if (*counts != expected)
        return mismatch();
    return {};
}

} // namespace baken::backup
