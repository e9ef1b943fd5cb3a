#include "vault/UnlockDialog.h"
#include "UiTestSupport.h"
#include "support/TestVault.h"
#include "vault/UnlockThrottle.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

class UnlockDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.path();
        m_dir.create().reset();
    }

    QPushButton *unlockButton(ui::UnlockDialog &dialog)
    {
        for (QAbstractButton *b : dialog.findChild<QDialogButtonBox *>()->buttons())
            if (dialog.findChild<QDialogButtonBox *>()->buttonRole(b) == QDialogButtonBox::AcceptRole)
                return qobject_cast<QPushButton *>(b);
        return nullptr;
    }

    // Types `passphrase` and presses Enter, as a user would, then waits for
    // the background key derivation to report back.
    void tryPassphrase(ui::UnlockDialog &dialog, const QString &passphrase)
    {
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
        edit->clear();
        QTest::keyClicks(edit, passphrase);
        const QString before = dialog.errorText();
        const int failures = m_throttle.failures();
        QTest::mouseClick(unlockButton(dialog), Qt::LeftButton);
        ASSERT_TRUE(waitFor([&] {
            return dialog.result() == QDialog::Accepted || m_throttle.failures() != failures
                   || (!dialog.errorText().isEmpty() && dialog.errorText() != before)
                   || (edit->isEnabled() && edit->text().isEmpty());
        }));
    }

    TestVaultDir m_dir;
    QString m_path;
    UnlockThrottle m_throttle;
};

TEST_F(UnlockDialogTest, SaysThePassphraseIsWrong)
{
    ui::UnlockDialog dialog(m_path, m_throttle);
    dialog.show();
    tryPassphrase(dialog, QStringLiteral("not the right words at all"));
    const auto expected = Vault::open(m_path, QStringLiteral("not the right words at all"));
    ASSERT_FALSE(expected.ok());
    EXPECT_EQ(dialog.errorText(), expected.error().message);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(dialog.takeVault(), nullptr);
    saveScreenshot(&dialog, QStringLiteral("unlock-error.png"));
}

TEST_F(UnlockDialogTest, SaysSomethingElseForAFileThatIsNoVault)
{
    const QString other = m_dir.path(QStringLiteral("notes.baken"));
    QFile file(other);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    ui::UnlockDialog wrongPassphrase(m_path, m_throttle);
    wrongPassphrase.show();
    tryPassphrase(wrongPassphrase, QStringLiteral("not the right words at all"));

    ui::UnlockDialog notAVault(other, m_throttle);
    notAVault.show();
    tryPassphrase(notAVault, strongPassphrase());
    EXPECT_FALSE(notAVault.errorText().isEmpty());
    EXPECT_NE(notAVault.errorText(), wrongPassphrase.errorText());
    EXPECT_EQ(notAVault.errorText(), Vault::probe(other).error().message);
    // Not a guess at the passphrase, so it does not count towards the wait.
    EXPECT_EQ(m_throttle.failures(), 1);
}

TEST_F(UnlockDialogTest, MakesTheUserWaitAfterRepeatedWrongPassphrases)
{
    ui::UnlockDialog dialog(m_path, m_throttle);
    dialog.show();
    for (int i = 0; i < UnlockThrottle::FreeAttempts; ++i) {
        tryPassphrase(dialog, QStringLiteral("wrong guess number %1").arg(i));
        EXPECT_FALSE(dialog.isWaiting());
    }
    tryPassphrase(dialog, QStringLiteral("one guess too many"));
    EXPECT_TRUE(dialog.isWaiting());

    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
    QTest::keyClicks(edit, strongPassphrase());
    EXPECT_FALSE(unlockButton(dialog)->isEnabled());
    auto *wait = dialog.findChild<QLabel *>(QStringLiteral("waitLabel"));
    EXPECT_TRUE(wait->isVisible());
    EXPECT_TRUE(wait->text().contains(u'2') || wait->text().contains(u'1')) << wait->text().toStdString();

    // Enter during the wait does nothing.
    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_EQ(m_throttle.failures(), 4);

    ASSERT_TRUE(waitFor([&] { return unlockButton(dialog)->isEnabled(); }, 4000));
    EXPECT_FALSE(wait->isVisible());
    QTest::mouseClick(unlockButton(dialog), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return dialog.result() == QDialog::Accepted; }));
    EXPECT_EQ(m_throttle.failures(), 0);
}

TEST_F(UnlockDialogTest, OpensTheVaultWithTheRightPassphrase)
{
    ui::UnlockDialog dialog(m_path, m_throttle);
    dialog.show();
    tryPassphrase(dialog, strongPassphrase());
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    auto vault = dialog.takeVault();
    ASSERT_NE(vault, nullptr);
    EXPECT_TRUE(vault->isOpen());
}

} // namespace
} // namespace baken::test
