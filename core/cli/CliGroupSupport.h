#pragma once

#include "base/Result.h"
#include "groups/Schedule.h"

#include <QDateTime>

// What the group commands (CliGroupCommands.cpp, CliGroupMembers.cpp) share.
namespace baken::cli {

// The first error among `results`, or nullptr when all are ok.
template<typename... T>
const Error *firstError(const Result<T> &...results)
{
    const Error *out = nullptr;
    ((out = out ? out : (results ? nullptr : &results.error())), ...);
    return out;
}

// Local time as the group commands print and read it.
inline QString localTimeText(const QDateTime &time)
{
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The session a user names: by the time the series gave it or, for a moved
// session, by its new time.
inline const Session *findSession(const QList<Session> &sessions, const QDateTime &at)
{
    for (const Session &s : sessions)
        if (s.originalStart == at)
            return &s;
    for (const Session &s : sessions)
        if (s.moved && s.start == at)
            return &s;
    return nullptr;
}

} // namespace baken::cli
