#include "Database.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlcipher/sqlite3.h>

#include <utility>

namespace baken {

Error databaseError(int sqliteCode)
{
    // A write that failed part-way. SQLite says SQLITE_FULL only when the
    // system says ENOSPC; a full USB stick or a file-size limit (EFBIG) shows
    // up here. The transaction was rolled back, so earlier saves are intact.
    if (sqliteCode == SQLITE_IOERR_WRITE || sqliteCode == SQLITE_IOERR_FSYNC) {
        return {ErrorCode::Io, QCoreApplication::translate(
                                   "baken::Database", "The vault could not be written to the disk. The disk may be "
                                                      "full: free some space and try again. What was saved before "
                                                      "is safe.")};
    }
    const int primary = sqliteCode & 0xFF;
    switch (primary) {
    case SQLITE_NOTADB:
        return {ErrorCode::WrongPassphrase,
                QCoreApplication::translate("baken::Database",
                                            "The passphrase is not correct, or the file is not a Baken vault.")};
    case SQLITE_FULL:
        return {ErrorCode::Io,
                QCoreApplication::translate("baken::Database",
                                            "The disk is full. Nothing was saved; free some space and try again.")};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return {ErrorCode::Io,
                QCoreApplication::translate("baken::Database",
                                            "The vault file cannot be written. Check that the folder is writable.")};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Database, QCoreApplication::translate(
                                         "baken::Database", "The vault is in use by another Baken window or program.")};
    case SQLITE_CORRUPT:
        return {ErrorCode::Integrity,
                QCoreApplication::translate("baken::Database", "The vault file is damaged. Restore it from a backup.")};
    case SQLITE_IOERR:
        return {ErrorCode::Io, QCoreApplication::translate("baken::Database",
                                                           "The vault could not be read from or written to the disk.")};
    default:
        return {ErrorCode::Database,
                QCoreApplication::translate("baken::Database",
                                            "The vault reported an internal error (code %1). Nothing was changed.")
                    .arg(sqliteCode)};
    }
}

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Result<Database> Database::open(const QString &path, OpenMode mode)
{
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (mode == OpenMode::CreateNew)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const int code = db ? sqlite3_extended_errcode(db) : rc;
        sqlite3_close_v2(db);
        return databaseError(code);
    }
    sqlite3_extended_result_codes(db, 1);
    return Database(db);
}

Status Database::key(const SecureBytes &keySpec)
{
    if (sqlite3_key(m_db, keySpec.data(), static_cast<int>(keySpec.size())) != SQLITE_OK)
        return lastError();
    return {};
}

Status Database::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return lastError();
    return {};
}

Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return lastError();
    return Statement(stmt);
}

namespace {

template<typename T, typename Read>
Result<T> queryFirst(Database &db, const char *sql, Read read)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::NotFound, {}};
    return read(*stmt);
}

} // namespace

Result<qint64> Database::queryInt(const char *sql)
{
    return queryFirst<qint64>(*this, sql, [](const Statement &s) { return s.int64(0); });
}

Result<QString> Database::queryText(const char *sql)
{
    return queryFirst<QString>(*this, sql, [](const Statement &s) { return s.text(0); });
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

int Database::lastErrorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
}

Error Database::lastError() const
{
    return databaseError(lastErrorCode());
}

Transaction::~Transaction()
{
    if (m_active)
        (void)m_db.exec("ROLLBACK");
}

Status Transaction::begin()
{
    auto status = m_db.exec("BEGIN IMMEDIATE");
    m_active = status.ok();
    return status;
}

Status Transaction::commit()
{
    auto status = m_db.exec("COMMIT");
    if (status.ok())
        m_active = false;
    return status;
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_active)
        (void)m_db.exec("ROLLBACK");
}

Status ReadSnapshot::begin()
{
    if (sqlite3_get_autocommit(m_db.handle()) == 0)
        return {};
    // Deferred: a reader takes no write lock.
    Status status = m_db.exec("BEGIN");
    m_active = status.ok();
    return status;
}

} // namespace baken
