// The roll-up in the app: a coordinator's key in Settings, an advisor's
// package written from the Reports page of one vault and imported through the
// Reports page of another, and the combined figures shown with their sources.
#include "CaseTestSupport.h"
#include "UiTestSupport.h"
#include "WindowTestSupport.h"
#include "cases/CaseContext.h"
#include "i18n/Bilingual.h"
#include "i18n/Translations.h"
#include "reports/ReportsPage.h"
#include "rollup/PackageDialog.h"
#include "rollup/RollupBar.h"
#include "rollup/RollupKeys.h"
#include "rollup/RollupService.h"
#include "rollup/RollupSettings.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "shell/MainWindow.h"
#include "shell/VaultWorkspace.h"
#include "support/TestVault.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

using ui::rollup::PackageDialog;
using ui::rollup::RollupBar;
using ui::rollup::RollupSettings;

summary::Period thisYear()
{
    const int year = QDate::currentDate().year();
    return {year, 1, year, 12};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

// The coordinator's key block as Settings shows it, after typing a name.
QByteArray keyBlockOf(Vault &coordinator, const QString &label)
{
    RollupSettings settings(coordinator);
    settings.labelEdit()->setText(label);
    Q_EMIT settings.labelEdit()->editingFinished();
    return settings.keyText()->toPlainText().toUtf8();
}

QPushButton *saveButton(PackageDialog *dialog)
{
    return dialog->findChild<QPushButton *>(QStringLiteral("savePackageButton"));
}

// --- Settings ----------------------------------------------------------------

TEST(RollupSettings, ShowsTheKeyBlockAndTheSameFingerprintAsCore)
{
    TestVaultDir dir;
    auto vault = dir.create();
    RollupSettings settings(*vault);
    // No key pairs are made for a vault that never acts as a coordinator.
    EXPECT_TRUE(settings.keyText()->toPlainText().isEmpty());
    EXPECT_FALSE(settings.findChild<QPushButton *>(QStringLiteral("copyKeyButton"))->isEnabled());

    // A label with an accent, as Dutch names have: the block is UTF-8.
    settings.labelEdit()->setText(QStringLiteral("Coördinator Noord"));
    Q_EMIT settings.labelEdit()->editingFinished();
    auto keys = rollup::ownPublicKeys(*vault);
    ASSERT_TRUE(keys.ok()) << keys.error().message.toStdString();
    const QByteArray block = settings.keyText()->toPlainText().toUtf8();
    EXPECT_EQ(block, rollup::coordinatorKeyText({QStringLiteral("Coördinator Noord"), *keys}));
    auto parsed = rollup::parseCoordinatorKey(block);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->label, QStringLiteral("Coördinator Noord"));
    EXPECT_EQ(settings.fingerprintLabel()->text(), rollup::fingerprint(*keys));
    EXPECT_FALSE(settings.fingerprintLabel()->text().isEmpty());
    EXPECT_TRUE(settings.keyText()->isReadOnly());

    // The name is kept in the vault and the saved file holds the same block.
    RollupSettings again(*vault);
    EXPECT_EQ(again.labelEdit()->text(), QStringLiteral("Coördinator Noord"));
    EXPECT_EQ(again.fingerprintLabel()->text(), rollup::fingerprint(*keys));
    const QString path = dir.path(QStringLiteral("key.txt"));
    auto saved = again.saveKeyFileTo(path);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(readFile(path), block);
}

// --- the package dialog --------------------------------------------------------

TEST(PackageDialog, RefusesADamagedKeyBlockWithAMessage)
{
    TestVaultDir dir;
    auto coordinator = dir.create(QStringLiteral("coordinator.baken"));
    auto advisor = dir.create(QStringLiteral("advisor.baken"));
    const QByteArray block = keyBlockOf(*coordinator, QStringLiteral("Coordinator North"));
    ASSERT_FALSE(block.isEmpty());

    PackageDialog dialog(*advisor, QStringLiteral("2026"));
    dialog.sourceLabelEdit()->setText(QStringLiteral("Advisor West"));
    // One character of the keys mistyped, as when copied by hand.
    QByteArray damaged = block;
    const qsizetype at = damaged.indexOf('\n', damaged.indexOf('\n') + 1) + 3;
    damaged[at] = damaged[at] == 'A' ? 'B' : 'A';
    dialog.keyText()->setPlainText(QString::fromUtf8(damaged));
    EXPECT_FALSE(dialog.coordinatorKey().has_value());
    EXPECT_TRUE(dialog.problemLabel()->isVisibleTo(&dialog));
    EXPECT_FALSE(dialog.problemLabel()->text().isEmpty());
    EXPECT_TRUE(dialog.fingerprintLabel()->text().isEmpty());
    EXPECT_FALSE(saveButton(&dialog)->isEnabled());

    dialog.keyText()->setPlainText(QString::fromUtf8(block));
    ASSERT_TRUE(dialog.coordinatorKey().has_value());
    EXPECT_FALSE(dialog.problemLabel()->isVisibleTo(&dialog));
    EXPECT_EQ(dialog.coordinatorLabel()->text(), QStringLiteral("Coordinator North"));
    EXPECT_EQ(dialog.fingerprintLabel()->text(), rollup::fingerprint(*rollup::ownPublicKeys(*coordinator)));
    EXPECT_TRUE(saveButton(&dialog)->isEnabled());
    // Without a name of its own the package cannot be made.
    dialog.sourceLabelEdit()->clear();
    EXPECT_FALSE(saveButton(&dialog)->isEnabled());
}

