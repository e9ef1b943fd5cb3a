#include "UiTestSupport.h"
#include "WindowTestSupport.h"
#include "cases/CasesPage.h"
#include "cases/IntakeForm.h"
#include "doubtline/ConsultationForm.h"
#include "doubtline/DoubtLinePage.h"
#include "doubtline/DoubtLineSettings.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "shell/MainWindow.h"
#include "shell/VaultWorkspace.h"
#include "support/TestVault.h"
#include "vault/UnlockDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

// Settings > Language switches the running window, with the vault open.
class LanguageSwitchTest : public ::testing::Test {
protected:
    LanguageSwitchTest() : m_settings(m_dir.path(QStringLiteral("settings.ini")))
    {
        // As main() does at start for an advisor who works in Dutch.
        installTranslations(QStringLiteral("nl"));
        m_settings.setValue(Settings::Key::Language, QStringLiteral("nl"));
        m_window = std::make_unique<ui::MainWindow>(m_settings);
    }

    ~LanguageSwitchTest() override
    {
        m_window.reset();
        // The other suites read English source texts.
        installTranslations(QStringLiteral("en"));
    }

    void SetUp() override
    {
        unlockNewVaultInWindow(*m_window, m_dir, QStringLiteral("taal.baken"));
        ASSERT_TRUE(m_window->isUnlocked());
        m_window->workspace()->showPage(ui::VaultWorkspace::SettingsPageIndex);
    }

    QComboBox *languageCombo() const
    {
        return m_window->workspace()->settingsPage()->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    }

    // Picks `language` in Settings as a user would and lets the window react.
    void choose(const QString &language)
    {
        QComboBox *combo = languageCombo();
        ASSERT_NE(combo, nullptr);
        const QPointer<ui::VaultWorkspace> before = m_window->workspace();
        combo->setCurrentIndex(combo->findData(language));
        // The switch is queued after the choice; a rebuilt window has a new workspace.
        waitFor([&] { return before.isNull(); }, 2000);
    }

    QString menuTitle(int index) const { return m_window->menuBar()->actions().value(index)->text(); }

    QString shiftDateShown()
    {
        m_window->workspace()->showPage(ui::VaultWorkspace::DoubtLine);
        const QStringList texts = readableTexts(m_window->workspace()->doubtLinePage());
        m_window->workspace()->showPage(ui::VaultWorkspace::SettingsPageIndex);
        const QDate today = QDate::currentDate();
        const QString nl = QLocale(QLocale::Dutch, QLocale::Netherlands).toString(today, QLocale::LongFormat);
        const QString en = QLocale(QLocale::English, QLocale::UnitedKingdom).toString(today, QLocale::LongFormat);
        for (const QString &text : texts) {
            if (text.contains(nl))
                return QStringLiteral("nl");
            if (text.contains(en))
                return QStringLiteral("en");
        }
        return {};
    }

    static QString qtCancelText()
    {
        QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"), QMessageBox::Cancel);
        return box.button(QMessageBox::Cancel)->text();
    }

