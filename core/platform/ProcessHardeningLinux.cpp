#include "ProcessHardening.h"

#include <cstdlib>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace baken::platform {

namespace {

bool developerAllowsCoreDumps()
{
#ifdef NDEBUG
    return false;
#else
    // getenv rather than Qt: this runs before QCoreApplication exists.
    const char *value = std::getenv(AllowCoreDumpsVariable);
    return value && std::strcmp(value, "1") == 0;
#endif
}

} // namespace

HardeningState hardenProcess()
{
    if (!developerAllowsCoreDumps()) {
        // The hard limit too, so nothing later in the process can raise it.
        const rlimit none{0, 0};
        ::setrlimit(RLIMIT_CORE, &none);
        // Also stops ptrace and /proc/<pid>/mem reads by other processes of
        // the same user, which could otherwise read an unlocked vault's key.
        ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
    return currentHardening();
}

HardeningState currentHardening()
{
    HardeningState state;
    rlimit limit{};
    state.coreDumpsDisabled = ::getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0 && limit.rlim_max == 0;
    state.notDumpable = ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
    return state;
}

} // namespace baken::platform
