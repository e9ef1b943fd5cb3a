// Reading the doubt line of a document (version 2 on): consultations with the
// rules ConsultationService applies on entry, and the referral guide with
// those of ReferralGuide::save. The first problem refuses the document.
#include "InterchangeDoubtLine.h"

#include "InterchangeFormat.h"
#include "ReaderSupport.h"
#include "doubtline/ConsultationService.h"

#include <QJsonArray>

namespace baken::interchange {

namespace {

// The fields a consultation and each of its earlier versions share.
Consultation readContent(Fields &f, const CodeResolver &codes)
{
    static const QStringList kinds = keysOf(QList<ContactKind>{ContactKind::Consultation} + nonDataContactKinds());
    static const QStringList assessments = keysOf(allAssessments());
    static const QStringList outcomes = keysOf(allConsultationOutcomes());
    Consultation c;
    c.kind = contactKindFromKey(f.choice(key::Kind, kinds)).value_or(ContactKind::Consultation);
    c.occurredAt = f.time(key::OccurredAt, false);
    c.minutes = f.integer(key::Minutes, 0, ConsultationService::MaxMinutes);
    c.staffId = f.code(key::Staff, CodeList::DoubtLineStaff, codes, true);
    c.channelId = f.code(key::Channel, CodeList::Channels, codes, true);
    c.callerRoleId = f.code(key::CallerRole, CodeList::ReporterRoles, codes, true);
    c.unitId = f.code(key::Unit, CodeList::Units, codes, true);
    c.groundIds = f.codes(key::Grounds, CodeList::Grounds, codes);
    c.formIds = f.codes(key::Forms, CodeList::Forms, codes);
    c.question = f.text(key::Question, ConsultationService::MaxQuestionLength);
    c.assessment = assessmentFromKey(f.choice(key::Assessment, assessments)).value_or(Assessment::Unclear);
    c.outcome = consultationOutcomeFromKey(f.choice(key::Outcome, outcomes)).value_or(ConsultationOutcome::Listened);
    c.adviceId = f.code(key::Advice, CodeList::Advice, codes, true);
    c.referralBodyId = f.code(key::Body, CodeList::ReferralBodies, codes, true);
    c.callbackWanted = f.flag(key::CallbackWanted);
    c.callbackDue = f.date(key::CallbackDue, true);
    return c;
}

bool hasContent(const Consultation &c, bool linked)
{
    return c.callerRoleId > 0 || c.unitId > 0 || !c.groundIds.isEmpty() || !c.formIds.isEmpty() || !c.question.isEmpty()
           || c.assessment != Assessment::Unclear || c.outcome != ConsultationOutcome::Listened || c.adviceId > 0
           || c.referralBodyId > 0 || c.callbackWanted || c.callbackDue.isValid() || c.callbackDoneAt.isValid()
           || linked;
}

// ConsultationService::validate, as far as it holds for a record that was
// valid when logged: a contact detail is not asked for, it is never exported.
void checkConsultation(Fields &f, const Consultation &c, bool linked)
{
    if (f.failed())
        return;
    const auto fail = [&](const QString &message) { f.fail(message); };
    if (c.occurredAt > QDateTime::currentDateTimeUtc().addSecs(3600))
        return fail(Text::tr("the consultation lies in the future"));
    if (isNonData(c.kind)) {
        if (hasContent(c, linked))
            fail(Text::tr("a contact of the kind \"%1\" holds no content, no callback and no case").arg(toKey(c.kind)));
        return;
    }
    if ((c.outcome == ConsultationOutcome::Advised) != (c.adviceId > 0))
        return fail(Text::tr("\"advice\" is given exactly when \"outcome\" is \"advised\""));
    if ((c.outcome == ConsultationOutcome::Referred) != (c.referralBodyId > 0))
        return fail(Text::tr("\"body\" is given exactly when \"outcome\" is \"referred\""));
    if (c.callbackWanted) {
        if (!c.callbackDue.isValid())
            return fail(Text::tr("a wanted callback needs its due date (\"callbackDue\")"));
        if (c.callbackDue < c.occurredAt.toLocalTime().date())
            return fail(Text::tr("the callback is due before the consultation took place"));
    } else if (c.callbackDue.isValid() || c.callbackDoneAt.isValid()) {
        fail(Text::tr("only a wanted callback has a due date or a completion time"));
    }
}

ConsultationBundle readConsultation(Fields &f, const CodeResolver &codes, const Document &doc)
{
    ConsultationBundle out;
    Consultation &c = out.consultation;
    c = readContent(f, codes);
    c.callbackDoneAt = f.time(key::CallbackDoneAt, true);
    if (f.isNull(key::Case))
        f.null(key::Case, {});
    else
        c.caseNumber = f.text(key::Case, 32);
    if (f.isNull(key::DraftCase))
        f.null(key::DraftCase, {});
    else
        out.draftCase = f.integer(key::DraftCase, 0, std::max(0, int(doc.cases.size()) - 1));
    c.createdAt = f.time(key::CreatedAt, false);
    c.updatedAt = f.time(key::UpdatedAt, false);
    const QJsonArray revisions = f.array(key::Revisions);
    for (qsizetype i = 0; i < revisions.size() && !f.failed(); ++i) {
        Fields r = f.nested(revisions.at(i), QStringLiteral("%1.revisions[%2]").arg(f.where()).arg(i));
        ConsultationRevision revision;
        revision.before = readContent(r, codes);
        revision.replacedAt = r.time(key::ReplacedAt, false);
        r.finish();
        out.revisions << revision;
    }
    if (f.failed())
        return out;

    // A link names a case of this document: by number, or a draft by its place.
    const bool toCase = !c.caseNumber.isEmpty();
    const bool toDraft = f.contains(key::DraftCase) && !f.isNull(key::DraftCase);
    if (toCase && toDraft) {
        f.fail(Text::tr("a consultation is handed over to one case: \"case\" or \"draftCase\", not both"));
    } else if (toCase) {
        const bool known = std::any_of(doc.cases.cbegin(), doc.cases.cend(), [&](const CaseBundle &b) {
            return !b.file.draft && b.file.number == c.caseNumber;
        });
        if (!known)
            f.fail(Text::tr("\"case\": the file holds no case %1").arg(c.caseNumber));
    } else if (toDraft && (out.draftCase >= doc.cases.size() || !doc.cases.at(out.draftCase).file.draft)) {
        f.fail(Text::tr("\"draftCase\": cases[%1] is not a draft; name a registered case by its number")
                   .arg(out.draftCase));
    }
    checkConsultation(f, c, toCase || toDraft);
    return out;
}

GuideEntry readGuideEntry(Fields &f, const CodeResolver &codes)
{
    static const QStringList anonymous = keysOf<AnonymousReports>(
        {AnonymousReports::Unknown, AnonymousReports::Yes, AnonymousReports::No, AnonymousReports::Partly});
    constexpr int Max = ReferralGuide::MaxTextLength;
    GuideEntry e;
    e.bodyId = f.code(key::Body, CodeList::ReferralBodies, codes, false);
    e.what = {f.text(key::WhatNl, Max), f.text(key::WhatEn, Max)};
    e.when = {f.text(key::WhenNl, Max), f.text(key::WhenEn, Max)};
    e.next = {f.text(key::NextNl, Max), f.text(key::NextEn, Max)};
    e.anonymous = anonymousReportsFromKey(f.choice(key::Anonymous, anonymous)).value_or(AnonymousReports::Unknown);
    e.anonymousNote = {f.text(key::AnonymousNoteNl, Max), f.text(key::AnonymousNoteEn, Max)};
    e.contact = f.text(key::BodyContact, Max);
    return e;
}

} // namespace

Status readDoubtLine(const QJsonObject &root, const CodeResolver &codes, Document &doc)
{
    if (doc.version < DoubtLineVersion)
        return {};
    const QJsonArray consultations = root.value(key::Consultations).toArray();
    for (qsizetype i = 0; i < consultations.size(); ++i) {
        QString problem;
        Fields f(consultations.at(i), QStringLiteral("consultations[%1]").arg(i), problem);
        ConsultationBundle bundle = readConsultation(f, codes, doc);
        f.finish();
        if (f.failed())
            return invalid(problem);
        doc.consultations << bundle;
    }
    const QJsonArray guide = root.value(key::ReferralGuide).toArray();
    for (qsizetype i = 0; i < guide.size(); ++i) {
        QString problem;
        Fields f(guide.at(i), QStringLiteral("referralGuide[%1]").arg(i), problem);
        const GuideEntry entry = readGuideEntry(f, codes);
        f.finish();
        const bool twice = std::any_of(doc.referralGuide.cbegin(), doc.referralGuide.cend(),
                                       [&](const GuideEntry &e) { return e.bodyId == entry.bodyId; });
        if (!f.failed() && twice)
            f.fail(Text::tr("the guide has a second entry for the body \"%1\"")
                       .arg(guide.at(i).toObject().value(key::Body).toString()));
        if (f.failed())
            return invalid(problem);
        doc.referralGuide << entry;
    }
    return {};
}

} // namespace baken::interchange
