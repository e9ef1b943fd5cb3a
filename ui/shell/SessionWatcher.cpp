#include "SessionWatcher.h"

namespace baken::ui {

SessionWatcher::SessionWatcher(QObject *parent) : QObject(parent)
{
    subscribe(QDBusConnection::sessionBus(), QDBusConnection::systemBus());
}

SessionWatcher::SessionWatcher(const QDBusConnection &session, const QDBusConnection &system, QObject *parent)
    : QObject(parent)
{
    subscribe(session, system);
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
    if (starting)
        Q_EMIT lockRequested();
}

} // namespace baken::ui
