#include "Summary.h"

namespace baken::summary {

const Table *Summary::table(const QString &id) const
{
    for (const Table &t : tables) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

} // namespace baken::summary
