#include "EncryptedCopy.h"

#include "vault/Connection.h"

#include <QCoreApplication>
#include <QFile>

namespace baken::backup {

namespace {

Error mismatch()
{
    return Error{ErrorCode::Integrity,
                 QCoreApplication::translate("baken::Backup", "The copy does not hold the same records as the vault.")};
}

} // namespace

Status exportInto(Database &source, const QString &target, const SecureBytes &keySpec)
{
    auto attach = source.prepare("ATTACH DATABASE ?1 AS baken_copy KEY ?2");
    if (!attach)
        return attach.error();
    const QByteArray file = QFile::encodeName(target);
    attach->bindText(1, file.constData(), static_cast<int>(file.size()));
    attach->bindText(2, reinterpret_cast<const char *>(keySpec.data()), static_cast<int>(keySpec.size()));
    if (auto s = attach->run(); !s)
        return s;
    // The vault's connection runs in WAL mode, which an attached file would
    // inherit; a backup on a USB stick must be a single, finished file.
    Status copied = source.exec("PRAGMA baken_copy.cipher_page_size = 4096");
    if (copied)
        copied = source.exec("PRAGMA baken_copy.journal_mode = DELETE");
    if (copied)
        copied = source.exec("SELECT sqlcipher_export('baken_copy')");
    if (auto s = source.exec("DETACH DATABASE baken_copy"); copied && !s)
        copied = s;
    return copied;
}

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

void removeWithJournal(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace baken::backup
