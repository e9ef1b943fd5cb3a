#pragma once

#include "base/Result.h"

namespace baken {

class Database;

// Writes the default items of every code list (DESIGN.md) into a new vault.
Status seedDefaultCodeLists(Database &db);

} // namespace baken
