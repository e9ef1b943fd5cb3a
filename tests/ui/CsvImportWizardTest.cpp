// The spreadsheet import wizard (ui/csvimport), driven as an advisor would
// with the samples of tests/data/csv: every refused row shown and Import
// off until none is, a value mapped in the values step counting at once,
// the corrected sample with its mapping file imported into the case list,
// and nothing written before the last step.
#include "AccessibilityAudit.h"
#include "UiTestSupport.h"
#include "WindowTestSupport.h"
#include "core/CsvTestSupport.h"

#include "cases/CaseListModel.h"
#include "cases/CaseListPanel.h"
#include "cases/CasesPage.h"
#include "cases/SqlCaseStore.h"
#include "csvimport/CsvImportPages.h"
#include "csvimport/CsvImportWizard.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"
#include "shell/AuditEventText.h"
#include "shell/MainWindow.h"
#include "shell/VaultWorkspace.h"
#include "support/TestVault.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

using ui::CsvImportWizard;
using namespace csv;

qint64 caseCount(Vault &vault)
{
    auto ids = SqlCaseStore(vault.db()).caseIds();
    EXPECT_TRUE(ids.ok());
    return ids.ok() ? ids->size() : -1;
}

int csvImportEntries(Vault &vault)
{
    auto stmt = vault.db().prepare("SELECT count(*) FROM audit_log WHERE event = 'vault.csv_imported'");
    EXPECT_TRUE(stmt.ok());
    int count = -1;
    if (stmt.ok()) {
        EXPECT_TRUE(stmt->forEach([&](const Statement &row) { count = int(row.int64(0)); }).ok());
    }
    return count;
}

// The file dialogs answer with these paths, as if the advisor chose them.
void answerDialogs(CsvImportWizard &wizard, const QString &open, const QString &save = {})
{
    wizard.setOpenChooser([open](QWidget *, const QString &, const QString &, const QString &,
                                 const std::function<void(const QString &)> &chosen) { chosen(open); });
    wizard.setSaveChooser([save](QWidget *, const QString &, const QString &, const QString &,
                                 const std::function<void(const QString &)> &chosen) { chosen(save); });
}

QAbstractButton *nextButton(CsvImportWizard &wizard)
{
    return wizard.button(QWizard::NextButton);
}

// Clicks Next as the advisor would: only when it is enabled.
bool clickNext(CsvImportWizard &wizard)
{
    QAbstractButton *next = nextButton(wizard);
    if (!next->isVisible() || !next->isEnabled())
        return false;
    const int before = wizard.currentId();
    next->click();
    return wizard.currentId() != before;
}

// Step 1 with `sample` chosen through the Choose button.
void chooseSample(CsvImportWizard &wizard, const char *sample)
{
    answerDialogs(wizard, csvSample(sample));
    wizard.findChild<QPushButton *>(QStringLiteral("chooseCsvButton"))->click();
}

// Every row of the messy sample that make_samples.py made to be refused.
QSet<int> plantedRows()
{
    QSet<int> rows;
    for (const PlantedError &e : plantedErrors())
        rows.insert(e.row);
    return rows;
}

class CsvImportWizardTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        vault = dir.create();
        ASSERT_TRUE(vault);
        addSampleUnits(*vault);
        wizard = std::make_unique<CsvImportWizard>(*vault);
        wizard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
    }

    // Steps 1 to 4 with `sample`, leaving the values as they are.
    void walkToCheck(const char *sample)
    {
        chooseSample(*wizard, sample);
        ASSERT_TRUE(clickNext(*wizard)) << wizard->filePage()->problem().toStdString();
        ASSERT_EQ(wizard->currentId(), CsvImportWizard::ColumnsPageId);
        ASSERT_TRUE(clickNext(*wizard)) << wizard->columnsPage()->problem().toStdString();
        ASSERT_EQ(wizard->currentId(), CsvImportWizard::ValuesPageId);
        ASSERT_TRUE(clickNext(*wizard));
        ASSERT_EQ(wizard->currentId(), CsvImportWizard::CheckPageId);
    }

    // Steps 1 and 2 with `sample`, then the values step's box for `value`
    // of `field` (null when the value needs no choice).
    QComboBox *valueBoxOf(const char *sample, Field field, const QString &value)
    {
        chooseSample(*wizard, sample);
        if (!clickNext(*wizard) || !clickNext(*wizard))
            return nullptr;
        return wizard->valuesPage()->valueBox(field, value);
    }

    QSet<int> listedRows() const
    {
        QSet<int> rows;
        QTreeWidget *list = wizard->checkPage()->rejectedList();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            rows.insert(list->topLevelItem(i)->data(0, Qt::DisplayRole).toInt());
        return rows;
    }

    TestVaultDir dir;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<CsvImportWizard> wizard;
};

