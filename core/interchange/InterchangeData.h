#pragma once

#include "base/Result.h"
#include "cases/CaseRecord.h"
#include "codelists/CodeList.h"

#include <QMap>

#include <optional>

// The document in memory, between the vault and JSON: the writer fills it
// from the stores, the reader from a file. Code-list references are ids.
namespace baken {
class CaseStore;
}

namespace baken::interchange {

struct ContactBundle {
    ContactMoment moment;
    QList<ContactRevision> revisions;
};

// A case with everything that hangs off it.
struct CaseBundle {
    CaseFile file;
    QList<StatusChange> history;
    QList<ContactBundle> contacts;
    QList<Referral> referrals;
    QList<FollowUp> followUps;
    QList<HoursEntry> hours;
};

// Reads a case with everything that hangs off it (the export, `case show`).
Result<CaseBundle> loadCaseBundle(const CaseStore &store, qint64 caseId);

struct Document {
    QDateTime exportedAt;
    std::optional<int> retentionMonths;
    QMap<CodeList, QList<CodeItem>> codeLists; // in list order; ids unset when read
    QList<CaseBundle> cases;
};

} // namespace baken::interchange
