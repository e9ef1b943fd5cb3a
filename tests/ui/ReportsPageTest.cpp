#include "reports/ReportsPage.h"
#include "SummaryTestSupport.h"
#include "UiTestSupport.h"
#include "WindowTestSupport.h"
#include "reports/PeriodPicker.h"
#include "reports/SummaryChart.h"
#include "reports/SummaryTableModel.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/VaultWorkspace.h"
#include "summary/DisclosureControl.h"
#include "summary/SummaryJson.h"
#include "support/TestVault.h"
#include "vault/Vault.h"
#include "vault/VaultSettings.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QLineSeries>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

const summary::Table &tableOf(const summary::Summary &s, const char *id)
{
    const summary::Table *t = s.table(QString::fromLatin1(id));
    EXPECT_NE(t, nullptr) << id;
    static const summary::Table none;
    return t ? *t : none;
}

// --- the table as it leaves the vault ---------------------------------------

TEST(SummaryTableModel, ShowsSuppressedCellsAsMarkersAndNeverANumber)
{
    const summary::Summary published = publishedTestSummary();
    const summary::Summary exact = exactTestSummary();
    for (const char *id : {"cases.month", "cases.ground", "cases.unit_by_type", "groups.activity"}) {
        ui::SummaryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setTable(tableOf(published, id), 5, QStringLiteral("en"));
        ui::SummaryTableModel exactModel;
        exactModel.setTable(tableOf(exact, id), 5, QStringLiteral("en"));
        ASSERT_EQ(model.rowCount(), exactModel.rowCount());
        ASSERT_EQ(model.columnCount(), exactModel.columnCount());
        int hidden = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const summary::Figure *f = model.figure(row, column);
                ASSERT_NE(f, nullptr);
                const QString shown = model.index(row, column).data().toString();
                if (f->published()) {
                    EXPECT_EQ(shown, exactModel.index(row, column).data().toString());
                    continue;
                }
                ++hidden;
                EXPECT_EQ(shown, u"x") << id;
                EXPECT_FALSE(model.index(row, column).data(Qt::ToolTipRole).toString().isEmpty());
                // Whatever a user or a screen reader gets, it is not the number.
                const QString exactValue = exactModel.index(row, column).data().toString();
                EXPECT_NE(shown, exactValue);
                // The explanation itself says "from 1 to 4": the rest must not hold the number.
                QString spoken = model.index(row, column).data(Qt::AccessibleTextRole).toString();
                spoken.remove(model.index(row, column).data(Qt::ToolTipRole).toString());
                EXPECT_FALSE(spoken.contains(QRegularExpression(u"\\b" + exactValue + u"\\b"))) << spoken.toStdString();
            }
        }
        EXPECT_GT(hidden, 0) << id;
    }
}

// A small hidden figure and one hidden to protect it look and sound the same:
// "x" meaning "at least k" would narrow the small one down.
TEST(SummaryTableModel, NoTextTellsASmallHiddenFigureFromASecondaryOne)
{
    const summary::Summary small = publishedTestSummaryMarked(summary::Suppression::Small);
    const summary::Summary secondary = publishedTestSummaryMarked(summary::Suppression::Secondary);
    const summary::Summary hidden = publishedTestSummary();
    const QString explanation =
        QStringLiteral("Not published: from 1 to 4, or left out so that such a figure cannot be worked out.");
    int compared = 0;
    for (const summary::Table &table : hidden.tables) {
        const std::string id = table.id.toStdString();
        ui::SummaryTableModel asSmall, asSecondary, asHidden;
        asSmall.setTable(tableOf(small, id.c_str()), 5, QStringLiteral("en"));
        asSecondary.setTable(tableOf(secondary, id.c_str()), 5, QStringLiteral("en"));
        asHidden.setTable(table, 5, QStringLiteral("en"));
        for (int row = 0; row < asHidden.rowCount(); ++row) {
            for (int column = 0; column < asHidden.columnCount(); ++column) {
                const summary::Figure *f = asHidden.figure(row, column);
                if (!f || f->published())
                    continue;
                ++compared;
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)}) {
                    const QString text = asHidden.index(row, column).data(role).toString();
                    EXPECT_EQ(asSmall.index(row, column).data(role).toString(), text) << id << " role " << role;
                    EXPECT_EQ(asSecondary.index(row, column).data(role).toString(), text) << id << " role " << role;
                }
                EXPECT_EQ(asHidden.index(row, column).data().toString(), u"x");
                EXPECT_EQ(asHidden.index(row, column).data(Qt::ToolTipRole).toString(), explanation);
                EXPECT_TRUE(asHidden.index(row, column).data(Qt::AccessibleTextRole).toString().endsWith(explanation));
            }
        }
    }
    EXPECT_GT(compared, 10);
}