TEST_F(CsvImportWizardTest, TheFileStepSaysInWordsWhatWasRead)
{
    EXPECT_FALSE(nextButton(*wizard)->isEnabled()) << "no file chosen yet";
    chooseSample(*wizard, "registrations-2000.csv");
    const QString summary = wizard->filePage()->summary();
    EXPECT_TRUE(summary.contains(QLocale().toString(2000))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"semicolon")) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"Windows-1252")) << summary.toStdString();
    EXPECT_TRUE(nextButton(*wizard)->isEnabled());
}

TEST_F(CsvImportWizardTest, AnEmptyOrUnreadableFileIsExplainedAndTheWizardStaysUsable)
{
    const QString empty = dir.path(QStringLiteral("empty.csv"));
    {
        QFile file(empty);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    answerDialogs(*wizard, empty);
    wizard->findChild<QPushButton *>(QStringLiteral("chooseCsvButton"))->click();
    EXPECT_TRUE(wizard->filePage()->problem().contains(u"empty")) << wizard->filePage()->problem().toStdString();
    EXPECT_FALSE(nextButton(*wizard)->isEnabled());

    answerDialogs(*wizard, dir.path(QStringLiteral("not-there.csv")));
    wizard->findChild<QPushButton *>(QStringLiteral("chooseCsvButton"))->click();
    EXPECT_TRUE(wizard->filePage()->problem().contains(u"cannot be read"))
        << wizard->filePage()->problem().toStdString();
    EXPECT_FALSE(nextButton(*wizard)->isEnabled());

    // Header only: read, but nothing to import.
    const QString headerOnly = dir.path(QStringLiteral("header.csv"));
    {
        QFile file(headerOnly);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Datum melding;Soort melding\r\n");
    }
    answerDialogs(*wizard, headerOnly);
    wizard->findChild<QPushButton *>(QStringLiteral("chooseCsvButton"))->click();
    EXPECT_TRUE(wizard->filePage()->problem().contains(u"no rows")) << wizard->filePage()->problem().toStdString();
    EXPECT_FALSE(nextButton(*wizard)->isEnabled());

    chooseSample(*wizard, "small-utf8-one-bad.csv");
    EXPECT_TRUE(wizard->filePage()->problem().isEmpty());
    EXPECT_TRUE(clickNext(*wizard)) << "a good file after bad ones goes on";
}

TEST_F(CsvImportWizardTest, TheColumnsStepPreselectsTheGuessAndPreviewsRowsAsBakenStoresThem)
{
    chooseSample(*wizard, "registrations-2000.csv");
    ASSERT_TRUE(clickNext(*wizard));
    ui::CsvColumnsPage *page = wizard->columnsPage();
    EXPECT_EQ(page->columnBox(Field::IntakeDate)->currentText(), u"Datum melding");
    EXPECT_EQ(page->columnBox(Field::Type)->currentText(), u"Soort melding");
    EXPECT_EQ(page->columnBox(Field::IncidentDate)->currentText(), u"(not in the file)");

    // The first row: 2-6-18;Signaal;...; the date as Baken stores it.
    QTableWidget *preview = page->preview();
    ASSERT_EQ(preview->rowCount(), ui::CsvColumnsPage::PreviewRows);
    EXPECT_EQ(preview->item(0, 0)->text(), u"2");
    EXPECT_EQ(preview->item(0, 1)->text(), u"2018-06-02");
    EXPECT_EQ(preview->horizontalHeaderItem(1)->text(), fieldLabel(Field::IntakeDate));

    // Row 11 holds "Ras / racisme": red, with the reason.
    const int row11 = 9; // rows 2..11
    ASSERT_EQ(preview->item(row11, 0)->text(), u"11");
    const int grounds = 1 + int(QList<Field>{Field::IntakeDate, Field::Type, Field::Channel}.size());
    ASSERT_EQ(preview->horizontalHeaderItem(grounds)->text(), fieldLabel(Field::Grounds));
    QTableWidgetItem *cell = preview->item(row11, grounds);
    EXPECT_TRUE(cell->text().contains(u"Ras / racisme")) << cell->text().toStdString();
    EXPECT_TRUE(cell->toolTip().contains(u"matches no item")) << cell->toolTip().toStdString();
    EXPECT_FALSE(preview->item(0, grounds)->toolTip().contains(u"matches no item"));

    // A required field without a column stops the wizard here, saying why.
    page->columnBox(Field::Type)->setCurrentIndex(0);
    EXPECT_FALSE(nextButton(*wizard)->isEnabled());
    EXPECT_TRUE(page->problem().contains(fieldLabel(Field::Type))) << page->problem().toStdString();
    page->columnBox(Field::Type)->setCurrentIndex(page->columnBox(Field::Type)->findText(u"Soort melding"_qs));
    EXPECT_TRUE(nextButton(*wizard)->isEnabled());
    EXPECT_EQ(caseCount(*vault), 0);
}

// Each step as the accessibility test walks every other window: names and
// descriptions of every input, the Tab order, the contrast of every text.
TEST_F(CsvImportWizardTest, EveryStepPassesTheAccessibilityAudit)
{
    expectAccessible(wizard.get(), QStringLiteral("spreadsheet import, file step (empty)"));
    chooseSample(*wizard, "registrations-2000.csv");
    expectAccessible(wizard.get(), QStringLiteral("spreadsheet import, file step"));
    ASSERT_TRUE(clickNext(*wizard));
    // The fields go down the left column first, then the right (tested below).
    expectAccessible(wizard.get(), QStringLiteral("spreadsheet import, columns step"),
                     {QStringLiteral("baken::ui::CsvColumnsPage")});
    ASSERT_TRUE(clickNext(*wizard));
    expectAccessible(wizard.get(), QStringLiteral("spreadsheet import, values step"));
    ASSERT_TRUE(clickNext(*wizard));
    expectAccessible(wizard.get(), QStringLiteral("spreadsheet import, check step"));
}

TEST_F(CsvImportWizardTest, EveryInputHasANameAndTabGoesDownTheFieldsThenThePreview)
{
    walkToCheck("registrations-2000.csv");
    for (QWidget *input : wizard->findChildren<QWidget *>()) {
        const bool isInput = qobject_cast<QComboBox *>(input) || qobject_cast<QLineEdit *>(input)
                             || (qobject_cast<QAbstractItemView *>(input) && !input->inherits("QHeaderView"));
        // A combo box's own popup list and line edit are named through it.
        if (isInput && !qobject_cast<QComboBox *>(input->parentWidget()) && !input->inherits("QComboBoxListView")) {
            EXPECT_FALSE(input->accessibleName().isEmpty())
                << input->metaObject()->className() << " " << input->objectName().toStdString();
        }
    }
    // The Tab order of the columns step: the fields top to bottom, the left
    // column first, then the preview, and nothing in between.
    wizard->back();
    wizard->back();
    ASSERT_EQ(wizard->currentId(), CsvImportWizard::ColumnsPageId);
    ui::CsvColumnsPage *page = wizard->columnsPage();
    QList<QWidget *> expected;
    for (const Field field : allFields())
        expected << page->columnBox(field);
    expected << page->preview();
    QList<QWidget *> order{expected.first()};
    for (QWidget *w = expected.first()->nextInFocusChain(); order.size() < expected.size() && w != expected.first();
         w = w->nextInFocusChain())
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled())
            order << w;
    EXPECT_EQ(order, expected);
}

