#include "ConsultationTypes.h"

#include "base/EnumTable.h"

namespace baken {

namespace {

using namespace enumtable;

constexpr const char *Context = "baken::ConsultationTypes";

constexpr std::array<Entry<ContactKind>, 5> Kinds = {{
    {ContactKind::Consultation, "consultation", QT_TRANSLATE_NOOP("baken::ConsultationTypes", "Consultation")},
    {ContactKind::Silent, "silent", QT_TRANSLATE_NOOP("baken::ConsultationTypes", "Silent call")},
    {ContactKind::HangUp, "hang_up", QT_TRANSLATE_NOOP("baken::ConsultationTypes", "Hang-up")},
    {ContactKind::Abusive, "abusive", QT_TRANSLATE_NOOP("baken::ConsultationTypes", "Abusive call")},
    {ContactKind::Test, "test", QT_TRANSLATE_NOOP("baken::ConsultationTypes", "Test call")},
}};

constexpr std::array<Entry<Assessment>, 4> Assessments = {{
    {Assessment::Yes, "yes", QT_TRANSLATE_NOOP("baken::ConsultationTypes", "Discrimination: yes")},
    {Assessment::Possibly, "possibly", QT_TRANSLATE_NOOP("baken::ConsultationTypes", "Discrimination: possibly")},
    {Assessment::No, "no", QT_TRANSLATE_NOOP("baken::ConsultationTypes", "Discrimination: no")},
    {Assessment::Unclear, "unclear", QT_TRANSLATE_NOOP("baken::ConsultationTypes", "Unclear")},
}};

constexpr std::array<Entry<ConsultationOutcome>, 3> Outcomes = {{
    {ConsultationOutcome::Listened, "listened",
     QT_TRANSLATE_NOOP("baken::ConsultationTypes", "Listened and explained")},
    {ConsultationOutcome::Advised, "advised", QT_TRANSLATE_NOOP("baken::ConsultationTypes", "Advice given")},
    {ConsultationOutcome::Referred, "referred", QT_TRANSLATE_NOOP("baken::ConsultationTypes", "Referred")},
}};

} // namespace

// clang-format off
QString toKey(ContactKind value) { return keyOf(Kinds, value); }
QString toKey(Assessment value) { return keyOf(Assessments, value); }
QString toKey(ConsultationOutcome value) { return keyOf(Outcomes, value); }

std::optional<ContactKind> contactKindFromKey(const QString &key) { return fromKey(Kinds, key); }
std::optional<Assessment> assessmentFromKey(const QString &key) { return fromKey(Assessments, key); }
std::optional<ConsultationOutcome> consultationOutcomeFromKey(const QString &key) { return fromKey(Outcomes, key); }

QString label(ContactKind value) { return labelOf(Context, Kinds, value); }
QString label(Assessment value) { return labelOf(Context, Assessments, value); }
QString label(ConsultationOutcome value) { return labelOf(Context, Outcomes, value); }

QList<Assessment> allAssessments() { return valuesOf(Assessments); }
QList<ConsultationOutcome> allConsultationOutcomes() { return valuesOf(Outcomes); }
// clang-format on

QList<ContactKind> nonDataContactKinds()
{
    QList<ContactKind> out = valuesOf(Kinds);
    out.removeAll(ContactKind::Consultation);
    return out;
}

} // namespace baken
