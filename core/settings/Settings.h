#pragma once

#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace baken {

// Typed application settings with their defaults in one table (as KeePassXC
// does). Holds no case data: paths of recent vaults, language, lock timing.
// Window geometry is kept by ui/, not here.
class Settings {
public:
    enum class Key { Language, IdleLockMinutes, RecentVaults, LastFolder, LockOnMinimise };

    // The user's settings file.
    Settings();
    // A settings file at a chosen path (tests use a temporary one).
    explicit Settings(const QString &iniPath);
    ~Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    QString language() const;    // "nl" (default) or "en"
    int idleLockMinutes() const; // 1..240, default 5
    bool lockOnMinimise() const; // default off
    QStringList recentVaults() const;
    void addRecentVault(const QString &path);
    void removeRecentVault(const QString &path);

    static constexpr int MaxRecentVaults = 8;
    static constexpr int MinIdleMinutes = 1;
    static constexpr int MaxIdleMinutes = 240;

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace baken
