#include "cli/CliApp.h"
#include "platform/Terminal.h"

#include <QCoreApplication>

#include <cstdio>
#include <sys/stat.h>

int main(int argc, char *argv[])
{
    ::umask(077); // whatever Baken writes is for the owner only
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("baken-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Baken"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BAKEN_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    baken::CliIo io{out, err, &baken::platform::readSecretLine,
                    [](const char *name) { return qEnvironmentVariable(name); }};
    return baken::CliApp(io).run(QCoreApplication::arguments());
}
