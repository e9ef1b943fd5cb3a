#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace baken {

class Database;

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString event; // e.g. "vault.opened", "codelist.item_retired"
    QString objectType;
    QString objectId;
};

struct AuditVerification {
    qint64 entries = 0;
    bool intact = true;
    qint64 firstBrokenId = 0; // the first row whose hash or link does not match
    QByteArray headHash;      // the newest entry's hash
};

// One page of the log for a viewer, newest first.
struct AuditQuery {
    qint64 beforeId = 0; // only entries older than this one; 0 starts at the newest
    int limit = 200;
    // When not empty: entries whose time, actor, event, object type or
    // object id contains this text (case-insensitive)...
    QString text;
    // ...or whose event is one of these (the viewer's words for them matched).
    QStringList events;
};

// The append-only, hash-chained audit log inside the vault. It records that
// something happened to which object, never what a case says.
class AuditLog {
public:
    explicit AuditLog(Database &db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

    // Appends within the caller's transaction, if one is open.
    Status append(const QString &event, const QString &objectType = {}, const QString &objectId = {});
    Result<AuditVerification> verify() const;
    Result<QList<AuditEntry>> latest(int limit) const;
    // The newest `limit` entries about one object (a case file's history).
    Result<QList<AuditEntry>> forObject(const QString &objectType, const QString &objectId, int limit) const;
    Result<QList<AuditEntry>> find(const AuditQuery &query) const;
    Result<qint64> count() const;

private:
    Database &m_db;
    QString m_actor;
};

// The OS account name, used as the audit actor.
QString currentActor();

} // namespace baken
