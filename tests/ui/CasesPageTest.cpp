#include "cases/CasesPage.h"
#include "CaseTestSupport.h"
#include "UiTestSupport.h"
#include "cases/CaseFileView.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPanel.h"
#include "cases/IntakeForm.h"
#include "support/TestVault.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

class CasesPageTest : public ::testing::Test {
protected:
    CasesPageTest() : m_vault(m_dir.create()), m_context(*m_vault) {}

    void showPage()
    {
        m_page = std::make_unique<ui::CasesPage>(*m_vault);
        m_page->resize(1200, 800);
        m_page->show();
        m_page->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
    }

    template<typename T>
    T *child(const char *name, QWidget *root = nullptr) const
    {
        T *found = (root ? root : m_page->listPanel())->findChild<T *>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    ui::CaseListModel *listModel() const { return m_page->listPanel()->model(); }

    TestVaultDir m_dir;
    std::unique_ptr<Vault> m_vault;
    ui::CaseContext m_context;
    std::unique_ptr<ui::CasesPage> m_page;
};

TEST_F(CasesPageTest, SearchAsYouTypeFindsAWordFromAContactNote)
{
    const qint64 wanted =
        registerTestCase(m_context, QStringLiteral("Kestrel"), QStringLiteral("Talked about the canteen rota"));
    registerTestCase(m_context, QStringLiteral("Heron"), QStringLiteral("Phone call about the roster"));
    showPage();
    EXPECT_EQ(listModel()->rowCount(), 2);
    auto *search = child<QLineEdit>("searchEdit");
    QTest::keyClicks(search, QStringLiteral("cante"));
    ASSERT_TRUE(waitFor([&] { return listModel()->rowCount() == 1; }, 2000));
    EXPECT_EQ(listModel()->caseIdAt(0), wanted);

    // A quote is text to find, never an error.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("\"canteen"));
    QTest::qWait(ui::CaseListPanel::SearchDelayMs * 3);
    EXPECT_TRUE(listModel()->errorText().isEmpty()) << listModel()->errorText().toStdString();
    EXPECT_FALSE(child<QLabel>("errorLabel")->isVisible());
    QTest::keyClicks(search, QStringLiteral("\""));
    QTest::qWait(ui::CaseListPanel::SearchDelayMs * 3);
    EXPECT_TRUE(listModel()->errorText().isEmpty());
}

TEST_F(CasesPageTest, EnterOnARowOpensTheCaseFile)
{
    const qint64 id = registerTestCase(m_context, QStringLiteral("Kestrel"), QStringLiteral("A note"));
    showPage();
    auto *table = child<QTableView>("table");
    table->setFocus();
    table->setCurrentIndex(listModel()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(m_page->currentView(), m_page->caseFile());
    EXPECT_EQ(m_page->caseFile()->caseId(), id);
}

TEST_F(CasesPageTest, TypingAnIntakeSavesADraftAndRegisteringGivesANumberAndACallBack)
{
    showPage();
    QTest::keySequence(m_page->listPanel(), QKeySequence::New);
    ASSERT_EQ(m_page->currentView(), m_page->intakeForm());
    EXPECT_EQ(caseCount(m_context), 0);
    QTest::keyClicks(child<QPlainTextEdit>("whatEdit", m_page->intakeForm()),
                     QStringLiteral("A colleague mocked her headscarf"));
    // The first keystroke made the draft; no button was pressed.
    EXPECT_EQ(caseCount(m_context), 1);
    const qint64 draftId = m_page->intakeForm()->caseId();
    ASSERT_GT(draftId, 0);
    ASSERT_TRUE(waitFor(
        [&] {
            auto file = m_context.store().caseById(draftId);
            return file && file->intake.whatHappened == u"A colleague mocked her headscarf";
        },
        3000));
    saveScreenshot(m_page.get(), QStringLiteral("intake-test.png"));

    QTest::mouseClick(child<QPushButton>("registerButton", m_page->intakeForm()), Qt::LeftButton);
    auto file = m_context.store().caseById(draftId);
    ASSERT_TRUE(file.ok());
    EXPECT_FALSE(file->draft);
    EXPECT_FALSE(file->number.isEmpty());
    auto followUps = m_context.store().followUps(draftId);
    ASSERT_TRUE(followUps.ok());
    ASSERT_EQ(followUps->size(), 1);
    EXPECT_EQ(followUps->first().kind, FollowUpKind::Callback);
    EXPECT_EQ(followUps->first().due, QDate::currentDate().addDays(14));
    EXPECT_EQ(m_page->currentView(), m_page->caseFile());
}

TEST_F(CasesPageTest, ARefusedRegistrationShowsTheReasonAndKeepsTheDraft)
{
    showPage();
    m_page->newIntake();
    child<QRadioButton>("pseudonymRadio", m_page->intakeForm())->click();
    QTest::keyClicks(child<QPlainTextEdit>("whatEdit", m_page->intakeForm()),
                     QStringLiteral("Excluded from the team outing"));
    QTest::mouseClick(child<QPushButton>("registerButton", m_page->intakeForm()), Qt::LeftButton);
    auto *message = child<QLabel>("messageLabel", m_page->intakeForm());
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("pseudonym"))) << message->text().toStdString();
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>("pseudonymEdit", m_page->intakeForm()));
    EXPECT_EQ(m_page->currentView(), m_page->intakeForm());
    auto file = m_context.store().caseById(m_page->intakeForm()->caseId());
    ASSERT_TRUE(file.ok());
    EXPECT_TRUE(file->draft);
    EXPECT_EQ(file->intake.whatHappened, QStringLiteral("Excluded from the team outing"));
}

TEST_F(CasesPageTest, DraftsReopenFromTheListIntoTheForm)
{
    CaseIntake intake;
    intake.intakeDate = QDate::currentDate();
    intake.whatHappened = QStringLiteral("Half typed");
    auto draft = m_context.service().createDraft(intake);
    ASSERT_TRUE(draft.ok());
    showPage();
    child<QCheckBox>("draftsCheck")->setChecked(true);
    ASSERT_EQ(listModel()->rowCount(), 1);
    EXPECT_TRUE(listModel()->isDraftAt(0));
    auto *table = child<QTableView>("table");
    table->setFocus();
    table->setCurrentIndex(listModel()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Enter);
    EXPECT_EQ(m_page->currentView(), m_page->intakeForm());
    EXPECT_EQ(m_page->intakeForm()->caseId(), *draft);
    EXPECT_EQ(child<QPlainTextEdit>("whatEdit", m_page->intakeForm())->toPlainText(), QStringLiteral("Half typed"));
    child<QCheckBox>("draftsCheck")->setChecked(false);
}

} // namespace
} // namespace baken::test
