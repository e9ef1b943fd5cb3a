#include "groups/GroupsPage.h"
#include "GroupTestSupport.h"
#include "UiTestSupport.h"
#include "groups/AttendanceModel.h"
#include "groups/GroupContext.h"
#include "groups/GroupDialog.h"
#include "groups/GroupListModel.h"
#include "groups/GroupTabs.h"
#include "groups/GroupTaskModel.h"
#include "groups/ParticipantDialog.h"
#include "groups/ParticipantListModel.h"
#include "groups/SessionListModel.h"
#include "support/TestVault.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

// A facilitator at work on the Groups page, with the keyboard wherever the
// issue asks for it.
class GroupsPageTest : public ::testing::Test {
protected:
    GroupsPageTest() : m_vault(m_dir.create()) { m_facilitator = addFacilitator(*m_vault, QStringLiteral("Noor")); }

    void showPage()
    {
        m_page = std::make_unique<ui::GroupsPage>(*m_vault);
        m_page->resize(1300, 850);
        m_page->show();
        m_page->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
        m_page->setAsker([this](QWidget *, const ui::Question &question, const ui::Answer &answer) {
            m_questions << question.text;
            answer(m_answer);
        });
        m_page->setFocus();
    }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        ASSERT_NE(target, nullptr);
        QTest::keyClick(target, key, modifiers);
    }
    void type(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    QString focusName() const
    {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    }

    template<typename T>
    T *openedDialog()
    {
        T *dialog = nullptr;
        EXPECT_TRUE(waitFor([&] { return (dialog = m_page->findChild<T *>()) && dialog->isVisible(); }));
        if (dialog) {
            // The offscreen platform does not activate a dialog on its own.
            dialog->activateWindow();
            EXPECT_TRUE(waitFor([&] { return QApplication::activeWindow() == dialog; }));
        }
        return dialog;
    }

    // Waits until the dialog has gone and the page has the focus back.
    template<typename T>
    bool closedDialog()
    {
        if (!waitFor([&] { return !m_page->findChild<T *>(); }))
            return false;
        m_page->activateWindow();
        return waitFor([&] { return QApplication::activeWindow() == m_page.get(); });
    }

    // Adds someone through "Add participant…" with the keyboard alone.
    void addWithKeyboard(const QString &pseudonym)
    {
        press(Qt::Key_D, Qt::AltModifier);
        auto *dialog = openedDialog<ui::ParticipantDialog>();
        ASSERT_NE(dialog, nullptr);
        ASSERT_EQ(focusName(), QStringLiteral("pseudonymEdit"));
        type(pseudonym);
        press(Qt::Key_Return);
        ASSERT_TRUE(closedDialog<ui::ParticipantDialog>());
    }

    Participant participantNamed(const QString &pseudonym) const
    {
        for (const Participant &p : m_page->participantsTab()->model()->participants())
            if (p.pseudonym == pseudonym)
                return p;
        return {};
    }

    TestVaultDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<ui::GroupsPage> m_page;
    qint64 m_facilitator = 0;
    bool m_answer = true;
    QStringList m_questions;
};

