#pragma once

#include "base/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace baken {

class Vault;

// The right of access (GDPR art. 15): everything the vault holds about the
// reporter of one case, as plain text in the UI language, for a JSON file
// here and a PDF in ui/. It leaves out what concerns others (the accused's
// name and role, measures taken) and the advisor's own administration
// (audit log, hours, internal tasks). Free text can still mention the
// accused; their name is blanked wherever it occurs.
struct SubjectExtract {
    struct Consent {
        QString subject; // "may be contacted", ...
        bool given = false;
        QDate date;
        QString body; // for sharing: with whom
    };
    struct Contact {
        QDateTime at;
        QString channel;
        QString note;
    };
    struct Referral {
        QString body;
        QDate date;
        bool sharedData = false;
    };
    struct FollowUp {
        QString title;
        QString kind;
        QDate due;
        QDateTime doneAt;
    };
    struct StatusStep {
        QDateTime at;
        QString status;
    };

    QString language; // "nl" or "en"
    QDateTime createdAt;
    QString title;
    QString explanation; // what this is, what is left out and why

    QString caseNumber; // empty for an intake not yet registered
    QString caseType;
    QDate intakeDate;
    QString channel;
    QString identity;
    QString pseudonym;
    QString name;
    QString contactDetails;
    QString role;
    QString unit;
    bool bystander = false;

    QDate incidentDate;
    QDate incidentUntil;
    QString frequency;
    QString whatHappened;
    QString impact;
    QString desiredOutcome;
    QStringList grounds;
    QStringList forms;

    QList<Consent> consents;
    QList<Contact> contacts;
    QList<Referral> referrals;
    QList<FollowUp> followUps;

    QString status;
    QList<StatusStep> statusHistory;
    QString outcome;
    QDate closedDate;
    QDate destructionDate;
};

// Gathers the extract in the current UI language; audited as
// "case.subject_extract" (without content), because whoever builds it is
// about to hand personal data out.
Result<SubjectExtract> buildSubjectExtract(Vault &vault, qint64 caseId);

// The extract as an indented JSON document (docs/interchange.md).
Status writeSubjectExtractJson(Vault &vault, qint64 caseId, QIODevice &out);
// The same for an extract already built (and audited), e.g. for a PDF beside it.
Status writeSubjectExtractJson(const SubjectExtract &extract, QIODevice &out);

} // namespace baken