    TestVaultDir m_dir;
    Settings m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

TEST_F(LanguageSwitchTest, ChoosingEnglishRetranslatesTheWindowAtOnceWithTheVaultOpen)
{
    ASSERT_EQ(menuTitle(0), QStringLiteral("&Bestand"));
    ASSERT_TRUE(anyTextContains(m_window->workspace()->settingsPage(), QStringLiteral("Beveiliging")));
    ASSERT_EQ(shiftDateShown(), QStringLiteral("nl"));
    ASSERT_EQ(qtCancelText(), QStringLiteral("Annuleren"));
    QSignalSpy locked(m_window.get(), &ui::MainWindow::vaultLocked);
    m_window->resize(1313, 680);
    saveScreenshot(m_window.get(), QStringLiteral("language-nl-before.png"));

    choose(QStringLiteral("en"));
    saveScreenshot(m_window.get(), QStringLiteral("language-en.png"));

    EXPECT_EQ(menuTitle(0), QStringLiteral("&File"));
    EXPECT_EQ(menuTitle(1), QStringLiteral("&Help"));
    ui::SettingsPage *settings = m_window->workspace()->settingsPage();
    EXPECT_TRUE(anyTextContains(settings, QStringLiteral("Security")));
    EXPECT_FALSE(anyTextContains(settings, QStringLiteral("Beveiliging")));
    EXPECT_EQ(shiftDateShown(), QStringLiteral("en"));
    EXPECT_EQ(qtCancelText(), QStringLiteral("Cancel"));
    // No passphrase again, no dialog, and the advisor is still in Settings at the language.
    EXPECT_TRUE(m_window->isUnlocked());
    EXPECT_EQ(locked.size(), 0);
    EXPECT_EQ(m_window->findChild<ui::UnlockDialog *>(), nullptr);
    EXPECT_EQ(m_window->workspace()->currentPage(), ui::VaultWorkspace::SettingsPageIndex);
    EXPECT_EQ(QApplication::focusWidget(), languageCombo());
    EXPECT_EQ(languageCombo()->currentData().toString(), QStringLiteral("en"));
    EXPECT_EQ(m_settings.language(), QStringLiteral("en"));
    EXPECT_FALSE(anyTextContains(m_window.get(), QStringLiteral("restart")));

    choose(QStringLiteral("nl"));

    EXPECT_EQ(menuTitle(0), QStringLiteral("&Bestand"));
    EXPECT_TRUE(anyTextContains(m_window->workspace()->settingsPage(), QStringLiteral("Beveiliging")));
    EXPECT_EQ(shiftDateShown(), QStringLiteral("nl"));
    EXPECT_EQ(qtCancelText(), QStringLiteral("Annuleren"));
    EXPECT_TRUE(m_window->isUnlocked());
    EXPECT_EQ(m_settings.language(), QStringLiteral("nl"));
    saveScreenshot(m_window.get(), QStringLiteral("language-nl-after.png"));
}

TEST_F(LanguageSwitchTest, UnsavedConsultationEditsAreAskedAboutAndKeptOnGoingBack)
{
    const QPointer<QLineEdit> question =
        m_window->workspace()->doubtLinePage()->form()->findChild<QLineEdit *>(QStringLiteral("questionEdit"));
    ASSERT_NE(question, nullptr);
    m_window->workspace()->showPage(ui::VaultWorkspace::DoubtLine);
    question->setFocus();
    QTest::keyClicks(question, QStringLiteral("Is dit discriminatie?"));
    ASSERT_TRUE(m_window->workspace()->doubtLinePage()->form()->isDirty());
    m_window->workspace()->showPage(ui::VaultWorkspace::SettingsPageIndex);

    // The window's own question, answered with its default button.
    choose(QStringLiteral("en"));
    QMessageBox *box = nullptr;
    ASSERT_TRUE(waitFor([&] { return (box = m_window->findChild<QMessageBox *>()) && box->isVisible(); }, 3000));
    // The question is asked in the language still in use: Dutch.
    EXPECT_TRUE(box->text().contains(QStringLiteral("consultformulier")))
        << box->text().toStdString();
    saveScreenshot(box, QStringLiteral("language-unsaved-question.png"));
    box->defaultButton()->click();
    waitFor([&] { return !m_window->findChild<QMessageBox *>(); }, 2000);

    // Going back keeps the form, its text and the language.
    ASSERT_FALSE(question.isNull()) << "the form holding the typed question was rebuilt";
    EXPECT_EQ(question->text(), QStringLiteral("Is dit discriminatie?"));
    EXPECT_EQ(menuTitle(0), QStringLiteral("&Bestand"));
    EXPECT_EQ(languageCombo()->currentData().toString(), QStringLiteral("nl"));
    EXPECT_EQ(m_settings.language(), QStringLiteral("nl"));

    int asked = 0;
    m_window->setAsker([&](QWidget *, const ui::Question &, const ui::Answer &reply) {
        ++asked;
        reply(true);
    });
    choose(QStringLiteral("en"));
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(menuTitle(0), QStringLiteral("&File"));
    EXPECT_TRUE(m_window->isUnlocked());
}

TEST_F(LanguageSwitchTest, UnsavedIdentifyingNamesInSettingsAreAskedAbout)
{
    int asked = 0;
    m_window->setAsker([&](QWidget *, const ui::Question &, const ui::Answer &reply) {
        ++asked;
        reply(false);
    });
    const QPointer<QPlainTextEdit> names = m_window->workspace()->settingsPage()->doubtLineSettings()->namesEdit();
    names->setFocus();
    names->moveCursor(QTextCursor::End);
    QTest::keyClick(names, Qt::Key_Return);
    QTest::keyClicks(names, QStringLiteral("Fatima"));

    choose(QStringLiteral("en"));

    EXPECT_EQ(asked, 1);
    ASSERT_FALSE(names.isNull()) << "the page holding the typed names was rebuilt";
    EXPECT_TRUE(names->toPlainText().endsWith(QStringLiteral("Fatima")));
    EXPECT_EQ(menuTitle(0), QStringLiteral("&Bestand"));
}

TEST_F(LanguageSwitchTest, ANewIntakeIsKeptAsADraftWithoutAQuestion)
{
    bool asked = false;
    m_window->setAsker([&](QWidget *, const ui::Question &, const ui::Answer &reply) {
        asked = true;
        reply(false);
    });
    const QPointer<ui::CasesPage> cases = m_window->workspace()->casesPage();
    m_window->workspace()->showPage(ui::VaultWorkspace::Cases);
    cases->newIntake();
    auto *what = cases->intakeForm()->findChild<QPlainTextEdit *>(QStringLiteral("whatEdit"));
    ASSERT_NE(what, nullptr);
    what->setFocus();
    QTest::keyClicks(what, QStringLiteral("Buitengesloten bij het overleg"));
    m_window->workspace()->showPage(ui::VaultWorkspace::SettingsPageIndex);

    choose(QStringLiteral("en"));

    EXPECT_FALSE(asked);
    EXPECT_EQ(menuTitle(0), QStringLiteral("&File"));
    // The draft was written whole, also what the delayed save had not written
    // yet, and the Cases page shows it again in the intake form.
    ui::CasesPage *rebuilt = m_window->workspace()->casesPage();
    ASSERT_TRUE(cases.isNull());
    EXPECT_EQ(rebuilt->currentView(), rebuilt->intakeForm());
    EXPECT_EQ(rebuilt->intakeForm()->findChild<QPlainTextEdit *>(QStringLiteral("whatEdit"))->toPlainText(),
              QStringLiteral("Buitengesloten bij het overleg"));
    EXPECT_EQ(m_window->workspace()->currentPage(), ui::VaultWorkspace::SettingsPageIndex);
}

} // namespace
} // namespace baken::test
