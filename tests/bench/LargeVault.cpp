#include "LargeVault.h"

#include "demo/DemoVault.h"
#include "demo/LargeDemo.h"
#include "vault/TestHooks.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace baken::bench {

namespace {

// The vault's file: BAKEN_BENCH_VAULT, or else a tiny one built once in a
// temporary folder with the cheap test KDF (closed again once built).
struct Located {
    QTemporaryDir dir;
    QString path;

    Located()
    {
        path = qEnvironmentVariable("BAKEN_BENCH_VAULT");
        if (!path.isEmpty())
            return;
        testing::enableCheapKdf();
        path = dir.filePath(u"tiny.baken"_qs);
        auto created = LargeDemo::create(path, DemoVault::defaultPassphrase(), {0.004, QDate::currentDate()});
        if (!created)
            qFatal("could not build the tiny vault: %s", qPrintable(created.error().message));
    }
};

struct Opened {
    std::unique_ptr<Vault> vault;

    Opened()
    {
        auto opened = Vault::open(largeVaultPath(), DemoVault::defaultPassphrase());
        if (!opened)
            qFatal("could not open %s: %s", qPrintable(largeVaultPath()), qPrintable(opened.error().message));
        vault = std::move(opened).value();
    }
};

double statusMiB(const char *field)
{
    QFile status(u"/proc/self/status"_qs);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
    }
    return 0;
}

qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

qint64 wallNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer c;
        c.start();
        return c;
    }();
    return clock.nsecsElapsed();
}

} // namespace

Lap::Lap() : m_wallNs(wallNs()), m_cpuNs(threadCpuNs()) {}

double Lap::wallMs() const
{
    return double(wallNs() - m_wallNs) / 1e6;
}

double Lap::cpuMs() const
{
    return double(threadCpuNs() - m_cpuNs) / 1e6;
}

QString largeVaultPath()
{
    static Located located;
    return located.path;
}

Vault &largeVault()
{
    static Opened opened;
    return *opened.vault;
}

double residentMiB()
{
    return statusMiB("VmRSS");
}

double peakResidentMiB()
{
    return statusMiB("VmHWM");
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(samples.size())));
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

} // namespace baken::bench
