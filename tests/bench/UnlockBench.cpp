// Start-up costs with the production KDF: unlocking must take 0.3-1.5 s
// (Argon2id is meant to be slow), and nothing else on start-up may be slower.
#include "crypto/Kdf.h"
#include "demo/DemoVault.h"
#include "vault/Vault.h"
#include "vault/VaultCheck.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace baken;

namespace {

const QString Passphrase = QStringLiteral("lantern orbit velvet crocus tambourine");

struct BenchVault {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bench.baken"));
    BenchVault()
    {
        auto vault = DemoVault::create(path, Passphrase);
        if (!vault)
            qFatal("could not create the benchmark vault: %s", qPrintable(vault.error().message));
    }
};

BenchVault &sharedVault()
{
    static BenchVault vault;
    return vault;
}

void BM_DeriveKey(benchmark::State &state)
{
    const auto salt = VaultSalt::generate(KdfProfile::current().id);
    const QByteArray pass = Passphrase.toUtf8();
    for (auto _ : state)
        benchmark::DoNotOptimize(deriveVaultKey(pass, salt));
}
BENCHMARK(BM_DeriveKey)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_UnlockVault(benchmark::State &state)
{
    const QString path = sharedVault().path;
    for (auto _ : state) {
        auto vault = Vault::open(path, Passphrase);
        if (!vault)
            state.SkipWithError("unlock failed");
    }
}
BENCHMARK(BM_UnlockVault)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_CreateVault(benchmark::State &state)
{
    QTemporaryDir dir;
    int n = 0;
    for (auto _ : state) {
        auto vault = Vault::create(dir.filePath(QStringLiteral("v%1.baken").arg(n++)), Passphrase);
        if (!vault)
            state.SkipWithError("create failed");
    }
}
BENCHMARK(BM_CreateVault)->Unit(benchmark::kMillisecond)->Iterations(3);

// The full check: the dashboard runs it when asked, and baken-cli verify.
void BM_VaultCheckAfterUnlock(benchmark::State &state)
{
    auto vault = Vault::open(sharedVault().path, Passphrase);
    if (!vault) {
        state.SkipWithError("unlock failed");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(checkVault(**vault));
}
BENCHMARK(BM_VaultCheckAfterUnlock)->Unit(benchmark::kMillisecond);

} // namespace