// --- from one vault to another, through the Reports pages ---------------------

class RollupRoundTrip : public ::testing::Test {
protected:
    RollupRoundTrip()
        : m_advisor(m_dir.create(QStringLiteral("advisor.baken")))
        , m_coordinator(m_dir.create(QStringLiteral("coordinator.baken")))
    {
        ui::CaseContext cases(*m_advisor);
        for (int i = 0; i < Cases; ++i)
            registerTestCase(cases, QStringLiteral("Reporter %1").arg(i));
        m_block = keyBlockOf(*m_coordinator, QStringLiteral("Coordinator North"));
    }

    // Writes a package from the advisor's Reports page, as the advisor would.
    QString packageFromAdvisor(const QString &name)
    {
        ui::ReportsPage page(*m_advisor);
        page.setPeriod(thisYear());
        page.show();
        EXPECT_TRUE(waitFor([&] { return page.published().has_value() && !page.isBusy(); }));
        RollupBar *bar = page.rollupBar();
        const QString path = m_dir.path(name);
        bar->setSaveFileChooser([&](QWidget *, const QString &, const QString &suggested, const QString &,
                                    const std::function<void(const QString &)> &chosen) {
            EXPECT_TRUE(suggested.endsWith(u".bakenpkg")) << suggested.toStdString();
            chosen(path);
        });
        EXPECT_TRUE(bar->packageButton()->isVisible());
        bar->packageButton()->click();
        auto *dialog = bar->findChild<PackageDialog *>();
        EXPECT_NE(dialog, nullptr);
        if (!dialog)
            return {};
        dialog->keyText()->setPlainText(QString::fromUtf8(m_block));
        dialog->sourceLabelEdit()->setText(QStringLiteral("Advisor North"));
        saveButton(dialog)->click();
        EXPECT_TRUE(page.messageLabel()->text().contains(u"Coordinator North"))
            << page.messageLabel()->text().toStdString();
        return path;
    }

    static constexpr int Cases = 6;
    TestVaultDir m_dir;
    std::unique_ptr<Vault> m_advisor;
    std::unique_ptr<Vault> m_coordinator;
    QByteArray m_block;
};

TEST_F(RollupRoundTrip, APackageWrittenInOneVaultIsShownCombinedInTheOther)
{
    const qint64 advisorAudit = *m_advisor->audit().count();
    const QString package = packageFromAdvisor(QStringLiteral("north.bakenpkg"));
    ASSERT_FALSE(package.isEmpty());
    ASSERT_TRUE(QFile::exists(package));
    // The export is in the advisor's audit log (and only the export: the
    // source name typed once is a vault setting, logged as one).
    EXPECT_GE(*m_advisor->audit().count(), advisorAudit + 1);

    ui::ReportsPage page(*m_coordinator);
    page.setPeriod(thisYear());
    page.show();
    RollupBar *bar = page.rollupBar();
    bar->setRollUp(true);
    EXPECT_TRUE(bar->importButton()->isVisible());
    EXPECT_FALSE(bar->packageButton()->isVisible());
    QStringList offered;
    bar->setOpenFilesChooser([&](QWidget *, const QString &, const QString &,
                                 const std::function<void(const QStringList &)> &chosen) { chosen(offered); });
    offered = {package};
    bar->importButton()->click();
    ASSERT_TRUE(waitFor([&] { return page.published().has_value() && !page.isBusy(); }));
    EXPECT_TRUE(page.messageLabel()->text().contains(u"north.bakenpkg: added"))
        << page.messageLabel()->text().toStdString();

    const summary::Summary &shown = *page.published();
    EXPECT_TRUE(shown.published);
    ASSERT_EQ(shown.coverage.size(), 1);
    EXPECT_EQ(shown.coverage[0].source, QStringLiteral("Advisor North"));
    EXPECT_FALSE(shown.coverage[0].months.isEmpty());
    const summary::Table *types = shown.table(QStringLiteral("cases.type"));
    ASSERT_NE(types, nullptr);
    ASSERT_TRUE(types->total.has_value());
    EXPECT_EQ(types->total->value, std::optional<qint64>(Cases));
    // In the language of the app, as the rest of the page.
    const QString oneSource = bilingual("baken::ui::reports", "from one source").in(currentLanguage());
    EXPECT_TRUE(page.rulesLabel()->text().contains(oneSource)) << page.rulesLabel()->text().toStdString();

    // The coordinator's own vault holds no cases: "This vault" shows none.
    bar->setRollUp(false);
    ASSERT_TRUE(waitFor([&] { return page.published().has_value() && !page.isBusy(); }));
    EXPECT_TRUE(page.published()->coverage.isEmpty());
    EXPECT_EQ(page.published()->table(QStringLiteral("cases.type"))->total->value, std::optional<qint64>(0));
}

