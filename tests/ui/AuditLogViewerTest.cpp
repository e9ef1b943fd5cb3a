// The audit log viewer: every entry in pages, a filter that finds what was
// never loaded, and a chain check that a tampered row cannot pass, in the
// viewer and in baken-cli verify alike.
#include "UiTestSupport.h"
#include "WindowTestSupport.h"
#include "cli/CliTestSupport.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "shell/AuditLogDialog.h"
#include "shell/AuditLogModel.h"
#include "shell/MainWindow.h"
#include "shell/VaultWorkspace.h"
#include "support/TestVault.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

// A vault with `extra` entries after its own ("vault.created" and so on):
// one "case.closed" for case 7 first, then routine entries.
std::unique_ptr<Vault> vaultWithEntries(TestVaultDir &dir, int extra)
{
    auto vault = dir.create(QStringLiteral("audit.baken"));
    EXPECT_TRUE(vault->audit().append(QStringLiteral("case.closed"), QStringLiteral("case"), QStringLiteral("7")).ok());
    for (int i = 1; i < extra; ++i)
        EXPECT_TRUE(vault->audit()
                        .append(QStringLiteral("group.attendance"), QStringLiteral("group"), QString::number(i))
                        .ok());
    return vault;
}

// Rewrites one entry behind the log's back, as someone with the key and the
// sqlcipher shell could.
void tamperWith(Vault &vault, qint64 id)
{
    ASSERT_TRUE(vault.db().exec("DROP TRIGGER audit_log_append_only_update").ok());
    ASSERT_TRUE(
        vault.db()
            .exec(QStringLiteral("UPDATE audit_log SET object_id = '8' WHERE id = %1").arg(id).toUtf8().constData())
            .ok());
}

qint64 entryIdAt(const ui::AuditLogModel &model, int row)
{
    return model.index(row, 0).data(ui::AuditLogModel::EntryIdRole).toLongLong();
}

TEST(AuditLogModel, ReadsTheLogInPagesNewestFirst)
{
    TestVaultDir dir;
    auto vault = vaultWithEntries(dir, 450);
    const qint64 total = *vault->audit().count();
    ui::AuditLogModel model(vault->audit());
    EXPECT_EQ(model.rowCount(), ui::AuditLogModel::PageSize) << "one page, not the whole log";
    EXPECT_EQ(entryIdAt(model, 0), total);
    // The tester fetches more pages itself.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    ASSERT_EQ(model.rowCount(), total);
    EXPECT_EQ(entryIdAt(model, int(total) - 1), 1);
    // The routine entries in words, with the record they are about.
    EXPECT_EQ(model.index(0, ui::AuditLogModel::WhatColumn).data().toString(), u"Attendance taken");
    EXPECT_EQ(model.index(0, ui::AuditLogModel::RecordColumn).data().toString(), u"Group 449");
}

TEST(AuditLogModel, TheFilterFindsWordsAndNumbersBeyondTheFirstPage)
{
    TestVaultDir dir;
    auto vault = vaultWithEntries(dir, 450);
    ui::AuditLogModel model(vault->audit());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setFilterText(QStringLiteral("case closed")); // the words shown, not the code
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, ui::AuditLogModel::RecordColumn).data().toString(), u"Case 7");

    model.setFilterText(QStringLiteral("Unlocked"));
    EXPECT_GE(model.rowCount(), 1) << "vault.opened is shown as 'Vault unlocked'";

    model.setFilterText(QStringLiteral("case.closed")); // the code works as well
    EXPECT_EQ(model.rowCount(), 1);

    model.setFilterText(QStringLiteral("nothing like this"));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.errorText().isEmpty());
}

TEST(AuditLogDialog, AnIntactLogIsReportedAsIntact)
{
    TestVaultDir dir;
    auto vault = vaultWithEntries(dir, 5);
    ui::AuditLogDialog dialog(*vault);
    dialog.show();
    dialog.findChild<QPushButton *>(QStringLiteral("verifyButton"))->click();
    EXPECT_TRUE(dialog.message().contains(u"intact")) << dialog.message().toStdString();
    EXPECT_TRUE(dialog.message().contains(QString::number(*vault->audit().count())));
}