TEST(SummaryTableModel, LabelsRowsAndColumnsAndPutsTotalsLastInBold)
{
    const summary::Summary published = publishedTestSummary();
    ui::SummaryTableModel model;
    model.setTable(tableOf(published, "cases.unit_by_type"), 5, QStringLiteral("nl"));
    ASSERT_EQ(model.rowCount(), 4);    // three units and the total
    ASSERT_EQ(model.columnCount(), 5); // four types and the total
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), u"Sociaal domein");
    EXPECT_EQ(model.headerData(2, Qt::Vertical).toString(), u"Overige afdelingen");
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), u"Signaal");
    EXPECT_EQ(model.index(3, 4).data().toString(), u"27");
    EXPECT_EQ(model.index(0, 4).data().toString(), u"14");
    EXPECT_TRUE(model.index(3, 0).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(model.index(0, 4).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());

    // A list of separate measures has no total row.
    model.setTable(tableOf(published, "groups.activity"), 5, QStringLiteral("en"));
    EXPECT_EQ(model.rowCount(), 3);
}

// --- charts ----------------------------------------------------------------

TEST(SummaryChart, TheTrendLeavesSuppressedMonthsOut)
{
    const summary::Summary published = publishedTestSummary();
    const summary::Table &months = tableOf(published, "cases.month");
    auto chart = ui::makeSummaryChart(months, QStringLiteral("en"));
    QList<int> plotted;
    for (QAbstractSeries *series : chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        ASSERT_NE(line, nullptr);
        for (const QPointF &p : line->points()) {
            const int row = int(p.x());
            plotted << row;
            EXPECT_TRUE(months.cell(row).published()) << "month " << row << " is suppressed but plotted";
            EXPECT_EQ(p.y(), double(months.cell(row).value.value_or(-1)));
        }
    }
    int shown = 0;
    for (const summary::Figure &f : months.cells)
        shown += f.published() ? 1 : 0;
    EXPECT_EQ(plotted.size(), shown);
    EXPECT_TRUE(chart->title().contains(u"5 figures suppressed")) << chart->title().toStdString();
}

TEST(SummaryChart, BarsLeaveOutARowWhoseFigureIsSuppressed)
{
    const summary::Summary published = publishedTestSummary();
    const summary::Table &grounds = tableOf(published, "cases.ground");
    auto chart = ui::makeSummaryChart(grounds, QStringLiteral("nl"));
    ASSERT_EQ(chart->series().size(), 1);
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    ASSERT_NE(bars, nullptr);
    auto *axis = qobject_cast<QBarCategoryAxis *>(bars->attachedAxes().first());
    if (!axis)
        axis = qobject_cast<QBarCategoryAxis *>(bars->attachedAxes().last());
    ASSERT_NE(axis, nullptr);
    EXPECT_FALSE(axis->categories().contains(QString::fromUtf8(PregnancyNl)));
    EXPECT_TRUE(axis->categories().contains(u"Godsdienst"));
    EXPECT_EQ(axis->categories().size(), 3);
    for (QBarSet *set : bars->barSets())
        for (int i = 0; i < set->count(); ++i)
            EXPECT_NE(set->at(i), double(PregnancyCases));
    // The chart is drawn in Dutch, as its labels are.
    EXPECT_TRUE(chart->title().contains(u"1 getal onderdrukt")) << chart->title().toStdString();
}

