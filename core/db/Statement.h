#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

struct sqlite3_stmt;

namespace baken {

// A prepared SQLCipher statement. Values are always bound, never spliced into
// SQL text, and the statement is finalised when the object goes.
class Statement {
public:
    explicit Statement(sqlite3_stmt *stmt) : m_stmt(stmt) {}
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &value); // as a BLOB
    Statement &bindText(int index, const char *utf8, int length);
    Statement &bindNull(int index);

    // true while there is a row to read, false when done.
    Result<bool> step();
    // Steps to the end; for statements that return no rows.
    Status run();
    // Calls `fn(*this)` for every row; stops at the first error.
    template<typename Fn>
    Status forEach(Fn &&fn)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return row.error();
            if (!*row)
                return {};
            fn(*this);
        }
    }

    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace baken
