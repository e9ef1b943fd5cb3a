#!/usr/bin/env bash
# The trust figures of issue 8 in one command: builds what it needs, runs the
# crash test, the disk-full and bad-file tests and the brute-force cost, and
# prints one table with each figure, its target and whether it is met.
# Exits 1 when a target is missed, 2 when something could not run.
#
#   tests/trust/figures.sh [--kills N] [--build-dir DIR] [--build-type Release|Debug] [--seed S]
#                          [--fuzz-runs N]
#
# Default: 1,000 kills, a Release build in build/figures (with the GUI, which
# the leak search needs; an existing --build-dir is used as it is, and the
# table says which build type it has). The figures in docs/security.md come
# from `--kills 10000`. The fuzz rows add up the long runs of `./dev.sh fuzz`
# so far (a million executions per target, hours); `--fuzz-runs N` runs the
# targets again first.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
kills=1000
build_type=Release
build_dir="$source_dir/build/figures"
seed=""
fuzz_runs=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --kills) kills=$2; shift 2 ;;
        --build-dir) build_dir=$2; shift 2 ;;
        --build-type) build_type=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --fuzz-runs) fuzz_runs=$2; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

log_dir=$(mktemp -d -t baken-figures-XXXXXX)
started=$(date +%s)

# --- build -----------------------------------------------------------------
if [[ -f "$build_dir/CMakeCache.txt" ]]; then
    build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
else
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DBAKEN_GUI=ON \
        >"$log_dir/configure.log" 2>&1 || { cat "$log_dir/configure.log"; exit 2; }
fi
echo "Build: $build_dir ($build_type)"
targets=(crash_driver crash_child baken_trust_tests brute_force_cost)
# HOOK (leak search): built when the build has it (a GUI build).
for optional in leak_search; do
    if ninja -C "$build_dir" -t targets all 2>/dev/null | grep -q "^$optional:"; then targets+=("$optional"); fi
done
cmake --build "$build_dir" --parallel 2 --target "${targets[@]}" >"$log_dir/build.log" 2>&1 \
    || { tail -40 "$log_dir/build.log"; exit 2; }
trust="$build_dir/tests/trust"

# --- run -------------------------------------------------------------------
figures="$log_dir/figures.txt"
: >"$figures"
echo "Crash test: $kills kills..."
"$trust/crash_driver" --kills "$kills" ${seed:+--seed "$seed"} | tee "$log_dir/crash.log" | grep -v '^figure '
grep '^figure ' "$log_dir/crash.log" >>"$figures"

echo "Disk-full and bad-file tests..."
"$trust/baken_trust_tests" --gtest_filter='DiskFull.*:BadFiles.*' >"$log_dir/trust.log" 2>&1
trust_status=$?
grep -a '^figure ' "$log_dir/trust.log" >>"$figures"
for test in DiskFull.SavingToTheVaultFailsInWordsAndEarlierRecordsStay \
    DiskFull.ABackupFailsInWordsAndLeavesNothingHalfWritten DiskFull.AnExportFailsInWordsAndLeavesNothingHalfWritten \
    BadFiles.EachDoorAcceptsTheGoodFile BadFiles.VaultOpenRefusesWhatItReadsAndTheVaultCheckFindsTheRest \
    BadFiles.BackupRestoreRefusesEveryDamagedFileAndChangesNothing \
    BadFiles.InterchangeImportRefusesEveryBrokenDocumentAndChangesNothing \
    BadFiles.RollupImportRefusesEveryDamagedFileAndChangesNothing; do
    if grep -q "^\[       OK \] $test " "$log_dir/trust.log"; then r=passed; else r=FAILED; fi
    echo "figure test_$test=$r" >>"$figures"
done

echo "Brute-force cost..."
"$trust/brute_force_cost" --guesses 5 | tee "$log_dir/kdf.log" | grep -v '^figure '
grep '^figure ' "$log_dir/kdf.log" >>"$figures"

