// Unlock to a usable main window on the large vault, the key derivation
// aside: from handing the derived key over (as the unlock dialog does once
// Argon2id is done) until the main window shows the dashboard, the case
// list has its first page and the event loop has nothing left to do.
// Target: < 1 s. Wall and this thread's CPU time; the key is derived once,
// outside the timing. Outside the timing too, the show_*_cpu_ms counters:
// this thread's CPU time to show each other page the first time.
#include "LargeVault.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPanel.h"
#include "cases/CasesPage.h"
#include "demo/DemoVault.h"
#include "reports/ReportsPage.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/VaultWorkspace.h"
#include "vault/Vault.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QEventLoop>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstring>
#include <map>
#include <string>

using namespace baken;

namespace {

SecureBytes copyOf(const SecureBytes &key)
{
    SecureBytes out(key.size());
    std::memcpy(out.data(), key.data(), key.size());
    return out;
}

// Returns once the event loop is about to wait for new events: everything
// posted by the unlock (layouts, paints, deferred loads) has run.
void waitUntilIdle()
{
    QEventLoop loop;
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, &loop,
                     &QEventLoop::quit);
    loop.exec();
}

void BM_LargeUnlockToMainWindow(benchmark::State &state)
{
    const QString path = bench::largeVaultPath();
    auto key = Vault::deriveKey(path, DemoVault::defaultPassphrase());
    if (!key) {
        state.SkipWithError("the key could not be derived");
        return;
    }
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    double open = 0, adopt = 0, adoptCpu = 0, idle = 0;
    int caseRows = 0;
    struct PageShow {
        ui::VaultWorkspace::Page page;
        const char *name;
    };
    const PageShow pages[] = {
        {ui::VaultWorkspace::Cases, "show_cases_cpu_ms"},
        {ui::VaultWorkspace::DoubtLine, "show_doubtline_cpu_ms"},
        {ui::VaultWorkspace::Groups, "show_groups_cpu_ms"},
        {ui::VaultWorkspace::Reports, "show_reports_cpu_ms"},
        {ui::VaultWorkspace::SettingsPageIndex, "show_settings_cpu_ms"},
        {ui::VaultWorkspace::Dashboard, "show_dashboard_cpu_ms"},
    };
    std::map<std::string, double> firstShowCpu;
    for (auto _ : state) {
        state.PauseTiming();
        auto window = std::make_unique<ui::MainWindow>(settings);
        window->resize(1400, 900);
        window->show();
        waitUntilIdle();
        SecureBytes handed = copyOf(*key);
        state.ResumeTiming();

        const bench::Lap opening;
        auto vault = Vault::openDerived(path, std::move(handed));
        if (!vault) {
            state.SkipWithError("the vault did not open");
            return;
        }
        open += opening.wallMs();
        const bench::Lap adopting;
        window->adoptVault(std::move(vault).value());
        adopt += adopting.wallMs();
        adoptCpu += adopting.cpuMs();
        const bench::Lap settling;
        waitUntilIdle();
        idle += settling.wallMs();

        state.PauseTiming();
        ui::VaultWorkspace *workspace = window->workspace();
        if (!workspace || workspace->currentPage() != ui::VaultWorkspace::Dashboard || !workspace->isVisible()) {
            state.SkipWithError("the dashboard is not shown");
            return;
        }
        caseRows = workspace->casesPage()->listPanel()->model()->rowCount();
        if (caseRows == 0) {
            state.SkipWithError("the case list is empty");
            return;
        }
        // Outside the timing: each other page the first time it is shown
        // (pages read their data when shown), and the dashboard again.
        for (const PageShow &page : pages) {
            const bench::Lap showing;
            workspace->showPage(page.page);
            waitUntilIdle();
            // The reports page finishes its summary beside the window.
            if (page.page == ui::VaultWorkspace::Reports)
                while (workspace->reportsPage()->isBusy())
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            firstShowCpu[page.name] += showing.cpuMs();
        }
        window.reset(); // locks nothing to disk: the vault closes with the window
        state.ResumeTiming();
    }
    const double n = double(state.iterations());
    state.counters["open_ms"] = open / n;
    state.counters["adopt_ms"] = adopt / n;
    state.counters["adopt_cpu_ms"] = adoptCpu / n;
    state.counters["idle_ms"] = idle / n;
    state.counters["case_rows"] = caseRows;
    for (const auto &[name, cpu] : firstShowCpu)
        state.counters[name] = cpu / n;
    state.counters["peak_rss_mb"] = bench::peakResidentMiB();
}
BENCHMARK(BM_LargeUnlockToMainWindow)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
