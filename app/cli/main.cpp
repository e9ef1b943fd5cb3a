#include "cli/CliApp.h"
#include "platform/ProcessHardening.h"
#include "platform/Terminal.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>
#include <sys/stat.h>

namespace {

// baken-cli never loads QtGui, which QPdfWriter needs: the Baken app next to
// it draws the PDF from the published summary on its stdin.
baken::Status writePdfWithApp(const QByteArray &publishedJson, const QString &language, const QString &outPath)
{
    const auto failed = [](const QString &message) { return baken::Error{baken::ErrorCode::Io, message}; };
    const QString app = QCoreApplication::applicationDirPath() + QStringLiteral("/baken");
    if (!QFileInfo(app).isExecutable())
        return failed(QCoreApplication::translate("baken::CliApp",
                                                  "PDF needs the Baken app installed; use --format json or csv."));
    QProcess process;
    process.setProgram(app);
    process.setArguments({QStringLiteral("--summary-pdf"), outPath, QStringLiteral("--lang"), language});
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start();
    if (!process.waitForStarted())
        return failed(QCoreApplication::translate("baken::CliApp", "The Baken app could not be started to draw the "
                                                                   "PDF: %1")
                          .arg(process.errorString()));
    process.write(publishedJson);
    process.closeWriteChannel();
    // Drawing charts for a year takes seconds, not minutes.
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return failed(QCoreApplication::translate("baken::CliApp", "The Baken app did not finish the PDF."));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // Its last line is the message; Qt may have warned on lines before.
        const QStringList lines =
            QString::fromLocal8Bit(process.readAllStandardError()).split(u'\n', Qt::SkipEmptyParts);
        const QString reason = lines.isEmpty() ? QString() : lines.constLast().trimmed();
        return failed(reason.isEmpty()
                          ? QCoreApplication::translate("baken::CliApp", "The Baken app could not write the PDF.")
                          : reason);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    baken::platform::hardenProcess(); // no core dumps, no debugger attach
    ::umask(077);                     // whatever Baken writes is for the owner only
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("baken-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Baken"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BAKEN_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    baken::CliIo io{out, err, &baken::platform::readSecretLine,
                    [](const char *name) { return qEnvironmentVariable(name); }, &writePdfWithApp};
    io.readLine = [&err](const QString &prompt) {
        err << prompt;
        err.flush();
        return QTextStream(stdin).readLine();
    };
    return baken::CliApp(io).run(QCoreApplication::arguments());
}
