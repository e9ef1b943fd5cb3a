#include "StaleCopies.h"

#include "Connection.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace baken {

int removeStaleCopies(const QString &folder, const QString &pattern, const QDateTime &now)
{
    const QDateTime before = now.addSecs(-std::chrono::seconds(StaleCopyAge).count());
    QSet<QString> copies;
    const QFileInfoList found =
        QDir(folder).entryInfoList({pattern}, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &file : found) {
        if (file.lastModified() >= before)
            continue;
        // A journal goes with its copy, and is removed even when the copy is gone.
        QString path = file.absoluteFilePath();
        for (const QLatin1String suffix : {QLatin1String("-journal"), QLatin1String("-wal"), QLatin1String("-shm")})
            if (path.endsWith(suffix))
                path.chop(suffix.size());
        copies.insert(path);
    }
    int removed = 0;
    for (const QString &copy : std::as_const(copies)) {
        removeWithJournal(copy);
        if (!QFileInfo::exists(copy))
            ++removed;
    }
    return removed;
}

int removeStaleVaultCopies(const QString &vaultPath, const QDateTime &now)
{
    const QFileInfo vault(vaultPath);
    const QString prefix = u'.' + vault.fileName() + u'.';
    // Names from Vault.cpp's siblingTempPath: ".NAME.rekey-XXXX", ".NAME.creating-XXXX".
    return removeStaleCopies(vault.absolutePath(), prefix + u"rekey-*", now)
           + removeStaleCopies(vault.absolutePath(), prefix + u"creating-*", now);
}

} // namespace baken
