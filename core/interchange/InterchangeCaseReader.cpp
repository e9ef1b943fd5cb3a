// One case of the document: its frame, the intake and the status rules.
// The rules are CaseService's, as far as they still hold after later edits:
// an intake date moved after a referral is legitimate vault content, so
// "between the intake date and today" becomes "not in the future" here.
#include "InterchangeReader.h"

#include "InterchangeFormat.h"
#include "ReaderSupport.h"
#include "cases/CaseNumber.h"
#include "cases/CaseService.h"

#include <QJsonArray>

namespace baken::interchange {

namespace {

const QStringList &identityKeys()
{
    static const QStringList keys =
        keysOf<ReporterIdentity>({ReporterIdentity::Anonymous, ReporterIdentity::Pseudonym, ReporterIdentity::Named});
    return keys;
}

const QStringList &frequencyKeys()
{
    static const QStringList keys = keysOf<IncidentFrequency>(
        {IncidentFrequency::Unknown, IncidentFrequency::Once, IncidentFrequency::Repeated, IncidentFrequency::Ongoing});
    return keys;
}

Consent readConsent(Fields &consents, QLatin1String name, const CodeResolver &codes, qint64 *body = nullptr)
{
    Fields f = consents.nested(consents.object(name), consents.where() + u'.' + name);
    Consent out{f.flag(key::Given), f.date(key::Date, true)};
    if (body)
        *body = f.code(key::Body, CodeList::ReferralBodies, codes, true);
    f.finish();
    if (!f.failed() && out.date.isValid() && out.date > QDate::currentDate())
        f.fail(Text::tr("the date of the consent lies in the future"));
    return out;
}

// CaseService::validateIntake; `complete` for registered cases.
void checkIntake(Fields &f, const CaseIntake &in, bool complete)
{
    const QDate today = QDate::currentDate();
    if (!in.intakeDate.isValid() || in.intakeDate > today)
        f.fail(Text::tr("the intake date is missing or lies in the future"));
    else if (in.incidentDate.isValid() && in.incidentDate > in.intakeDate)
        f.fail(Text::tr("the incident date lies after the intake date"));
    else if (in.incidentUntil.isValid() && (!in.incidentDate.isValid() || in.incidentUntil < in.incidentDate))
        f.fail(Text::tr("the end of the incident period lies before its start"));
    if (!complete)
        return;
    for (const Consent &consent : {in.contactConsent, in.shareConsent, in.bundleConsent})
        if (consent.given && !consent.date.isValid())
            f.fail(Text::tr("a consent that was given needs the date on which it was given"));
    if (in.identity == ReporterIdentity::Pseudonym && in.pseudonym.trimmed().isEmpty())
        f.fail(Text::tr("the identity is \"pseudonym\" but the pseudonym is empty"));
    // A named case arrives without its name (the file holds no personal
    // data), and an anonymous one cannot bring one along.
    if (in.shareConsent.given && in.shareBodyId == 0)
        f.fail(Text::tr("the consent to share names no body to share with"));
}

CaseIntake readIntake(Fields &parent, const CodeResolver &codes, bool complete)
{
    constexpr int Max = CaseService::MaxTextLength;
    Fields f = parent.nested(parent.object(key::Intake), parent.where() + QStringLiteral(", intake"));
    CaseIntake in;
    in.intakeDate = f.date(key::IntakeDate, false);
    in.channelId = f.code(key::Channel, CodeList::Channels, codes, true);
    in.type = caseTypeFromKey(f.choice(key::Type, keysOf(allCaseTypes()))).value_or(CaseType::Question);
    in.bystander = f.flag(key::Bystander);
    in.identity =
        reporterIdentityFromKey(f.choice(key::Identity, identityKeys())).value_or(ReporterIdentity::Anonymous);
    in.pseudonym = f.text(key::Pseudonym, Max);
    in.reporterRoleId = f.code(key::ReporterRole, CodeList::ReporterRoles, codes, true);
    in.unitId = f.code(key::Unit, CodeList::Units, codes, true);
    in.clientId = f.code(key::Client, CodeList::Clients, codes, true);
    in.incidentDate = f.date(key::IncidentDate, true);
    in.incidentUntil = f.date(key::IncidentUntil, true);
    in.frequency =
        incidentFrequencyFromKey(f.choice(key::Frequency, frequencyKeys())).value_or(IncidentFrequency::Unknown);
    in.whatHappened = f.text(key::WhatHappened, Max);
    in.impact = f.text(key::Impact, Max);
    in.desiredOutcome = f.text(key::DesiredOutcome, Max);
    in.groundIds = f.codes(key::Grounds, CodeList::Grounds, codes);
    in.formIds = f.codes(key::Forms, CodeList::Forms, codes);
    in.accusedRoleId = f.code(key::AccusedRole, CodeList::AccusedRoles, codes, true);
    Fields consents = f.nested(f.object(key::Consents), f.where() + QStringLiteral(".consents"));
    in.contactConsent = readConsent(consents, key::ContactConsent, codes);
    in.shareConsent = readConsent(consents, key::ShareConsent, codes, &in.shareBodyId);
    in.bundleConsent = readConsent(consents, key::BundleConsent, codes);
    consents.finish();
    f.finish();
    if (!f.failed())
        checkIntake(f, in, complete);
    return in;
}

// The status, closing fields and history must tell one consistent story.
void checkStatus(Fields &f, const CaseBundle &bundle)
{
    const CaseFile &file = bundle.file;
    const QDate today = QDate::currentDate();
    if (file.draft) {
        if (file.status != CaseStatus::New || file.outcomeId != 0 || !file.measureIds.isEmpty()
            || file.closedDate.isValid() || file.destructionDate.isValid() || !bundle.history.isEmpty())
            f.fail(Text::tr("a draft has status \"new\" and no outcome, measures, closing dates or status history"));
        return;
    }
    if (file.status == CaseStatus::Closed) {
        if (file.outcomeId == 0 || file.measureIds.isEmpty())
            f.fail(Text::tr("a closed case needs an outcome and at least one measure"));
        else if (!file.closedDate.isValid() || file.closedDate > today)
            f.fail(Text::tr("a closed case needs a closing date that does not lie in the future"));
        else if (!file.destructionDate.isValid() || file.destructionDate < file.closedDate)
            f.fail(Text::tr("a closed case needs a destruction date on or after its closing date"));
    } else if (file.closedDate.isValid() || file.destructionDate.isValid()) {
        f.fail(Text::tr("only a closed case has a closing date and a destruction date"));
    }
    if (bundle.history.isEmpty() || bundle.history.constFirst().from || bundle.history.constLast().to != file.status) {
        f.fail(Text::tr("\"statusHistory\" must start at registration (\"from\": null) and end in the case's status"));
        return;
    }
    for (qsizetype i = 1; i < bundle.history.size(); ++i)
        if (bundle.history.at(i).from != bundle.history.at(i - 1).to)
            f.fail(Text::tr("statusHistory[%1]: \"from\" is not the status that the change before it led to").arg(i));
}

} // namespace

CaseBundle readCase(Fields &f, int index, const CodeResolver &codes)
{
    CaseBundle bundle;
    CaseFile &file = bundle.file;
    file.draft = f.flag(key::Draft);
    if (file.draft) {
        f.setWhere(Text::tr("draft case (cases[%1])").arg(index));
        f.null(key::Number, Text::tr("a draft has no number yet: \"number\" must be null"));
    } else {
        file.number = f.text(key::Number, 16);
        const auto number = CaseNumber::parse(file.number);
        if (!f.failed() && (!number || number->toString() != file.number))
            f.fail(Text::tr("\"number\" must be a case number such as 2026-0042"));
        else
            f.setWhere(Text::tr("case %1").arg(file.number));
    }
    file.createdAt = f.time(key::CreatedAt, false);
    file.updatedAt = f.time(key::UpdatedAt, false);
    file.intake = readIntake(f, codes, !file.draft);
    file.status = caseStatusFromKey(f.choice(key::Status, keysOf(allCaseStatuses()))).value_or(CaseStatus::New);
    file.outcomeId = f.code(key::Outcome, CodeList::Outcomes, codes, true);
    file.measureIds = f.codes(key::Measures, CodeList::Measures, codes);
    file.closedDate = f.date(key::ClosedDate, true);
    file.destructionDate = f.date(key::DestructionDate, true);
    readActivities(f, codes, bundle);
    f.finish();
    if (!f.failed())
        checkStatus(f, bundle);
    const bool hasActivities = !bundle.contacts.isEmpty() || !bundle.referrals.isEmpty() || !bundle.followUps.isEmpty()
                               || !bundle.hours.isEmpty();
    if (file.draft && hasActivities)
        f.fail(Text::tr("a draft has no timeline, referrals, follow-ups or hours; those come after registration"));
    return bundle;
}

} // namespace baken::interchange
