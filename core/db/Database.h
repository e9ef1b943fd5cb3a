#pragma once

#include "Statement.h"
#include "base/Result.h"
#include "crypto/SecureBytes.h"

#include <QString>

struct sqlite3;

namespace baken {

// One SQLCipher connection (the C API; never QtSql, see DESIGN.md).
class Database {
public:
    enum class OpenMode { ExistingOnly, CreateNew };

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<Database> open(const QString &path, OpenMode mode);

    // Keys the connection with a raw key spec (see sqlcipherKeySpec).
    Status key(const SecureBytes &keySpec);
    Status exec(const char *sql);
    Result<Statement> prepare(const char *sql);
    // The first column of the first row, or an error if there is no row.
    Result<qint64> queryInt(const char *sql);
    Result<QString> queryText(const char *sql);

    qint64 lastInsertId() const;
    int changes() const;
    bool isOpen() const { return m_db != nullptr; }
    void close();
    sqlite3 *handle() const { return m_db; }

    // The current SQLite error as a typed error, worded for the user.
    Error lastError() const;
    int lastErrorCode() const;

private:
    explicit Database(sqlite3 *db) : m_db(db) {}
    sqlite3 *m_db = nullptr;
};

// Rolls back unless commit() succeeded; use one per service call.
class Transaction {
public:
    explicit Transaction(Database &db) : m_db(db) {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();

private:
    Database &m_db;
    bool m_active = false;
};

// Reads from one snapshot of the vault, so that figures read by several
// queries agree even if something is written meanwhile; never writes, and
// rolls back at the end. Inside a caller's transaction the snapshot is that
// transaction's.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database &db) : m_db(db) {}
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    Status begin();

private:
    Database &m_db;
    bool m_active = false;
};

Error databaseError(int sqliteCode);

} // namespace baken
