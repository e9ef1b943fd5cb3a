#pragma once

#include <QDBusConnection>
#include <QDBusUnixFileDescriptor>
#include <QObject>

namespace baken::ui {

// Tells when the desktop wants the vault locked: the screen locks
// (org.freedesktop.ScreenSaver or org.gnome.ScreenSaver ActiveChanged on the
// session bus) or the machine is about to sleep (logind's PrepareForSleep on
// the system bus). A missing bus or service is normal (another desktop, no
// systemd, a test) and simply means that signal never comes.
//
// While it watches, it holds a logind "delay" inhibitor lock for sleep, so
// that the machine waits (up to logind's InhibitDelayMaxSec) until the vault
// is locked and its keys wiped before it suspends. The lock is released once
// lockRequested() has been handled, and taken again after waking.
class SessionWatcher final : public QObject {
    Q_OBJECT

public:
    // Listens on the user's session bus and the system bus.
    explicit SessionWatcher(QObject *parent = nullptr);
    // Listens on the given buses (tests pass a private bus for both).
    SessionWatcher(const QDBusConnection &session, const QDBusConnection &system, QObject *parent = nullptr);

    // How many of the three signals could be subscribed to.
    int subscriptions() const { return m_subscriptions; }
    // Whether logind granted the sleep delay lock and it is held now.
    bool holdsSleepDelay() const { return m_sleepDelay.isValid(); }

Q_SIGNALS:
    void lockRequested();

public Q_SLOTS:
    // The D-Bus signals arrive here; a test may call them directly.
    void screenSaverActiveChanged(bool active);
    void prepareForSleep(bool starting);

private:
    void subscribe(QDBusConnection session, QDBusConnection system);
    // Asks logind for the delay lock; the answer arrives later (a missing
    // logind answers with an error, and there is then no lock to hold).
    void takeSleepDelay();

    QDBusConnection m_system;
    QDBusUnixFileDescriptor m_sleepDelay;
    bool m_askingForDelay = false;
    int m_subscriptions = 0;
};

} // namespace baken::ui
