#include "Settings.h"

#include <QDir>
#include <QSettings>

namespace baken {

namespace {

struct KeyInfo {
    const char *name;
    QVariant defaultValue;
};

KeyInfo info(Settings::Key key)
{
    switch (key) {
    case Settings::Key::Language:
        return {"ui/language", QStringLiteral("nl")};
    case Settings::Key::IdleLockMinutes:
        return {"security/idleLockMinutes", 5};
    case Settings::Key::RecentVaults:
        return {"vaults/recent", QStringList()};
    case Settings::Key::LastFolder:
        return {"vaults/lastFolder", QDir::homePath()};
    case Settings::Key::LockOnMinimise:
        return {"security/lockOnMinimise", false};
    }
    return {"", {}};
}

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>(QStringLiteral("Baken"), QStringLiteral("Baken"))) {}

Settings::Settings(const QString &iniPath) : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    const KeyInfo k = info(key);
    return m_settings->value(QLatin1String(k.name), k.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(QLatin1String(info(key).name), value);
}

QString Settings::language() const
{
    const QString lang = value(Key::Language).toString();
    return lang == u"en" ? lang : QStringLiteral("nl");
}

int Settings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = value(Key::IdleLockMinutes).toInt(&ok);
    if (!ok)
        return info(Key::IdleLockMinutes).defaultValue.toInt();
    return std::clamp(minutes, MinIdleMinutes, MaxIdleMinutes);
}

bool Settings::lockOnMinimise() const
{
    return value(Key::LockOnMinimise).toBool();
}

QStringList Settings::recentVaults() const
{
    return value(Key::RecentVaults).toStringList();
}

void Settings::addRecentVault(const QString &path)
{
    const QString absolute = QDir::cleanPath(QDir(path).absolutePath());
    QStringList list = recentVaults();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxRecentVaults)
        list.removeLast();
    setValue(Key::RecentVaults, list);
}

void Settings::removeRecentVault(const QString &path)
{
    QStringList list = recentVaults();
    list.removeAll(QDir::cleanPath(QDir(path).absolutePath()));
    setValue(Key::RecentVaults, list);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace baken
