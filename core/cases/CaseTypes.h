#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace baken {

// The fixed vocabularies of a case. Unlike code lists they carry rules
// (closing, consent, automatic follow-ups), so they are enums; the stored
// form is the stable key, the label is translated.
enum class CaseType { Question, Signal, Report, Complaint };
enum class CaseStatus { New, InProgress, Referred, Closed, Reopened };
enum class ReporterIdentity { Anonymous, Pseudonym, Named };
enum class IncidentFrequency { Unknown, Once, Repeated, Ongoing };
enum class FollowUpKind { Task, Callback, Acknowledge, Feedback };

QString toKey(CaseType value);
QString toKey(CaseStatus value);
QString toKey(ReporterIdentity value);
QString toKey(IncidentFrequency value);
QString toKey(FollowUpKind value);

std::optional<CaseType> caseTypeFromKey(const QString &key);
std::optional<CaseStatus> caseStatusFromKey(const QString &key);
std::optional<ReporterIdentity> reporterIdentityFromKey(const QString &key);
std::optional<IncidentFrequency> incidentFrequencyFromKey(const QString &key);
std::optional<FollowUpKind> followUpKindFromKey(const QString &key);

// Labels in the UI language.
QString label(CaseType value);
QString label(CaseStatus value);
QString label(ReporterIdentity value);
QString label(IncidentFrequency value);
QString label(FollowUpKind value);

QList<CaseType> allCaseTypes();
QList<CaseStatus> allCaseStatuses();

} // namespace baken