TEST_F(CsvImportWizardTest, MessySampleListsEveryRejectedRowAndImportStaysOff)
{
    walkToCheck("registrations-2000.csv");
    const QSet<int> planted = plantedRows();
    EXPECT_EQ(listedRows(), planted);
    const QString summary = wizard->checkPage()->summary();
    EXPECT_TRUE(summary.contains(QLocale().toString(2000 - int(planted.size())) + u" of ")) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QLocale().toString(int(planted.size())) + u" cannot")) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"all rows or none") && summary.contains(u"Read the file again"))
        << "says why Import is off and what to do";
    EXPECT_FALSE(nextButton(*wizard)->isEnabled());
    EXPECT_EQ(nextButton(*wizard)->text().remove(u'&'), u"Import");

    // Each planted fault is listed with its reason.
    QTreeWidget *list = wizard->checkPage()->rejectedList();
    for (const PlantedError &e : plantedErrors()) {
        if (e.kind == u"unknown")
            continue; // hundreds, checked by count above
        bool found = false;
        for (int i = 0; i < list->topLevelItemCount() && !found; ++i) {
            const QTreeWidgetItem *item = list->topLevelItem(i);
            found = item->data(0, Qt::DisplayRole).toInt() == e.row && (e.column.isEmpty() || item->text(1) == e.column)
                    && item->text(2).contains(reasonFor(e));
        }
        EXPECT_TRUE(found) << "row " << e.row << " " << e.kind.toStdString();
    }
    // Sorted as numbers, not as text.
    list->sortByColumn(0, Qt::DescendingOrder);
    EXPECT_EQ(list->topLevelItem(0)->data(0, Qt::DisplayRole).toInt(),
              *std::max_element(planted.begin(), planted.end()));

    wizard->next(); // even if forced, nothing is imported
    EXPECT_EQ(wizard->currentId(), CsvImportWizard::CheckPageId);
    EXPECT_EQ(caseCount(*vault), 0);
}

