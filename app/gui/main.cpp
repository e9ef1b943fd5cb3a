#include "i18n/Translations.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

#include <optional>

#include <sys/stat.h>

namespace {

// --screenshot: waits until the window has settled (and any vault opening
// has finished), grabs it, prints the path and quits.
void scheduleScreenshot(baken::ui::MainWindow &window, const QString &file)
{
    auto *poll = new QTimer(&window);
    poll->setInterval(200);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, file, poll] {
        if (window.isBusy())
            return;
        poll->stop();
        QTimer::singleShot(300, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            if (saved)
                QTextStream(stdout) << file << Qt::endl;
            QApplication::exit(saved ? 0 : 1);
        });
    });
    QTimer::singleShot(1000, poll, qOverload<>(&QTimer::start));
}

// The value of --lang X or --lang=X, if given.
std::optional<QString> languageArgument(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--lang" && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(u"--lang="))
            return args[i].mid(7);
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything Baken writes (vaults, settings, printed PDFs) is for the user alone.
    umask(077);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Baken"));
    QApplication::setApplicationName(QStringLiteral("Baken"));
    QApplication::setApplicationDisplayName(QStringLiteral("Baken"));
    QApplication::setApplicationVersion(QStringLiteral(BAKEN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("nl.baken.Baken"));

    baken::Settings settings;
    // Before the parser, so that --help is in the chosen language too.
    baken::installTranslations(languageArgument(QApplication::arguments()).value_or(settings.language()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Confidential case management for reports of discrimination at work."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("VAULT"), QApplication::translate("main", "A vault file to unlock."),
                                 QStringLiteral("[VAULT]"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate(
            "main", "Open the demo vault (or VAULT, if it is a demo vault) with its published passphrase."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE, print its path and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("main", "Use this language for this run: nl or en."),
                                  QStringLiteral("nl|en"));
    parser.addOptions({demo, screenshot, lang});
    parser.process(app);

    baken::ui::MainWindow window(settings);
    window.show();

    const QStringList positional = parser.positionalArguments();
    const QString vault = positional.value(0);
    if (parser.isSet(demo))
        vault.isEmpty() ? window.openDemoVault() : window.openAsDemo(vault);
    else if (!vault.isEmpty())
        window.openVaultFile(vault);

    if (parser.isSet(screenshot))
        scheduleScreenshot(window, parser.value(screenshot));

    const int code = QApplication::exec();
    settings.sync();
    return code;
}
