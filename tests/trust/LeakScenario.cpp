#include "LeakScenario.h"

#include "LeakCapture.h"

#include <QDir>
#include <QFile>

namespace baken::test {

LeakRun::LeakRun(const QString &rootPath)
    : root(rootPath)
    , home(QDir(rootPath).filePath(QStringLiteral("home")))
    , documents(QDir(home).filePath(QStringLiteral("Documents")))
    , backups(QDir(rootPath).filePath(QStringLiteral("media/usb-stick/Baken")))
    , exports(QDir(home).filePath(QStringLiteral("Exports")))
{
    for (const QString &folder : {documents, backups, exports})
        QDir().mkpath(folder);
}

void pointHomeInto(const QString &root)
{
    const QDir dir(root);
    const auto point = [&](const char *name, const QString &relative) {
        const QString path = dir.filePath(relative);
        QDir().mkpath(path);
        qputenv(name, QFile::encodeName(path));
        return path;
    };
    point("HOME", QStringLiteral("home"));
    point("XDG_CONFIG_HOME", QStringLiteral("home/.config"));
    point("XDG_DATA_HOME", QStringLiteral("home/.local/share"));
    point("XDG_CACHE_HOME", QStringLiteral("home/.cache"));
    point("TMPDIR", QStringLiteral("tmp"));
    // Qt refuses a runtime folder that others can read.
    QFile::setPermissions(point("XDG_RUNTIME_DIR", QStringLiteral("run/user")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void runLeakSearch(LeakRun &run)
{
    {
        LeakCapture capture(QDir(run.root).filePath(QStringLiteral("captured")));
        enterThroughServices(run);
        enterThroughCli(run);
        enterThroughWindow(run);
    }
    run.scan.scanBytes(QStringLiteral("Qt messages"), LeakCapture::qtMessages());
    for (const auto &[name, bytes] : run.streams)
        run.scan.scanBytes(name, bytes);
    run.scan.scanTree(run.root, run.exported);
}

} // namespace baken::test
