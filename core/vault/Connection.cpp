#include "Connection.h"

#include <QCoreApplication>
#include <QFile>

namespace baken {

Status checkCipherVersion(Database &db)
{
    auto version = db.queryText("PRAGMA cipher_version");
    if (!version || version->isEmpty()) {
        return Error{
            ErrorCode::Crypto,
            QCoreApplication::translate(
                "baken::Vault", "This copy of Baken was built without encryption support and refuses to open vaults.")};
    }
    return {};
}

Result<Database> connectKeyed(const QString &path, const SecureBytes &keySpec)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db)
        return db.error();
    if (auto s = checkCipherVersion(*db); !s)
        return s.error();
    if (auto s = db->key(keySpec); !s)
        return s.error();
    // SQLCipher 3 does not store its page size: it must be set on every open.
    if (auto s = db->exec("PRAGMA cipher_page_size = 4096"); !s)
        return s.error();
    // One process at a time: a second Baken (or baken-cli) on the same vault
    // gets "in use" instead of writing beside us. Set before the first read,
    // so that WAL keeps its index in memory and no -shm file appears.
    if (auto s = db->exec("PRAGMA locking_mode = EXCLUSIVE"); !s)
        return s.error();
    auto probe = db->queryInt("SELECT count(*) FROM sqlite_master");
    if (!probe)
        return probe.error(); // SQLITE_NOTADB maps to WrongPassphrase
    return std::move(db).value();
}

Status configureConnection(Database &db)
{
    auto journal = db.queryText("PRAGMA journal_mode = WAL");
    if (!journal)
        return journal.error();
    if (journal->compare(u"wal", Qt::CaseInsensitive) != 0)
        return Error{ErrorCode::Database,
                     QCoreApplication::translate("baken::Vault", "The vault's journal could not be switched on.")};
    for (const char *pragma : {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON", "PRAGMA secure_delete = ON",
                               "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536"}) {
        if (auto s = db.exec(pragma); !s)
            return s;
    }
    return {};
}

Status exportEncryptedCopy(Database &source, const QString &target, const SecureBytes &keySpec)
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
    // inherit; a copy on a USB stick must be a single, finished file.
    Status copied = source.exec("PRAGMA baken_copy.cipher_page_size = 4096");
    if (copied)
        copied = source.exec("PRAGMA baken_copy.journal_mode = DELETE");
    // No fsync per copied table (about 4 per table, seconds on a USB stick):
    // every caller syncs the finished copy once before renaming it into place.
    if (copied)
        copied = source.exec("PRAGMA baken_copy.synchronous = OFF");
    if (copied)
        copied = source.exec("SELECT sqlcipher_export('baken_copy')");
    if (auto s = source.exec("DETACH DATABASE baken_copy"); copied && !s)
        copied = s;
    return copied;
}

void removeWithJournal(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace baken
