#pragma once

#include "base/Result.h"
#include "db/Database.h"

#include <functional>
#include <vector>

namespace baken {

// A numbered schema step. Each runs inside its own transaction together with
// the row that records it in schema_migrations, so a failure leaves the vault
// exactly as it was before that step.
struct Migration {
    int version;
    std::function<Status(Database &)> apply;
};

const std::vector<Migration> &builtinMigrations();
int latestSchemaVersion();

// 0 for a vault without any migration yet.
Result<int> schemaVersion(Database &db);
Status migrate(Database &db, const std::vector<Migration> &migrations);

} // namespace baken