# HOOK: the leak search (tests/trust/Leak*, target leak_search) and the fuzz
# runs (tests/fuzz/run_long.sh over the sanitizer build) run when present;
# each adds rows through extra_rows ("name|value|target|met").
extra_rows=()
if [[ -x "$trust/leak_search" ]]; then
    echo "Leak search..."
    "$trust/leak_search" --figures >"$log_dir/leak.log" 2>&1
    leak_status=$?
    line=$(grep -a '^leak-search:' "$log_dir/leak.log" | tail -1)
    hits=$(sed -n 's/.* hits=\([0-9]*\).*/\1/p' <<<"$line")
    problems=$(sed -n 's/.* problems=\([0-9]*\).*/\1/p' <<<"$line")
    r="NOT MET"; [[ $leak_status -eq 0 && "$hits" == 0 && "$problems" == 0 ]] && r=met
    extra_rows+=("Leaks: canary hits in files and outputs|${hits:-missing} (${line#leak-search: })|0|$r")
else
    extra_rows+=("Leaks: canary search|not built (needs a GUI build)|-|-")
fi
fuzz_build=${BAKEN_SANITIZE_BUILD:-$source_dir/build/fuzz}
fuzz_long="$fuzz_build/tests/fuzz/long"
if [[ -n "$fuzz_runs" ]] && compgen -G "$fuzz_build/tests/fuzz/fuzz_*" >/dev/null; then
    echo "Fuzzing, $fuzz_runs executions per target..."
    BAKEN_SANITIZE_BUILD="$fuzz_build" "$source_dir/tests/fuzz/run_long.sh" "$fuzz_runs" >"$log_dir/fuzz.log" 2>&1
