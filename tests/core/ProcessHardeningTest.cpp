// The hardening runs in a forked child: it cannot be undone, and the rest of
// the suite (and a sanitizer's leak check) should run in a normal process.
#include "platform/ProcessHardening.h"

#include <gtest/gtest.h>

#ifdef __linux__
#include <cstdlib>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace baken::platform;

namespace {

enum ChildResult { CoreLimitZero = 1, NotDumpable = 2, StateReported = 4 };

// Runs hardenProcess() in a child, with BAKEN_ALLOW_CORE_DUMPS set to
// `allow` (or unset), and returns what the child read back from the kernel.
int hardenInChild(const char *allow)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (allow)
            ::setenv(AllowCoreDumpsVariable, allow, 1);
        else
            ::unsetenv(AllowCoreDumpsVariable);
        const HardeningState reported = hardenProcess();
        int bits = 0;
        rlimit limit{};
        if (::getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0 && limit.rlim_max == 0)
            bits |= CoreLimitZero;
        if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)
            bits |= NotDumpable;
        if (reported.coreDumpsDisabled == bool(bits & CoreLimitZero)
            && reported.notDumpable == bool(bits & NotDumpable))
            bits |= StateReported;
        ::_exit(bits);
    }
    int status = 0;
    if (pid < 0 || ::waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

} // namespace

TEST(ProcessHardening, SwitchesOffCoreDumpsAndDebuggerAccess)
{
    // The test process itself starts dumpable, so the child proves the call.
    ASSERT_EQ(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
    EXPECT_EQ(hardenInChild(nullptr), CoreLimitZero | NotDumpable | StateReported);
}

TEST(ProcessHardening, AnyOtherValueThanOneKeepsTheHardening)
{
    EXPECT_EQ(hardenInChild("0"), CoreLimitZero | NotDumpable | StateReported);
    EXPECT_EQ(hardenInChild("yes"), CoreLimitZero | NotDumpable | StateReported);
}

TEST(ProcessHardening, OnlyADebugBuildLetsADeveloperKeepCoreDumps)
{
#ifdef NDEBUG
    EXPECT_EQ(hardenInChild("1"), CoreLimitZero | NotDumpable | StateReported);
#else
    EXPECT_EQ(hardenInChild("1"), StateReported);
#endif
}

#endif
