#!/usr/bin/env bash
# Builds the benchmarks in release mode and prints the start-up table.
# Usage: tests/bench/run.sh [extra Google Benchmark flags]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build/bench"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBAKEN_GUI=OFF >/dev/null
cmake --build "$build" --target baken_bench >/dev/null
"$build/tests/bench/baken_bench" "$@"
