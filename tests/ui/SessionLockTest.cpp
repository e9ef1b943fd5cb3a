// The vault locks when the desktop says so (screen lock, sleep) and, if the
// advisor chose it, when the window is minimised.
#include "UiTestSupport.h"
#include "WindowTestSupport.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "shell/MainWindow.h"
#include "shell/SessionWatcher.h"
#include "shell/VaultWorkspace.h"
#include "support/TestVault.h"

#include <QCheckBox>
#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <gtest/gtest.h>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace baken::test {

// logind's Manager.Inhibit as a test sees it: each lock is the write end of
// a pipe; the lock is held while any copy of that end is open (logind itself
// hands out a FIFO and watches it the same way).
class FakeLogind : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public:
    ~FakeLogind() override
    {
        for (const int fd : std::as_const(m_readEnds))
            ::close(fd);
    }
    int locksGiven() const { return int(m_readEnds.size()); }
    QStringList requests() const { return m_requests; }
    // Whether the newest lock is still held by the client.
    bool newestHeld() const
    {
        if (m_readEnds.isEmpty())
            return false;
        char byte;
        return ::read(m_readEnds.constLast(), &byte, 1) < 0 && errno == EAGAIN; // 0: every write end closed
    }

public Q_SLOTS:
    QDBusUnixFileDescriptor Inhibit(const QString &what, const QString &who, const QString &why, const QString &mode)
    {
        m_requests << QStringList{what, who, why, mode}.join(u'|');
        int ends[2];
        if (::pipe2(ends, O_CLOEXEC | O_NONBLOCK) != 0)
            return {};
        m_readEnds << ends[0];
        QDBusUnixFileDescriptor lock(ends[1]); // a copy goes to the caller
        ::close(ends[1]);
        return lock;
    }

private:
    QList<int> m_readEnds;
    QStringList m_requests;
};

namespace {

class SessionLockTest : public ::testing::Test {
protected:
    SessionLockTest() : m_settings(m_dir.path(QStringLiteral("settings.ini"))), m_window(m_settings) {}

    void SetUp() override { unlockNewVaultInWindow(m_window, m_dir, QStringLiteral("session.baken")); }

    void expectLocked()
    {
        EXPECT_TRUE(m_window.isLocked());
        EXPECT_EQ(m_window.workspace(), nullptr) << "nothing of the vault stays on screen";
    }

