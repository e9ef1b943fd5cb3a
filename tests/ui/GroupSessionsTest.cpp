#include "GroupTestSupport.h"
#include "UiTestSupport.h"
#include "groups/AttendanceModel.h"
#include "groups/GroupContext.h"
#include "groups/GroupTabs.h"
#include "groups/GroupTaskModel.h"
#include "groups/GroupsPage.h"
#include "groups/MoveSessionDialog.h"
#include "groups/SessionListModel.h"
#include "shell/AgendaPanel.h"
#include "shell/DashboardPage.h"
#include "shell/FollowUpsPanel.h"
#include "support/TestVault.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

// Sessions, attendance and aftercare of a weekly group that began three
// weeks ago, so three sessions have taken place (the fourth is today).
class GroupSessionsTest : public ::testing::Test {
protected:
    GroupSessionsTest() : m_vault(m_dir.create())
    {
        ui::GroupContext context(*m_vault);
        m_groupId = createTestGroup(context, pastWeeklyGroup(m_theme, 3, 8, 6));
        m_people = addTestParticipants(context, m_groupId, {QStringLiteral("Amal"), QStringLiteral("Bas")},
                                       QDate::currentDate().addDays(-30));
        auto sessions = context.service().sessions(m_groupId);
        EXPECT_TRUE(sessions.ok());
        if (sessions)
            m_sessions = *sessions;
    }

    void showPage(ui::GroupsPage::Section section)
    {
        m_page = std::make_unique<ui::GroupsPage>(*m_vault);
        m_page->resize(1300, 850);
        m_page->show();
        m_page->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
        m_page->setAsker([](QWidget *, const ui::Question &, const ui::Answer &answer) { answer(true); });
        m_page->openGroup(m_groupId, section);
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ASSERT_NE(QApplication::focusWidget(), nullptr);
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }
    QList<GroupTask> openTasks()
    {
        auto tasks = m_page->context().store().tasks(m_groupId);
        EXPECT_TRUE(tasks.ok());
        QList<GroupTask> open;
        for (const GroupTask &t : tasks ? *tasks : QList<GroupTask>())
            if (!t.isDone())
                open << t;
        return open;
    }

    TestVaultDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<ui::GroupsPage> m_page;
    const QString m_theme = QStringLiteral("Racisme op het werk");
    qint64 m_groupId = 0;
    QList<qint64> m_people;
    QList<Session> m_sessions;
};

TEST_F(GroupSessionsTest, AttendanceIsTakenForAPastSessionWithTheKeyboard)
{
    showPage(ui::GroupsPage::AttendanceSection);
    ui::AttendanceTab *tab = m_page->attendanceTab();
    // Only sessions that took place (today's too, once it has begun), the latest first.
    const auto held = std::count_if(m_sessions.cbegin(), m_sessions.cend(),
                                    [](const Session &s) { return s.start <= QDateTime::currentDateTime(); });
    ASSERT_EQ(tab->sessionCombo()->count(), held);
    press(Qt::Key_O, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), tab->sessionCombo());
    press(Qt::Key_End);
    EXPECT_EQ(tab->sessionCombo()->currentData().toDateTime(), m_sessions.first().originalStart);
    press(Qt::Key_W, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), tab->view());
    ui::AttendanceModel *model = tab->model();
    ASSERT_EQ(model->rowCount(), 2);
    press(Qt::Key_1); // Amal present, on to Bas
    press(Qt::Key_2); // Bas absent with notice
    EXPECT_EQ(model->attendanceAt(0), Attendance::Present);
    EXPECT_EQ(model->attendanceAt(1), Attendance::Excused);
    // Space ticks the column under the cursor: Bas was absent after all.
    tab->view()->setCurrentIndex(model->index(1, ui::AttendanceModel::AbsentColumn));
    press(Qt::Key_Space);
    EXPECT_EQ(model->attendanceAt(1), Attendance::Absent);

    auto stored = m_page->context().store().attendance(m_groupId, m_sessions.first().originalStart);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->value(m_people.at(0)), Attendance::Present);
    EXPECT_EQ(stored->value(m_people.at(1)), Attendance::Absent);
    EXPECT_TRUE(openTasks().isEmpty());
}

