#include "AuditLog.h"

#include "crypto/Sodium.h"
#include "db/Database.h"

#include <sodium.h>

namespace baken {

namespace {

constexpr std::size_t HashSize = 32;

void feed(crypto_generichash_state &state, const QByteArray &field)
{
    // Length-prefixed, so ("ab","c") and ("a","bc") never hash alike.
    const quint64 length = static_cast<quint64>(field.size());
    unsigned char prefix[8];
    for (int i = 0; i < 8; ++i)
        prefix[i] = static_cast<unsigned char>(length >> (8 * i));
    crypto_generichash_update(&state, prefix, sizeof prefix);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(field.constData()),
                              static_cast<unsigned long long>(field.size()));
}

QByteArray chainHash(const QByteArray &prevHash, qint64 id, const QString &at, const QString &actor,
                     const QString &event, const QString &objectType, const QString &objectId)
{
    ensureSodium();
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, HashSize);
    feed(state, prevHash);
    feed(state, QByteArray::number(id));
    for (const QString *field : {&at, &actor, &event, &objectType, &objectId})
        feed(state, field->toUtf8());
    QByteArray out(HashSize, '\0');
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), HashSize);
    return out;
}

// Rows of (id, at, actor, event, object_type, object_id).
Result<QList<AuditEntry>> readEntries(Statement &rows)
{
    QList<AuditEntry> out;
    auto read = rows.forEach([&](const Statement &row) {
        out << AuditEntry{row.int64(0), QDateTime::fromString(row.text(1), Qt::ISODateWithMs),
                          row.text(2),  row.text(3),
                          row.text(4),  row.text(5)};
    });
    if (!read)
        return read.error();
    return out;
}

} // namespace

QString currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Status AuditLog::append(const QString &event, const QString &objectType, const QString &objectId)
{
    QByteArray prevHash(HashSize, '\0');
    qint64 nextId = 1;
    {
        auto last = m_db.prepare("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
        if (!last)
            return last.error();
        auto row = last->step();
        if (!row)
            return row.error();
        if (*row) {
            nextId = last->int64(0) + 1;
            prevHash = last->blob(1);
        }
    }
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QByteArray hash = chainHash(prevHash, nextId, at, m_actor, event, objectType, objectId);
    auto insert = m_db.prepare("INSERT INTO audit_log (id, at, actor, event, object_type, object_id, prev_hash, hash)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert)
        return insert.error();
    insert->bind(1, nextId).bind(2, at).bind(3, m_actor).bind(4, event);
    insert->bind(5, objectType.isNull() ? QString(u""_qs) : objectType);
    insert->bind(6, objectId.isNull() ? QString(u""_qs) : objectId);
    insert->bind(7, prevHash).bind(8, hash);
    return insert->run();
}

Result<AuditVerification> AuditLog::verify() const
{
    auto rows = m_db.prepare("SELECT id, at, actor, event, object_type, object_id, prev_hash, hash"
                             " FROM audit_log ORDER BY id");
    if (!rows)
        return rows.error();
    AuditVerification result;
    QByteArray expectedPrev(HashSize, '\0');
    qint64 expectedId = 1;
    auto walked = rows->forEach([&](const Statement &row) {
        ++result.entries;
        const qint64 id = row.int64(0);
        const QByteArray prev = row.blob(6);
        const QByteArray stored = row.blob(7);
        const QByteArray computed =
            chainHash(prev, id, row.text(1), row.text(2), row.text(3), row.text(4), row.text(5));
        // A gap in the ids means a removed row; a wrong link or hash an edit.
        if (result.intact && (id != expectedId || prev != expectedPrev || stored != computed)) {
            result.intact = false;
            result.firstBrokenId = id;
        }
        expectedPrev = stored;
        expectedId = id + 1;
    });
    if (!walked)
        return walked.error();
    result.headHash = expectedPrev;
    return result;
}

Result<QList<AuditEntry>> AuditLog::latest(int limit) const
{
    auto rows = m_db.prepare("SELECT id, at, actor, event, object_type, object_id"
                             " FROM audit_log ORDER BY id DESC LIMIT ?1");
    if (!rows)
        return rows.error();
    rows->bind(1, limit);
    return readEntries(*rows);
}

Result<QList<AuditEntry>> AuditLog::forObject(const QString &objectType, const QString &objectId, int limit) const
{
    auto rows = m_db.prepare("SELECT id, at, actor, event, object_type, object_id FROM audit_log"
                             " WHERE object_type = ?1 AND object_id = ?2 ORDER BY id DESC LIMIT ?3");
    if (!rows)
        return rows.error();
    rows->bind(1, objectType).bind(2, objectId).bind(3, limit);
    return readEntries(*rows);
}

Result<QList<AuditEntry>> AuditLog::find(const AuditQuery &query) const
{
    // ?1 the starting id, ?2 the limit, ?3 the text, ?4... the events.
    QStringList any;
    if (!query.text.isEmpty()) {
        // lower() folds ASCII only, which is all the codes and ids need.
        any << QStringLiteral("instr(lower(at || ' ' || actor || ' ' || event || ' ' || object_type"
                              " || ' ' || object_id), ?3) > 0");
    }
    if (!query.events.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < query.events.size(); ++i)
            marks << QStringLiteral("?%1").arg(4 + i);
        any << QStringLiteral("event IN (%1)").arg(marks.join(u", "));
    }
    QString sql = QStringLiteral("SELECT id, at, actor, event, object_type, object_id FROM audit_log"
                                 " WHERE (?1 = 0 OR id < ?1)");
    if (!any.isEmpty())
        sql += QStringLiteral(" AND (%1)").arg(any.join(u" OR "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?2");

    auto rows = m_db.prepare(sql.toUtf8().constData());
    if (!rows)
        return rows.error();
    rows->bind(1, query.beforeId).bind(2, query.limit);
    if (!query.text.isEmpty())
        rows->bind(3, query.text.toLower());
    for (qsizetype i = 0; i < query.events.size(); ++i)
        rows->bind(int(4 + i), query.events.at(i));
    return readEntries(*rows);
}

Result<qint64> AuditLog::count() const
{
    return m_db.queryInt("SELECT count(*) FROM audit_log");
}

} // namespace baken
