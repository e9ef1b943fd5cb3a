#include "CaseService.h"

#include "codelists/CodeChoice.h"
#include "codelists/CodeListStore.h"
#include "retention/Retention.h"
#include "vault/Vault.h"
#include "vault/VaultSettings.h"

namespace baken {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message};
}

QDate today()
{
    return QDate::currentDate();
}

} // namespace

Status CaseService::validateIntake(const CaseIntake &in, bool complete) const
{
    if (!in.intakeDate.isValid())
        return invalid(tr("Give the intake date."));
    if (in.intakeDate > today())
        return invalid(tr("The intake date lies in the future."));
    if (in.incidentDate.isValid() && in.incidentDate > in.intakeDate)
        return invalid(tr("The incident date lies after the intake date."));
    if (in.incidentUntil.isValid() && (!in.incidentDate.isValid() || in.incidentUntil < in.incidentDate))
        return invalid(tr("The end of the incident period lies before its start."));
    for (const QString *text : {&in.whatHappened, &in.impact, &in.desiredOutcome, &in.pseudonym, &in.reporterName,
                                &in.reporterContact, &in.accusedName}) {
        if (text->size() > MaxTextLength)
            return invalid(tr("A text field holds more than %1 characters; shorten it.").arg(MaxTextLength));
    }
    const std::pair<const Consent *, QString> consents[] = {{&in.contactConsent, tr("may be contacted")},
                                                            {&in.shareConsent, tr("may be shared")},
                                                            {&in.bundleConsent, tr("may be bundled")}};
    for (const auto &[consent, name] : consents) {
        if (consent->date.isValid() && consent->date > today())
            return invalid(tr("The date of the consent \"%1\" lies in the future.").arg(name));
        if (complete && consent->given && !consent->date.isValid())
            return invalid(tr("Give the date on which the reporter consented: \"%1\".").arg(name));
    }
    if (complete) {
        if (in.identity == ReporterIdentity::Pseudonym && in.pseudonym.trimmed().isEmpty())
            return invalid(tr("Give the pseudonym, or choose anonymous."));
        if (in.identity == ReporterIdentity::Named && in.reporterName.trimmed().isEmpty())
            return invalid(tr("Give the reporter's name, or choose anonymous or a pseudonym."));
        if (in.identity == ReporterIdentity::Anonymous
            && !(in.reporterName.trimmed().isEmpty() && in.reporterContact.trimmed().isEmpty()))
            return invalid(tr("An anonymous report keeps no name or contact details. Remove them, or choose "
                              "\"named\"."));
        if (in.shareConsent.given && in.shareBodyId <= 0)
            return invalid(tr("Choose the body the reporter agreed to share the case with."));
    }
    const struct {
        qint64 id;
        CodeList list;
        QString field;
    } codes[] = {
        {in.channelId, CodeList::Channels, tr("channel")},      {in.reporterRoleId, CodeList::ReporterRoles, tr("reporter role")},
        {in.unitId, CodeList::Units, tr("unit")},               {in.clientId, CodeList::Clients, tr("client organisation")},
        {in.accusedRoleId, CodeList::AccusedRoles, tr("role of the accused")},
        {in.shareBodyId, CodeList::ReferralBodies, tr("share with")},
    };
    for (const auto &code : codes)
        if (auto s = checkChoice(m_codes, code.id, code.list, code.field); !s)
            return s;
    if (auto s = checkChoices(m_codes, in.groundIds, CodeList::Grounds, tr("grounds")); !s)
        return s;
    if (auto s = checkChoices(m_codes, in.formIds, CodeList::Forms, tr("forms of behaviour")); !s)
        return s;
    return {};
}

template<typename Fn>
Status CaseService::audited(const char *event, qint64 caseId, Fn &&change, const char *objectType)
{
    Transaction tx(m_vault.db());
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = change(); !s)
        return s;
    if (auto s = m_vault.audit().append(QLatin1String(event), QLatin1String(objectType), QString::number(caseId)); !s)
        return s;
    return tx.commit();
}

