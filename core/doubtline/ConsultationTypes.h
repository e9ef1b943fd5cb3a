#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace baken {

// The fixed vocabularies of a doubt-line consultation. Like the case types
// they carry rules, so they are enums; the vault stores the stable key.
enum class ContactKind {
    Consultation, // a real conversation, with content
    // Non-data contacts: counted apart, they hold no content at all.
    Silent,
    HangUp,
    Abusive,
    Test,
};
enum class Assessment { Unclear, Yes, Possibly, No }; // was it discrimination?
enum class ConsultationOutcome {
    Listened, // listened and explained
    Advised,  // advice given (code list Advice)
    Referred, // referred to a body (code list ReferralBodies)
};

QString toKey(ContactKind value);
QString toKey(Assessment value);
QString toKey(ConsultationOutcome value);
std::optional<ContactKind> contactKindFromKey(const QString &key);
std::optional<Assessment> assessmentFromKey(const QString &key);
std::optional<ConsultationOutcome> consultationOutcomeFromKey(const QString &key);

// Labels in the UI language.
QString label(ContactKind value);
QString label(Assessment value);
QString label(ConsultationOutcome value);

QList<ContactKind> nonDataContactKinds();
QList<Assessment> allAssessments();
QList<ConsultationOutcome> allConsultationOutcomes();
inline bool isNonData(ContactKind kind)
{
    return kind != ContactKind::Consultation;
}

} // namespace baken
