#include "SessionWatcher.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace baken::ui {

SessionWatcher::SessionWatcher(QObject *parent)
    : SessionWatcher(QDBusConnection::sessionBus(), QDBusConnection::systemBus(), parent)
{}

SessionWatcher::SessionWatcher(const QDBusConnection &session, const QDBusConnection &system, QObject *parent)
    : QObject(parent)
    , m_system(system)
{
    subscribe(session, system);
    takeSleepDelay();
}

void SessionWatcher::subscribe(QDBusConnection session, QDBusConnection system)
{
    // QtDBus connects signals by signature only, so these are the one place
    // where SLOT() strings are used. An empty service and path match any
    // sender: screen lockers differ in where they publish the signal.
    const auto watch = [this](QDBusConnection &bus, const char *interface, const char *name, const char *slot) {
        if (bus.isConnected()
            && bus.connect(QString(), QString(), QLatin1String(interface), QLatin1String(name), this, slot))
            ++m_subscriptions;
    };
    watch(session, "org.freedesktop.ScreenSaver", "ActiveChanged", SLOT(screenSaverActiveChanged(bool)));
    watch(session, "org.gnome.ScreenSaver", "ActiveChanged", SLOT(screenSaverActiveChanged(bool)));
    watch(system, "org.freedesktop.login1.Manager", "PrepareForSleep", SLOT(prepareForSleep(bool)));
}

void SessionWatcher::screenSaverActiveChanged(bool active)
{
    // Only the screen going dark locks; waking it again is the user's
    // business (and unlocking Baken is a separate step).
    if (active)
        Q_EMIT lockRequested();
}

void SessionWatcher::prepareForSleep(bool starting)
{
    // true just before suspend or hibernate; false after resume.
    if (starting) {
        // Locking is synchronous: when this returns the keys are wiped, and
        // letting go of the lock tells logind it may suspend now.
        Q_EMIT lockRequested();
        m_sleepDelay = QDBusUnixFileDescriptor();
    } else {
        takeSleepDelay();
    }
}

void SessionWatcher::takeSleepDelay()
{
    if (m_askingForDelay || m_sleepDelay.isValid() || !m_system.isConnected()
        || !QDBusUnixFileDescriptor::isSupported())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
        QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("Inhibit"));
    call << QStringLiteral("sleep") << QStringLiteral("Baken") << tr("Locking the vault before the computer sleeps")
         << QStringLiteral("delay");
    // Asynchronous: a blocking call would stall the window while logind is slow.
    auto *pending = new QDBusPendingCallWatcher(m_system.asyncCall(call), this);
    m_askingForDelay = true;
    connect(pending, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *answered) {
        m_askingForDelay = false;
        const QDBusPendingReply<QDBusUnixFileDescriptor> reply = *answered;
        if (reply.isValid())
            m_sleepDelay = reply.value();
        answered->deleteLater();
    });
}

} // namespace baken::ui
