#include "vault/UnlockThrottle.h"

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using baken::UnlockThrottle;

TEST(UnlockThrottle, ImposesNoWaitForTheFirstThreeWrongPassphrases)
{
    EXPECT_EQ(UnlockThrottle::delayAfter(0), 0s);
    EXPECT_EQ(UnlockThrottle::delayAfter(1), 0s);
    EXPECT_EQ(UnlockThrottle::delayAfter(3), 0s);
}

TEST(UnlockThrottle, DoublesTheWaitFromTwoSecondsUpToOneMinute)
{
    EXPECT_EQ(UnlockThrottle::delayAfter(4), 2s);
    EXPECT_EQ(UnlockThrottle::delayAfter(5), 4s);
    EXPECT_EQ(UnlockThrottle::delayAfter(6), 8s);
    EXPECT_EQ(UnlockThrottle::delayAfter(7), 16s);
    EXPECT_EQ(UnlockThrottle::delayAfter(8), 32s);
    EXPECT_EQ(UnlockThrottle::delayAfter(9), 60s);
    EXPECT_EQ(UnlockThrottle::delayAfter(10'000), 60s);
}

TEST(UnlockThrottle, CountsDownFromTheLastFailure)
{
    UnlockThrottle throttle;
    const auto start = UnlockThrottle::Clock::time_point{} + 1h;
    for (int i = 0; i < 3; ++i)
        throttle.recordFailure(start);
    EXPECT_EQ(throttle.remaining(start), 0ms);

    throttle.recordFailure(start);
    EXPECT_EQ(throttle.failures(), 4);
    EXPECT_EQ(throttle.remaining(start), 2000ms);
    EXPECT_EQ(throttle.remaining(start + 1500ms), 500ms);
    EXPECT_EQ(throttle.remaining(start + 2s), 0ms);

    throttle.recordFailure(start + 2s);
    EXPECT_EQ(throttle.remaining(start + 2s), 4000ms);
}

TEST(UnlockThrottle, ForgetsFailuresAfterASuccessfulUnlock)
{
    UnlockThrottle throttle;
    const auto now = UnlockThrottle::Clock::now();
    for (int i = 0; i < 6; ++i)
        throttle.recordFailure(now);
    ASSERT_GT(throttle.remaining(now).count(), 0);
    throttle.recordSuccess();
    EXPECT_EQ(throttle.failures(), 0);
    EXPECT_EQ(throttle.remaining(now), 0ms);
}
