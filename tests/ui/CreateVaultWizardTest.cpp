#include "vault/CreateVaultWizard.h"
#include "UiTestSupport.h"
#include "settings/Settings.h"
#include "support/TestVault.h"
#include "vault/Vault.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

class CreateVaultWizardTest : public ::testing::Test {
protected:
    CreateVaultWizardTest() : m_settings(m_dir.path(QStringLiteral("settings.ini"))), m_wizard(m_settings)
    {
        m_wizard.show();
    }

    template<typename T>
    T *child(const char *name)
    {
        T *found = m_wizard.currentPage()->findChild<T *>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    QAbstractButton *next() { return m_wizard.button(QWizard::NextButton); }
    QAbstractButton *finish() { return m_wizard.button(QWizard::FinishButton); }

    void enterLocation()
    {
        QTest::keyClicks(child<QLineEdit>("pathEdit"), m_dir.path(QStringLiteral("new")));
        QTest::mouseClick(next(), Qt::LeftButton);
        ASSERT_EQ(m_wizard.currentId(), 1);
    }

    void enterPassphrases(const QString &first, const QString &second)
    {
        auto *a = child<QLineEdit>("passphraseEdit");
        auto *b = child<QLineEdit>("repeatEdit");
        a->clear();
        b->clear();
        QTest::keyClicks(a, first);
        QTest::keyClicks(b, second);
    }

    TestVaultDir m_dir;
    Settings m_settings;
    ui::CreateVaultWizard m_wizard;
};

TEST_F(CreateVaultWizardTest, KeepsNextDisabledForAWeakOrMismatchedPassphrase)
{
    enterLocation();
    enterPassphrases(QStringLiteral("password1"), QStringLiteral("password1"));
    EXPECT_FALSE(next()->isEnabled());
    EXPECT_FALSE(child<QLabel>("strengthAdvice")->text().isEmpty());
    saveScreenshot(&m_wizard, QStringLiteral("create-wizard-passphrase.png"));

    enterPassphrases(strongPassphrase(), strongPassphrase() + u'x');
    EXPECT_FALSE(next()->isEnabled());
    EXPECT_TRUE(child<QLabel>("mismatchLabel")->isVisible());

    enterPassphrases(strongPassphrase(), strongPassphrase());
    EXPECT_TRUE(next()->isEnabled());
    EXPECT_FALSE(child<QLabel>("mismatchLabel")->isVisible());
}

TEST_F(CreateVaultWizardTest, CreatesTheVaultOnlyAfterTheRecoveryKeyIsConfirmed)
{
    const QString path = m_dir.path(QStringLiteral("new.baken"));
    enterLocation();
    enterPassphrases(strongPassphrase(), strongPassphrase());
    QTest::mouseClick(next(), Qt::LeftButton);
    ASSERT_EQ(m_wizard.currentId(), 2);

    const QString shown = child<QLabel>("keyLabel")->text().simplified().replace(u' ', u'-');
    EXPECT_EQ(shown, m_wizard.recoveryKey().formatted());
    EXPECT_FALSE(finish()->isEnabled());
    EXPECT_FALSE(QFileInfo::exists(path));
    saveScreenshot(&m_wizard, QStringLiteral("create-wizard-recovery-key.png"));

    QSignalSpy created(&m_wizard, &ui::CreateVaultWizard::vaultCreated);
    QTest::mouseClick(child<QCheckBox>("confirmCheck"), Qt::LeftButton);
    ASSERT_TRUE(finish()->isEnabled());
    EXPECT_FALSE(QFileInfo::exists(path));
    QTest::mouseClick(finish(), Qt::LeftButton);
    ASSERT_TRUE(created.wait(10000));
    EXPECT_EQ(m_wizard.result(), QDialog::Accepted);

    auto vault = m_wizard.takeVault();
    ASSERT_NE(vault, nullptr);
    auto stored = vault->recoveryKey();
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->formatted(), shown);
    vault.reset();

    auto reopened = Vault::open(path, strongPassphrase());
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
}

TEST_F(CreateVaultWizardTest, RefusesAFileThatAlreadyExists)
{
    m_dir.create(QStringLiteral("taken.baken")).reset();
    QTest::keyClicks(child<QLineEdit>("pathEdit"), m_dir.path(QStringLiteral("taken.baken")));
    QTest::mouseClick(next(), Qt::LeftButton);
    EXPECT_EQ(m_wizard.currentId(), 0);
    EXPECT_TRUE(child<QLabel>("errorLabel")->isVisible());
}

TEST_F(CreateVaultWizardTest, LeavesNothingBehindWhenCancelled)
{
    enterLocation();
    enterPassphrases(strongPassphrase(), strongPassphrase());
    QTest::mouseClick(next(), Qt::LeftButton);
    QTest::mouseClick(m_wizard.button(QWizard::CancelButton), Qt::LeftButton);
    EXPECT_EQ(m_wizard.result(), QDialog::Rejected);
    EXPECT_FALSE(m_dir.entries().contains(QStringLiteral("new.baken")));
}

} // namespace
} // namespace baken::test
