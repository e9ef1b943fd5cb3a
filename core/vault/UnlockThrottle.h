#pragma once

#include <chrono>

namespace baken {

// Slows down guessing at the unlock prompt: the first few wrong passphrases
// cost nothing (typos happen), after that each one doubles the wait before
// the next try, up to a minute. The clock is passed in so tests need no sleeps.
class UnlockThrottle {
public:
    using Clock = std::chrono::steady_clock;

    static constexpr int FreeAttempts = 3;
    static constexpr std::chrono::seconds FirstDelay{2};
    static constexpr std::chrono::seconds MaxDelay{60};

    // The wait imposed after `failures` wrong passphrases in a row.
    static std::chrono::seconds delayAfter(int failures);

    void recordFailure(Clock::time_point now = Clock::now());
    void recordSuccess();

    int failures() const { return m_failures; }
    // How long the user must still wait before the next try (zero if none).
    std::chrono::milliseconds remaining(Clock::time_point now = Clock::now()) const;

private:
    int m_failures = 0;
    Clock::time_point m_nextAllowed{};
};

} // namespace baken
