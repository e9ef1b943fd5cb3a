# One INTERFACE target carries every compile setting, as qBittorrent's
# CommonConfig.cmake does; each Baken target links it PRIVATE.
add_library(baken_common_config INTERFACE)

target_compile_definitions(baken_common_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    SQLITE_HAS_CODEC
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)

target_compile_options(baken_common_config INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
    -Wnon-virtual-dtor -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
    $<$<BOOL:${BAKEN_WERROR}>:-Werror>)

# Release hardening: stack protector, FORTIFY_SOURCE, PIE, full RELRO.
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
target_compile_options(baken_common_config INTERFACE
    $<$<CONFIG:Release,RelWithDebInfo>:-fstack-protector-strong -D_FORTIFY_SOURCE=2 -fstack-clash-protection>)
target_link_options(baken_common_config INTERFACE
    $<$<CONFIG:Release,RelWithDebInfo>:-pie -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack>)

if(BAKEN_SANITIZE)
    target_compile_options(baken_common_config INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(baken_common_config INTERFACE -fsanitize=address,undefined)
    # With clang the same build carries the libFuzzer targets (tests/fuzz).
    # They need coverage feedback from the code they drive, baken_core
    # (core/CMakeLists.txt), and from nothing else: instrumenting the GUI and
    # the tests too added compile time (a test file: 14.6 s, 12.1 without).
endif()

# Debug builds link with lld where it is installed (dev.sh installs it for
# CI's builds): GNU ld took about 160 of the sanitizer build's 1,300 CPU-seconds,
# lld about 60 (the core tests' program: 15.8 s, 2.3 with lld).
# Release builds, the packages among them, keep the system's linker.
find_program(BAKEN_LLD ld.lld)
if(BAKEN_LLD)
    target_link_options(baken_common_config INTERFACE $<$<CONFIG:Debug>:-fuse-ld=lld>)
endif()

if(BAKEN_COVERAGE)
    target_compile_options(baken_common_config INTERFACE --coverage -O0)
    target_link_options(baken_common_config INTERFACE --coverage)
endif()
