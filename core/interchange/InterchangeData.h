#pragma once

#include "base/Result.h"
#include "cases/CaseRecord.h"
#include "codelists/CodeList.h"
#include "doubtline/Consultation.h"
#include "doubtline/ReferralGuide.h"

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

// A doubt-line consultation (format version 2 on). A link to a case is kept
// as that case's number, or for a draft case as its index in `cases`;
// `consultation.caseId` is unset. Never the callback contact (PersonalData.h).
struct ConsultationBundle {
    Consultation consultation;
    QList<ConsultationRevision> revisions;
    int draftCase = -1; // index in Document::cases, for a link to a draft
};

struct Document {
    int version = 0; // as read; the writer writes FormatVersion
    QDateTime exportedAt;
    std::optional<int> retentionMonths;
    QMap<CodeList, QList<CodeItem>> codeLists; // in list order; ids unset when read
    QList<CaseBundle> cases;
    QList<ConsultationBundle> consultations; // oldest first
    QList<GuideEntry> referralGuide;         // the stored entries, in the bodies' list order
};

} // namespace baken::interchange
