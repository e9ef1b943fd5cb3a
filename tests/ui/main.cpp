#include "AccessibilityAudit.h"
#include "vault/TestHooks.h"
#include "widgets/MessageBoxAccess.h"
#include "widgets/VisibleFrames.h"

#include <QApplication>
#include <QMessageBox>
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

// Every message box any test opens goes through the accessibility audit's
// static checks (names and descriptions of its buttons) as it is shown:
// Qt's own boxes, which no test of a Baken window walks. Installed before
// describeMessageBoxes(), so that it runs after it, as in the app.
class MessageBoxAudit final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Show)
            return false;
        auto *box = qobject_cast<QMessageBox *>(watched);
        if (!box)
            return false;
        const QString where = u"message box \u201c"_qs + box->windowTitle() + u"\u201d: "_qs;
        if (box->accessibleDescription().isEmpty())
            ADD_FAILURE() << where.toStdString() << "no accessible description (its text)";
        for (const QString &problem : baken::test::unnamedInputs(box) + baken::test::undescribedInputs(box))
            ADD_FAILURE() << QString(where + problem).toStdString();
        return false;
    }
};

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
    app.installEventFilter(new MessageBoxAudit(&app));
    baken::ui::describeMessageBoxes(); // as the app does

    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
