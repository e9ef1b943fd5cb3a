#include "settings/Settings.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using baken::Settings;

class SettingsTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
};

TEST_F(SettingsTest, DefaultsAreDutchAndAFiveMinuteLock)
{
    EXPECT_EQ(settings.language(), u"nl");
    EXPECT_EQ(settings.idleLockMinutes(), 5);
    EXPECT_TRUE(settings.recentVaults().isEmpty());
}

TEST_F(SettingsTest, IdleLockIsKeptWithinItsRange)
{
    settings.setValue(Settings::Key::IdleLockMinutes, 0);
    EXPECT_EQ(settings.idleLockMinutes(), Settings::MinIdleMinutes);
    settings.setValue(Settings::Key::IdleLockMinutes, 100000);
    EXPECT_EQ(settings.idleLockMinutes(), Settings::MaxIdleMinutes);
    settings.setValue(Settings::Key::IdleLockMinutes, QStringLiteral("soon"));
    EXPECT_EQ(settings.idleLockMinutes(), 5);
}

TEST_F(SettingsTest, UnknownLanguageFallsBackToDutch)
{
    settings.setValue(Settings::Key::Language, QStringLiteral("fr"));
    EXPECT_EQ(settings.language(), u"nl");
    settings.setValue(Settings::Key::Language, QStringLiteral("en"));
    EXPECT_EQ(settings.language(), u"en");
}

TEST_F(SettingsTest, RecentVaultsAreMostRecentFirstWithoutDuplicates)
{
    for (int i = 0; i < 12; ++i)
        settings.addRecentVault(dir.filePath(QStringLiteral("v%1.baken").arg(i)));
    settings.addRecentVault(dir.filePath(QStringLiteral("v5.baken")));
    const QStringList recent = settings.recentVaults();
    ASSERT_EQ(recent.size(), Settings::MaxRecentVaults);
    EXPECT_TRUE(recent.first().endsWith(u"v5.baken"));
    EXPECT_EQ(recent.count(recent.first()), 1);
    settings.removeRecentVault(dir.filePath(QStringLiteral("v5.baken")));
    EXPECT_FALSE(settings.recentVaults().first().endsWith(u"v5.baken"));
}

TEST_F(SettingsTest, ValuesSurviveARestart)
{
    settings.setValue(Settings::Key::IdleLockMinutes, 12);
    settings.sync();
    Settings again(dir.filePath(QStringLiteral("settings.ini")));
    EXPECT_EQ(again.idleLockMinutes(), 12);
}