TEST_F(RollupRoundTrip, EachFileIsReportedAddedAgainOrRefused)
{
    const QString package = packageFromAdvisor(QStringLiteral("north.bakenpkg"));
    ASSERT_FALSE(package.isEmpty());
    QByteArray truncated = readFile(package);
    truncated.chop(40);
    const QString broken = m_dir.path(QStringLiteral("broken.bakenpkg"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly) && file.write(truncated) == truncated.size());
    file.close();

    RollupBar bar(*m_coordinator, [] { return thisYear(); });
    const RollupBar::ImportReport first = bar.importFiles({package, broken});
    const QStringList lines = first.text.split(u'\n');
    ASSERT_EQ(lines.size(), 2) << first.text.toStdString();
    EXPECT_TRUE(lines[0].startsWith(u"north.bakenpkg: added")) << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith(u"broken.bakenpkg: refused")) << lines[1].toStdString();
    EXPECT_GT(lines[1].size(), QStringLiteral("broken.bakenpkg: refused. ").size()) << "the reason is given";
    EXPECT_TRUE(first.refused);

    const RollupBar::ImportReport again = bar.importFiles({package});
    EXPECT_TRUE(again.text.startsWith(u"north.bakenpkg: already imported")) << again.text.toStdString();
    EXPECT_FALSE(again.refused);
    EXPECT_EQ(rollup::RollupService(*m_coordinator).packages()->size(), 1);
}

// Answers the next modal message box with `button` once it is shown.
void answerNextQuestion(QMessageBox::StandardButton button)
{
    auto *poll = new QTimer(qApp);
    auto *giveUp = new QTimer(poll); // a test whose question never comes fails on its own
    giveUp->setSingleShot(true);
    QObject::connect(giveUp, &QTimer::timeout, poll, [poll] { poll->deleteLater(); });
    giveUp->start(10000);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            box->button(button)->click();
        }
    });
    poll->start(20);
}

TEST_F(RollupRoundTrip, ANewerPackageForTheSamePeriodReplacesTheOlderOnlyAfterAYes)
{
    const QString older = packageFromAdvisor(QStringLiteral("older.bakenpkg"));
    ASSERT_FALSE(older.isEmpty());
    ui::CaseContext cases(*m_advisor);
    registerTestCase(cases, QStringLiteral("Reporter late"));
    QThread::sleep(1); // packages are stamped to the second
    const QString newer = packageFromAdvisor(QStringLiteral("newer.bakenpkg"));
    ASSERT_FALSE(newer.isEmpty());

    RollupBar bar(*m_coordinator, [] { return thisYear(); });
    ASSERT_TRUE(bar.importFiles({older}).text.startsWith(u"older.bakenpkg: added"));
    const auto total = [&] {
        auto combined = rollup::RollupService(*m_coordinator).combined(thisYear());
        return combined ? *combined->table(u"cases.type"_qs)->total->value : -1;
    };
    EXPECT_EQ(total(), Cases);

    answerNextQuestion(QMessageBox::No);
    const RollupBar::ImportReport kept = bar.importFiles({newer});
    EXPECT_TRUE(kept.text.startsWith(u"newer.bakenpkg: kept")) << kept.text.toStdString();
    EXPECT_EQ(total(), Cases) << "a No changes nothing";

    answerNextQuestion(QMessageBox::Yes);
    const RollupBar::ImportReport replaced = bar.importFiles({newer});
    EXPECT_TRUE(replaced.text.startsWith(u"newer.bakenpkg: replaced")) << replaced.text.toStdString();
    EXPECT_EQ(total(), Cases + 1);
    EXPECT_EQ(rollup::RollupService(*m_coordinator).packages()->size(), 1);
}

// --- in the window ---------------------------------------------------------------