fi
# The long run takes hours: each target's runs so far are reported (its
# ledger: every run resumes from the corpus the earlier ones grew), with the
# date the last one finished, unless --fuzz-runs asked for a new run above.
if compgen -G "$fuzz_long/ledger-*.txt" >/dev/null; then
    for ledger in "$fuzz_long"/ledger-*.txt; do
        target=$(basename "$ledger" .txt)
        target=${target#ledger-}
        runs=$(sed -n 's/.*executions=\([0-9]*\).*/\1/p' "$ledger" | awk '{s += $1} END {print s + 0}')
        crashes=$(sed -n 's/.*crashes=\([0-9]*\).*/\1/p' "$ledger" | awk '{s += $1} END {print s + 0}')
        # A finding fixed since (its ledger line says fixed=N and the commit)
        # is reported, and no longer open.
        fixed=$(sed -n 's/.* fixed=\([0-9]*\).*/\1/p' "$ledger" | awk '{s += $1} END {print s + 0}')
        sessions=$(grep -c . "$ledger")
        finished=$(sed -n 's/.*finished=\([^ ]*\).*/\1/p' "$ledger" | tail -1)
        r="NOT MET"; [[ $((crashes - fixed)) == 0 && "$runs" -ge 1000000 ]] && r=met
        found="$crashes crashes"; [[ "$fixed" != 0 ]] && found="$crashes crashes, $fixed fixed"
        extra_rows+=("Fuzz: $target|$runs runs in $sessions run(s), $found (last ${finished:-date unknown})|1000000 runs, 0 open crashes|$r")
    done
else
    extra_rows+=("Fuzz: libFuzzer targets|no long run yet (./dev.sh fuzz runs it in $fuzz_build)|1000000 runs, 0 crashes|NOT MET")
fi

# --- table -----------------------------------------------------------------
value() { sed -n "s/^figure $1=//p" "$figures" | tail -1; }
missed=0
rows=()
row() { # name value target met
    rows+=("$1|$2|$3|$4")
    [[ "$4" == "NOT MET" ]] && missed=1
}
is() { if [[ "$1" == "1" ]]; then echo met; else echo "NOT MET"; fi; }
num() { local v; v=$(value "$1"); echo "${v:-missing}"; }
zero() { local v; v=$(num "$1"); row "$2" "$v" "0" "$(is "$([[ "$v" == 0 ]] && echo 1)")"; }
atleast() { local v; v=$(num "$1"); row "$2" "$v" ">= $3" "$(is "$([[ "$v" =~ ^[0-9]+$ && "$v" -ge "$3" ]] && echo 1)")"; }
info() { row "$1" "$2" "-" "-"; }

atleast kills "Crash: kills (SIGKILL at a random moment)" "$kills"
# Each kind of work must have been hit; a short run may miss the rarer ones.
for phase in "checkpoint:a WAL checkpoint" "backup:a backup" "rekey:a passphrase change" \
    "import:an interchange import" "rollup:a roll-up import"; do
    if [[ "$kills" -ge 500 ]]; then
        atleast "kills_during_${phase%%:*}" "Crash: kills during ${phase#*:}" 1
    else
        info "Crash: kills during ${phase#*:}" "$(num "kills_during_${phase%%:*}")"
    fi
done
info "Crash: kills before the vault was open" "$(num kills_before_ready)"
atleast records_committed "Crash: records committed and reported" 1
zero records_lost "Crash: committed records lost"
zero integrity_failures "Crash: integrity_check failures"
zero audit_chain_broken "Crash: audit chains broken"
zero no_open "Crash: vault opened by neither passphrase"
zero double_open "Crash: vault opened by both passphrases"
zero old_passphrase_after_rekey_done "Crash: old passphrase works after rekey-done"
zero child_errors "Crash: operations that failed in the child"
zero damaged_backups "Crash: damaged backups under a final name"
info "Crash: hidden temporary files left by kills" "$(num leftover_temporary_files)"
secs=$(num seconds)
if [[ "$secs" =~ ^[0-9]+$ && "$kills" -gt 0 ]]; then
    per200=$((secs * 200 / kills))
    row "Crash: wall time per 200 kills ($build_type)" "${per200} s" "< 60 s" "$(is "$([[ $per200 -lt 60 ]] && echo 1)")"
fi
for t in SavingToTheVault ABackup AnExport; do
    name=$(sed -n "s/^figure test_DiskFull\.\($t[A-Za-z]*\)=.*/\1/p" "$figures")
    v=$(sed -n "s/^figure test_DiskFull\.$t[A-Za-z]*=//p" "$figures")
    row "Disk full: $name" "$v" "passed" "$(is "$([[ "$v" == passed ]] && echo 1)")"
done
for door in vault_open backup_restore interchange_import roll-up_import; do
    v=$(value "bad_files_$door")
    row "Bad files: $door" "${v:-missing}" "all refused, nothing changed" \
        "$(is "$([[ -n "$v" && $trust_status -eq 0 ]] && echo 1)")"
done
# CPU time, not wall time: the cost per core, also on a machine busy with other work.
guess=$(num guess_cpu_ms)
row "Brute force: one guess, CPU (Argon2id $(num kdf_passes) passes, $(num kdf_memory_mib) MiB)" "$guess ms" \
    "300-1500 ms" "$(is "$(awk -v g="$guess" 'BEGIN { print (g >= 300 && g <= 1500) ? 1 : 0 }')")"
info "Brute force: one guess, wall time" "$(num guess_ms) ms"
peak=$(num guess_peak_mib)
row "Brute force: peak memory of one guess" "$peak MiB" ">= 256 MiB" \
    "$(is "$([[ "$peak" =~ ^[0-9]+$ && "$peak" -ge 256 ]] && echo 1)")"
info "Brute force: guesses per second per core" "$(num guesses_per_second_per_core)"
info "Brute force: guesses per second per GPU (24 GiB, 1 TB/s bound)" "$(num gpu_guesses_per_second_bound)"
for r in "${extra_rows[@]}"; do rows+=("$r"); [[ "$r" == *"NOT MET" ]] && missed=1; done

echo
printf '| %-62s | %-44s | %-28s | %-7s |\n' "figure" "value" "target" "met"
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..64})" "$(printf -- '-%.0s' {1..46})" \
    "$(printf -- '-%.0s' {1..30})" "$(printf -- '-%.0s' {1..9})"
for r in "${rows[@]}"; do
    IFS='|' read -r a b c d <<<"$r"
    printf '| %-62s | %-44s | %-28s | %-7s |\n' "$a" "$b" "$c" "$d"
done
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)," \
    "$build_type build, $(( $(date +%s) - started )) s in all. Logs: $log_dir"
if [[ $missed -ne 0 ]]; then
    echo "Some targets were NOT met."
    exit 1
fi
echo "All targets met."