TEST_F(GroupsPageTest, AFacilitatorCreatesAMonthlySeriesOfSixWithTheKeyboard)
{
    showPage();
    press(Qt::Key_N, Qt::AltModifier);
    auto *dialog = openedDialog<ui::GroupDialog>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(focusName(), QStringLiteral("themeEdit"));
    type(QStringLiteral("Racisme op het werk"));

    press(Qt::Key_F, Qt::AltModifier);
    EXPECT_EQ(focusName(), QStringLiteral("facilitatorsList"));
    press(Qt::Key_Space);
    press(Qt::Key_A, Qt::AltModifier); // C&apacity
    EXPECT_EQ(focusName(), QStringLiteral("capacitySpin"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("3"));

    // The first session two months and a few days ago: digits only, each
    // part moves on to the next.
    const QDateTime first(QDate::currentDate().addMonths(-2).addDays(-3), QTime(19, 30));
    press(Qt::Key_I, Qt::AltModifier);
    auto *firstEdit = dialog->findChild<QDateTimeEdit *>(QStringLiteral("firstSessionEdit"));
    ASSERT_EQ(QApplication::focusWidget(), firstEdit);
    QString digits = firstEdit->locale().toString(first, firstEdit->displayFormat());
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    type(digits);
    EXPECT_EQ(firstEdit->dateTime(), first);

    press(Qt::Key_R, Qt::AltModifier);
    press(Qt::Key_Home);
    press(Qt::Key_End);
    EXPECT_EQ(dialog->findChild<QComboBox *>(QStringLiteral("recurrenceCombo"))->currentText(),
              label(Recurrence::Monthly));
    press(Qt::Key_O, Qt::AltModifier);
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("6"));
    // The preview shows what "every month" means before anything is saved.
    auto *preview = dialog->findChild<QListWidget *>(QStringLiteral("previewList"));
    ASSERT_EQ(preview->count(), 6);
    QStringList shown;
    for (int i = 0; i < preview->count(); ++i)
        shown << preview->item(i)->toolTip();
    press(Qt::Key_Return);
    ASSERT_TRUE(closedDialog<ui::GroupDialog>());

    auto groups = m_page->context().store().groups();
    ASSERT_TRUE(groups.ok());
    ASSERT_EQ(groups->size(), 1);
    const PeerGroup &g = groups->first();
    EXPECT_EQ(g.theme, QStringLiteral("Racisme op het werk"));
    EXPECT_EQ(g.capacity, 3);
    EXPECT_EQ(g.facilitatorIds, QList<qint64>{m_facilitator});
    EXPECT_EQ(g.schedule.recurrence, Recurrence::Monthly);
    EXPECT_EQ(g.schedule.count, 6);
    EXPECT_EQ(g.schedule.firstStart, first);
    EXPECT_EQ(m_page->currentGroupId(), g.id);
    EXPECT_EQ(m_page->sessionsTab()->model()->rowCount(), 6);
    // The preview showed the very sessions the series has.
    for (int i = 0; i < shown.size(); ++i)
        EXPECT_EQ(shown.at(i),
                  QLocale().toString(m_page->sessionsTab()->model()->sessionAt(i)->start, QLocale::LongFormat));
    // The page moved on to the participants, ready to fill the group.
    EXPECT_EQ(m_page->tabs()->currentIndex(), ui::GroupsPage::ParticipantsSection);
}

TEST_F(GroupsPageTest, TheGroupFillsToCapacityAndTheNextOneWaitsInOrder)
{
    ui::GroupContext context(*m_vault);
    const qint64 id = createTestGroup(context, pastWeeklyGroup(QStringLiteral("Na een incident"), 0, 6, 3));
    showPage();
    m_page->openGroup(id, ui::GroupsPage::ParticipantsSection);
    for (const char *name : {"Amal", "Bas", "Cem", "Daan", "Eva"})
        addWithKeyboard(QString::fromLatin1(name));

    ui::ParticipantListModel *model = m_page->participantsTab()->model();
    ASSERT_EQ(model->rowCount(), 5);
    EXPECT_EQ(participantNamed(QStringLiteral("Cem")).state, ParticipantState::Member);
    EXPECT_EQ(participantNamed(QStringLiteral("Daan")).state, ParticipantState::Waiting);
    EXPECT_EQ(model->waitingPosition(participantNamed(QStringLiteral("Daan")).id), 1);
    EXPECT_EQ(model->waitingPosition(participantNamed(QStringLiteral("Eva")).id), 2);
    EXPECT_EQ(model->index(4, ui::ParticipantListModel::StateColumn).data().toString(),
              QStringLiteral("Waiting, no. 2"));
    EXPECT_TRUE(m_page->participantsTab()->messageLabel()->text().contains(QStringLiteral("number 2")));
    // The list of groups counts the seats and the waiting list.
    const int row = m_page->listModel()->rowOf(id);
    EXPECT_EQ(m_page->listModel()->index(row, ui::GroupListModel::SeatsColumn).data().toString(),
              QStringLiteral("3 of 3"));
    EXPECT_EQ(m_page->listModel()->index(row, ui::GroupListModel::WaitingColumn).data().toString(),
              QStringLiteral("2"));
}

