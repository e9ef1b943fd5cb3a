#include "settings/CodeListEditor.h"
#include "UiTestSupport.h"
#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "settings/CodeItemDialog.h"
#include "settings/CodeListModel.h"
#include "support/TestVault.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

class CodeListEditorTest : public ::testing::Test {
protected:
    CodeListEditorTest() : m_vault(m_dir.create()), m_store(m_vault->db()), m_service(*m_vault, m_store) {}

    QList<CodeItem> stored(CodeList list)
    {
        auto items = m_service.items(list, true);
        EXPECT_TRUE(items.ok());
        return items.ok() ? *items : QList<CodeItem>();
    }

    void chooseList(ui::CodeListEditor &editor, CodeList list)
    {
        auto *combo = editor.findChild<QComboBox *>(QStringLiteral("listCombo"));
        combo->setFocus();
        combo->setCurrentIndex(combo->findData(static_cast<int>(list)));
        ASSERT_EQ(editor.model()->list(), list);
    }

    ui::CodeItemDialog *openDialog(ui::CodeListEditor &editor, const char *button)
    {
        QTest::mouseClick(editor.findChild<QPushButton *>(QLatin1String(button)), Qt::LeftButton);
        ui::CodeItemDialog *dialog = nullptr;
        EXPECT_TRUE(
            waitFor([&] { return (dialog = editor.findChild<ui::CodeItemDialog *>()) && dialog->isVisible(); }));
        return dialog;
    }

    void typeLabels(ui::CodeItemDialog *dialog, const QString &nl, const QString &en)
    {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("dutchEdit")), nl);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("englishEdit")), en);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    TestVaultDir m_dir;
    std::unique_ptr<Vault> m_vault;
    SqlCodeListStore m_store;
    CodeListService m_service;
};

TEST_F(CodeListEditorTest, ModelPassesTheItemModelTester)
{
    ui::CodeListModel model(m_service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (CodeList list : allCodeLists())
        ASSERT_TRUE(model.setList(list).ok());
    ASSERT_TRUE(model.setList(CodeList::Grounds).ok());
    EXPECT_EQ(model.rowCount(), stored(CodeList::Grounds).size());
    EXPECT_EQ(model.columnCount(), ui::CodeListModel::ColumnCount);
    ASSERT_TRUE(m_service.add(CodeList::Grounds, QStringLiteral("Accent"), QStringLiteral("Accent")).ok());
    ASSERT_TRUE(model.reload().ok());
    EXPECT_EQ(model.rowCount(), stored(CodeList::Grounds).size());
}

TEST_F(CodeListEditorTest, AddingAnItemStoresItInTheVault)
{
    ui::CodeListEditor editor(*m_vault);
    editor.show();
    chooseList(editor, CodeList::Units);
    const auto before = stored(CodeList::Units).size();

    typeLabels(openDialog(editor, "addButton"), QStringLiteral("Afdeling Vergunningen"),
               QStringLiteral("Permits Department"));
    ASSERT_TRUE(waitFor([&] { return editor.findChild<ui::CodeItemDialog *>() == nullptr; }));

    const auto after = stored(CodeList::Units);
    ASSERT_EQ(after.size(), before + 1);
    EXPECT_TRUE(std::any_of(after.cbegin(), after.cend(),
                            [](const CodeItem &item) { return item.labelNl == u"Afdeling Vergunningen"; }));
    EXPECT_TRUE(anyTextContains(&editor, QStringLiteral("Permits Department")));
}

TEST_F(CodeListEditorTest, ShowsWhyADuplicateNameIsRefused)
{
    ui::CodeListEditor editor(*m_vault);
    editor.show();
    chooseList(editor, CodeList::Grounds);
    const CodeItem existing = stored(CodeList::Grounds).first();

    auto *dialog = openDialog(editor, "addButton");
    typeLabels(dialog, existing.labelNl, QStringLiteral("Something else"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(error->text().isEmpty());
    EXPECT_EQ(stored(CodeList::Grounds).size(), editor.model()->rowCount());
}

TEST_F(CodeListEditorTest, RetiringAndRestoringChangeTheVault)
{
    ui::CodeListEditor editor(*m_vault);
    editor.show();
    chooseList(editor, CodeList::Forms);
    auto *table = editor.findChild<QTableView *>(QStringLiteral("table"));
    auto *retire = editor.findChild<QPushButton *>(QStringLiteral("retireButton"));
    auto *restore = editor.findChild<QPushButton *>(QStringLiteral("restoreButton"));
    EXPECT_FALSE(retire->isEnabled());

    table->setFocus();
    table->selectRow(0);
    const qint64 id = editor.model()->itemAt(0)->id;
    ASSERT_TRUE(retire->isEnabled());
    QTest::mouseClick(retire, Qt::LeftButton);
    EXPECT_TRUE(m_store.item(id)->retired);
    EXPECT_TRUE(restore->isEnabled());
    EXPECT_FALSE(retire->isEnabled());

    QTest::mouseClick(restore, Qt::LeftButton);
    EXPECT_FALSE(m_store.item(id)->retired);
}

TEST_F(CodeListEditorTest, RefusesToDeleteAStandardItem)
{
    ui::CodeListEditor editor(*m_vault);
    editor.show();
    chooseList(editor, CodeList::Grounds);
    editor.findChild<QTableView *>(QStringLiteral("table"))->selectRow(0);
    EXPECT_FALSE(editor.findChild<QPushButton *>(QStringLiteral("deleteButton"))->isEnabled());
}

TEST_F(CodeListEditorTest, DeletesAnUnusedAddedItemAfterAskingFirst)
{
    auto added =
        m_service.add(CodeList::Units, QStringLiteral("Tijdelijke afdeling"), QStringLiteral("Temporary unit"));
    ASSERT_TRUE(added.ok());
    ui::CodeListEditor editor(*m_vault);
    editor.show();
    chooseList(editor, CodeList::Units);
    editor.findChild<QTableView *>(QStringLiteral("table"))->selectRow(editor.model()->rowOf(added->id));

    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
    QMessageBox *question = nullptr;
    ASSERT_TRUE(waitFor([&] { return (question = editor.findChild<QMessageBox *>()) && question->isVisible(); }));
    EXPECT_TRUE(m_store.item(added->id).ok());
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    EXPECT_FALSE(m_store.item(added->id).ok());
    EXPECT_EQ(editor.model()->rowOf(added->id), -1);
}

} // namespace
} // namespace baken::test
