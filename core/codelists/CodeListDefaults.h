#pragma once

#include "CodeList.h"
#include "base/Result.h"

namespace baken {

class Database;

// Writes the default items (DESIGN.md) that schema step `schemaStep` brings:
// the lists it introduces and the items it adds to older lists.
Status seedDefaultCodeLists(Database &db, int schemaStep);

} // namespace baken
