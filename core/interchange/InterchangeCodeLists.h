#pragma once

#include "InterchangeData.h"
#include "InterchangeReader.h"
#include "base/Result.h"

namespace baken {
class Database;
}

namespace baken::interchange {

// How the document's code lists meet the target vault's. Items the target
// lacks are added; when the target holds no cases yet (`adopt`), its items
// also take the document's labels, order and retired state, so that moving
// a vault into a fresh one gives an identical copy. A vault in use keeps its
// own labels: they are what its user knows.
struct CodeListPlan {
    bool adopt = false;
    QList<CodeItem> items; // every item to write; id < 0: to be added
    int added = 0;
};

// Checks the final state (names unique within a list) and fills `codes`
// with the target's ids and provisional ids for the items to add.
Result<CodeListPlan> planCodeLists(Database &db, const Document &doc, bool adopt, CodeResolver &codes);
// Writes the plan; returns provisional id -> real id.
Result<QHash<qint64, qint64>> applyCodeLists(Database &db, const CodeListPlan &plan);

} // namespace baken::interchange
