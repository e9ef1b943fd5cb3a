#!/usr/bin/env bash
# Baken's one setup script.
#   ./dev.sh run    install what is missing, build, open Baken on the demo vault
#   ./dev.sh test   install what is missing, build both configurations, run every test
#   ./dev.sh sanitize  every test under AddressSanitizer+UBSan (clang), fuzz targets included
#   ./dev.sh build  install and build only
#   ./dev.sh bench  run the start-up benchmarks (release build)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD_GUI="$ROOT/build/dev"
BUILD_NOGUI="$ROOT/build/nogui"
BUILD_SANITIZE="$ROOT/build/sanitize"
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
# Only for `./dev.sh sanitize`: clang, and libFuzzer (not a recommended package).
SANITIZE_PACKAGES=(clang libclang-rt-14-dev)

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

configure_and_build() { # DIR GUI(ON|OFF)
    local dir=$1 gui=$2
    if [ ! -f "$dir/build.ninja" ] || ! grep -q "BAKEN_GUI:BOOL=$gui" "$dir/CMakeCache.txt" 2>/dev/null; then
        log "Configuring $dir (BAKEN_GUI=$gui)"
        cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBAKEN_WERROR=ON -DBAKEN_GUI="$gui" >/dev/null
    fi
    log "Building $dir"
    cmake --build "$dir" --parallel "$JOBS"
}

# A build folder with its own options (CMAKE_ARG...), configured again when they change.
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

cmd_build() {
    install_deps
    configure_and_build "$BUILD_GUI" ON
}

cmd_test() {
    install_deps
    # Core and the CLI without any Qt GUI module: a GUI include in core/ fails here.
    configure_and_build "$BUILD_NOGUI" OFF
    run_tests "$BUILD_NOGUI"
    configure_and_build "$BUILD_GUI" ON
    run_tests "$BUILD_GUI"
}

# The whole suite once, GUI on, under AddressSanitizer and
# UndefinedBehaviorSanitizer (clang): any finding fails its test. The same
# build runs each libFuzzer target briefly (tests/fuzz).
cmd_sanitize() {
    install_deps "${SANITIZE_PACKAGES[@]}"
    configure_with "$BUILD_SANITIZE" -DBAKEN_GUI=ON -DBAKEN_SANITIZE=ON -DCMAKE_CXX_COMPILER=clang++
    log "Building $BUILD_SANITIZE"
    cmake --build "$BUILD_SANITIZE" --parallel "$JOBS"
    run_tests "$BUILD_SANITIZE"
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
    sanitize) shift; cmd_sanitize ;;
    build) shift; cmd_build ;;
    bench) shift; cmd_bench "$@" ;;
    *) echo "Usage: ./dev.sh run|test|sanitize|build|bench" >&2; exit 2 ;;
esac
