#pragma once

#include "CodeList.h"
#include "base/Result.h"

namespace baken {

class Database;

// Writes the default items of the given lists (DESIGN.md) into a vault; each
// schema step seeds the lists it introduces.
Status seedDefaultCodeLists(Database &db, const QList<CodeList> &lists);

} // namespace baken