// --- the page on a vault ---------------------------------------------------

class ReportsPageTest : public ::testing::Test {
protected:
    ReportsPageTest() : m_vault(m_dir.create())
    {
        m_page = std::make_unique<ui::ReportsPage>(*m_vault);
        m_page->setFileChooser([this](QWidget *, const QString &, const QString &suggested, const QString &,
                                      const std::function<void(const QString &)> &chosen) {
            m_suggested = suggested;
            chosen(m_files.path() + u'/' + suggested);
        });
        m_page->resize(1200, 700);
        m_page->show();
        EXPECT_TRUE(waitFor([this] { return m_page->published().has_value() && !m_page->isBusy(); }));
    }

    QByteArray exported(const char *button)
    {
        auto *b = m_page->findChild<QPushButton *>(QLatin1String(button));
        EXPECT_NE(b, nullptr);
        if (!b)
            return {};
        EXPECT_TRUE(b->isEnabled());
        b->click();
        QFile file(m_files.path() + u'/' + m_suggested);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly))
            << m_suggested.toStdString() << ": " << m_page->messageLabel()->text().toStdString();
        return file.readAll();
    }

    TestVaultDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<ui::ReportsPage> m_page;
    QTemporaryDir m_files;
    QString m_suggested;
};

TEST_F(ReportsPageTest, RefusesASmallestNumberBelowThree)
{
    m_page->setK(1);
    EXPECT_EQ(m_page->k(), summary::MinimumK);
    m_page->kSpin()->setValue(2);
    EXPECT_EQ(m_page->kSpin()->value(), summary::MinimumK);
    QTest::keyClick(m_page->kSpin(), Qt::Key_Down);
    EXPECT_EQ(m_page->kSpin()->value(), summary::MinimumK);
    m_page->setK(60);
    EXPECT_EQ(m_page->k(), summary::MaximumK);
}

TEST_F(ReportsPageTest, ChangingKIsRememberedInTheVaultAndRepublishesWithoutCountingAgain)
{
    const int builds = m_page->builds();
    m_page->setK(7);
    ASSERT_TRUE(waitFor([this] { return !m_page->isBusy() && m_page->published()->rules.k == 7; }));
    EXPECT_EQ(m_page->builds(), builds);
    auto remembered = summaryK(*m_vault);
    ASSERT_TRUE(remembered.ok());
    EXPECT_EQ(*remembered, 7);
    // A new page on the same vault starts from it.
    ui::ReportsPage again(*m_vault);
    EXPECT_EQ(again.k(), 7);
}

TEST_F(ReportsPageTest, ChangingThePeriodCountsAgain)
{
    const int builds = m_page->builds();
    m_page->setPeriod({2025, 4, 2025, 6});
    ASSERT_TRUE(waitFor([this] { return !m_page->isBusy() && m_page->published()->period.fromMonth == 4; }));
    EXPECT_EQ(m_page->builds(), builds + 1);
    EXPECT_EQ(m_page->published()->period, (summary::Period{2025, 4, 2025, 6}));
    EXPECT_TRUE(m_page->rulesLabel()->text().contains(u"2025")) << m_page->rulesLabel()->text().toStdString();

    // A range that ends before it starts is refused in words, and nothing is counted.
    m_page->periodPicker()->kindCombo()->setCurrentIndex(ui::PeriodPicker::Range);
    auto *to = m_page->findChild<QDateEdit *>(QStringLiteral("toMonthEdit"));
    auto *from = m_page->findChild<QDateEdit *>(QStringLiteral("fromMonthEdit"));
    ASSERT_TRUE(to && from);
    const int before = m_page->builds();
    from->setDate(QDate(2025, 6, 1));
    to->setDate(QDate(2025, 1, 1));
    EXPECT_FALSE(m_page->findChild<QLabel *>(QStringLiteral("periodError"))->text().isEmpty());
    EXPECT_EQ(m_page->builds(), before + 1); // only the valid step, June alone
}

