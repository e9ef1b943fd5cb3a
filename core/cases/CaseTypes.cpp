#include "CaseTypes.h"

#include "base/EnumTable.h"

namespace baken {

namespace {

using namespace enumtable;

constexpr std::array<Entry<CaseType>, 4> CaseTypes = {{
    {CaseType::Question, "question", QT_TRANSLATE_NOOP("baken::CaseTypes", "Question or advice")},
    {CaseType::Signal, "signal", QT_TRANSLATE_NOOP("baken::CaseTypes", "Signal")},
    {CaseType::Report, "report", QT_TRANSLATE_NOOP("baken::CaseTypes", "Report (integrity)")},
    {CaseType::Complaint, "complaint", QT_TRANSLATE_NOOP("baken::CaseTypes", "Complaint")},
}};

constexpr std::array<Entry<CaseStatus>, 5> Statuses = {{
    {CaseStatus::New, "new", QT_TRANSLATE_NOOP("baken::CaseTypes", "New")},
    {CaseStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("baken::CaseTypes", "In progress")},
    {CaseStatus::Referred, "referred", QT_TRANSLATE_NOOP("baken::CaseTypes", "Referred")},
    {CaseStatus::Closed, "closed", QT_TRANSLATE_NOOP("baken::CaseTypes", "Closed")},
    {CaseStatus::Reopened, "reopened", QT_TRANSLATE_NOOP("baken::CaseTypes", "Reopened")},
}};

constexpr std::array<Entry<ReporterIdentity>, 3> Identities = {{
    {ReporterIdentity::Anonymous, "anonymous", QT_TRANSLATE_NOOP("baken::CaseTypes", "Anonymous")},
    {ReporterIdentity::Pseudonym, "pseudonym", QT_TRANSLATE_NOOP("baken::CaseTypes", "Pseudonym")},
    {ReporterIdentity::Named, "named", QT_TRANSLATE_NOOP("baken::CaseTypes", "Named")},
}};

constexpr std::array<Entry<IncidentFrequency>, 4> Frequencies = {{
    {IncidentFrequency::Unknown, "unknown", QT_TRANSLATE_NOOP("baken::CaseTypes", "Unknown")},
    {IncidentFrequency::Once, "once", QT_TRANSLATE_NOOP("baken::CaseTypes", "Once")},
    {IncidentFrequency::Repeated, "repeated", QT_TRANSLATE_NOOP("baken::CaseTypes", "Several times")},
    {IncidentFrequency::Ongoing, "ongoing", QT_TRANSLATE_NOOP("baken::CaseTypes", "Ongoing")},
}};

constexpr std::array<Entry<FollowUpKind>, 4> FollowUpKinds = {{
    {FollowUpKind::Task, "task", QT_TRANSLATE_NOOP("baken::CaseTypes", "Task")},
    {FollowUpKind::Callback, "callback", QT_TRANSLATE_NOOP("baken::CaseTypes", "Call back")},
    {FollowUpKind::Acknowledge, "acknowledge", QT_TRANSLATE_NOOP("baken::CaseTypes", "Acknowledge receipt")},
    {FollowUpKind::Feedback, "feedback", QT_TRANSLATE_NOOP("baken::CaseTypes", "Give feedback")},
}};

template<typename E, std::size_t N>
QString labelOf(const std::array<Entry<E>, N> &table, E value)
{
    return enumtable::labelOf("baken::CaseTypes", table, value);
}

} // namespace

// clang-format off
QString toKey(CaseType value) { return keyOf(CaseTypes, value); }
QString toKey(CaseStatus value) { return keyOf(Statuses, value); }
QString toKey(ReporterIdentity value) { return keyOf(Identities, value); }
QString toKey(IncidentFrequency value) { return keyOf(Frequencies, value); }
QString toKey(FollowUpKind value) { return keyOf(FollowUpKinds, value); }

std::optional<CaseType> caseTypeFromKey(const QString &key) { return fromKey(CaseTypes, key); }
std::optional<CaseStatus> caseStatusFromKey(const QString &key) { return fromKey(Statuses, key); }
std::optional<ReporterIdentity> reporterIdentityFromKey(const QString &key) { return fromKey(Identities, key); }
std::optional<IncidentFrequency> incidentFrequencyFromKey(const QString &key) { return fromKey(Frequencies, key); }
std::optional<FollowUpKind> followUpKindFromKey(const QString &key) { return fromKey(FollowUpKinds, key); }

QString label(CaseType value) { return labelOf(CaseTypes, value); }
QString label(CaseStatus value) { return labelOf(Statuses, value); }
QString label(ReporterIdentity value) { return labelOf(Identities, value); }
QString label(IncidentFrequency value) { return labelOf(Frequencies, value); }
QString label(FollowUpKind value) { return labelOf(FollowUpKinds, value); }

QList<CaseType> allCaseTypes() { return valuesOf(CaseTypes); }
QList<CaseStatus> allCaseStatuses() { return valuesOf(Statuses); }
// clang-format on

} // namespace baken
