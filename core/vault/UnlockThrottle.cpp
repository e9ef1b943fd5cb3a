#include "UnlockThrottle.h"

#include <algorithm>

namespace baken {

std::chrono::seconds UnlockThrottle::delayAfter(int failures)
{
    if (failures <= FreeAttempts)
        return std::chrono::seconds{0};
    // 2, 4, 8 ... seconds; the exponent is capped before shifting so that a
    // long run of failures cannot overflow.
    const int doublings = std::min(failures - FreeAttempts - 1, 16);
    const auto delay = FirstDelay * (1LL << doublings);
    return std::min<std::chrono::seconds>(delay, MaxDelay);
}

void UnlockThrottle::recordFailure(Clock::time_point now)
{
    ++m_failures;
    m_nextAllowed = now + delayAfter(m_failures);
}

void UnlockThrottle::recordSuccess()
{
    m_failures = 0;
    m_nextAllowed = {};
}

std::chrono::milliseconds UnlockThrottle::remaining(Clock::time_point now) const
{
    if (now >= m_nextAllowed)
        return std::chrono::milliseconds{0};
    return std::chrono::ceil<std::chrono::milliseconds>(m_nextAllowed - now);
}

} // namespace baken
