#include "doubtline/DoubtLinePage.h"
#include "DoubtLineTestSupport.h"
#include "UiTestSupport.h"
#include "cases/CasesPage.h"
#include "cases/IntakeForm.h"
#include "doubtline/CallbackListModel.h"
#include "doubtline/ConsultationForm.h"
#include "doubtline/DoubtLineContext.h"
#include "doubtline/ShiftView.h"
#include "settings/Settings.h"
#include "shell/DashboardPage.h"
#include "shell/FollowUpsPanel.h"
#include "shell/VaultWorkspace.h"
#include "support/TestVault.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

// The keystrokes a typical consultation takes besides the characters of the
// question: two each for staff, channel, caller role and advice (mnemonic and
// first letter), three for a ground (mnemonic, letter, space), one each for
// the question field, the assessment and saving. Measured: 14, so 56 in all
// with the 42-character question below.
constexpr int TypicalEntryKeysBesideText = 14;

class DoubtLinePageTest : public ::testing::Test {
protected:
    DoubtLinePageTest() : m_vault(m_dir.create())
    {
        addStaff(*m_vault, QStringLiteral("Anouk"));
        m_staff = addStaff(*m_vault, QStringLiteral("Bram"));
    }

    void showPage()
    {
        m_page = std::make_unique<ui::DoubtLinePage>(*m_vault);
        m_page->resize(1400, 900);
        m_page->show();
        m_page->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
        const auto ask = [this](QWidget *, const ui::Question &question, const ui::Answer &answer) {
            m_questions << question.text;
            answer(m_answer);
        };
        m_page->form()->setAsker(ask);
        m_page->shift()->setAsker(ask);
        m_page->setFocus();
    }

    // One keystroke, counted, to whatever has the focus, as a user types.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++m_keys;
        QWidget *target = QApplication::focusWidget();
        ASSERT_NE(target, nullptr);
        QTest::keyClick(target, key, modifiers);
    }
    void type(const QString &text)
    {
        for (const QChar ch : text) {
            ++m_keys;
            QTest::keyClick(QApplication::focusWidget(), ch.toLatin1());
        }
    }
    // Picks an item in the focused combo box or list by its first letter.
    void typeInitial(const QString &label) { type(label.left(1).toLower()); }

    QList<Consultation> today() const
    {
        ConsultationFilter filter;
        filter.from = filter.to = QDate::currentDate();
        auto rows = m_page->context().store().list(filter);
        EXPECT_TRUE(rows.ok());
        return rows ? *rows : QList<Consultation>();
    }

    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_page->findChild<T *>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    TestVaultDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<ui::DoubtLinePage> m_page;
    qint64 m_staff = 0;
    int m_keys = 0;
    bool m_answer = false;
    QStringList m_questions;
};

