// Backup files (core/backup): the header, the key and the SQLCipher file
// behind it, as "restore from a backup" meets a file from a USB stick.
#include "FuzzSupport.h"

#include "backup/Backup.h"
#include "backup/Restore.h"

#include <QFile>

using namespace baken;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QString backupPath = fuzz::tempPath(QStringLiteral("input.bakenbackup"));
    static const QString vaultPath = fuzz::tempPath(QStringLiteral("restored.baken"));
    {
        QFile file(backupPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            fuzz::fail("cannot write the input file");
    }
    (void)Backup::probe(backupPath);
    RestoreRequest request{backupPath, fuzz::seedRecoveryKey(), vaultPath,
                           QStringLiteral("lantern orbit velvet crocus tambourine"), false};
    auto restored = restoreBackup(request);
    if (restored) {
        // Each input starts from no restored vault, as the first did.
        restored->reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(vaultPath + QLatin1String(suffix));
    }
    return 0;
}
