#pragma once

#include "ConsultationTypes.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace baken {

// One contact with the doubt line. There is no name field: the caller stays
// anonymous. The only personal data is an open callback's contact detail,
// which is erased when the callback is marked done.
struct Consultation {
    qint64 id = 0;
    ContactKind kind = ContactKind::Consultation;
    QDateTime occurredAt; // local time of the start, to the minute
    int minutes = 0;      // duration, filled by the form's timer
    qint64 staffId = 0;   // code list DoubtLineStaff
    qint64 channelId = 0; // code list Channels
    // The rest is empty for a non-data contact.
    qint64 callerRoleId = 0; // code list ReporterRoles
    qint64 unitId = 0;       // code list Units, when the caller gave one
    QList<qint64> groundIds; // topics: grounds ...
    QList<qint64> formIds;   // ... and forms of behaviour
    QString question;        // the caller's own question in a few words
    Assessment assessment = Assessment::Unclear;
    ConsultationOutcome outcome = ConsultationOutcome::Listened;
    qint64 adviceId = 0;       // code list Advice, when outcome is Advised
    qint64 referralBodyId = 0; // code list ReferralBodies, when Referred

    // Callback wanted: a follow-up task with the one personal detail.
    bool callbackWanted = false;
    QDate callbackDue;
    QString callbackContact; // personal data: a phone number or an address
    QDateTime callbackDoneAt;

    qint64 caseId = 0;  // the case it was handed over to
    QString caseNumber; // read only: that case's number (empty while a draft)
    QDateTime createdAt;
    QDateTime updatedAt;
    int revisions = 0; // earlier versions kept (edits after the day ended)

    bool hasOpenCallback() const { return callbackWanted && !callbackDoneAt.isValid(); }
};

// An earlier version of a consultation, kept when it was edited after the
// day on which it was logged. Holds no callback contact.
struct ConsultationRevision {
    QDateTime replacedAt;
    Consultation before;
};

// What to list: a period of days (inclusive), optionally one kind only.
struct ConsultationFilter {
    QDate from;
    QDate to;
    std::optional<ContactKind> kind;
    int limit = 1000;
};

// Counts for the shift view and the figures: consultations by channel and
// by assessment, non-data contacts by kind.
struct ConsultationCounts {
    int consultations = 0;
    QHash<qint64, int> byChannel; // channel item id (0: none) -> count
    QHash<Assessment, int> byAssessment;
    QHash<ContactKind, int> nonData;
};

} // namespace baken
