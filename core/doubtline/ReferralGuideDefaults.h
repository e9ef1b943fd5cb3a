#pragma once

#include "base/Result.h"

namespace baken {

class Database;

// Writes defaultGuideEntries() for the built-in referral bodies present in
// the vault (schema step 3).
Status seedReferralGuide(Database &db);

} // namespace baken
