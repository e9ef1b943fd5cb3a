#pragma once

#include "vault/Vault.h"

#include <vector>

// The vault the large-scale benchmarks (BM_Large*) run on. perf_table.sh
// builds it once with `baken-cli demo --size large --scale N`, copies it and
// passes the copy in BAKEN_BENCH_VAULT (the save benchmarks write to it).
// Without that variable (the ctest smoke run) a tiny vault is built with the
// same generator and the cheap test KDF, so the suite runs in seconds.
namespace baken::bench {

Vault &largeVault();
// Its file, for what opens it itself (the unlock benchmark); its passphrase
// is DemoVault::defaultPassphrase().
QString largeVaultPath();
// Resident memory of this process, in MiB: now and at its peak.
double residentMiB();
double peakResidentMiB();
// Times one step both ways: wall-clock (what the user waits) and this
// thread's CPU time (the same on an idle machine; on a shared one it leaves
// out the time other processes had the CPU).
class Lap {
public:
    Lap();
    double wallMs() const;
    double cpuMs() const;

private:
    qint64 m_wallNs;
    qint64 m_cpuNs;
};

// Adds "<name>_ms" (wall) and "<name>_cpu_ms" counters: the p-th percentile.
struct Laps {
    std::vector<double> wall, cpu;
    void add(const Lap &lap)
    {
        wall.push_back(lap.wallMs());
        cpu.push_back(lap.cpuMs());
    }
};

// The p-th percentile (0..100) of `samples`, in the samples' unit.
double percentile(std::vector<double> samples, double p);

} // namespace baken::bench