    TestVaultDir m_dir;
    Settings m_settings;
    ui::MainWindow m_window;
};

TEST_F(SessionLockTest, TheScreenLockingLocksTheVault)
{
    ASSERT_TRUE(m_window.isUnlocked());
    QSignalSpy locked(&m_window, &ui::MainWindow::vaultLocked);
    m_window.sessionWatcher()->screenSaverActiveChanged(true);
    EXPECT_EQ(locked.count(), 1);
    expectLocked();
}

TEST_F(SessionLockTest, TheScreenComingBackLeavesTheVaultAsItIs)
{
    m_window.sessionWatcher()->screenSaverActiveChanged(false);
    EXPECT_TRUE(m_window.isUnlocked());
}

TEST_F(SessionLockTest, GoingToSleepLocksTheVault)
{
    m_window.sessionWatcher()->prepareForSleep(false); // waking up: nothing to do
    ASSERT_TRUE(m_window.isUnlocked());
    m_window.sessionWatcher()->prepareForSleep(true);
    expectLocked();
}

TEST_F(SessionLockTest, MinimisingLocksOnlyWhenTheAdvisorChoseIt)
{
    m_window.showMinimized();
    EXPECT_TRUE(m_window.isUnlocked()) << "off by default";
    m_window.showNormal();

    m_window.workspace()->showPage(ui::VaultWorkspace::SettingsPageIndex);
    auto *check = m_window.workspace()->settingsPage()->findChild<QCheckBox *>(QStringLiteral("lockOnMinimiseCheck"));
    ASSERT_NE(check, nullptr);
    EXPECT_FALSE(check->isChecked());
    check->click();
    EXPECT_TRUE(m_settings.lockOnMinimise()) << "remembered for the next time";

    m_window.showMinimized();
    expectLocked();
}

TEST_F(SessionLockTest, TheMinimiseChoiceIsShownAsSavedNextTime)
{
    m_settings.setValue(Settings::Key::LockOnMinimise, true);
    m_window.lockVault();
    unlockInWindow(m_window, m_dir.path(QStringLiteral("session.baken")));
    m_window.workspace()->showPage(ui::VaultWorkspace::SettingsPageIndex);
    auto *check = m_window.workspace()->settingsPage()->findChild<QCheckBox *>(QStringLiteral("lockOnMinimiseCheck"));
    ASSERT_NE(check, nullptr);
    EXPECT_TRUE(check->isChecked());
}

// A private D-Bus daemon stands in for the session and system buses, so
// the real signals travel over a real bus.
class PrivateBus {
public:
    PrivateBus()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            return;
        m_daemon.start(daemon,
                       {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        if (!m_daemon.waitForStarted() || !m_daemon.waitForReadyRead(5000))
            return;
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    }
    ~PrivateBus()
    {
        for (const QString &name : std::as_const(m_names))
            QDBusConnection::disconnectFromBus(name);
        m_daemon.kill();
        m_daemon.waitForFinished();
    }
    bool isUp() const { return !m_address.isEmpty(); }
    QDBusConnection connect(const QString &name)
    {
        m_names << name;
        return QDBusConnection::connectToBus(m_address, name);
    }

private:
    QProcess m_daemon;
    QString m_address;
    QStringList m_names;
};

TEST(SessionWatcher, ScreenLockAndSleepSignalsOnTheBusAskForALock)
{
    PrivateBus bus;
    if (!bus.isUp())
        GTEST_SKIP() << "dbus-daemon is not installed";
    QDBusConnection listener = bus.connect(QStringLiteral("baken-watcher"));
    QDBusConnection desktop = bus.connect(QStringLiteral("baken-desktop"));
    ASSERT_TRUE(listener.isConnected() && desktop.isConnected());
    ui::SessionWatcher watcher(listener, listener);
    EXPECT_EQ(watcher.subscriptions(), 3);
    QSignalSpy lock(&watcher, &ui::SessionWatcher::lockRequested);

    const struct {
        const char *path, *interface, *member;
    } sent[] = {
        {"/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"},
        {"/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"},
        {"/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"},
        {"/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"},
    };
    int expected = 0;
    for (const auto &s : sent) {
        for (bool value : {false, true}) {
            QDBusMessage message =
                QDBusMessage::createSignal(QLatin1String(s.path), QLatin1String(s.interface), QLatin1String(s.member));
            message << value;
            ASSERT_TRUE(desktop.send(message));
            if (value) {
                ++expected;
                EXPECT_TRUE(waitFor([&] { return lock.count() == expected; }, 5000)) << s.interface;
            } else {
                QTest::qWait(100);
                EXPECT_EQ(lock.count(), expected) << s.interface << " false must not lock";
            }
        }
    }
}

TEST(SessionWatcher, HoldsASleepDelayLockUntilTheVaultIsLockedAndTakesItAgainOnWaking)
{
    PrivateBus bus;
    if (!bus.isUp())
        GTEST_SKIP() << "dbus-daemon is not installed";
    QDBusConnection system = bus.connect(QStringLiteral("baken-system"));
    QDBusConnection logindBus = bus.connect(QStringLiteral("baken-logind"));
    FakeLogind logind;
    ASSERT_TRUE(
        logindBus.registerObject(QStringLiteral("/org/freedesktop/login1"), &logind, QDBusConnection::ExportAllSlots));
    ASSERT_TRUE(logindBus.registerService(QStringLiteral("org.freedesktop.login1")));

    ui::SessionWatcher watcher(system, system);
    ASSERT_TRUE(waitFor([&] { return logind.locksGiven() == 1 && watcher.holdsSleepDelay(); }, 5000));
    ASSERT_EQ(logind.requests().size(), 1);
    EXPECT_TRUE(logind.requests().first().startsWith(u"sleep|Baken|")) << logind.requests().first().toStdString();
    EXPECT_TRUE(logind.requests().first().endsWith(u"|delay")) << "a block lock would stop the machine sleeping";
    EXPECT_TRUE(logind.newestHeld());

    // While the vault locks, the machine still waits; then it may sleep.
    bool heldWhileLocking = false;
    QObject::connect(&watcher, &ui::SessionWatcher::lockRequested, &watcher,
                     [&] { heldWhileLocking = logind.newestHeld(); });
    // A new message each time: QDBusMessage::operator<< appends to shared data.
    const auto sleep = [](bool starting) {
        return QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/login1"),
                                          QStringLiteral("org.freedesktop.login1.Manager"),
                                          QStringLiteral("PrepareForSleep"))
               << starting;
    };
    ASSERT_TRUE(logindBus.send(sleep(true)));
    ASSERT_TRUE(waitFor([&] { return !logind.newestHeld(); }, 5000)) << "the lock must be let go after locking";
    EXPECT_TRUE(heldWhileLocking);
    EXPECT_FALSE(watcher.holdsSleepDelay());

    ASSERT_TRUE(logindBus.send(sleep(false)));
    EXPECT_TRUE(waitFor([&] { return logind.locksGiven() == 2 && watcher.holdsSleepDelay(); }, 5000))
        << "taken again after waking";
    EXPECT_TRUE(logind.newestHeld());
    logindBus.unregisterService(QStringLiteral("org.freedesktop.login1"));
}

TEST(SessionWatcher, WithoutABusItStaysQuiet)
{
    const QDBusConnection none =
        QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/bus"), QStringLiteral("baken-no-bus"));
    ui::SessionWatcher watcher(none, none);
    EXPECT_EQ(watcher.subscriptions(), 0);
    QDBusConnection::disconnectFromBus(QStringLiteral("baken-no-bus"));
}

} // namespace
} // namespace baken::test

#include "SessionLockTest.moc"
