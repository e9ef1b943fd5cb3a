#include "DoubtLineTestSupport.h"
#include "UiTestSupport.h"
#include "cases/CaseFileView.h"
#include "doubtline/CallbackListModel.h"
#include "doubtline/ConsultationListModel.h"
#include "doubtline/DoubtLineContext.h"
#include "doubtline/DoubtLineSettings.h"
#include "doubtline/IdentifyingNames.h"
#include "doubtline/ReferralGuideDialog.h"
#include "settings/CodeListEditor.h"
#include "shell/FollowUpsPanel.h"
#include "support/TestVault.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

class DoubtLineModelsTest : public ::testing::Test {
protected:
    DoubtLineModelsTest() : m_vault(m_dir.create()), m_context(*m_vault) {}

    TestVaultDir m_dir;
    std::unique_ptr<Vault> m_vault;
    ui::DoubtLineContext m_context;
};

TEST_F(DoubtLineModelsTest, TodaysListPassesTheModelTester)
{
    ui::ConsultationListModel model(m_context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    EXPECT_EQ(model.rowCount(), 0);

    const qint64 first = logTestConsultation(m_context, QStringLiteral("eerste vraag"), 90);
    const qint64 second = logTestConsultation(m_context, QStringLiteral("tweede vraag"), 10);
    auto silent = m_context.service().logNonData(ContactKind::Silent, QDateTime::currentDateTime().addSecs(-60), 0, 0);
    ASSERT_TRUE(silent.ok());
    model.reload();
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), ui::ConsultationListModel::ColumnCount);
    // Newest first; a non-data contact shows its kind where the assessment goes.
    EXPECT_EQ(model.idAt(0), *silent);
    EXPECT_EQ(model.idAt(1), second);
    EXPECT_EQ(model.idAt(2), first);
    EXPECT_TRUE(model.index(0, 0).data(ui::ConsultationListModel::NonDataRole).toBool());
    EXPECT_EQ(model.index(0, ui::ConsultationListModel::AssessmentColumn).data().toString(),
              label(ContactKind::Silent));
    EXPECT_EQ(model.index(1, ui::ConsultationListModel::AssessmentColumn).data().toString(),
              ui::ConsultationListModel::assessmentText(Assessment::Possibly));
    // The question is never in the list.
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            EXPECT_FALSE(model.index(row, column).data().toString().contains(u"vraag"));
    EXPECT_EQ(model.rowOf(first), 2);

    model.setDay(QDate::currentDate().addDays(-1));
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(DoubtLineModelsTest, CallbackListPassesTheModelTester)
{
    ui::CallbackListModel model(m_context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    logTestConsultation(m_context, QStringLiteral("zonder terugbellen"));
    const qint64 id = logTestConsultation(m_context, QStringLiteral("graag terugbellen"), 30, QStringLiteral("06-1"));
    model.reload();
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.idAt(0), id);
    EXPECT_EQ(model.index(0, ui::CallbackListModel::ContactColumn).data().toString(), QStringLiteral("06-1"));
    EXPECT_FALSE(model.index(0, 0).data(ui::CallbackListModel::OverdueRole).toBool());

    ASSERT_TRUE(m_context.service().completeCallback(id).ok());
    model.reload();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(DoubtLineModelsTest, OpenCallbacksAppearAmongTheDashboardFollowUps)
{
    const qint64 id = logTestConsultation(m_context, QStringLiteral("graag terugbellen"), 30, QStringLiteral("06-9"));
    ui::FollowUpsPanel panel(*m_vault);
    panel.refresh();
    QTreeWidgetItem *callback = nullptr;
    for (int s = 0; s < panel.tree()->topLevelItemCount(); ++s)
        for (int i = 0; i < panel.tree()->topLevelItem(s)->childCount(); ++i)
            callback = panel.tree()->topLevelItem(s)->child(i);
    ASSERT_NE(callback, nullptr);
    // The contact detail stays on the doubt-line page.
    EXPECT_FALSE(anyTextContains(&panel, QStringLiteral("06-9")));
    QSignalSpy opened(&panel, &ui::FollowUpsPanel::consultationOpenRequested);
    Q_EMIT panel.tree()->itemActivated(callback, 0);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first().first().toLongLong(), id);
}