TEST_F(DoubtLinePageTest, AShiftIsLoggedWithTheKeyboardAlone)
{
    const QString language = ui::uiLanguage();
    const CodeItem channel = uniqueInitialItem(*m_vault, CodeList::Channels);
    const CodeItem role = uniqueInitialItem(*m_vault, CodeList::ReporterRoles);
    const CodeItem ground = uniqueInitialItem(*m_vault, CodeList::Grounds);
    const CodeItem advice = uniqueInitialItem(*m_vault, CodeList::Advice);
    ASSERT_TRUE(channel.id && role.id && ground.id && advice.id);
    showPage();
    ASSERT_TRUE(m_page->form()->isAncestorOf(QApplication::focusWidget()));

    // A typical consultation.
    const QString question = QStringLiteral("grapjes over mijn hoofddoek in het overleg");
    press(Qt::Key_S, Qt::AltModifier);
    typeInitial(QStringLiteral("Bram"));
    press(Qt::Key_L, Qt::AltModifier);
    typeInitial(channel.label(language));
    press(Qt::Key_R, Qt::AltModifier);
    typeInitial(role.label(language));
    press(Qt::Key_G, Qt::AltModifier);
    typeInitial(ground.label(language));
    press(Qt::Key_Space);
    press(Qt::Key_Q, Qt::AltModifier);
    type(question);
    press(Qt::Key_P, Qt::AltModifier);
    press(Qt::Key_A, Qt::AltModifier);
    typeInitial(advice.label(language));
    press(Qt::Key_Return, Qt::ControlModifier);
    const int typical = m_keys;
    std::cout << "[ keystrokes ] typical consultation: " << typical << " (question of " << question.size()
              << " characters)\n";
    EXPECT_LE(typical, TypicalEntryKeysBesideText + question.size());
    EXPECT_TRUE(m_questions.isEmpty());

    QList<Consultation> rows = today();
    ASSERT_EQ(rows.size(), 1);
    const Consultation typicalRecord = rows.first();
    EXPECT_EQ(typicalRecord.kind, ContactKind::Consultation);
    EXPECT_EQ(typicalRecord.staffId, m_staff);
    EXPECT_EQ(typicalRecord.channelId, channel.id);
    EXPECT_EQ(typicalRecord.callerRoleId, role.id);
    EXPECT_EQ(typicalRecord.groundIds, QList<qint64>{ground.id});
    EXPECT_EQ(typicalRecord.question, question);
    EXPECT_EQ(typicalRecord.assessment, Assessment::Possibly);
    EXPECT_EQ(typicalRecord.outcome, ConsultationOutcome::Advised);
    EXPECT_EQ(typicalRecord.adviceId, advice.id);
    EXPECT_FALSE(typicalRecord.callbackWanted);
    // The form is clear for the next caller and keeps staff and channel.
    auto *questionEdit = child<QLineEdit>("questionEdit");
    EXPECT_TRUE(questionEdit->text().isEmpty());
    EXPECT_EQ(child<QComboBox>("staffCombo")->currentData().toLongLong(), m_staff);
    EXPECT_EQ(child<QComboBox>("channelCombo")->currentData().toLongLong(), channel.id);
    // A second Ctrl+Return does not log the caller twice.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(today().size(), 1);
    EXPECT_TRUE(child<QLabel>("messageLabel")->isVisible());

    // A silent call: one key.
    m_keys = 0;
    press(Qt::Key_F6);
    EXPECT_EQ(m_keys, 1);
    rows = today();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.first().kind, ContactKind::Silent);
    EXPECT_EQ(rows.first().staffId, m_staff);
    EXPECT_TRUE(rows.first().question.isEmpty());

    // A caller who wants to be called back; the phone number is the contact,
    // not part of the question, so no warning.
    m_keys = 0;
    press(Qt::Key_Q, Qt::AltModifier);
    type(QStringLiteral("twijfelt of het discriminatie was"));
    press(Qt::Key_B, Qt::AltModifier);
    ASSERT_EQ(QApplication::focusWidget(), child<QLineEdit>("contactEdit"));
    type(QStringLiteral("0612345678"));
    press(Qt::Key_Return, Qt::ControlModifier);
    std::cout << "[ keystrokes ] consultation with a callback: " << m_keys << "\n";
    EXPECT_TRUE(m_questions.isEmpty());
    rows = today();
    ASSERT_EQ(rows.size(), 3);
    const Consultation callback = rows.first();
    EXPECT_TRUE(callback.callbackWanted);
    EXPECT_EQ(callback.callbackContact, QStringLiteral("0612345678"));
    EXPECT_EQ(callback.callbackDue, QDate::currentDate().addDays(1));
    EXPECT_EQ(m_page->shift()->callbackModel()->rowCount(), 1);

    // "Make this a case" on the consultation just saved.
    QSignalSpy opened(m_page.get(), &ui::DoubtLinePage::caseOpenRequested);
    m_keys = 0;
    press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(m_keys, 1);
    auto handedOver = m_page->context().store().byId(callback.id);
    ASSERT_TRUE(handedOver.ok());
    EXPECT_EQ(handedOver->caseId, opened.first().first().toLongLong());
    auto draft = m_page->context().cases().store().caseById(handedOver->caseId);
    ASSERT_TRUE(draft.ok());
    EXPECT_TRUE(draft->draft);
}

