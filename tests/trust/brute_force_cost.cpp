// What one passphrase guess costs an attacker who has the vault file: one
// Argon2id derivation with the parameters new vaults get (crypto/Kdf.h).
// Measures wall and CPU time and peak memory of `--guesses N` derivations and turns
// them into guesses per second, per core and (by a stated bandwidth model)
// per GPU. Prints "figure name=value" lines for tests/trust/figures.sh.
#include "crypto/Kdf.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>

using namespace baken;

namespace {

double cpuMs()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

long peakRssKiB()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void figure(const char *name, double value, int decimals = 0)
{
    std::printf("figure %s=%.*f\n", name, decimals, value);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(u"--guesses"_qs);
    const int guesses = at >= 0 && at + 1 < args.size() ? std::max(1, args[at + 1].toInt()) : 5;

    const KdfProfile profile = KdfProfile::current();
    const VaultSalt salt = VaultSalt::generate(profile.id);
    const long rssBefore = peakRssKiB();
    std::vector<double> ms;
    std::vector<double> cpu; // what an attacker pays per core, whatever else the machine runs
    for (int i = 0; i < guesses; ++i) {
        const QByteArray guess = QByteArray("candidate passphrase ") + QByteArray::number(i);
        QElapsedTimer clock;
        clock.start();
        const double cpuBefore = cpuMs();
        auto key = deriveVaultKey(guess, salt);
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - cpuBefore);
        if (!key) {
            std::fprintf(stderr, "derivation failed: %s\n", qPrintable(key.error().message));
            return 2;
        }
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    const double median = ms[ms.size() / 2];
    const double cpuMedian = cpu[cpu.size() / 2];
    const double peakMiB = double(peakRssKiB() - rssBefore) / 1024.0;

    // Argon2 fills memLimit bytes per pass; each 1 KiB block reads two
    // blocks and writes one, so a guess moves about 3 * mem * passes bytes.
    // Assumed GPU: 24 GiB of memory at 1 TB/s (a 2023 high-end card); the
    // bound is its bandwidth, and its memory caps the guesses in flight.
    const double bytesPerGuess = 3.0 * double(profile.memLimit) * double(profile.opsLimit);
    const double gpuBandwidth = 1e12;
    const double gpuParallel = 24.0 * 1024 * 1024 * 1024 / double(profile.memLimit);

    std::printf("Argon2id profile %d: %llu passes, %zu MiB, %d guesses on one core\n", int(profile.id),
                profile.opsLimit, profile.memLimit / (1024 * 1024), guesses);
    figure("kdf_passes", double(profile.opsLimit));
    figure("kdf_memory_mib", double(profile.memLimit) / (1024.0 * 1024.0));
    figure("guess_ms", median, 1);
    figure("guess_min_ms", ms.front(), 1);
    figure("guess_cpu_ms", cpuMedian, 1);
    figure("guess_peak_mib", peakMiB, 0);
    figure("guesses_per_second_per_core", 1000.0 / cpuMedian, 2);
    figure("gpu_guesses_per_second_bound", gpuBandwidth / bytesPerGuess, 0);
    figure("gpu_guesses_in_flight_bound", gpuParallel, 0);
    return 0;
}
