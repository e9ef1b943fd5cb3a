// The identifying-text check runs on every consultation a colleague saves:
// a pasted text with long runs of figures and separators (a table of phone
// numbers, a column of amounts) must not make it slow. Target: well under
// 100 ms for 25,000 characters, and growing no faster than the text.
#include "doubtline/IdentifyingText.h"

#include <benchmark/benchmark.h>

using namespace baken;

namespace {

void BM_IdentifyingTextLongRunsOfFigures(benchmark::State &state)
{
    QString text;
    for (int i = 0; i < state.range(0); ++i)
        text += QStringLiteral("1 0- ");
    const QStringList names = defaultIdentifyingNames();
    for (auto _ : state) {
        const auto found = findIdentifying(text, names);
        if (!found.isEmpty()) {
            state.SkipWithError("figures and separators alone were taken for something identifying");
            return;
        }
        benchmark::DoNotOptimize(found);
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_IdentifyingTextLongRunsOfFigures)
    ->RangeMultiplier(4)
    ->Range(1250, 20000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity();

} // namespace
