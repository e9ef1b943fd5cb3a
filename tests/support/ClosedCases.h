#pragma once

#include <QString>
#include <QStringList>

namespace baken {
class Vault;
}

namespace baken::test {

// Three registered cases, a signal, a complaint and a report, with the
// pseudonym "Merel" and `whatHappened`, closed 400, 500 and 20 days ago: with
// the default retention of 12 months the first two are past their
// destruction date. Returns their numbers in that order.
QStringList addClosedCases(Vault &vault, const QString &whatHappened);

} // namespace baken::test
