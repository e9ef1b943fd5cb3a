#include "CaseTestSupport.h"
#include "UiTestSupport.h"
#include "cases/CaseFileTabs.h"
#include "cases/CaseFileView.h"
#include "cases/CloseCaseDialog.h"
#include "support/TestVault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

class CaseFileTest : public ::testing::Test {
protected:
    CaseFileTest() : m_vault(m_dir.create()), m_context(*m_vault)
    {
        m_caseId = registerTestCase(m_context, QStringLiteral("Kestrel"), QStringLiteral("First call, upset"), 3);
        m_view = std::make_unique<ui::CaseFileView>(m_context);
        m_view->resize(1100, 700);
        m_view->show();
        EXPECT_TRUE(m_view->showCase(m_caseId));
        EXPECT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
    }

    TestVaultDir m_dir;
    std::unique_ptr<Vault> m_vault;
    ui::CaseContext m_context;
    qint64 m_caseId = 0;
    std::unique_ptr<ui::CaseFileView> m_view;
};

TEST_F(CaseFileTest, ClosingWithoutAnOutcomeIsRefusedInTheDialog)
{
    m_view->closeCase();
    ui::CloseCaseDialog *dialog = nullptr;
    ASSERT_TRUE(waitFor([&] { return (dialog = m_view->findChild<ui::CloseCaseDialog *>()) && dialog->isVisible(); }));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("outcome"))) << error->text().toStdString();
    auto file = m_context.store().caseById(m_caseId);
    ASSERT_TRUE(file.ok());
    EXPECT_NE(file->status, CaseStatus::Closed);

    // With an outcome and a measure it closes and shows the destruction date.
    auto *outcome = dialog->findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
    outcome->setCurrentIndex(1);
    auto *measures = dialog->findChild<QListWidget *>(QStringLiteral("measuresList"));
    measures->item(0)->setCheckState(Qt::Checked);
    saveScreenshot(dialog, QStringLiteral("close-case-test.png"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    file = m_context.store().caseById(m_caseId);
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file->status, CaseStatus::Closed);
    EXPECT_TRUE(anyTextContains(m_view.get(), QStringLiteral("destroyed on")));
}

TEST_F(CaseFileTest, SharingDetailsWithoutConsentIsRefusedAndStoresNothing)
{
    m_view->showTab(ui::CaseFileView::ReferralsPage);
    auto *tab = m_view->findChild<ui::ReferralsTab *>();
    ASSERT_NE(tab, nullptr);
    auto *body = tab->findChild<QComboBox *>();
    body->setCurrentIndex(1);
    QCheckBox *shares = nullptr;
    for (QCheckBox *box : tab->findChildren<QCheckBox *>())
        if (box->text().contains(QStringLiteral("case details")))
            shares = box;
    ASSERT_NE(shares, nullptr);
    shares->setChecked(true);
    QPushButton *refer = nullptr;
    for (QPushButton *button : tab->findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("&Refer"))
            refer = button;
    ASSERT_NE(refer, nullptr);
    refer->click();
    EXPECT_TRUE(anyTextContains(tab, QStringLiteral("consent. Ask for consent first")));
    auto referrals = m_context.store().referrals(m_caseId);
    ASSERT_TRUE(referrals.ok());
    EXPECT_TRUE(referrals->isEmpty());
}

TEST_F(CaseFileTest, TimelineShowsEditedContactsAndHoursAddUp)
{
    m_view->showTab(ui::CaseFileView::TimelinePage);
    auto contacts = m_context.store().contacts(m_caseId);
    ASSERT_TRUE(contacts.ok() && contacts->size() == 1);
    ContactMoment edited = contacts->first();
    edited.note = QStringLiteral("First call, upset; wants to think it over");
    ASSERT_TRUE(m_context.service().editContact(edited).ok());
    m_view->showCase(m_caseId);
    EXPECT_TRUE(anyTextContains(m_view->timeline(), QStringLiteral("(edited)")));
    EXPECT_EQ(ui::parseMinutes(QStringLiteral("1:30")), 90);
    EXPECT_EQ(ui::parseMinutes(QStringLiteral("45")), 45);
    EXPECT_EQ(ui::parseMinutes(QStringLiteral("1,5")), 90);
    EXPECT_FALSE(ui::parseMinutes(QStringLiteral("an hour")).has_value());
    EXPECT_EQ(ui::formatMinutes(135), QStringLiteral("2:15"));
}

} // namespace
} // namespace baken::test
