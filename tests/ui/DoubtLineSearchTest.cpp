// Search as you type on the doubt-line page: the shift's list becomes the
// consultations of every day whose question holds the typed words.
#include "DoubtLineTestSupport.h"
#include "UiTestSupport.h"
#include "db/SqlValues.h"
#include "doubtline/ConsultationForm.h"
#include "doubtline/ConsultationListModel.h"
#include "doubtline/DoubtLineContext.h"
#include "doubtline/DoubtLinePage.h"
#include "doubtline/ShiftView.h"
#include "support/TestVault.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

class DoubtLineSearchTest : public ::testing::Test {
protected:
    DoubtLineSearchTest() : m_vault(m_dir.create()) {}

    TestVaultDir m_dir;
    std::unique_ptr<Vault> m_vault;
};

QList<qint64> listed(const ui::ConsultationListModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.idAt(row);
    return ids;
}

// Every Alt letter of the page belongs to the form: Ctrl+F reaches the
// search from wherever the colleague is typing, as on the case list.
TEST_F(DoubtLineSearchTest, CtrlFMovesToTheSearchFromTheForm)
{
    ui::DoubtLinePage page(*m_vault);
    page.show();
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    QLineEdit *search = page.shift()->searchEdit();
    search->setText(QStringLiteral("hoofd"));
    page.form()->setFocus();
    ASSERT_FALSE(search->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(search->hasFocus());
    EXPECT_EQ(search->selectedText(), QStringLiteral("hoofd")) << "typing replaces the last search";
}

TEST_F(DoubtLineSearchTest, TypingFiltersTheListAsYouTypeAndSaysWhenNothingMatches)
{
    ui::DoubtLinePage page(*m_vault);
    ui::DoubtLineContext &context = page.context();
    const qint64 lastWeek =
        logTestConsultation(context, QStringLiteral("Grap over mijn hoofddoek bij de koffie"), 7 * 24 * 60);
    const qint64 today = logTestConsultation(context, QStringLiteral("Mijn hoofd zegt dat het niet erg is"), 20);
    const qint64 other = logTestConsultation(context, QStringLiteral("Niet uitgenodigd voor het teamuitje"), 10);
    page.resize(1400, 900);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ui::ShiftView *shift = page.shift();
    ui::ConsultationListModel *model = shift->todayModel();
    QLineEdit *search = shift->searchEdit();
    EXPECT_EQ(listed(*model), (QList<qint64>{other, today})); // today's shift

    search->setFocus();
    QTest::keyClick(search, Qt::Key_H);
    EXPECT_EQ(listed(*model), (QList<qint64>{other, today, lastWeek})); // "het", "hoofd", "hoofddoek"; newest first
    QTest::keyClicks(search, QStringLiteral("oofdd"));
    EXPECT_EQ(listed(*model), QList<qint64>{lastWeek}); // from last week: every day is searched
    EXPECT_EQ(model->index(0, ui::ConsultationListModel::QuestionColumn).data().toString(),
              QStringLiteral("Grap over mijn hoofddoek bij de koffie"));
    EXPECT_TRUE(shift->todayView()->isVisible());
    EXPECT_FALSE(shift->noMatchLabel()->isVisible());

    QTest::keyClicks(search, QStringLiteral("x"));
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(shift->noMatchLabel()->isVisible());
    EXPECT_FALSE(shift->todayView()->isVisible());
    EXPECT_TRUE(shift->noMatchLabel()->text().contains(u"hoofddx")) << shift->noMatchLabel()->text().toStdString();

    QTest::keyClick(search, Qt::Key_Backspace);
    EXPECT_EQ(listed(*model), QList<qint64>{lastWeek});
    EXPECT_FALSE(shift->noMatchLabel()->isVisible());

    // The found consultation opens in the form like one of today's.
    QTableView *view = shift->todayView();
    view->setFocus();
    view->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_EQ(page.form()->consultationId(), lastWeek);

    search->clear();
    EXPECT_EQ(listed(*model), (QList<qint64>{other, today}));
    EXPECT_EQ(model->columnCount(), ui::ConsultationListModel::ColumnCount);
}

// A first letter finds most of ten years: the rows come a page at a time.
TEST_F(DoubtLineSearchTest, ASearchListPassesTheModelTesterAndFetchesPageByPage)
{
    const int total = ui::ConsultationListModel::PageSize * 2 + 30;
    ASSERT_TRUE(m_vault->db().exec("BEGIN").ok());
    auto insert = m_vault->db().prepare("INSERT INTO consultation (occurred_at, day, question, created_at, updated_at)"
                                        " VALUES (?1, ?2, ?3, ?1, ?1)");
    ASSERT_TRUE(insert.ok());
    const QDateTime first = QDateTime::currentDateTimeUtc().addDays(-400);
    for (int i = 0; i < total; ++i) {
        const QDateTime at = first.addSecs(3600LL * i);
        insert->reset();
        insert->bind(1, sql::timeText(at)).bind(2, sql::dateText(at.toLocalTime().date()));
        insert->bind(3, QStringLiteral("vraag nummer %1").arg(i));
        ASSERT_TRUE(insert->run().ok());
    }
    ASSERT_TRUE(m_vault->db().exec("COMMIT").ok());

    ui::DoubtLineContext context(*m_vault);
    ui::ConsultationListModel model(context);
    model.setSearchText(QStringLiteral("vraag"));
    EXPECT_EQ(model.totalCount(), total);
    EXPECT_EQ(model.rowCount(), ui::ConsultationListModel::PageSize);
    EXPECT_EQ(model.columnCount(), ui::ConsultationListModel::ColumnCount + 1);
    EXPECT_EQ(model.index(0, ui::ConsultationListModel::QuestionColumn).data().toString(),
              QStringLiteral("vraag nummer %1").arg(total - 1)); // newest first
    // Attached after the first search: Qt 6.4's tester fetches more rows from
    // its own modelReset slot and then takes the insertion for a change made
    // during the reset (the audit log model's test does the same). It fetches
    // pages itself too.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    ASSERT_EQ(model.rowCount(), total);
    EXPECT_EQ(model.index(total - 1, ui::ConsultationListModel::QuestionColumn).data().toString(),
              QStringLiteral("vraag nummer 0"));
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.idAt(row));
    EXPECT_EQ(ids.size(), total); // no row twice across pages

    model.setSearchText(QStringLiteral("nummer 12"));
    EXPECT_EQ(model.totalCount(), 11); // 12 and 120 to 129
    model.setSearchText({});
    EXPECT_FALSE(model.isSearching());
    EXPECT_EQ(model.columnCount(), ui::ConsultationListModel::ColumnCount);
}

} // namespace
} // namespace baken::test
