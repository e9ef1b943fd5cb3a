#pragma once

#include "CaseTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace baken {

// A consent and the day it was given (or withdrawn: given = false).
struct Consent {
    bool given = false;
    QDate date;
    bool operator==(const Consent &) const = default;
};

// Everything the intake form holds. Code-list fields hold item ids (0: not
// chosen). Fields marked "personal data" are listed in personal_data_column.
struct CaseIntake {
    QDate intakeDate;
    qint64 channelId = 0;
    CaseType type = CaseType::Question;
    bool bystander = false;

    ReporterIdentity identity = ReporterIdentity::Anonymous;
    QString pseudonym;
    QString reporterName;    // personal data
    QString reporterContact; // personal data
    qint64 reporterRoleId = 0;
    qint64 unitId = 0;
    qint64 clientId = 0;     // client organisation, for hours

    QDate incidentDate;
    QDate incidentUntil;
    IncidentFrequency frequency = IncidentFrequency::Unknown;
    QString whatHappened;
    QString impact;
    QString desiredOutcome;

    QList<qint64> groundIds;
    QList<qint64> formIds;

    qint64 accusedRoleId = 0;
    QString accusedName;     // personal data

    Consent contactConsent;
    Consent shareConsent;
    qint64 shareBodyId = 0;  // the body the reporter agreed to share with
    Consent bundleConsent;

    bool operator==(const CaseIntake &) const = default;
};

struct CaseFile {
    qint64 id = 0;
    QString number; // empty while a draft
    bool draft = true;
    CaseIntake intake;
    CaseStatus status = CaseStatus::New;
    qint64 outcomeId = 0;
    QList<qint64> measureIds;
    QDate closedDate;
    QDate destructionDate;
    // Set when retention erased the case (RetentionService): it can no
    // longer be changed or reopened.
    QDateTime destroyedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct ContactMoment {
    qint64 id = 0;
    qint64 caseId = 0;
    QDateTime occurredAt;
    qint64 channelId = 0;
    int minutes = 0;
    QString note;
    int revisions = 0; // earlier versions kept
};

struct ContactRevision {
    QDateTime replacedAt;
    QDateTime occurredAt;
    qint64 channelId = 0;
    int minutes = 0;
    QString note;
};

struct Referral {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 bodyId = 0;
    QDate date;
    bool sharesData = false; // case details go to the body
    bool consent = false;    // the reporter agreed to that
    QString note;
};

struct FollowUp {
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseNumber;
    QString title;
    QDate due;
    FollowUpKind kind = FollowUpKind::Task;
    QDateTime doneAt;
    bool isDone() const { return doneAt.isValid(); }
    bool isOverdue(const QDate &today) const { return !isDone() && due < today; }
};

struct HoursEntry {
    qint64 id = 0;
    qint64 caseId = 0;
    QDate date;
    int minutes = 0;
    qint64 activityId = 0;
};

struct StatusChange {
    QDateTime at;
    std::optional<CaseStatus> from;
    CaseStatus to = CaseStatus::New;
};

} // namespace baken
