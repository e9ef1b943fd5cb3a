#pragma once

// Keeps case data out of core dumps and out of reach of debuggers of the same
// user. Everything Linux-specific lives in ProcessHardeningLinux.cpp; other
// systems get ProcessHardeningFallback.cpp, which does nothing yet.
namespace baken::platform {

// Set to 1 to keep core dumps and debugger attach possible while chasing a
// crash. Honoured only by debug builds: a release build ignores it.
inline constexpr char AllowCoreDumpsVariable[] = "BAKEN_ALLOW_CORE_DUMPS";

struct HardeningState {
    bool coreDumpsDisabled = false; // RLIMIT_CORE is 0 (soft and hard)
    bool notDumpable = false;       // PR_SET_DUMPABLE is 0
};

// Call first thing in main(), before any vault is opened: sets RLIMIT_CORE
// to 0 and marks the process not dumpable, unless a debug build runs with
// BAKEN_ALLOW_CORE_DUMPS=1. Never fails loudly: returns what now holds.
HardeningState hardenProcess();

// What holds for this process now, read back from the system.
HardeningState currentHardening();

} // namespace baken::platform