TEST_F(CsvImportWizardTest, MappingAValueInTheValuesStepTakesItsRows)
{
    QComboBox *racisme = valueBoxOf("registrations-2000.csv", Field::Grounds, u"racisme"_qs);
    ui::CsvValuesPage *values = wizard->valuesPage();
    ASSERT_NE(racisme, nullptr) << values->status().toStdString();
    EXPECT_NE(values->valueBox(Field::Channel, u"telefonisch"_qs), nullptr);
    EXPECT_EQ(values->valueBox(Field::Grounds, u"Huidskleur"_qs), nullptr) << "values that match need nothing";
    EXPECT_EQ(racisme->currentIndex(), 0);
    // One entry per distinct value, whatever its number of rows.
    QSet<std::pair<QString, QString>> unknown;
    for (const PlantedError &e : plantedErrors())
        if (e.kind.startsWith(u"unknown"))
            unknown.insert({e.column, normalized(e.value)});
    // "value(s)" until the English plural forms are in (tests run without a translator).
    const auto stillOpen = [&](qsizetype n) {
        return QRegularExpression(QStringLiteral("\\b%1 value.* still without an item").arg(n));
    };
    EXPECT_TRUE(values->status().contains(stillOpen(unknown.size()))) << values->status().toStdString();

    ASSERT_TRUE(clickNext(*wizard));
    const QSet<int> before = listedRows();
    ASSERT_EQ(before, plantedRows());

    // The rows whose only fault is "racisme" become importable.
    QMap<int, QStringList> faults;
    for (const PlantedError &e : plantedErrors())
        faults[e.row] << e.value;
    QSet<int> onlyRacisme;
    for (auto it = faults.cbegin(); it != faults.cend(); ++it)
        if (it.value() == QStringList(it.value().size(), u"racisme"_qs))
            onlyRacisme.insert(it.key());
    ASSERT_FALSE(onlyRacisme.isEmpty());

    wizard->back();
    ASSERT_EQ(wizard->currentId(), CsvImportWizard::ValuesPageId);
    racisme = values->valueBox(Field::Grounds, u"racisme"_qs);
    racisme->setCurrentIndex(racisme->findData(u"race_ethnicity"_qs));
    EXPECT_TRUE(values->status().contains(stillOpen(unknown.size() - 1))) << values->status().toStdString();
    ASSERT_TRUE(clickNext(*wizard));
    EXPECT_EQ(listedRows(), before - onlyRacisme);
    EXPECT_TRUE(
        wizard->checkPage()->summary().contains(QLocale().toString(int((before - onlyRacisme).size())) + u" cannot"));
    EXPECT_EQ(caseCount(*vault), 0);
}

TEST_F(CsvImportWizardTest, SavedMappingIsTheFileTheCommandLineReads)
{
    walkToCheck("registrations-2000.csv");
    wizard->setValue(Field::Channel, u"telefonisch"_qs, u"phone"_qs);
    const QString path = dir.path(QStringLiteral("mapping.json"));
    answerDialogs(*wizard, path, path);
    wizard->findChild<QPushButton *>(QStringLiteral("saveMappingButton"))->click();
    EXPECT_TRUE(wizard->checkPage()->message().contains(u"not encrypted"))
        << wizard->checkPage()->message().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    auto read = Mapping::fromJson(file.readAll(), wizard->table().header.cells);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(*read, wizard->mapping());
    EXPECT_EQ(read->value(Field::Channel, u"telefonisch"_qs), u"phone"_qs);
}