TEST(AuditLogDialog, ATamperedEntryIsReportedByTheViewerAndByTheCli)
{
    TestVaultDir dir;
    const QString path = dir.path(QStringLiteral("audit.baken"));
    qint64 tampered = 0;
    {
        auto vault = vaultWithEntries(dir, 300);
        // Old enough to be off the first page of the viewer.
        tampered = *vault->audit().count() - ui::AuditLogModel::PageSize - 20;
        tamperWith(*vault, tampered);
    }

    const CliRun cli = runCli({QStringLiteral("verify"), path}, {strongPassphrase()});
    EXPECT_NE(cli.code, 0);
    EXPECT_TRUE(cli.out.contains(QStringLiteral("BROKEN at entry %1").arg(tampered))) << cli.out.toStdString();

    auto vault = Vault::open(path, strongPassphrase());
    ASSERT_TRUE(vault.ok());
    ui::AuditLogDialog dialog(**vault);
    dialog.show();
    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, QStringLiteral("Case"));
    QTest::keyClick(filter, Qt::Key_Return);
    dialog.findChild<QPushButton *>(QStringLiteral("verifyButton"))->click();
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("tampered with at entry no. %1").arg(tampered)))
        << dialog.message().toStdString();
    // The list shows the whole log again, with the broken entry selected.
    EXPECT_TRUE(filter->text().isEmpty());
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("entryTable"));
    ASSERT_TRUE(table->currentIndex().isValid());
    EXPECT_EQ(table->currentIndex().data(ui::AuditLogModel::EntryIdRole).toLongLong(), tampered);
}

class AuditLogWindowTest : public ::testing::Test {
protected:
    AuditLogWindowTest() : m_settings(m_dir.path(QStringLiteral("settings.ini"))), m_window(m_settings) {}
    void SetUp() override { unlockNewVaultInWindow(m_window, m_dir, QStringLiteral("window.baken")); }

    ui::AuditLogDialog *openDialog()
    {
        ui::AuditLogDialog *dialog = nullptr;
        EXPECT_TRUE(
            waitFor([&] { return (dialog = m_window.findChild<ui::AuditLogDialog *>()) && dialog->isVisible(); }));
        return dialog;
    }

    TestVaultDir m_dir;
    Settings m_settings;
    ui::MainWindow m_window;
};

TEST_F(AuditLogWindowTest, TheFileMenuOpensTheLogReadyForTyping)
{
    ASSERT_TRUE(m_window.auditLogAction()->isEnabled());
    m_window.auditLogAction()->trigger();
    ui::AuditLogDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_GE(dialog->model()->rowCount(), 1);
    auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    EXPECT_TRUE(waitFor([&] { return QApplication::focusWidget() == filter; }));
    // Keyboard only: Tab reaches the list, Alt+V verifies, Escape closes.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog->findChild<QTableView *>(QStringLiteral("entryTable")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::AltModifier);
    // A mnemonic animates the click, which lands a moment later.
    EXPECT_TRUE(waitFor([&] { return dialog->message().contains(u"intact"); }, 2000))
        << dialog->message().toStdString();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_FALSE(dialog->isVisible());
}

TEST_F(AuditLogWindowTest, SettingsOpensTheLogAndLockingClosesIt)
{
    m_window.workspace()->showPage(ui::VaultWorkspace::SettingsPageIndex);
    auto *button = m_window.workspace()->settingsPage()->findChild<QPushButton *>(QStringLiteral("auditLogButton"));
    ASSERT_NE(button, nullptr);
    button->click();
    ASSERT_NE(openDialog(), nullptr);
    m_window.lockVault();
    EXPECT_EQ(m_window.findChild<ui::AuditLogDialog *>(), nullptr) << "nothing of the vault stays open";
    EXPECT_FALSE(m_window.auditLogAction()->isEnabled());
}

} // namespace

// The viewer in Dutch for docs/screenshots (audit-log.png), on the demo
// vault after a tampered entry. Run by hand with BAKEN_SCREENSHOT_DIR set.
TEST(CasesScreenshots, AuditLogViewer)
{
    if (qEnvironmentVariableIsEmpty("BAKEN_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set BAKEN_SCREENSHOT_DIR to take screenshots";
    installTranslations(QStringLiteral("nl"));
    const QByteArray user = qgetenv("USER");
    qputenv("USER", "a.vermeulen");
    TestVaultDir dir;
    auto vault = dir.create(QStringLiteral("audit.baken"));
    const struct {
        const char *event, *type;
    } day[] = {{"case.registered", "case"},
               {"case.contact_added", "case"},
               {"consult.logged", "consultation"},
               {"case.followup_added", "case"},
               {"group.attendance", "group"},
               {"case.status_changed", "case"},
               {"consult.handed_over", "consultation"},
               {"case.referred", "case"}};
    for (int i = 0; i < 32; ++i) {
        const auto &e = day[i % std::size(day)];
        ASSERT_TRUE(
            vault->audit().append(QLatin1String(e.event), QLatin1String(e.type), QString::number(11 + i / 3)).ok());
    }
    tamperWith(*vault, 27);
    qputenv("USER", user);
    ui::AuditLogDialog dialog(*vault);
    dialog.resize(820, 560);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.verifyChain();
    saveScreenshot(&dialog, QStringLiteral("audit-log.png"));
    installTranslations(QStringLiteral("en"));
}

} // namespace baken::test