TEST_F(GroupSessionsTest, TwoMissesInARowPutAnAftercareTaskOnTheAgenda)
{
    showPage(ui::GroupsPage::AttendanceSection);
    ui::AttendanceTab *tab = m_page->attendanceTab();
    for (int s = 0; s < 2; ++s) {
        ASSERT_TRUE(tab->selectSession(m_sessions.at(s).originalStart));
        tab->view()->setFocus();
        press(Qt::Key_1);                      // Amal present
        press(s == 0 ? Qt::Key_3 : Qt::Key_2); // Bas absent, then absent with notice
    }
    const QList<GroupTask> tasks = openTasks();
    ASSERT_EQ(tasks.size(), 1);
    EXPECT_EQ(tasks.first().kind, GroupTaskKind::MissedSessions);
    EXPECT_EQ(tasks.first().participantId, m_people.at(1));
    // The Tasks tab read it again.
    EXPECT_EQ(m_page->tasksTab()->model()->openCount(), 1);

    // The dashboard's agenda lists it among the follow-ups due today.
    ui::DashboardPage dashboard(*m_vault);
    dashboard.refresh();
    QTreeWidget *tree = dashboard.followUps()->tree();
    QTreeWidgetItem *found = nullptr;
    for (int s = 0; s < tree->topLevelItemCount(); ++s)
        for (int i = 0; i < tree->topLevelItem(s)->childCount(); ++i)
            if (tree->topLevelItem(s)->child(i)->text(1).contains(m_theme))
                found = tree->topLevelItem(s)->child(i);
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->parent(), tree->topLevelItem(1)); // today
    EXPECT_TRUE(found->text(2).contains(QStringLiteral("Bas")));
    QSignalSpy opened(&dashboard, &ui::DashboardPage::groupTaskOpenRequested);
    Q_EMIT tree->itemActivated(found, 0);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first().at(0).toLongLong(), m_groupId);
    EXPECT_EQ(opened.first().at(1).toLongLong(), tasks.first().id);

    // Done from the Tasks tab, it leaves the agenda.
    m_page->openTask(m_groupId, tasks.first().id);
    EXPECT_EQ(QApplication::focusWidget(), m_page->tasksTab()->view());
    press(Qt::Key_D, Qt::AltModifier);
    EXPECT_TRUE(waitFor([&] { return openTasks().isEmpty(); }));
    dashboard.refresh();
    EXPECT_FALSE(anyTextContains(dashboard.followUps(), m_theme));
}

TEST_F(GroupSessionsTest, TheAgendaShowsThisWeeksSessionAndAChecksInAfterASeriesEnds)
{
    // A series of two that ended two weeks ago: a check-in for each member is due today.
    ui::GroupContext context(*m_vault);
    const qint64 ended = createTestGroup(context, pastWeeklyGroup(QStringLiteral("Voorbije reeks"), 3, 2, 4));
    addTestParticipants(context, ended, {QStringLiteral("Sem")}, QDate::currentDate().addDays(-30));
    ui::AgendaPanel agenda(*m_vault);
    agenda.refresh();
    EXPECT_TRUE(anyTextContains(agenda.followUps(), QStringLiteral("Check in with Sem after the series")));

    // Today's session of the running group is this week's.
    QTreeWidget *week = agenda.sessions();
    QTreeWidgetItem *today = nullptr;
    for (int i = 0; i < week->topLevelItemCount(); ++i)
        if (week->topLevelItem(i)->text(2) == m_theme)
            today = week->topLevelItem(i);
    ASSERT_NE(today, nullptr);
    EXPECT_EQ(today->text(0), QStringLiteral("Today"));
    EXPECT_EQ(today->text(3), QStringLiteral("Room 4.12"));
    QSignalSpy opened(&agenda, &ui::AgendaPanel::groupSessionOpenRequested);
    Q_EMIT week->itemActivated(today, 0);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first().at(0).toLongLong(), m_groupId);
    EXPECT_EQ(opened.first().at(1).toDateTime(), m_sessions.at(3).originalStart);
}