template<typename Fn>
Result<qint64> CaseService::auditedInsert(const char *event, qint64 caseId, Fn &&insert)
{
    qint64 id = 0;
    Status done = audited(event, caseId, [&]() -> Status {
        auto inserted = insert();
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Result<CaseFile> CaseService::registered(qint64 caseId) const
{
    auto file = m_cases.caseById(caseId);
    if (!file)
        return file;
    if (file->draft)
        return Error{ErrorCode::InvalidInput, tr("Register the intake first; this case is still a draft.")};
    if (file->destroyedAt.isValid())
        return destroyedCaseError();
    return file;
}

Result<qint64> CaseService::createDraft(const CaseIntake &intake)
{
    if (auto s = validateIntake(intake, false); !s)
        return s.error();
    Transaction tx(m_vault.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto id = m_cases.insertCase(intake);
    if (!id)
        return id;
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status CaseService::saveDraft(qint64 caseId, const CaseIntake &intake)
{
    if (auto s = validateIntake(intake, false); !s)
        return s;
    auto file = m_cases.caseById(caseId);
    if (!file)
        return file.error();
    if (!file->draft)
        return invalid(tr("This case is registered; save changes to it instead."));
    return m_cases.updateIntake(caseId, intake);
}

Status CaseService::discardDraft(qint64 caseId)
{
    return m_cases.deleteDraft(caseId);
}

FollowUp CaseService::proposedCallback(const QDate &intakeDate)
{
    FollowUp callback;
    callback.kind = FollowUpKind::Callback;
    callback.title = tr("Call the reporter back");
    callback.due = intakeDate.addDays(14);
    return callback;
}

Result<CaseFile> CaseService::registerCase(qint64 draftId, const CaseIntake &intake,
                                           const std::optional<FollowUp> &callback)
{
    if (auto s = validateIntake(intake, true); !s)
        return s.error();
    if (callback && (callback->title.trimmed().isEmpty() || !callback->due.isValid()))
        return Error{ErrorCode::InvalidInput, tr("Give the follow-up a description and a due date.")};
    auto draft = m_cases.caseById(draftId);
    if (!draft)
        return draft.error();
    if (!draft->draft)
        return Error{ErrorCode::InvalidInput, tr("This intake was already registered.")};

    Status done = audited("case.registered", draftId, [&]() -> Status {
        if (auto s = m_cases.updateIntake(draftId, intake); !s)
            return s;
        auto number = m_cases.nextNumber(intake.intakeDate.year());
        if (!number)
            return number.error();
        if (auto s = m_cases.assignNumber(draftId, *number); !s)
            return s;
        CaseFile file = *draft;
        file.status = CaseStatus::New;
        if (auto s = m_cases.updateStatus(file, std::nullopt); !s)
            return s;
        QList<FollowUp> followUps;
        if (callback)
            followUps << *callback;
        if (intake.type == CaseType::Report) {
            // Statutory terms for integrity reports.
            followUps << FollowUp{0, draftId, {}, tr("Acknowledge receipt of the report"), intake.intakeDate.addDays(7),
                                  FollowUpKind::Acknowledge, {}};
            followUps << FollowUp{0, draftId, {}, tr("Give feedback on the report"), intake.intakeDate.addMonths(3),
                                  FollowUpKind::Feedback, {}};
        }
        for (FollowUp f : followUps) {
            f.caseId = draftId;
            if (auto id = m_cases.insertFollowUp(f); !id)
                return id.error();
        }
        return m_cases.reindex(draftId);
    });
    if (!done)
        return done.error();
    return m_cases.caseById(draftId);
}

Status CaseService::updateIntake(qint64 caseId, const CaseIntake &intake)
{
    // A destroyed case says so before any field is judged.
    if (auto file = registered(caseId); !file)
        return file.error();
    if (auto s = validateIntake(intake, true); !s)
        return s;
    return audited("case.updated", caseId, [&]() -> Status {
        if (auto s = m_cases.updateIntake(caseId, intake); !s)
            return s;
        return m_cases.reindex(caseId);
    });
}

Status CaseService::setStatus(qint64 caseId, CaseStatus status)
{
    auto file = registered(caseId);
    if (!file)
        return file.error();
    if (status == CaseStatus::Closed)
        return invalid(tr("Close a case with its outcome and measures."));
    if (status == CaseStatus::Reopened || file->status == CaseStatus::Closed)
        return invalid(tr("A closed case is reopened, not given another status."));
    if (status == CaseStatus::New && file->status != CaseStatus::New)
        return invalid(tr("A case that was worked on cannot become new again."));
    const CaseStatus from = file->status;
    file->status = status;
    return audited("case.status_changed", caseId, [&] { return m_cases.updateStatus(*file, from); });
}

int CaseService::retentionMonths() const
{
    auto months = baken::retentionMonths(m_vault);
    return months ? *months : VaultSettings::DefaultRetentionMonths;
}

Status CaseService::close(qint64 caseId, qint64 outcomeId, const QList<qint64> &measureIds, const QDate &closedOn)
{
    auto file = registered(caseId);
    if (!file)
        return file.error();
    if (file->status == CaseStatus::Closed)
        return invalid(tr("This case is already closed."));
    if (outcomeId <= 0)
        return invalid(tr("Choose the outcome before closing the case."));
    if (measureIds.isEmpty())
        return invalid(tr("Choose the measures taken before closing the case (\"No measure\" is a choice too)."));
    if (auto s = checkChoice(m_codes, outcomeId, CodeList::Outcomes, tr("outcome")); !s)
        return s;
    if (auto s = checkChoices(m_codes, measureIds, CodeList::Measures, tr("measures")); !s)
        return s;
    if (!closedOn.isValid() || closedOn > today() || closedOn < file->intake.intakeDate)
        return invalid(tr("The closing date must lie between the intake date and today."));

    const CaseStatus from = file->status;
    file->status = CaseStatus::Closed;
    file->outcomeId = outcomeId;
    file->measureIds = measureIds;
    file->closedDate = closedOn;
    file->destructionDate = closedOn.addMonths(retentionMonths());
    return audited("case.closed", caseId, [&] { return m_cases.updateStatus(*file, from); });
}

Status CaseService::reopen(qint64 caseId)
{
    auto file = registered(caseId);
    if (!file)
        return file.error();
    if (file->status != CaseStatus::Closed)
        return invalid(tr("Only a closed case can be reopened."));
    file->status = CaseStatus::Reopened;
    file->closedDate = {};
    file->destructionDate = {};
    return audited("case.reopened", caseId, [&] { return m_cases.updateStatus(*file, CaseStatus::Closed); });
}

Result<qint64> CaseService::addContact(const ContactMoment &contact)
{
    if (auto file = registered(contact.caseId); !file)
        return file.error();
    if (!contact.occurredAt.isValid() || contact.occurredAt > QDateTime::currentDateTime().addSecs(3600))
        return Error{ErrorCode::InvalidInput, tr("Give the date and time of the contact; it cannot lie in the future.")};
    if (contact.minutes < 0 || contact.minutes > 24 * 60)
        return Error{ErrorCode::InvalidInput, tr("A contact lasts between 0 and 1440 minutes.")};
    if (auto s = checkChoice(m_codes, contact.channelId, CodeList::Channels, tr("channel")); !s)
        return s.error();
    return auditedInsert("case.contact_added", contact.caseId, [&]() -> Result<qint64> {
        auto inserted = m_cases.insertContact(contact);
        if (inserted)
            if (auto s = m_cases.reindex(contact.caseId); !s)
                return s.error();
        return inserted;
    });
}

Status CaseService::editContact(const ContactMoment &contact)
{
    if (auto file = registered(contact.caseId); !file)
        return file.error();
    if (!contact.occurredAt.isValid() || contact.occurredAt > QDateTime::currentDateTime().addSecs(3600))
        return invalid(tr("Give the date and time of the contact; it cannot lie in the future."));
    if (contact.minutes < 0 || contact.minutes > 24 * 60)
        return invalid(tr("A contact lasts between 0 and 1440 minutes."));
    if (auto s = checkChoice(m_codes, contact.channelId, CodeList::Channels, tr("channel")); !s)
        return s;
    return audited("case.contact_edited", contact.caseId, [&]() -> Status {
        if (auto s = m_cases.updateContact(contact); !s)
            return s;
        return m_cases.reindex(contact.caseId);
    });
}

Result<qint64> CaseService::refer(const Referral &referral)
{
    auto file = registered(referral.caseId);
    if (!file)
        return file.error();
    if (referral.bodyId <= 0)
        return Error{ErrorCode::InvalidInput, tr("Choose the body to refer to.")};
    if (auto s = checkChoice(m_codes, referral.bodyId, CodeList::ReferralBodies, tr("referral body")); !s)
        return s.error();
    if (!referral.date.isValid() || referral.date > today() || referral.date < file->intake.intakeDate)
        return Error{ErrorCode::InvalidInput, tr("The referral date must lie between the intake date and today.")};
    if (referral.sharesData && !referral.consent) {
        return Error{ErrorCode::InvalidInput,
                     tr("Case details may only go to another body with the reporter's consent. Ask for consent "
                        "first, or refer without passing on any details.")};
    }
    qint64 id = 0;
    Status done = audited("case.referred", referral.caseId, [&]() -> Status {
        auto inserted = m_cases.insertReferral(referral);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        if (file->status == CaseStatus::Closed || file->status == CaseStatus::Referred)
            return {};
        const CaseStatus from = file->status;
        file->status = CaseStatus::Referred;
        return m_cases.updateStatus(*file, from);
    });
    if (!done)
        return done.error();
    return id;
}

Result<qint64> CaseService::addFollowUp(const FollowUp &followUp)
{
    if (auto file = registered(followUp.caseId); !file)
        return file.error();
    if (followUp.title.trimmed().isEmpty() || !followUp.due.isValid())
        return Error{ErrorCode::InvalidInput, tr("Give the follow-up a description and a due date.")};
    return auditedInsert("case.followup_added", followUp.caseId, [&] { return m_cases.insertFollowUp(followUp); });
}

Status CaseService::completeFollowUp(qint64 followUpId)
{
    return audited(
        "case.followup_done", followUpId,
        [&] { return m_cases.setFollowUpDone(followUpId, QDateTime::currentDateTimeUtc()); }, "follow_up");
}

Result<qint64> CaseService::addHours(const HoursEntry &entry)
{
    auto file = registered(entry.caseId);
    if (!file)
        return file.error();
    if (entry.minutes <= 0 || entry.minutes > 24 * 60)
        return Error{ErrorCode::InvalidInput, tr("Hours are recorded in minutes, between 1 and 1440 a day.")};
    if (!entry.date.isValid() || entry.date > today() || entry.date < file->intake.intakeDate)
        return Error{ErrorCode::InvalidInput, tr("The date of the hours must lie between the intake date and today.")};
    if (auto s = checkChoice(m_codes, entry.activityId, CodeList::Activities, tr("activity")); !s)
        return s.error();
    return auditedInsert("case.hours_added", entry.caseId, [&] { return m_cases.insertHours(entry); });
}

} // namespace baken
