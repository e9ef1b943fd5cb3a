// What hangs off a case: status history, timeline, referrals, follow-ups and
// hours, each checked as CaseService checks it on entry.
#include "InterchangeReader.h"

#include "InterchangeFormat.h"
#include "ReaderSupport.h"
#include "cases/CaseService.h"

#include <QJsonArray>

namespace baken::interchange {

namespace {

constexpr int MinutesPerDay = 24 * 60;

QStringList statusKeys()
{
    QStringList out;
    for (const CaseStatus status : allCaseStatuses())
        out << toKey(status);
    return out;
}

QStringList followUpKeys()
{
    QStringList out;
    for (const FollowUpKind kind :
         {FollowUpKind::Task, FollowUpKind::Callback, FollowUpKind::Acknowledge, FollowUpKind::Feedback})
        out << toKey(kind);
    return out;
}

// Calls `read` for each element of the list `name`, each as a nested record
// named like "contacts[2]".
template<typename Read>
void forEachRecord(Fields &parent, const QString &where, QLatin1String name, Read read)
{
    const QJsonArray items = parent.array(name);
    for (qsizetype i = 0; i < items.size() && !parent.failed(); ++i) {
        Fields f = parent.nested(items.at(i), QStringLiteral("%1%2[%3]").arg(where, name).arg(i));
        read(f);
        f.finish();
    }
}

StatusChange readStatusChange(Fields &f)
{
    StatusChange change;
    change.at = f.time(key::At, false);
    if (!f.isNull(key::From))
        change.from = caseStatusFromKey(f.choice(key::From, statusKeys()));
    else
        f.null(key::From, {});
    change.to = caseStatusFromKey(f.choice(key::To, statusKeys())).value_or(CaseStatus::New);
    return change;
}

// The contact-moment rules of CaseService::addContact.
void checkContact(Fields &f, const QDateTime &occurredAt)
{
    if (occurredAt > QDateTime::currentDateTimeUtc().addSecs(3600))
        f.fail(Text::tr("the contact lies in the future"));
}

ContactBundle readContact(Fields &f, const CodeResolver &codes)
{
    constexpr int Max = CaseService::MaxTextLength;
    ContactBundle out;
    ContactMoment &m = out.moment;
    m.occurredAt = f.time(key::OccurredAt, false);
    m.channelId = f.code(key::Channel, CodeList::Channels, codes, true);
    m.minutes = f.integer(key::Minutes, 0, MinutesPerDay);
    m.note = f.text(key::Note, Max);
    forEachRecord(f, f.where() + u'.', key::Revisions, [&](Fields &r) {
        ContactRevision revision;
        revision.replacedAt = r.time(key::ReplacedAt, false);
        revision.occurredAt = r.time(key::OccurredAt, false);
        revision.channelId = r.code(key::Channel, CodeList::Channels, codes, true);
        revision.minutes = r.integer(key::Minutes, 0, MinutesPerDay);
        revision.note = r.text(key::Note, Max);
        out.revisions << revision;
    });
    checkContact(f, m.occurredAt);
    return out;
}

Referral readReferral(Fields &f, const CodeResolver &codes)
{
    Referral r;
    r.bodyId = f.code(key::Body, CodeList::ReferralBodies, codes, false);
    r.date = f.date(key::Date, false);
    r.sharesData = f.flag(key::SharesData);
    r.consent = f.flag(key::Consent);
    r.note = f.text(key::Note, CaseService::MaxTextLength);
    if (f.failed())
        return r;
    if (r.date > QDate::currentDate())
        f.fail(Text::tr("the referral date lies in the future"));
    else if (r.sharesData && !r.consent)
        f.fail(Text::tr("case details went to another body without the reporter's consent (\"sharesData\" is true, "
                        "\"consent\" is false)"));
    return r;
}

FollowUp readFollowUp(Fields &f)
{
    FollowUp out;
    out.title = f.text(key::Title, CaseService::MaxTextLength);
    out.due = f.date(key::Due, false);
    out.kind = followUpKindFromKey(f.choice(key::Kind, followUpKeys())).value_or(FollowUpKind::Task);
    out.doneAt = f.time(key::DoneAt, true);
    if (!f.failed() && out.title.trimmed().isEmpty())
        f.fail(Text::tr("a follow-up needs a description (\"title\")"));
    return out;
}

HoursEntry readHours(Fields &f, const CodeResolver &codes)
{
    HoursEntry out;
    out.date = f.date(key::Date, false);
    out.minutes = f.integer(key::Minutes, 1, MinutesPerDay);
    out.activityId = f.code(key::Activity, CodeList::Activities, codes, true);
    if (!f.failed() && out.date > QDate::currentDate())
        f.fail(Text::tr("the date of the hours lies in the future"));
    return out;
}

} // namespace

void readActivities(Fields &f, const CodeResolver &codes, CaseBundle &bundle)
{
    const QString where = f.where() + QStringLiteral(", ");
    forEachRecord(f, where, key::StatusHistory, [&](Fields &r) { bundle.history << readStatusChange(r); });
    forEachRecord(f, where, key::Contacts, [&](Fields &r) { bundle.contacts << readContact(r, codes); });
    forEachRecord(f, where, key::Referrals, [&](Fields &r) { bundle.referrals << readReferral(r, codes); });
    forEachRecord(f, where, key::FollowUps, [&](Fields &r) { bundle.followUps << readFollowUp(r); });
    forEachRecord(f, where, key::Hours, [&](Fields &r) { bundle.hours << readHours(r, codes); });
}

} // namespace baken::interchange
