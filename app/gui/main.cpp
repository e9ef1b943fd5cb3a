#include "i18n/Translations.h"
#include "platform/ProcessHardening.h"
#include "reports/SummaryPdf.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "summary/SummaryJson.h"
#include "widgets/MessageBoxAccess.h"
#include "widgets/VisibleFrames.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
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

// --summary-pdf OUT: the published summary JSON on stdin becomes the PDF
// report at OUT, without a window or a vault (baken-cli calls this, since it
// does not load QtGui). Returns the exit code.
int writeSummaryPdfFromStdin(const QString &outPath, const QString &language)
{
    QTextStream err(stderr);
    const auto fail = [&err](const QString &message) {
        err << message << Qt::endl;
        return 1;
    };
    if (language != u"nl" && language != u"en")
        return fail(QApplication::translate("main", "The report language must be nl or en, not \"%1\".").arg(language));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(QApplication::translate("main", "The summary could not be read from standard input."));
    auto published = baken::summary::summaryFromJson(in.readAll());
    if (!published)
        return fail(QApplication::translate("main", "This is not a summary Baken can print: %1")
                        .arg(published.error().message));
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return fail(
            QApplication::translate("main", "The report could not be saved as %1: %2").arg(outPath, out.errorString()));
    if (auto written = baken::ui::writeSummaryPdf(*published, language, out); !written) {
        out.cancelWriting();
        return fail(written.error().message);
    }
    if (!out.commit())
        return fail(
            QApplication::translate("main", "The report could not be saved as %1: %2").arg(outPath, out.errorString()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // No core dump or debugger of the same user ever sees an unlocked vault
    // (docs/security.md says how a developer keeps core dumps).
    baken::platform::hardenProcess();
    // Everything Baken writes (vaults, settings, printed PDFs) is for the user alone.
    umask(077);
    // The PDF mode draws without a window, also where there is no display.
    bool summaryPdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        summaryPdf = summaryPdf || arg == "--summary-pdf" || arg.startsWith("--summary-pdf=");
    }
    if (summaryPdf && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Baken"));
    QApplication::setApplicationName(QStringLiteral("Baken"));
    QApplication::setApplicationDisplayName(QStringLiteral("Baken"));
    QApplication::setApplicationVersion(QStringLiteral(BAKEN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("nl.baken.Baken"));
    // The style the desktop (or -style) chose, with frames that read on a
    // black high-contrast theme too.
    baken::ui::useVisibleFrames();
    // Qt's message boxes described for a screen reader like Baken's dialogs.
    baken::ui::describeMessageBoxes();

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
    const QCommandLineOption pdf(
        QStringLiteral("summary-pdf"),
        QApplication::translate("main", "Read a published summary (JSON) on standard input, write its PDF report to "
                                        "FILE in the --lang language and quit, without opening a window."),
        QStringLiteral("FILE"));
    parser.addOptions({demo, screenshot, lang, pdf});
    parser.process(app);

    if (parser.isSet(pdf))
        return writeSummaryPdfFromStdin(parser.value(pdf),
                                        parser.isSet(lang) ? parser.value(lang) : settings.language());

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