TEST_F(GroupsPageTest, WhenAMemberLeavesTheFirstOneWaitingIsOfferedTheSeatWithATask)
{
    ui::GroupContext context(*m_vault);
    const qint64 id = createTestGroup(context, pastWeeklyGroup(QStringLiteral("Na een incident"), 0, 6, 2));
    addTestParticipants(context, id, {QStringLiteral("Amal"), QStringLiteral("Bas"), QStringLiteral("Cem")});
    showPage();
    m_page->openGroup(id, ui::GroupsPage::ParticipantsSection);
    ui::ParticipantsTab *tab = m_page->participantsTab();
    tab->selectParticipant(participantNamed(QStringLiteral("Bas")).id);
    tab->view()->setFocus();
    press(Qt::Key_L, Qt::AltModifier);
    auto *dialog = openedDialog<ui::LeaveDialog>();
    ASSERT_NE(dialog, nullptr);
    press(Qt::Key_R, Qt::AltModifier);
    type(QStringLiteral("verhuisd"));
    press(Qt::Key_Return);
    ASSERT_TRUE(closedDialog<ui::LeaveDialog>());

    EXPECT_EQ(participantNamed(QStringLiteral("Bas")).state, ParticipantState::Left);
    EXPECT_EQ(participantNamed(QStringLiteral("Bas")).leftReason, QStringLiteral("verhuisd"));
    const Participant cem = participantNamed(QStringLiteral("Cem"));
    EXPECT_EQ(cem.state, ParticipantState::Offered);
    EXPECT_TRUE(tab->messageLabel()->text().contains(QStringLiteral("Cem is offered the free seat")));
    ui::GroupTaskModel *tasks = m_page->tasksTab()->model();
    ASSERT_EQ(tasks->rowCount(), 1);
    EXPECT_EQ(tasks->index(0, ui::GroupTaskModel::PersonColumn).data().toString(), QStringLiteral("Cem"));
    EXPECT_EQ(tasks->index(0, ui::GroupTaskModel::TaskColumn).data().toString(), label(GroupTaskKind::OfferSeat));

    // Cem takes the seat: the offer task is done with it.
    tab->selectParticipant(cem.id);
    press(Qt::Key_A, Qt::AltModifier); // the button clicks a moment later, as it shows being pressed
    EXPECT_TRUE(waitFor([&] { return participantNamed(QStringLiteral("Cem")).state == ParticipantState::Member; }));
    EXPECT_EQ(tasks->openCount(), 0);
}

TEST_F(GroupsPageTest, ADeclinedSeatGoesToTheNextOneWaitingAfterAQuestion)
{
    ui::GroupContext context(*m_vault);
    const qint64 id = createTestGroup(context, pastWeeklyGroup(QStringLiteral("Na een incident"), 0, 6, 1));
    const auto ids =
        addTestParticipants(context, id, {QStringLiteral("Amal"), QStringLiteral("Bas"), QStringLiteral("Cem")});
    ASSERT_TRUE(context.service().leave(ids.at(0), QDate::currentDate(), {}).ok());
    showPage();
    m_page->openGroup(id, ui::GroupsPage::ParticipantsSection);
    m_page->participantsTab()->selectParticipant(ids.at(1));
    m_answer = false;
    m_page->participantsTab()->declineSelected();
    ASSERT_EQ(m_questions.size(), 1);
    EXPECT_EQ(participantNamed(QStringLiteral("Bas")).state, ParticipantState::Offered);
    m_answer = true;
    m_page->participantsTab()->declineSelected();
    EXPECT_EQ(participantNamed(QStringLiteral("Bas")).state, ParticipantState::Left);
    EXPECT_EQ(participantNamed(QStringLiteral("Cem")).state, ParticipantState::Offered);
}

} // namespace
} // namespace baken::test
