#!/usr/bin/env bash
# Baken's one setup script.
#   ./dev.sh run    install what is missing, build, open Baken on the demo vault
#   ./dev.sh test   install what is missing, build both configurations, run every test:
#                   core and CLI with g++ and no Qt GUI, then everything with clang
#                   under AddressSanitizer+UBSan, fuzz targets included (what CI runs)
#   ./dev.sh fuzz [RUNS] [TARGET...]  the long fuzz run (default a million executions per target)
#   ./dev.sh build  install and build only
#   ./dev.sh bench  run the start-up benchmarks (release build)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD_GUI="$ROOT/build/dev"
BUILD_NOGUI="$ROOT/build/nogui"
BUILD_SANITIZE="$ROOT/build/sanitize"
BUILD_FUZZ="$ROOT/build/fuzz"
DEMO_VAULT="$ROOT/build/demo/demo.baken"
DEMO_PASSPHRASE="demo-baken-2026"   # published in the README; demo vault only
JOBS=$(nproc 2>/dev/null || echo 2)

# Debian 12 packages, nothing else: the build, the tests and `run` need these.
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libsqlcipher-dev sqlcipher libsodium-dev libical-dev libzxcvbn-dev libglpk-dev libzip-dev
    libgtest-dev libgmock-dev libbenchmark-dev python3-jsonschema python3-icalendar python3-dateutil
    libqt6svg6 xvfb xauth fonts-dejavu-core poppler-utils dbus-daemon
    libssl-dev
    desktop-file-utils appstream lintian
)
# The sanitizer build: clang, libFuzzer (not a recommended package) and lld.
SANITIZE_PACKAGES=(clang libclang-rt-14-dev lld)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_deps() { # [EXTRA_PACKAGE...]
    local missing=()
    for pkg in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# A build folder with its own options (CMAKE_ARG...), configured again when
# they change. Warnings are errors unless the options say otherwise.
configure_with() { # DIR CMAKE_ARG...
    local dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ] || [ "$(cat "$dir/.dev-options" 2>/dev/null)" != "$*" ]; then
        log "Configuring $dir ($*)"
        cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBAKEN_WERROR=ON "$@" >/dev/null
        echo "$*" >"$dir/.dev-options"
    fi
}

run_tests() { # DIR
    log "Testing $1"
    (cd "$1" && QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} ctest --output-on-failure --parallel "$JOBS")
}

build_in() { # DIR
    log "Building $1"
    cmake --build "$1" --parallel "$JOBS"
}

# The app for `run`: warnings are shown, not fatal, so that a newer compiler's
# new warning never stops someone from opening Baken; CI's builds fail on them.
cmd_build() {
    install_deps
    configure_with "$BUILD_GUI" -DBAKEN_GUI=ON -DBAKEN_WERROR=OFF
    build_in "$BUILD_GUI"
}

# Two builds, two compilers. First core and the CLI with g++ and without any
# Qt GUI module: a GUI include in core/ fails here, and g++'s warnings are
# errors. Its tests are not built: every test runs once, in the second build,
# everything with clang under AddressSanitizer and UndefinedBehaviorSanitizer,
# where any finding fails its test and each libFuzzer target runs briefly
# (tests/fuzz). Running the same tests again without the sanitizers cost CI a
# quarter of its time and found nothing the sanitizer run does not.
cmd_test() {
    install_deps "${SANITIZE_PACKAGES[@]}"
    configure_with "$BUILD_NOGUI" -DBAKEN_GUI=OFF -DBAKEN_TESTS=OFF -DBAKEN_BENCHMARKS=OFF
    build_in "$BUILD_NOGUI"
    configure_with "$BUILD_SANITIZE" -DBAKEN_GUI=ON -DBAKEN_SANITIZE=ON -DCMAKE_CXX_COMPILER=clang++
    build_in "$BUILD_SANITIZE"
    run_tests "$BUILD_SANITIZE"
}

# The long fuzz run: the fuzz targets alone, optimised (-O1, as libFuzzer
# advises) but still under ASan+UBSan, each to RUNS executions (0: build only).
cmd_fuzz() { # [RUNS] [TARGET...]
    install_deps "${SANITIZE_PACKAGES[@]}"
    configure_with "$BUILD_FUZZ" -DBAKEN_GUI=OFF -DBAKEN_SANITIZE=ON -DCMAKE_CXX_COMPILER=clang++ \
        "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only"
    log "Building the fuzz targets in $BUILD_FUZZ"
    cmake --build "$BUILD_FUZZ" --parallel "$JOBS" --target baken_fuzz
    # `./dev.sh fuzz 0` only builds: a run of no executions would replace
    # the summaries of the last long runs that tests/trust/figures.sh reports.
    if [ "${1:-}" = 0 ]; then
        log "Fuzz targets built; nothing run"
        return
    fi
    BAKEN_SANITIZE_BUILD="$BUILD_FUZZ" "$ROOT/tests/fuzz/run_long.sh" "$@"
}

cmd_run() {
    cmd_build
    if [ ! -f "$DEMO_VAULT" ]; then
        mkdir -p "$(dirname "$DEMO_VAULT")"
        log "Creating the demo vault $DEMO_VAULT"
        BAKEN_PASSPHRASE="$DEMO_PASSPHRASE" "$BUILD_GUI/app/baken-cli" demo "$DEMO_VAULT" >/dev/null
    fi
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        log "Opening Baken on the demo vault (passphrase: $DEMO_PASSPHRASE)"
        exec "$BUILD_GUI/app/baken" --demo "$DEMO_VAULT" "$@"
    fi
    local shot="$ROOT/build/screenshots/main-window.png"
    mkdir -p "$(dirname "$shot")"
    log "No display: running Baken under Xvfb and saving a screenshot"
    xvfb-run -a -s "-screen 0 1400x900x24" "$BUILD_GUI/app/baken" --demo "$DEMO_VAULT" --screenshot "$shot" "$@" >/dev/null
    echo "$shot"
}

cmd_bench() {
    install_deps
    "$ROOT/tests/bench/run.sh" "$@"
}

case "${1:-}" in
    run) shift; cmd_run "$@" ;;
    test) shift; cmd_test ;;
    fuzz) shift; cmd_fuzz "$@" ;;
    build) shift; cmd_build ;;
    bench) shift; cmd_bench "$@" ;;
    *) echo "Usage: ./dev.sh run|test|fuzz|build|bench" >&2; exit 2 ;;
esac