TEST_F(DoubtLineModelsTest, ACaseFromTheDoubtLineSaysSo)
{
    const qint64 id = logTestConsultation(m_context, QStringLiteral("uitsluiting bij het werkoverleg"));
    auto draft = m_context.service().handOver(id);
    ASSERT_TRUE(draft.ok()) << draft.error().message.toStdString();
    ui::CaseContext &cases = m_context.cases();
    auto file = cases.store().caseById(*draft);
    ASSERT_TRUE(file.ok());
    auto registered = cases.service().registerCase(*draft, file->intake, std::nullopt);
    ASSERT_TRUE(registered.ok()) << registered.error().message.toStdString();

    ui::CaseFileView view(cases);
    ASSERT_TRUE(view.showCase(*draft));
    auto *origin = view.findChild<QLabel *>(QStringLiteral("originLabel"));
    ASSERT_NE(origin, nullptr);
    EXPECT_FALSE(origin->isHidden());
    EXPECT_TRUE(origin->text().contains(QStringLiteral("doubt-line"))) << origin->text().toStdString();
}

TEST_F(DoubtLineModelsTest, SettingsEditTheIdentifyingNamesAndShowTheNewLists)
{
    ui::DoubtLineSettings settings(*m_vault);
    auto *names = settings.namesEdit();
    names->setPlainText(QStringLiteral("Fatima\n  Jan  \n\nfatima\nDe Vries"));
    settings.saveNames();
    auto stored = identifyingNames(*m_vault);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(*stored, (QStringList{QStringLiteral("Fatima"), QStringLiteral("Jan"), QStringLiteral("De Vries")}));
    EXPECT_EQ(names->toPlainText(), QStringLiteral("Fatima\nJan\nDe Vries"));

    ui::CodeListEditor editor(*m_vault);
    auto *lists = editor.findChild<QComboBox *>(QStringLiteral("listCombo"));
    ASSERT_NE(lists, nullptr);
    EXPECT_GE(lists->findText(codeListTitle(CodeList::DoubtLineStaff)), 0);
    EXPECT_GE(lists->findText(codeListTitle(CodeList::Advice)), 0);
}

TEST_F(DoubtLineModelsTest, TheGuideEditorSavesBothLanguagesWhenSwitchingBodies)
{
    const qint64 police = codeId(*m_vault, CodeList::ReferralBodies, QStringLiteral("police"));
    ASSERT_GT(police, 0);
    ui::ReferralGuideDialog dialog(*m_vault, police);
    ASSERT_EQ(dialog.currentBodyId(), police);
    QSignalSpy changed(&dialog, &ui::ReferralGuideDialog::guideChanged);
    auto *whatNl = dialog.findChild<QPlainTextEdit *>(QStringLiteral("whatNlEdit"));
    auto *whatEn = dialog.findChild<QPlainTextEdit *>(QStringLiteral("whatEnEdit"));
    ASSERT_TRUE(whatNl && whatEn);
    whatNl->setPlainText(QStringLiteral("Neemt aangifte op."));
    whatEn->setPlainText(QStringLiteral("Takes a report of a crime."));
    dialog.selectBody(codeId(*m_vault, CodeList::ReferralBodies, QStringLiteral("hr")));
    ASSERT_EQ(changed.size(), 1);
    auto entry = m_context.guide().entry(police);
    ASSERT_TRUE(entry.ok());
    EXPECT_EQ(entry->what.nl, QStringLiteral("Neemt aangifte op."));
    EXPECT_EQ(entry->what.en, QStringLiteral("Takes a report of a crime."));
}

} // namespace
} // namespace baken::test
