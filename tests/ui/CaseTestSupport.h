#pragma once

#include "cases/CaseContext.h"
#include "cases/CaseRecord.h"

#include <QString>

namespace baken::test {

// A registered case with a pseudonym, a unit and (if given) a contact note;
// `daysAgo` sets the intake date, so its call-back falls due 14 days later.
qint64 registerTestCase(ui::CaseContext &context, const QString &pseudonym, const QString &note = {}, int daysAgo = 0);
// The number of cases, drafts included.
int caseCount(ui::CaseContext &context, bool includeDrafts = true);

} // namespace baken::test
