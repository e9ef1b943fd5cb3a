#pragma once

#include "base/Result.h"

#include <QDate>

namespace baken {

class Vault;

// Invented cases for the demo vault: every state, type, ground and form,
// pseudonymous, anonymous and named reporters, recurring accused persons
// (so that bundling shows groups), contacts with notes, referrals,
// follow-ups and hours, over the last 18 months. The same every time.
struct DemoCases {
    // Through CaseService, so every rule of a real case holds.
    static Status add(Vault &vault, int count, const QDate &today = QDate::currentDate());
    // The same generator written straight through the store in one
    // transaction, without audit entries: volume for benchmarks only.
    static Result<int> addLargeVolume(Vault &vault, int count, const QDate &today = QDate::currentDate());
};

} // namespace baken
