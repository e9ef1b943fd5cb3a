#include "vault/TestHooks.h"
#include "widgets/VisibleFrames.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QtMessageHandler s_defaultHandler = nullptr;

// The offscreen platform warns about every dialog's size hints; that noise
// would bury real warnings.
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    if (s_defaultHandler)
        s_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    // Widgets need a display; offscreen unless the caller chose one (e.g.
    // xcb under Xvfb to watch the tests).
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings, window state and the demo vault go to a throwaway folder,
    // never to the developer's own.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);

    s_defaultHandler = qInstallMessageHandler(filterMessages);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BakenTests"));
    QApplication::setApplicationName(QStringLiteral("BakenUiTests"));
    baken::testing::enableCheapKdf();
    baken::ui::useVisibleFrames(); // as the app does

    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
