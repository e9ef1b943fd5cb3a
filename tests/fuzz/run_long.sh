#!/usr/bin/env bash
# The long fuzz run (docs/security.md, "Sanitizers and fuzzing"): each
# libFuzzer target to RUNS executions (default one million), from its
# committed seeds, in the optimised sanitizer build that ./dev.sh fuzz makes.
#
#   tests/fuzz/run_long.sh [RUNS] [TARGET...]
#
# Environment: BAKEN_SANITIZE_BUILD (default build/fuzz, which ./dev.sh fuzz makes),
# FUZZ_MAX_SECONDS (per target, default 3600: a slow target stops early and
# says so). Prints one line per target that scripts can read:
#   fuzz target=<name> executions=<n> crashes=<n> seconds=<s> exec_per_s=<n> status=<ok|crash|short|interrupted>
# and exits non-zero when any target crashed or stopped short of RUNS.
# Each run starts from the corpus the earlier runs grew (long/corpus-<name>)
# and adds its line to long/ledger-<name>.txt: tests/trust/figures.sh reports
# a target's executions over all its runs, so a million may take more than
# one session.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BAKEN_SANITIZE_BUILD:-$ROOT/build/fuzz}
RUNS=${1:-1000000}
shift || true
MAX_SECONDS=${FUZZ_MAX_SECONDS:-3600}
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(interchange rollup_package month_cube coordinator_key summary_json backup csv)

FUZZ_DIR="$BUILD/tests/fuzz"
OUT="$FUZZ_DIR/long"
mkdir -p "$OUT"
failed=0
for target in "${TARGETS[@]}"; do
    binary="$FUZZ_DIR/fuzz_$target"
    if [ ! -x "$binary" ]; then
        echo "fuzz target=$target executions=0 crashes=0 seconds=0 exec_per_s=0 status=missing ($binary; run ./dev.sh fuzz first)"
        failed=1
        continue
    fi
    work="$OUT/corpus-$target"
    mkdir -p "$work"
    log="$OUT/$target.log"
    artifacts="$OUT/artifacts-$target"
    rm -rf "$artifacts"
    mkdir -p "$artifacts"
    start=$(date +%s)
    # No allocation stack per malloc (a quarter of the time of the targets
    # that allocate much): every memory error is still caught; reproduce a
    # crash in build/sanitize for the full report.
    ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0} \
    "$binary" -runs="$RUNS" -max_total_time="$MAX_SECONDS" -timeout=30 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$work" "$ROOT/tests/fuzz/corpus/$target" >"$log" 2>&1
    rc=$?
    seconds=$(($(date +%s) - start))
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    executions=${executions:-0}
    crashes=$(find "$artifacts" -type f \( -name "crash-*" -o -name "leak-*" -o -name "timeout-*" -o -name "oom-*" \) | wc -l)
    # Stopped by hand (Ctrl+C, SIGINT): libFuzzer exits non-zero but found nothing.
    interrupted=0
    grep -q "libFuzzer: run interrupted" "$log" && interrupted=1
    [ $rc -ne 0 ] && [ "$crashes" -eq 0 ] && [ $interrupted -eq 0 ] && crashes=1
    status=ok
    if [ "$crashes" -gt 0 ]; then
        status=crash
    elif [ $interrupted -eq 1 ]; then
        status=interrupted
    elif [ "$executions" -lt "$RUNS" ]; then
        status=short
    fi
    [ "$status" = ok ] || failed=1
    # Also kept beside the log, for tests/trust/figures.sh to report later.
    echo "fuzz target=$target executions=$executions crashes=$crashes seconds=$seconds exec_per_s=$((executions / (seconds > 0 ? seconds : 1))) status=$status runs_asked=$RUNS finished=$(date -u +%FT%TZ)" \
        | tee "$OUT/summary-$target.txt"
    cat "$OUT/summary-$target.txt" >>"$OUT/ledger-$target.txt"
done
exit $failed
