#pragma once

#include "base/Result.h"
#include "cases/CaseRecord.h"
#include "codelists/CodeList.h"
#include "doubtline/Consultation.h"
#include "doubtline/ReferralGuide.h"
#include "groups/Group.h"

#include <QMap>

#include <array>

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

// A participant of a group (format version 3 on). Links are kept within the
// document: a case by its number (`participant.caseId` unset), a draft case
// or a consultation by its index. Never the contact (PersonalData.h).
struct ParticipantBundle {
    Participant participant;
    QString caseNumber;
    int draftCase = -1;    // index in Document::cases
    int consultation = -1; // index in Document::consultations
};

struct SessionNote {
    QDateTime sessionStart; // the session's original start, local time
    QString note;
};

// One attendance record; the participant by index in the group's list.
struct AttendanceRecord {
    QDateTime sessionStart;
    int participant = 0;
    Attendance value = Attendance::Present;
};

struct GroupTaskRecord {
    GroupTask task;       // ids unset
    int participant = -1; // index in the group's list; -1: none
};

// A peer-support group with everything that hangs off it.
struct GroupBundle {
    PeerGroup group; // `id`: its number in the vault it came from
    QList<SessionChange> changes;
    QList<SessionNote> notes;
    QList<ParticipantBundle> participants; // in order of sign-up
    QList<AttendanceRecord> attendance;    // by session, then participant
    QList<GroupTaskRecord> tasks;          // by due date
    std::array<int, 5> evaluation{};       // how many gave the scores 1 to 5
};

struct Document {
    int version = 0; // as read; the writer writes FormatVersion
    QDateTime exportedAt;
    std::optional<int> retentionMonths;
    QMap<CodeList, QList<CodeItem>> codeLists; // in list order; ids unset when read
    QList<CaseBundle> cases;
    QList<ConsultationBundle> consultations; // oldest first
    QList<GuideEntry> referralGuide;         // the stored entries, in the bodies' list order
    QList<GroupBundle> groups;               // by number
};

} // namespace baken::interchange
