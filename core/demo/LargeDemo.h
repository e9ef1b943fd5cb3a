#pragma once

#include "base/Result.h"
#include "vault/Vault.h"

#include <QDate>

#include <memory>

namespace baken {

// Ten years of a large employer's advisors, doubt line and groups, to see
// whether Baken stays instant at that size (docs/performance.md): at scale 1
// 50,000 cases with about 500,000 contact moments and follow-ups, about
// 200,000 doubt-line consultations, 300 groups with 6,000 sessions. Scale 2
// and 4 give the growth figures; tests use a small fraction. Drawn from the
// small demo's generators, seeded, so the same scale and day give the same
// vault. Written in a few large transactions straight into the tables the
// stores write (demo/BulkWriter.h), search index included; no audit entry
// per record, as with imported data.
struct LargeDemoOptions {
    double scale = 1.0;
    QDate today = QDate::currentDate();
};

struct LargeDemoCounts {
    int cases = 0;
    int contacts = 0;
    int followUps = 0;
    int consultations = 0;
    int groups = 0;
    int sessions = 0;
};

struct LargeDemo {
    static constexpr int Days = 3650;
    static constexpr int CasesAtScale1 = 50000;
    static constexpr int GroupsAtScale1 = 300;
    static constexpr int SessionsPerGroup = 20; // on average
    // Doubt-line contacts per day, as a multiple of the small demo's line.
    static constexpr double DoubtLineVolumeAtScale1 = 26.0;

    static int caseCount(double scale);
    static int groupCount(double scale);

    // A new demo vault (code lists as in DemoVault) filled at `options`.
    static Result<std::unique_ptr<Vault>> create(const QString &path, const QString &passphrase,
                                                 const LargeDemoOptions &options, LargeDemoCounts *counts = nullptr);
    // Fills a vault that has the demo's code lists.
    static Result<LargeDemoCounts> fill(Vault &vault, const LargeDemoOptions &options);
};

namespace demo {
// The groups of the large vault (LargeDemoGroups.cpp); adds to `counts`.
Status addLargeGroups(Vault &vault, const LargeDemoOptions &options, LargeDemoCounts &counts);
} // namespace demo

} // namespace baken