TEST_F(ReportsPageTest, ExportsJsonThatReadsBackAsTheTablesOnScreen)
{
    const QByteArray json = exported("exportJsonButton");
    auto back = summary::summaryFromJson(json);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_TRUE(back->published);
    EXPECT_EQ(back->tables.size(), m_page->published()->tables.size());
    EXPECT_EQ(back->tables, m_page->published()->tables);
    EXPECT_TRUE(m_suggested.endsWith(u".json"));
}

TEST_F(ReportsPageTest, AnUncheckedTableDoesNotLeaveTheVault)
{
    QTreeWidget *list = m_page->tableList();
    ASSERT_GT(list->topLevelItemCount(), 0);
    QTreeWidgetItem *first = list->topLevelItem(0)->child(0);
    const QString id = first->data(0, Qt::UserRole + 1).toString();
    first->setCheckState(0, Qt::Unchecked);
    auto back = summary::summaryFromJson(exported("exportJsonButton"));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->table(id), nullptr) << id.toStdString();
    EXPECT_EQ(back->tables.size(), m_page->published()->tables.size() - 1);
}

TEST_F(ReportsPageTest, ExportsACsvZipAndAPdfAndNotesEachInTheAuditLog)
{
    const QByteArray zip = exported("exportCsvButton");
    EXPECT_TRUE(zip.startsWith("PK"));
    const QByteArray pdf = exported("exportPdfButton");
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    auto log = m_vault->audit().latest(5);
    ASSERT_TRUE(log.ok());
    int exports = 0;
    for (const AuditEntry &entry : *log)
        exports += entry.event == u"summary.exported" ? 1 : 0;
    EXPECT_EQ(exports, 2);
}

// As baken-cli does: the audit entry first, and no file if it cannot be made.
TEST_F(ReportsPageTest, SavesNoFileWhenTheExportCannotBeNotedInTheAuditLog)
{
    ASSERT_TRUE(m_vault->db()
                    .exec("CREATE TEMP TRIGGER no_audit BEFORE INSERT ON main.audit_log "
                          "BEGIN SELECT RAISE(ABORT, 'the audit log is full'); END")
                    .ok());
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("exportJsonButton"));
    ASSERT_NE(button, nullptr);
    button->click();
    EXPECT_FALSE(QFile::exists(m_files.path() + u'/' + m_suggested)) << m_suggested.toStdString();
    EXPECT_TRUE(QDir(m_files.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    EXPECT_TRUE(m_page->messageLabel()->text().contains(u"not saved")) << m_page->messageLabel()->text().toStdString();
}

// --- the page in the window ------------------------------------------------

TEST(ReportsWindowTest, CtrlFiveShowsReportsAndEveryMnemonicIsUnique)
{
    TestVaultDir dir;
    Settings settings(dir.path(QStringLiteral("settings.ini")));
    ui::MainWindow window(settings);
    unlockNewVaultInWindow(window, dir, QStringLiteral("reports.baken"));
    if (::testing::Test::HasFatalFailure())
        return;
    ui::VaultWorkspace *workspace = window.workspace();
    QTest::keyClick(workspace, Qt::Key_5, Qt::ControlModifier);
    ASSERT_EQ(workspace->currentPage(), ui::VaultWorkspace::Reports);
    ASSERT_TRUE(waitFor([&] { return workspace->reportsPage()->published().has_value(); }));

    const QMultiHash<QChar, QString> seen = visibleMnemonics(window);
    EXPECT_GE(seen.size(), 8);
    expectUniqueMnemonics(seen);
}

} // namespace
} // namespace baken::test
