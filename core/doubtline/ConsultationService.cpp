#include "ConsultationService.h"

#include "cases/CaseStore.h"
#include "codelists/CodeChoice.h"
#include "codelists/CodeListStore.h"
#include "vault/Vault.h"

namespace baken {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message};
}

// A little slack for a laptop clock a minute ahead of the phone system.
constexpr int FutureSlackSeconds = 5 * 60;

bool hasContent(const Consultation &c)
{
    return c.callerRoleId > 0 || c.unitId > 0 || !c.groundIds.isEmpty() || !c.formIds.isEmpty()
           || !c.question.trimmed().isEmpty() || c.assessment != Assessment::Unclear
           || c.outcome != ConsultationOutcome::Listened || c.adviceId > 0 || c.referralBodyId > 0 || c.callbackWanted
           || !c.callbackContact.isEmpty() || c.callbackDue.isValid();
}

} // namespace

Status ConsultationService::validate(const Consultation &c) const
{
    if (!c.occurredAt.isValid())
        return invalid(tr("Give the date and time of the consultation."));
    if (c.occurredAt > QDateTime::currentDateTime().addSecs(FutureSlackSeconds))
        return invalid(tr("The date and time of the consultation lie in the future."));
    if (c.minutes < 0 || c.minutes > MaxMinutes)
        return invalid(tr("The duration must lie between 0 and %1 minutes.").arg(MaxMinutes));
    if (auto s = checkChoice(m_codes, c.staffId, CodeList::DoubtLineStaff, tr("staff member")); !s)
        return s;
    if (auto s = checkChoice(m_codes, c.channelId, CodeList::Channels, tr("channel")); !s)
        return s;
    if (isNonData(c.kind)) {
        if (hasContent(c))
            return invalid(tr("A contact of the kind \"%1\" holds no content. Log it as a consultation instead.")
                               .arg(label(c.kind)));
        return {};
    }
    if (c.question.size() > MaxQuestionLength)
        return invalid(
            tr("Keep the question to %1 characters; the doubt line logs it in a few words.").arg(MaxQuestionLength));
    const struct {
        qint64 id;
        CodeList list;
        QString field;
    } codes[] = {
        {c.callerRoleId, CodeList::ReporterRoles, tr("caller role")},
        {c.unitId, CodeList::Units, tr("unit")},
        {c.adviceId, CodeList::Advice, tr("advice")},
        {c.referralBodyId, CodeList::ReferralBodies, tr("referral body")},
    };
    for (const auto &code : codes)
        if (auto s = checkChoice(m_codes, code.id, code.list, code.field); !s)
            return s;
    if (auto s = checkChoices(m_codes, c.groundIds, CodeList::Grounds, tr("topics")); !s)
        return s;
    if (auto s = checkChoices(m_codes, c.formIds, CodeList::Forms, tr("topics")); !s)
        return s;

    if (c.outcome == ConsultationOutcome::Advised && c.adviceId <= 0)
        return invalid(tr("Choose the advice that was given."));
    if (c.outcome != ConsultationOutcome::Advised && c.adviceId > 0)
        return invalid(tr("Advice is recorded only with the outcome \"%1\".").arg(label(ConsultationOutcome::Advised)));
    if (c.outcome == ConsultationOutcome::Referred && c.referralBodyId <= 0)
        return invalid(tr("Choose where the caller was referred to."));
    if (c.outcome != ConsultationOutcome::Referred && c.referralBodyId > 0)
        return invalid(
            tr("A referral is recorded only with the outcome \"%1\".").arg(label(ConsultationOutcome::Referred)));

    if (c.callbackWanted && !c.callbackDoneAt.isValid()) {
        if (c.callbackContact.trimmed().isEmpty())
            return invalid(tr("Give a phone number or address for the callback."));
        if (c.callbackContact.size() > MaxContactLength)
            return invalid(
                tr("Keep the callback contact to %1 characters: a phone number or an address.").arg(MaxContactLength));
        if (!c.callbackDue.isValid())
            return invalid(tr("Give the date by which to call back."));
        if (c.callbackDue < c.occurredAt.date())
            return invalid(tr("The callback is due before the consultation took place."));
    } else if (!c.callbackWanted && (!c.callbackContact.isEmpty() || c.callbackDue.isValid())) {
        return invalid(tr("A contact detail is kept only when the caller wants a callback."));
    }
    return {};
}