TEST(RollupWindowTest, EveryMnemonicIsUniqueOnReportsAndSettings)
{
    TestVaultDir dir;
    Settings settings(dir.path(QStringLiteral("settings.ini")));
    ui::MainWindow window(settings);
    unlockNewVaultInWindow(window, dir, QStringLiteral("rollup.baken"));
    if (::testing::Test::HasFatalFailure())
        return;
    ui::VaultWorkspace *workspace = window.workspace();
    workspace->showPage(ui::VaultWorkspace::Reports);
    ui::ReportsPage *reports = workspace->reportsPage();
    ASSERT_TRUE(waitFor([&] { return reports->published().has_value() && !reports->isBusy(); }));
    expectUniqueMnemonics(visibleMnemonics(window), "Reports, this vault");
    reports->rollupBar()->setRollUp(true);
    // Nothing imported yet: the page says so instead of showing figures.
    ASSERT_TRUE(waitFor([&] { return !reports->isBusy(); }));
    EXPECT_TRUE(reports->messageLabel()->text().contains(u"No figures"))
        << reports->messageLabel()->text().toStdString();
    const auto rollUp = visibleMnemonics(window);
    EXPECT_TRUE(rollUp.contains(u'r') && rollUp.contains(u'i'));
    expectUniqueMnemonics(rollUp, "Reports, roll-up");

    workspace->showPage(ui::VaultWorkspace::SettingsPageIndex);
    RollupSettings *section = workspace->settingsPage()->rollupSettings();
    section->labelEdit()->setText(QStringLiteral("Coordinator North"));
    Q_EMIT section->labelEdit()->editingFinished();
    const auto onSettings = visibleMnemonics(window);
    EXPECT_TRUE(onSettings.contains(u'm') && onSettings.contains(u'b') && onSettings.contains(u'p'));
    expectUniqueMnemonics(onSettings, "Settings");
}

// Settings' roll-up section and Reports in roll-up mode, for docs/screenshots.
// Run by hand with BAKEN_SCREENSHOT_DIR set.
TEST(CasesScreenshots, RollupSettingsAndReports)
{
    if (qEnvironmentVariableIsEmpty("BAKEN_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set BAKEN_SCREENSHOT_DIR to take screenshots";
    installTranslations(QStringLiteral("nl")); // the screenshots in docs/ are Dutch
    TestVaultDir dir;
    const QString coordinatorPath = dir.path(QStringLiteral("coordinator.baken"));
    dir.create(QStringLiteral("coordinator.baken")).reset();
    QStringList packages;
    {
        auto coordinator = Vault::open(coordinatorPath, strongPassphrase());
        ASSERT_TRUE(coordinator.ok());
        const QByteArray block = keyBlockOf(**coordinator, QStringLiteral("Coördinator vertrouwenspersonen"));
        auto key = rollup::parseCoordinatorKey(block);
        ASSERT_TRUE(key.ok());
        const QStringList advisors{QStringLiteral("Vertrouwenspersoon Noord"),
                                   QStringLiteral("Vertrouwenspersoon Zuid"), QStringLiteral("Bureau Integriteit")};
        for (int a = 0; a < advisors.size(); ++a) {
            auto advisor = dir.create(QStringLiteral("advisor%1.baken").arg(a));
            ui::CaseContext cases(*advisor);
            for (int i = 0; i < 4 + 3 * a; ++i)
                registerTestCase(cases, QStringLiteral("R%1").arg(i), {}, i * 9);
            RollupBar bar(*advisor, [] { return thisYear(); });
            packages << dir.path(QStringLiteral("p%1.bakenpkg").arg(a));
            auto written = bar.writePackage(thisYear(), *key, advisors[a], packages.last());
            ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
        }
    }
    Settings settings(dir.path(QStringLiteral("settings.ini")));
    ui::MainWindow window(settings);
    window.resize(1400, 900);
    showAndUnlock(window, coordinatorPath);
    if (::testing::Test::HasFatalFailure())
        return;
    ui::VaultWorkspace *workspace = window.workspace();
    workspace->showPage(ui::VaultWorkspace::SettingsPageIndex);
    auto *group = workspace->settingsPage()->findChild<QGroupBox *>(QStringLiteral("rollupGroup"));
    ASSERT_NE(group, nullptr);
    saveScreenshot(group, QStringLiteral("settings-rollup.png"));

    workspace->showPage(ui::VaultWorkspace::Reports);
    ui::ReportsPage *reports = workspace->reportsPage();
    RollupBar *bar = reports->rollupBar();
    bar->setRollUp(true);
    bar->setOpenFilesChooser([&](QWidget *, const QString &, const QString &,
                                 const std::function<void(const QStringList &)> &chosen) { chosen(packages); });
    bar->importButton()->click();
    ASSERT_TRUE(waitFor([&] { return reports->published().has_value() && !reports->isBusy(); }, 60000));
    reports->showTable(QStringLiteral("cases.month"));
    saveScreenshot(&window, QStringLiteral("reports-rollup.png"));
}

} // namespace
} // namespace baken::test