TEST_F(CsvImportWizardTest, CancellingAtAnyStepWritesNothing)
{
    for (int step = CsvImportWizard::FilePageId; step <= CsvImportWizard::CheckPageId; ++step) {
        wizard = std::make_unique<CsvImportWizard>(*vault);
        wizard->show();
        chooseSample(*wizard, "registrations-2000-corrected.csv");
        while (wizard->currentId() < step)
            ASSERT_TRUE(clickNext(*wizard)) << "step " << step;
        if (step == CsvImportWizard::CheckPageId) {
            // Ready to import: the committed mapping makes every row good.
            answerDialogs(*wizard, csvSample("registrations-2000.mapping.json"));
            wizard->findChild<QPushButton *>(QStringLiteral("loadMappingButton"))->click();
            ASSERT_TRUE(nextButton(*wizard)->isEnabled()) << wizard->checkPage()->summary().toStdString();
        }
        wizard->button(QWizard::CancelButton)->click();
        EXPECT_FALSE(wizard->isVisible());
        EXPECT_EQ(caseCount(*vault), 0) << "cancelled at step " << step + 1;
        EXPECT_EQ(csvImportEntries(*vault), 0);
    }
}

// Steps 1 to 4 with the corrected sample and its mapping file: Import is on.
void readyToImport(CsvImportWizard &wizard)
{
    chooseSample(wizard, "registrations-2000-corrected.csv");
    while (wizard.currentId() < CsvImportWizard::CheckPageId)
        ASSERT_TRUE(clickNext(wizard));
    answerDialogs(wizard, csvSample("registrations-2000.mapping.json"));
    wizard.findChild<QPushButton *>(QStringLiteral("loadMappingButton"))->click();
    ASSERT_TRUE(nextButton(wizard)->isEnabled()) << wizard.checkPage()->summary().toStdString();
}

TEST_F(CsvImportWizardTest, TheImportShowsHowFarItIsAndStopsWithNothingRegistered)
{
    ASSERT_NO_FATAL_FAILURE(readyToImport(*wizard));
    ui::CsvCheckPage *page = wizard->checkPage();
    nextButton(*wizard)->click();
    ASSERT_TRUE(wizard->isImporting());
    EXPECT_TRUE(page->stopButton()->isVisible() && page->stopButton()->isEnabled());
    EXPECT_TRUE(wizard->button(QWizard::CancelButton)->isEnabled()) << "Cancel stops the import too";
    EXPECT_FALSE(nextButton(*wizard)->isEnabled()) << "one import at a time";
    ASSERT_TRUE(waitFor([&] { return page->progressBar()->value() > 0; })) << "the bar moves while the rows are read";
    ASSERT_TRUE(wizard->isImporting()) << "the import ended before it could be stopped";
    page->stopButton()->click();
    EXPECT_TRUE(page->message().contains(u"Stopping")) << page->message().toStdString();
    ASSERT_TRUE(waitFor([&] { return !wizard->isImporting(); }, 120000));
    EXPECT_TRUE(page->message().contains(u"stopped") && page->message().contains(u"Nothing was registered"))
        << page->message().toStdString();
    EXPECT_EQ(caseCount(*vault), 0);
    EXPECT_EQ(csvImportEntries(*vault), 0);
    // Still there, ready for another try.
    EXPECT_TRUE(wizard->isVisible());
    EXPECT_EQ(wizard->currentId(), CsvImportWizard::CheckPageId);
    EXPECT_FALSE(page->stopButton()->isVisible());
    EXPECT_TRUE(nextButton(*wizard)->isEnabled());
}

TEST_F(CsvImportWizardTest, CancelDuringTheImportStopsItAndThenCloses)
{
    ASSERT_NO_FATAL_FAILURE(readyToImport(*wizard));
    nextButton(*wizard)->click();
    ASSERT_TRUE(wizard->isImporting());
    wizard->button(QWizard::CancelButton)->click();
    EXPECT_TRUE(wizard->isVisible()) << "open until the import has stopped";
    EXPECT_TRUE(wizard->checkPage()->message().contains(u"Stopping")) << wizard->checkPage()->message().toStdString();
    EXPECT_FALSE(wizard->checkPage()->stopButton()->isEnabled());
    ASSERT_TRUE(waitFor([&] { return !wizard->isVisible(); }, 120000));
    EXPECT_FALSE(wizard->isImporting());
    EXPECT_EQ(caseCount(*vault), 0);
    EXPECT_EQ(csvImportEntries(*vault), 0);
}

