#pragma once

#include <QString>

#include <random>

namespace baken::demo {

// Invented Dutch text for the demo vault, built from small phrase tables so
// that a few hundred cases read differently. Every name is made up.
class DemoPhrases {
public:
    explicit DemoPhrases(std::mt19937 &rng) : m_rng(rng) {}

    QString whatHappened(const QString &groundCode, const QString &accusedRoleCode, bool bystander, int frequency);
    QString impact();
    QString desiredOutcome();
    QString contactNote(bool first);
    QString referralNote();
    QString followUpTitle();
    QString pseudonym();
    QString personName();
    QString contactFor(const QString &name);
    // An accused person; a few recur, typed in different ways, so that
    // bundling shows groups. Empty when the reporter gave no name.
    QString accusedName();

    // Uniform in [0, n): mt19937's output is fixed by the standard, unlike
    // the distributions, so the demo vault is the same on every platform.
    int pick(int n) { return n <= 1 ? 0 : int(m_rng() % unsigned(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    template<typename T, std::size_t N>
    const T &oneOf(const T (&items)[N])
    {
        return items[pick(int(N))];
    }

private:
    std::mt19937 &m_rng;
};

} // namespace baken::demo