TEST_F(GroupSessionsTest, ASessionIsMovedCancelledAndRestoredWithoutBreakingTheSeries)
{
    showPage(ui::GroupsPage::SessionsSection);
    ui::SessionsTab *tab = m_page->sessionsTab();
    ui::SessionListModel *model = tab->model();
    ASSERT_EQ(model->rowCount(), 8);
    const Session sixth = m_sessions.at(5);
    tab->selectSession(sixth.originalStart);
    tab->moveSelected();
    auto *dialog = m_page->findChild<ui::MoveSessionDialog *>();
    ASSERT_NE(dialog, nullptr);
    const QDateTime later = sixth.start.addDays(1);
    dialog->startEdit()->setDateTime(later);
    dialog->accept();
    EXPECT_EQ(model->rowCount(), 8);
    EXPECT_EQ(model->sessionAt(5)->start, later);
    EXPECT_TRUE(model->sessionAt(5)->moved);
    EXPECT_TRUE(model->index(5, ui::SessionListModel::StatusColumn).data().toString().startsWith(u"Moved"));

    const Session seventh = m_sessions.at(6);
    tab->selectSession(seventh.originalStart);
    tab->cancelSelected();
    EXPECT_TRUE(model->sessionAt(6)->cancelled);
    EXPECT_EQ(model->sessionAt(7)->number, 8);
    // A cancelled session is not offered for attendance.
    EXPECT_EQ(m_page->attendanceTab()->sessionCombo()->findData(seventh.originalStart), -1);

    tab->selectSession(sixth.originalStart);
    tab->restoreSelected();
    EXPECT_FALSE(model->sessionAt(5)->moved);
    EXPECT_EQ(model->sessionAt(5)->start, sixth.start);
}

TEST_F(GroupSessionsTest, SessionNotesAreKeptPerSession)
{
    showPage(ui::GroupsPage::SessionsSection);
    ui::SessionsTab *tab = m_page->sessionsTab();
    tab->selectSession(m_sessions.at(0).originalStart);
    QTest::keyClicks(tab->noteEdit(), QStringLiteral("Kennismaking; afspraken over vertrouwelijkheid."));
    // Choosing another session keeps what was typed.
    tab->selectSession(m_sessions.at(1).originalStart);
    EXPECT_TRUE(tab->noteEdit()->toPlainText().isEmpty());
    auto note = m_page->context().store().sessionNote(m_groupId, m_sessions.at(0).originalStart);
    ASSERT_TRUE(note.ok());
    EXPECT_EQ(*note, QStringLiteral("Kennismaking; afspraken over vertrouwelijkheid."));
    tab->selectSession(m_sessions.at(0).originalStart);
    EXPECT_EQ(tab->noteEdit()->toPlainText(), *note);
}

TEST_F(GroupSessionsTest, AScoreIsRecordedWithoutALinkToThePerson)
{
    showPage(ui::GroupsPage::EvaluationSection);
    ui::EvaluationTab *tab = m_page->evaluationTab();
    ASSERT_EQ(tab->participantCombo()->count(), 2);
    tab->participantCombo()->setCurrentIndex(1);
    tab->scoreSpin()->setValue(5);
    tab->record();
    tab->scoreSpin()->setValue(3);
    tab->record();
    EXPECT_FALSE(tab->participantCombo()->isEnabled());
    // "2 score(s)" untranslated, "2 scores" once a test installed English.
    const QString shown = tab->summaryLabel()->text();
    EXPECT_TRUE(shown.contains(u"2 score") && shown.contains(u", mean 4.0")) << shown.toStdString();
    auto summary = m_page->context().store().evaluation(m_groupId);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->byScore.value(5), 1);
    EXPECT_EQ(summary->byScore.value(3), 1);
}

TEST_F(GroupSessionsTest, TheCalendarIsExportedAsAnIcsFile)
{
    showPage(ui::GroupsPage::SessionsSection);
    ASSERT_TRUE(m_page->context().service().cancelSession(m_groupId, m_sessions.at(6).originalStart).ok());
    const QString path = m_dir.path(QStringLiteral("groep.ics"));
    auto written = m_page->exportCalendarTo(path);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_TRUE(written->contains(QStringLiteral("groep.ics")));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString ics = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(ics.startsWith(QStringLiteral("BEGIN:VCALENDAR")));
    EXPECT_TRUE(ics.contains(QStringLiteral("RRULE:FREQ=WEEKLY")));
    EXPECT_TRUE(ics.contains(QStringLiteral("EXDATE")));
    EXPECT_TRUE(ics.contains(m_theme));
    // The same UID every time, and never a participant.
    EXPECT_TRUE(ics.contains(u"UID:" + m_page->context().calendarUid(m_groupId)));
    EXPECT_TRUE(m_page->context().calendarUid(m_groupId).startsWith(QStringLiteral("group-")));
    EXPECT_FALSE(ics.contains(QStringLiteral("Amal")));

    auto failed = m_page->exportCalendarTo(m_dir.path(QStringLiteral("no-such-folder/groep.ics")));
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("could not be saved")));
}

} // namespace
} // namespace baken::test
