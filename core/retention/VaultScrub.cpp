#include "VaultScrub.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

#include <sqlcipher/sqlite3.h>

namespace baken {

Status scrubVault(Database &db)
{
    // Every full-text index: the case search and, since schema version 7,
    // the consultation search, whose triggers re-index an erased question.
    auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'"
                             " AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts4%'");
    if (!tables)
        return tables.error();
    QList<QByteArray> indexes;
    if (auto s = tables->forEach([&](Statement &row) { indexes << row.text(0).toUtf8(); }); !s)
        return s;
    tables->reset();
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
    for (const QByteArray &name : std::as_const(indexes)) {
        if (!identifier.match(QString::fromUtf8(name)).hasMatch())
            continue;
        const QByteArray sql = "INSERT INTO " + name + " (" + name + ") VALUES ('optimize')";
        if (auto s = db.exec(sql.constData()); !s)
            return s;
    }
    // secure_delete zeroes what is freed while it is on, which it always is
    // in Baken (every connection sets it, vault/Connection.cpp); free pages freed without it (a vault changed by another
    // SQLCipher tool) could still hold text, so a vault with any is rebuilt.
    auto freePages = db.queryInt("PRAGMA freelist_count");
    if (!freePages)
        return freePages.error();
    if (*freePages > 0)
        if (auto s = db.exec("VACUUM"); !s)
            return s;
    int logFrames = -1;
    int checkpointed = -1;
    const int rc = sqlite3_wal_checkpoint_v2(db.handle(), "main", SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
    if (rc != SQLITE_OK)
        return db.lastError();
    // TRUNCATE leaves an empty -wal only when every frame was copied back.
    if (logFrames != 0) {
        return Error{ErrorCode::Database,
                     QCoreApplication::translate("baken::RetentionService",
                                                 "The vault's journal could not be emptied after erasing.")};
    }
    return {};
}

} // namespace baken
