#include "GroupTestSupport.h"
#include "groups/AttendanceModel.h"
#include "groups/GroupContext.h"
#include "groups/GroupListModel.h"
#include "groups/GroupTaskModel.h"
#include "groups/ParticipantListModel.h"
#include "groups/SessionListModel.h"
#include "support/TestVault.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

// A running weekly group with two members, one person waiting and one who
// left, and a few attendance records: enough rows for every model.
class GroupModelsTest : public ::testing::Test {
protected:
    GroupModelsTest() : m_vault(m_dir.create()), m_context(*m_vault)
    {
        m_groupId = createTestGroup(m_context, pastWeeklyGroup(QStringLiteral("Racisme op het werk"), 2, 6, 2));
        m_people = addTestParticipants(m_context, m_groupId,
                                       {QStringLiteral("Amal"), QStringLiteral("Bas"), QStringLiteral("Cem")},
                                       QDate::currentDate().addDays(-30));
        auto sessions = m_context.service().sessions(m_groupId);
        EXPECT_TRUE(sessions.ok());
        if (sessions)
            m_first = sessions->first().originalStart;
    }

    TestVaultDir m_dir;
    std::unique_ptr<Vault> m_vault;
    ui::GroupContext m_context;
    qint64 m_groupId = 0;
    QList<qint64> m_people;
    QDateTime m_first;
};

TEST_F(GroupModelsTest, TheGroupListPassesTheModelTester)
{
    ui::GroupListModel model(m_context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.idAt(0), m_groupId);
    EXPECT_EQ(model.index(0, ui::GroupListModel::SeatsColumn).data().toString(), QStringLiteral("2 of 2"));
    EXPECT_EQ(model.index(0, ui::GroupListModel::WaitingColumn).data().toString(), QStringLiteral("1"));
    createTestGroup(m_context, pastWeeklyGroup(QStringLiteral("Tweede groep"), 0, 4, 8));
    model.reload();
    EXPECT_EQ(model.rowCount(), 2);
}

TEST_F(GroupModelsTest, TheSessionListPassesTheModelTester)
{
    ui::SessionListModel model(m_context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setGroup(m_groupId);
    ASSERT_EQ(model.rowCount(), 6);
    ASSERT_TRUE(m_context.service().cancelSession(m_groupId, model.sessionAt(4)->originalStart).ok());
    model.reload();
    EXPECT_TRUE(model.index(4, 0).data(ui::SessionListModel::CancelledRole).toBool());
    EXPECT_EQ(model.index(4, ui::SessionListModel::StatusColumn).data().toString(), QStringLiteral("Cancelled"));
    model.setGroup(0);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(GroupModelsTest, TheParticipantListPassesTheModelTester)
{
    ui::ParticipantListModel model(m_context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setGroup(m_groupId);
    ASSERT_EQ(model.rowCount(), 3);
    ASSERT_TRUE(m_context.service().leave(m_people.at(0), QDate::currentDate(), QStringLiteral("ziek")).ok());
    model.reload();
    // The one offered the seat comes first, whoever left last.
    EXPECT_EQ(model.participantAt(0)->id, m_people.at(2));
    EXPECT_EQ(model.participantAt(2)->id, m_people.at(0));
    EXPECT_EQ(model.index(2, ui::ParticipantListModel::LeftColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("ziek"));
}

TEST_F(GroupModelsTest, TheAttendanceModelPassesTheModelTesterAndRecordsThroughTheService)
{
    ui::AttendanceModel model(m_context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_groupId, m_first);
    ASSERT_EQ(model.rowCount(), 2); // the members, not the one waiting
    EXPECT_TRUE(model.flags(model.index(0, ui::AttendanceModel::PresentColumn)) & Qt::ItemIsUserCheckable);
    EXPECT_TRUE(model.setData(model.index(0, ui::AttendanceModel::ExcusedColumn), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(model.index(0, ui::AttendanceModel::ExcusedColumn).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_EQ(model.index(0, ui::AttendanceModel::PresentColumn).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    // Unticking does not clear a value.
    EXPECT_FALSE(model.setData(model.index(0, ui::AttendanceModel::ExcusedColumn), Qt::Unchecked, Qt::CheckStateRole));
    model.reload();
    EXPECT_EQ(model.attendanceAt(0), Attendance::Excused);

    // A session still to come is refused in words.
    auto sessions = m_context.service().sessions(m_groupId);
    ASSERT_TRUE(sessions.ok());
    QString error;
    QObject::connect(&model, &ui::AttendanceModel::errorOccurred, &model,
                     [&error](const QString &message) { error = message; });
    model.setSession(m_groupId, sessions->last().originalStart);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_FALSE(model.setAttendance(0, Attendance::Present));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(GroupModelsTest, TheTaskListPassesTheModelTester)
{
    ui::GroupTaskModel model(m_context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setGroup(m_groupId);
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(m_context.service().leave(m_people.at(0), QDate::currentDate(), {}).ok());
    model.reload();
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.openCount(), 1);
    ASSERT_TRUE(m_context.service().completeTask(model.idAt(0)).ok());
    model.reload();
    EXPECT_EQ(model.openCount(), 0);
    EXPECT_TRUE(model.isDoneAt(0));
    EXPECT_FALSE(model.index(0, ui::GroupTaskModel::DoneColumn).data().toString().isEmpty());
}

} // namespace
} // namespace baken::test