class CsvImportWindowTest : public ::testing::Test {
protected:
    CsvImportWindowTest() : m_settings(m_dir.path(QStringLiteral("settings.ini"))), m_window(m_settings) {}
    void SetUp() override
    {
        {
            auto vault = m_dir.create(QStringLiteral("window.baken"));
            ASSERT_TRUE(vault);
            addSampleUnits(*vault);
        }
        showAndUnlock(m_window, m_dir.path(QStringLiteral("window.baken")));
    }

    CsvImportWizard *openWizard()
    {
        EXPECT_TRUE(m_window.csvImportAction()->isEnabled());
        m_window.csvImportAction()->trigger();
        CsvImportWizard *wizard = nullptr;
        EXPECT_TRUE(waitFor([&] { return (wizard = m_window.findChild<CsvImportWizard *>()) && wizard->isVisible(); }));
        return wizard;
    }

    TestVaultDir m_dir;
    Settings m_settings;
    ui::MainWindow m_window;
};

TEST_F(CsvImportWindowTest, CorrectedSampleWithTheMappingFileImportsAllRowsIntoTheCaseList)
{
    ui::CaseListModel *cases = m_window.workspace()->casesPage()->listPanel()->model();
    ASSERT_EQ(cases->totalCount(), 0);
    CsvImportWizard *wizard = openWizard();
    ASSERT_NE(wizard, nullptr);
    chooseSample(*wizard, "registrations-2000-corrected.csv");
    ASSERT_TRUE(clickNext(*wizard));
    ASSERT_TRUE(clickNext(*wizard));
    ASSERT_TRUE(clickNext(*wizard));
    EXPECT_FALSE(nextButton(*wizard)->isEnabled()) << "the spelling variants still need the mapping";

    answerDialogs(*wizard, csvSample("registrations-2000.mapping.json"));
    wizard->findChild<QPushButton *>(QStringLiteral("loadMappingButton"))->click();
    EXPECT_TRUE(wizard->checkPage()->summary().contains(u"All " + QLocale().toString(2000) + u" row"))
        << wizard->checkPage()->summary().toStdString();
    EXPECT_EQ(wizard->checkPage()->rejectedList()->topLevelItemCount(), 0);
    EXPECT_EQ(cases->totalCount(), 0) << "nothing written before Import";

    ASSERT_TRUE(nextButton(*wizard)->isEnabled());
    nextButton(*wizard)->click();
    ASSERT_TRUE(waitFor([&] { return wizard->currentId() == CsvImportWizard::DonePageId; }, 120000))
        << wizard->checkPage()->message().toStdString();
    const QString done = wizard->donePage()->summary();
    EXPECT_TRUE(done.contains(u"Registered " + QLocale().toString(2000) + u" case")) << done.toStdString();
    EXPECT_TRUE(done.contains(u"unencrypted") && done.contains(u"registrations-2000-corrected.csv"))
        << done.toStdString();
    EXPECT_EQ(cases->totalCount(), 2000) << "the case list shows them";
    EXPECT_FALSE(wizard->button(QWizard::BackButton)->isVisible() && wizard->button(QWizard::BackButton)->isEnabled())
        << "no way back to import twice";
    wizard->button(QWizard::FinishButton)->click();
    EXPECT_TRUE(waitFor([&] { return m_window.findChild<CsvImportWizard *>() == nullptr; }));
    EXPECT_TRUE(m_window.isUnlocked());
}

TEST_F(CsvImportWindowTest, LockingTakesTheWizardAwayWithNothingWritten)
{
    CsvImportWizard *wizard = openWizard();
    ASSERT_NE(wizard, nullptr);
    chooseSample(*wizard, "registrations-2000.csv");
    ASSERT_TRUE(clickNext(*wizard));
    m_window.lockVault();
    EXPECT_EQ(m_window.findChild<CsvImportWizard *>(), nullptr) << "nothing of the vault stays open";
    EXPECT_FALSE(m_window.csvImportAction()->isEnabled());
    auto vault = Vault::open(m_dir.path(QStringLiteral("window.baken")), strongPassphrase());
    ASSERT_TRUE(vault.ok());
    EXPECT_EQ(caseCount(**vault), 0);
}

