#pragma once

#include "db/Database.h"
#include "db/SqlValues.h"

#include <QDateTime>

// What SqlGroupStore's two files share: session times as local wall-clock
// text ("2026-03-10T19:00"), and the refusal for a row that is gone.
namespace baken {

Error missingGroup();

namespace sql {

inline QString localText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd'T'HH:mm") : QString();
}

inline QDateTime localAt(const Statement &stmt, int column)
{
    if (stmt.isNull(column))
        return {};
    return QDateTime::fromString(stmt.text(column), u"yyyy-MM-dd'T'HH:mm");
}

inline QString orEmpty(const QString &text)
{
    return text.isNull() ? QString(u""_qs) : text;
}

inline Status expectChange(Database &db, Status status)
{
    if (status && db.changes() == 0)
        return missingGroup();
    return status;
}

} // namespace sql
} // namespace baken
