#pragma once

#include "base/Result.h"
#include "codelists/SqlCodeListStore.h"
#include "groups/GroupService.h"
#include "groups/Schedule.h"
#include "groups/SqlGroupStore.h"
#include "vault/Vault.h"

#include <QDateTime>

#include <memory>

// What the group commands (CliGroupCommands.cpp, CliGroupMembers.cpp) share.
namespace baken::cli {

// An open vault with the group services on it (CliApp::openGroups).
struct GroupServices {
    explicit GroupServices(std::unique_ptr<Vault> opened)
        : vault(std::move(opened))
        , codes(vault->db())
        , store(vault->db())
        , service(*vault, store, codes)
    {}

    std::unique_ptr<Vault> vault;
    SqlCodeListStore codes;
    SqlGroupStore store;
    GroupService service;
};

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

// The session a user names, by the time the series gave it; `at` itself when
// the group has none there, for the service to refuse in its own words.
inline Result<QDateTime> originalStart(const GroupService &service, qint64 groupId, const QDateTime &at)
{
    auto sessions = service.sessions(groupId);
    if (!sessions)
        return sessions.error();
    const Session *session = findSession(*sessions, at);
    return session ? session->originalStart : at;
}

} // namespace baken::cli