TEST_F(DoubtLinePageTest, AnIdentifyingQuestionIsShownBeforeSaving)
{
    showPage();
    auto *question = child<QLineEdit>("questionEdit");
    question->setFocus();
    QTest::keyClicks(question, QStringLiteral("bel Jan op 06-12345678"));
    m_answer = false; // "Edit"
    QTest::keyClick(question, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(m_questions.size(), 1);
    EXPECT_TRUE(m_questions.first().contains(QStringLiteral("06-12345678"))) << m_questions.first().toStdString();
    EXPECT_TRUE(today().isEmpty());
    // Back in the field, with what looked identifying selected.
    EXPECT_EQ(QApplication::focusWidget(), question);
    EXPECT_FALSE(question->selectedText().isEmpty());
    EXPECT_TRUE(m_questions.first().contains(question->selectedText()));

    // "Save anyway" saves it as it is.
    m_answer = true;
    QTest::keyClick(question, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(m_questions.size(), 2);
    ASSERT_EQ(today().size(), 1);
    EXPECT_EQ(today().first().question, QStringLiteral("bel Jan op 06-12345678"));

    // A clean question is saved without a word.
    m_questions.clear();
    question->setFocus();
    QTest::keyClicks(question, QStringLiteral("opmerkingen over mijn accent"));
    QTest::keyClick(question, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(m_questions.isEmpty());
    EXPECT_EQ(today().size(), 2);
}

TEST_F(DoubtLinePageTest, CallbackDoneErasesTheContactAndLeavesTheOpenList)
{
    showPage();
    const qint64 id = logTestConsultation(m_page->context(), QStringLiteral("wil teruggebeld worden"), 20,
                                          QStringLiteral("06-11223344"));
    m_page->refresh();
    ui::ShiftView *shift = m_page->shift();
    ASSERT_EQ(shift->callbackModel()->rowCount(), 1);
    shift->selectConsultation(id);
    ASSERT_EQ(shift->selectedCallbackId(), id);

    m_answer = false;
    shift->completeSelectedCallback();
    ASSERT_EQ(m_questions.size(), 1);
    EXPECT_TRUE(m_questions.first().contains(QStringLiteral("06-11223344")));
    EXPECT_EQ(shift->callbackModel()->rowCount(), 1);
    EXPECT_EQ(m_page->context().store().byId(id)->callbackContact, QStringLiteral("06-11223344"));

    m_answer = true;
    shift->completeSelectedCallback();
    auto stored = m_page->context().store().byId(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->callbackContact.isEmpty());
    EXPECT_TRUE(stored->callbackDoneAt.isValid());
    EXPECT_EQ(shift->callbackModel()->rowCount(), 0);
    EXPECT_FALSE(anyTextContains(m_page.get(), QStringLiteral("06-11223344")));
}

TEST_F(DoubtLinePageTest, EnterInTheShiftViewOpensAConsultationForEditing)
{
    showPage();
    const qint64 id = logTestConsultation(m_page->context(), QStringLiteral("vraag over de roosters"));
    m_page->refresh();
    QTableView *view = m_page->shift()->todayView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(m_page->form()->consultationId(), id);
    auto *question = child<QLineEdit>("questionEdit");
    EXPECT_EQ(question->text(), QStringLiteral("vraag over de roosters"));

    question->setFocus();
    QTest::keyClicks(question, QStringLiteral(" en de pauzes"));
    QTest::keyClick(question, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(m_page->context().store().byId(id)->question, QStringLiteral("vraag over de roosters en de pauzes"));
    EXPECT_EQ(today().size(), 1);
    EXPECT_EQ(m_page->form()->consultationId(), 0);

    // The non-data keys work from the shift view too.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F7);
    ASSERT_EQ(today().size(), 2);
    EXPECT_EQ(today().first().kind, ContactKind::HangUp);
}

TEST_F(DoubtLinePageTest, BadInputShowsTheServiceMessageAndKeepsTheForm)
{
    showPage();
    auto *question = child<QLineEdit>("questionEdit");
    question->setFocus();
    QTest::keyClicks(question, QStringLiteral("vraag zonder advies"));
    // Advice as the outcome, but none chosen.
    QTest::keyClick(question, Qt::Key_A, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(today().isEmpty());
    auto *message = child<QLabel>("messageLabel");
    EXPECT_TRUE(message->isVisible());
    EXPECT_FALSE(message->text().isEmpty());
    EXPECT_EQ(question->text(), QStringLiteral("vraag zonder advies"));
}

TEST_F(DoubtLinePageTest, TheTimerFillsTheDurationAndTheStaffMemberIsRemembered)
{
    showPage();
    auto *staff = child<QComboBox>("staffCombo");
    staff->setCurrentIndex(staff->findData(m_staff));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
    EXPECT_TRUE(m_page->form()->timerRunning());
    QTest::qWait(20);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
    EXPECT_FALSE(m_page->form()->timerRunning());
    // Started minutes count.
    EXPECT_EQ(m_page->form()->consultation().minutes, 1);
    m_page->form()->save();
    ASSERT_EQ(today().size(), 1);
    EXPECT_EQ(today().first().minutes, 1);

    // The next time the page opens on this computer, the same colleague is chosen.
    m_page.reset();
    showPage();
    EXPECT_EQ(child<QComboBox>("staffCombo")->currentData().toLongLong(), m_staff);
}

// Inside the workspace, "Make this a case" lands in the intake form.
TEST(DoubtLineWorkspace, HandOverOpensTheDraftInTheIntakeForm)
{
    TestVaultDir dir;
    auto vault = dir.create();
    Settings settings(dir.path(QStringLiteral("settings.ini")));
    ui::VaultWorkspace workspace(*vault, settings);
    workspace.show();
    workspace.showPage(ui::VaultWorkspace::DoubtLine);
    ui::DoubtLinePage *page = workspace.doubtLinePage();
    const qint64 id = logTestConsultation(page->context(), QStringLiteral("pesterijen in het team"));
    page->handOver(id);
    EXPECT_EQ(workspace.currentPage(), ui::VaultWorkspace::Cases);
    ui::CasesPage *cases = workspace.casesPage();
    ASSERT_EQ(cases->currentView(), cases->intakeForm());
    const qint64 caseId = page->context().store().byId(id)->caseId;
    EXPECT_GT(caseId, 0);
    EXPECT_EQ(cases->intakeForm()->caseId(), caseId);

    // A second hand-over opens the same draft rather than making another.
    workspace.showPage(ui::VaultWorkspace::DoubtLine);
    page->handOver(id);
    EXPECT_EQ(cases->intakeForm()->caseId(), caseId);
    EXPECT_EQ(page->context().store().byId(id)->caseId, caseId);
}

// A callback on the dashboard is one Enter away from its consultation.
TEST(DoubtLineWorkspace, ADashboardCallbackOpensTheConsultation)
{
    TestVaultDir dir;
    auto vault = dir.create();
    Settings settings(dir.path(QStringLiteral("settings.ini")));
    ui::VaultWorkspace workspace(*vault, settings);
    workspace.show();
    ui::DoubtLinePage *page = workspace.doubtLinePage();
    const qint64 id =
        logTestConsultation(page->context(), QStringLiteral("graag terugbellen"), 15, QStringLiteral("06-55"));
    workspace.showPage(ui::VaultWorkspace::Dashboard);
    workspace.dashboardPage()->refresh();
    QTreeWidget *tree = workspace.dashboardPage()->followUps()->tree();
    ASSERT_NE(tree->currentItem(), nullptr);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return);
    EXPECT_EQ(workspace.currentPage(), ui::VaultWorkspace::DoubtLine);
    EXPECT_EQ(page->form()->consultationId(), id);
    EXPECT_EQ(page->shift()->selectedCallbackId(), id);
}

} // namespace
} // namespace baken::test