TEST_F(CsvImportWizardTest, AValueCanJoinItsListInTheValuesStepWithTheImport)
{
    QComboBox *zuid = valueBoxOf("small-new-unit.csv", Field::Unit, u"Team Zuid"_qs);
    ui::CsvValuesPage *values = wizard->valuesPage();
    ASSERT_NE(zuid, nullptr) << values->status().toStdString();
    const int add = zuid->findData(QString::fromLatin1(Mapping::NewItem));
    ASSERT_GE(add, 0);
    EXPECT_TRUE(zuid->itemText(add).contains(u"Team Zuid"));
    zuid->setCurrentIndex(add);
    EXPECT_TRUE(values->status().contains(u"Every value has an item")) << values->status().toStdString();

    const auto units = [&] {
        QStringList out;
        for (const CodeItem &item : *SqlCodeListStore(vault->db()).items(CodeList::Units, true))
            out << item.labelNl;
        return out;
    };
    ASSERT_TRUE(clickNext(*wizard));
    EXPECT_EQ(wizard->checkPage()->rejectedList()->topLevelItemCount(), 0);
    EXPECT_FALSE(units().contains(u"Team Zuid")) << "nothing written before Import";
    ASSERT_TRUE(nextButton(*wizard)->isEnabled());
    nextButton(*wizard)->click();
    ASSERT_TRUE(waitFor([&] { return wizard->currentId() == CsvImportWizard::DonePageId; }, 60000))
        << wizard->checkPage()->message().toStdString();
    EXPECT_TRUE(units().contains(u"Team Zuid"));
    EXPECT_EQ(caseCount(*vault), 3);
}

TEST(CsvImportAuditText, TheImportEntryReadsInWords)
{
    EXPECT_EQ(ui::auditEventText(u"vault.csv_imported"_qs), u"Cases imported from a spreadsheet");
    EXPECT_TRUE(ui::auditRecordText(u"cases"_qs, u"2000"_qs).startsWith(u"2000 case"));
}

} // namespace

// Steps 1 to 4 with the messy sample, in Dutch, for docs/screenshots
// (csv-import-*.png). Run by hand with BAKEN_SCREENSHOT_DIR.
TEST(CasesScreenshots, CsvImport)
{
    if (qEnvironmentVariableIsEmpty("BAKEN_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set BAKEN_SCREENSHOT_DIR to take screenshots";
    installTranslations(QStringLiteral("nl"));
    TestVaultDir dir;
    auto vault = dir.create(QStringLiteral("csv.baken"));
    addSampleUnits(*vault);
    CsvImportWizard wizard(*vault);
    wizard.resize(1100, 760);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    chooseSample(wizard, "registrations-2000.csv");
    saveScreenshot(&wizard, QStringLiteral("csv-import-file.png"));
    ASSERT_TRUE(clickNext(wizard));
    saveScreenshot(&wizard, QStringLiteral("csv-import-columns.png"));
    ASSERT_TRUE(clickNext(wizard));
    QComboBox *racisme = wizard.valuesPage()->valueBox(Field::Grounds, u"racisme"_qs);
    ASSERT_NE(racisme, nullptr);
    racisme->setCurrentIndex(racisme->findData(u"race_ethnicity"_qs));
    QComboBox *unit = wizard.valuesPage()->valueBox(Field::Unit, u"Afdeling X"_qs);
    ASSERT_NE(unit, nullptr);
    unit->setCurrentIndex(unit->findData(QString::fromLatin1(Mapping::NewItem)));
    saveScreenshot(&wizard, QStringLiteral("csv-import-values.png"));
    ASSERT_TRUE(clickNext(wizard));
    saveScreenshot(&wizard, QStringLiteral("csv-import-check.png"));

    // The import running, its bar and Stop button.
    CsvImportWizard running(*vault);
    running.resize(1100, 760);
    running.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&running));
    ASSERT_NO_FATAL_FAILURE(readyToImport(running));
    nextButton(running)->click();
    ASSERT_TRUE(waitFor([&] { return running.checkPage()->progressBar()->value() >= 20; }));
    saveScreenshot(&running, QStringLiteral("csv-import-running.png"));
    running.stopImport();
    ASSERT_TRUE(waitFor([&] { return !running.isImporting(); }, 120000));
    installTranslations(QStringLiteral("en"));
}

} // namespace baken::test
