#pragma once

#include "backup/Backup.h"
#include "backup/Restore.h"
#include "support/TestVault.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baken::test {

// Every row of every table, as text, for "nothing was lost" comparisons.
inline QMap<QString, QStringList> tableDump(Database &db)
{
    QMap<QString, QStringList> out;
    QStringList tables;
    auto names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 "
                            "AND name NOT LIKE 'sqlite_%' ORDER BY name");
    EXPECT_TRUE(names.ok());
    EXPECT_TRUE(names->forEach([&](const Statement &row) { tables << row.text(0); }).ok());
    for (const QString &table : tables) {
        // quote() keeps NULL, numbers, text and blobs apart.
        QStringList columns;
        auto info = db.prepare(QByteArray("PRAGMA table_info(\"" + table.toUtf8() + "\")").constData());
        EXPECT_TRUE(info.ok());
        EXPECT_TRUE(info->forEach([&](const Statement &row) { columns << u"quote(\"" + row.text(1) + u"\")"; }).ok());
        const QByteArray select =
            "SELECT " + columns.join(u" || '|' || ").toUtf8() + " FROM \"" + table.toUtf8() + "\" ORDER BY rowid";
        auto rows = db.prepare(select.constData());
        EXPECT_TRUE(rows.ok()) << table.toStdString();
        if (!rows.ok())
            continue;
        QStringList &dump = out[table];
        EXPECT_TRUE(rows->forEach([&](const Statement &row) { dump << row.text(0); }).ok());
    }
    return out;
}

// The names and contents of every file in a folder.
struct FolderSnapshot {
    QStringList names;
    QList<QByteArray> hashes;
    bool operator==(const FolderSnapshot &) const = default;
};

inline FolderSnapshot snapshotFolder(const QString &folder)
{
    FolderSnapshot s;
    s.names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : s.names)
        s.hashes << fileHash(QDir(folder).filePath(name));
    return s;
}

inline QString anotherStrongPassphrase()
{
    return QStringLiteral("harbour quilt meridian pumpkin saxophone");
}

inline RestoreRequest restoreRequest(const QString &backup, Vault &from, const QString &to)
{
    auto key = from.recoveryKey();
    EXPECT_TRUE(key.ok());
    return RestoreRequest{backup, std::move(key).value(), to, anotherStrongPassphrase()};
}

} // namespace baken::test