template<typename Fn>
Status ConsultationService::audited(const char *event, qint64 id, Fn &&change)
{
    Transaction tx(m_vault.db());
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = change(); !s)
        return s;
    if (auto s = m_vault.audit().append(QLatin1String(event), u"consultation"_qs, QString::number(id)); !s)
        return s;
    return tx.commit();
}

Result<qint64> ConsultationService::log(const Consultation &c)
{
    if (auto s = validate(c); !s)
        return s.error();
    if (c.caseId > 0 || c.callbackDoneAt.isValid())
        return invalid(tr("A new consultation has no case or completed callback yet."));
    Consultation fresh = c;
    fresh.id = 0;
    fresh.callbackContact = c.callbackContact.trimmed();
    Transaction tx(m_vault.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto id = m_store.insert(fresh);
    if (!id)
        return id;
    if (auto s = m_vault.audit().append(u"consult.logged"_qs, u"consultation"_qs, QString::number(*id)); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> ConsultationService::logNonData(ContactKind kind, const QDateTime &at, qint64 staffId, qint64 channelId)
{
    if (!isNonData(kind))
        return invalid(tr("Only a contact without content is logged this way; log a consultation in the form."));
    Consultation c;
    c.kind = kind;
    c.occurredAt = at;
    c.staffId = staffId;
    c.channelId = channelId;
    return log(c);
}

Status ConsultationService::edit(const Consultation &c)
{
    auto existing = m_store.byId(c.id);
    if (!existing)
        return existing.error();
    Consultation next = c;
    next.caseId = existing->caseId;
    // A completed callback stays completed; its contact detail is gone.
    if (existing->callbackDoneAt.isValid()) {
        next.callbackWanted = true;
        next.callbackDue = existing->callbackDue;
        next.callbackDoneAt = existing->callbackDoneAt;
        next.callbackContact.clear();
    } else {
        next.callbackDoneAt = {};
        next.callbackContact = c.callbackContact.trimmed();
    }
    if (auto s = validate(next); !s)
        return s;
    // Corrections on the day itself overwrite; afterwards the day's record
    // is kept as it was.
    const bool keepRevision = existing->createdAt.toLocalTime().date() < QDate::currentDate();
    return audited("consult.edited", c.id, [&] { return m_store.update(next, keepRevision); });
}

Status ConsultationService::completeCallback(qint64 id)
{
    auto existing = m_store.byId(id);
    if (!existing)
        return existing.error();
    if (!existing->hasOpenCallback())
        return invalid(tr("This consultation has no open callback."));
    return audited("consult.callback_done", id,
                   [&] { return m_store.completeCallback(id, QDateTime::currentDateTimeUtc()); });
}

Result<qint64> ConsultationService::handOver(qint64 id)
{
    auto c = m_store.byId(id);
    if (!c)
        return c.error();
    if (isNonData(c->kind))
        return invalid(tr("A contact of the kind \"%1\" cannot become a case.").arg(label(c->kind)));
    if (c->caseId > 0) {
        if (c->caseNumber.isEmpty())
            return invalid(tr("This consultation was already handed over; its case is still a draft."));
        return invalid(tr("This consultation was already handed over to case %1.").arg(c->caseNumber));
    }

    CaseIntake intake;
    intake.intakeDate = QDate::currentDate();
    intake.type = CaseType::Question;
    intake.identity = ReporterIdentity::Anonymous; // the advisor changes it only if the caller chooses so
    intake.reporterRoleId = c->callerRoleId;
    intake.unitId = c->unitId;
    intake.groundIds = c->groundIds;
    intake.formIds = c->formIds;
    intake.whatHappened = c->question;
    auto channels = m_codes.items(CodeList::Channels, false);
    if (!channels)
        return channels.error();
    for (const CodeItem &item : *channels)
        if (item.code == u"doubt_line")
            intake.channelId = item.id;

    qint64 caseId = 0;
    Status done = audited("consult.handed_over", id, [&]() -> Status {
        auto draft = m_cases.insertCase(intake);
        if (!draft)
            return draft.error();
        caseId = *draft;
        return m_store.linkCase(id, caseId);
    });
    if (!done)
        return done.error();
    return caseId;
}

} // namespace baken
