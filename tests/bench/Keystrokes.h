#pragma once

#include "LargeVault.h"

#include <QString>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <initializer_list>
#include <vector>

// Search as you type, measured the same way for the case list and the doubt
// line: every prefix of each typed word is one keystroke, and the figure is
// the 95th percentile of the time per keystroke.
namespace baken::bench {

inline std::vector<QString> keystrokes(std::initializer_list<const char *> typed)
{
    std::vector<QString> out;
    for (const char *word : typed) {
        const QString w = QString::fromUtf8(word);
        for (qsizetype n = 1; n <= w.size(); ++n)
            out.push_back(w.left(n));
    }
    return out;
}

inline void reportKeystrokes(benchmark::State &state, const Laps &laps)
{
    state.counters["p95_ms"] = percentile(laps.wall, 95);
    state.counters["p95_cpu_ms"] = percentile(laps.cpu, 95);
    state.counters["max_ms"] = percentile(laps.wall, 100);
    state.counters["keystrokes"] = double(laps.wall.size());
    state.counters["peak_rss_mb"] = peakResidentMiB();
}

// Times `keystroke(text)` for every keystroke in every iteration and reports
// the percentiles; a false from it stops the benchmark with an error. With
// BAKEN_BENCH_KEYSTROKES set, every keystroke's own time goes to stderr too
// (which ones make the tail).
template<typename Keystroke>
void timeKeystrokes(benchmark::State &state, const std::vector<QString> &typed, Keystroke &&keystroke)
{
    const bool each = qEnvironmentVariableIsSet("BAKEN_BENCH_KEYSTROKES");
    Laps laps;
    for (auto _ : state) {
        for (const QString &text : typed) {
            const Lap lap;
            if (!keystroke(text)) {
                state.SkipWithError("search failed");
                return;
            }
            laps.add(lap);
            if (each)
                std::fprintf(stderr, "keystroke %-16s %7.1f ms cpu %7.1f ms\n", qPrintable(text), lap.wallMs(),
                             lap.cpuMs());
        }
    }
    reportKeystrokes(state, laps);
}

} // namespace baken::bench
