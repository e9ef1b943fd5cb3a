#pragma once

#include "Database.h"
#include "Statement.h"

#include <QList>

#include <QDate>
#include <QDateTime>

// Conversions between Baken's values and how the vault stores them: dates
// as ISO text, timestamps as ISO UTC text, "not chosen" ids as NULL.
namespace baken::sql {

inline QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

inline QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline QString nowText()
{
    return timeText(QDateTime::currentDateTimeUtc());
}

inline void bindDate(Statement &stmt, int index, const QDate &date)
{
    if (date.isValid())
        stmt.bind(index, dateText(date));
    else
        stmt.bindNull(index);
}

inline void bindTime(Statement &stmt, int index, const QDateTime &time)
{
    if (time.isValid())
        stmt.bind(index, timeText(time));
    else
        stmt.bindNull(index);
}

inline void bindId(Statement &stmt, int index, qint64 id)
{
    if (id > 0)
        stmt.bind(index, id);
    else
        stmt.bindNull(index);
}

inline QDate dateAt(const Statement &stmt, int column)
{
    return stmt.isNull(column) ? QDate() : QDate::fromString(stmt.text(column), Qt::ISODate);
}

inline QDateTime timeAt(const Statement &stmt, int column)
{
    if (stmt.isNull(column))
        return {};
    return QDateTime::fromString(stmt.text(column), Qt::ISODateWithMs); // stored with "Z": UTC
}

// Every row of `sql` with ?1 bound to `key`, each turned into a T by `read`.
template<typename T, typename Read>
Result<QList<T>> readAll(Database &db, const char *sql, qint64 key, Read read)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    QList<T> out;
    if (auto s = stmt->forEach([&](const Statement &row) { out << read(row); }); !s)
        return s.error();
    return out;
}

} // namespace baken::sql
