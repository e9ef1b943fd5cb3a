#include "settings/SettingsPage.h"
#include "settings/Settings.h"
#include "support/TestVault.h"
#include "vault/VaultSettings.h"

#include <QLabel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

class SettingsPageTest : public ::testing::Test {
protected:
    SettingsPageTest()
        : m_vault(m_dir.create())
        , m_settings(m_settingsDir.filePath(QStringLiteral("settings.ini")))
        , m_page(*m_vault, m_settings)
    {
        m_page.show();
        m_spin = m_page.findChild<QSpinBox *>(QStringLiteral("retentionSpin"));
        m_status = m_page.findChild<QLabel *>(QStringLiteral("retentionStatus"));
    }

    // Types a value and presses Enter, as an advisor would.
    void enterMonths(int months)
    {
        m_spin->setFocus();
        m_spin->selectAll();
        QTest::keyClicks(m_spin, QString::number(months));
        QTest::keyClick(m_spin, Qt::Key_Return);
    }

    TestVaultDir m_dir;
    std::unique_ptr<Vault> m_vault;
    QTemporaryDir m_settingsDir;
    Settings m_settings;
    ui::SettingsPage m_page;
    QSpinBox *m_spin = nullptr;
    QLabel *m_status = nullptr;
};

TEST_F(SettingsPageTest, ChangingTheRetentionPeriodStoresItInTheVault)
{
    ASSERT_NE(m_spin, nullptr);
    EXPECT_EQ(m_spin->value(), 12);
    EXPECT_FALSE(m_spin->accessibleName().isEmpty());
    const qint64 audit = *m_vault->audit().count();
    enterMonths(24);
    EXPECT_EQ(*retentionMonths(*m_vault), 24);
    EXPECT_EQ(*m_vault->audit().count(), audit + 1) << "one change, one audit entry, however it was typed";
    EXPECT_TRUE(m_status->isHidden());
}

TEST_F(SettingsPageTest, ARetentionPeriodOutOfRangeIsRefusedInWords)
{
    ASSERT_NE(m_spin, nullptr);
    enterMonths(200);
    EXPECT_EQ(*retentionMonths(*m_vault), 12);
    EXPECT_EQ(m_spin->value(), 12);
    ASSERT_TRUE(m_status->isVisible());
    EXPECT_TRUE(m_status->text().contains(QStringLiteral("120"))) << m_status->text().toStdString();
}

TEST_F(SettingsPageTest, TheRetentionFieldHasALabelThatReachesIt)
{
    auto *label = m_page.findChild<QLabel *>(QStringLiteral("retentionLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->buddy(), m_spin);
    EXPECT_TRUE(label->text().contains(u'&'));
}

} // namespace
} // namespace baken::test
