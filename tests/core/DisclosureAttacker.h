#pragma once

// An attacker written apart from the production audit: it reads only the
// published summary, builds its own integer program from the tables, and
// asks GLPK for the exact range of every suppressed figure.

#include "summary/Summary.h"

#include <QList>
#include <QString>

namespace baken::summary::test {

// Upper bound the attacker gives every unknown figure; a range reaching it
// means the reader has no upper bound at all.
constexpr qint64 AttackCap = 1'000'000;

struct Exposure {
    QString where; // "cases.unit_by_type row total 3"
    qint64 low = 0;
    qint64 high = 0;
    bool solved = false;
};

// One entry for every suppressed figure of `published` (each place it is printed).
QList<Exposure> attack(const Summary &published);

} // namespace baken::summary::test
