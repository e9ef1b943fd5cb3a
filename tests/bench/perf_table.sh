#!/usr/bin/env bash
# The speed table of docs/performance.md, in one command: builds the Release
# benchmarks and baken-cli, builds the large demo vault once per scale and day
# (cached under the build folder), runs the BM_Large* benchmarks on a copy of
# it and prints each figure beside its target and the engine's limit.
# Usage: tests/bench/perf_table.sh [--scales "1 2 4"]   (default: 1 2 4)
# BAKEN_BENCH_BUILD chooses the build folder (default: build/bench).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BAKEN_BENCH_BUILD:-$root/build/bench}
scales="1 2 4"
while [ $# -gt 0 ]; do
    case "$1" in
        --scales) scales=$2; shift 2 ;;
        --scales=*) scales=${1#--scales=}; shift ;;
        -h|--help) sed -n 2,8p "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

# Unlock to a usable main window (baken_gui_bench) needs Qt Widgets: the GUI
# is built where they are installed, and that row is left out where not.
targets="baken_bench baken-cli"
if cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBAKEN_GUI=ON >/dev/null 2>&1; then
    targets="$targets baken_gui_bench"
else
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBAKEN_GUI=OFF >/dev/null
fi
cmake --build "$build" --target $targets >/dev/null

# The vault depends on the generator, on the schema (the search indexes it
# fills) and on the day it is built for.
generator=$(cat "$root"/core/demo/*.cpp "$root"/core/demo/*.h "$root"/core/vault/schema/*.cpp | sha1sum | cut -c1-10)
cache="$build/perf-vaults"
mkdir -p "$cache"
results=()
for scale in $scales; do
    vault="$cache/large-x$scale-$(date +%F)-$generator.baken"
    if [ ! -f "$vault" ]; then
        rm -f "$cache"/large-x"$scale"-*.baken
        env -u BAKEN_PASSPHRASE "$build/app/baken-cli" --lang en demo "$vault.tmp" --size large --scale "$scale" >&2
        mv "$vault.tmp" "$vault"
    fi
    # The save benchmarks write: run on a copy, keep the cache as built.
    work="$cache/work.baken"
    rm -f "$work" "$work-wal" "$work-shm"
    cp "$vault" "$work"
    out="$cache/results-x$scale.json"
    BAKEN_BENCH_VAULT="$work" "$build/tests/bench/baken_bench" --benchmark_filter='^BM_Large' \
        --benchmark_out="$out" --benchmark_out_format=json >&2
    if [[ $targets == *baken_gui_bench* ]]; then
        QT_QPA_PLATFORM=offscreen BAKEN_BENCH_VAULT="$work" "$build/tests/bench/baken_gui_bench" \
            --benchmark_out="$out.gui" --benchmark_out_format=json >&2
        out="$out,$out.gui"
    fi
    rm -f "$work" "$work-wal" "$work-shm"
    results+=("$scale=$out")
done
python3 "$root/tests/bench/perf_table.py" "${results[@]}"
