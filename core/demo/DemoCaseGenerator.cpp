#include "DemoCasePlan.h"

#include "cases/CaseService.h"
#include "codelists/CodeListStore.h"

#include <algorithm>
#include <array>

namespace baken::demo {

namespace {

// Grounds in the order of the default list, with how often each comes up.
constexpr std::pair<const char *, int> Grounds[] = {
    {"race_ethnicity", 26}, {"religion", 14}, {"skin_colour", 10},         {"gender", 12},         {"lgbtqia", 8},
    {"disability", 10},     {"age", 7},       {"pregnancy_parenthood", 5}, {"education_class", 6}, {"other", 2},
};

constexpr std::pair<const char *, int> AccusedRoles[] = {
    {"colleague", 45}, {"manager", 30}, {"citizen_client", 15}, {"unknown", 10}};

constexpr std::pair<const char *, int> ReporterRoles[] = {
    {"affected_employee", 72}, {"temporary_worker", 10}, {"manager", 6}, {"representative", 7}, {"former_employee", 5}};

// Due dates of follow-ups added along the way, relative to today: some
// overdue, several today, most upcoming.
constexpr int FollowUpOffsets[] = {-9, -4, -2, -1, 0, 0, 0, 1, 2, 3, 5, 7, 10, 14, 21, 28};

template<std::size_t N>
const char *weighted(DemoPhrases &text, const std::pair<const char *, int> (&items)[N])
{
    int total = 0;
    for (const auto &item : items)
        total += item.second;
    int roll = text.pick(total);
    for (const auto &item : items) {
        if (roll < item.second)
            return item.first;
        roll -= item.second;
    }
    return items[0].first;
}

// QHash iterates in a different order in every process: sort, so that the
// same seed picks the same items.
QList<qint64> sortedIds(const QHash<QString, qint64> &codes)
{
    QList<qint64> ids = codes.values();
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 anyOf(DemoPhrases &text, const QList<qint64> &ids)
{
    return ids.isEmpty() ? 0 : ids[text.pick(int(ids.size()))];
}

} // namespace

// Which follow-ups the advisor already did: decided by id and date, so that
// it is the same in every demo vault without another draw from the generator.
bool wasDone(const FollowUp &f, const DemoCasePlan &p, const QDate &today)
{
    if (f.isDone())
        return false;
    if (p.status == CaseStatus::Closed)
        return true;
    // An advisor keeps up: what is overdue is at most three weeks late.
    return f.due < today.addDays(-21) || (f.due < today && f.id * 37 % 100 < p.completePastPercent / 2);
}

Result<DemoCodes> DemoCodes::load(const CodeListStore &store)
{
    DemoCodes codes;
    const std::pair<CodeList, QHash<QString, qint64> *> byCode[] = {
        {CodeList::Grounds, &codes.grounds},           {CodeList::Forms, &codes.forms},
        {CodeList::Channels, &codes.channels},         {CodeList::ReporterRoles, &codes.reporterRoles},
        {CodeList::AccusedRoles, &codes.accusedRoles}, {CodeList::ReferralBodies, &codes.bodies},
        {CodeList::Measures, &codes.measures},         {CodeList::Outcomes, &codes.outcomes},
        {CodeList::Activities, &codes.activities},
    };
    for (const auto &[list, target] : byCode) {
        auto items = store.items(list, false);
        if (!items)
            return items.error();
        for (const CodeItem &item : *items)
            target->insert(item.code, item.id);
    }
    for (const auto &[list, target] :
         {std::pair{CodeList::Units, &codes.units}, std::pair{CodeList::Clients, &codes.clients}}) {
        auto items = store.items(list, false);
        if (!items)
            return items.error();
        for (const CodeItem &item : *items)
            *target << item.id;
    }
    return codes;
}

DemoCaseGenerator::DemoCaseGenerator(DemoCodes codes, const QDate &today, quint32 seed, DemoCaseShape shape)
    : m_codes(std::move(codes))
    , m_today(today)
    , m_shape(shape)
    , m_rng(seed)
{}

QDateTime DemoCaseGenerator::momentOn(const QDate &date)
{
    const QDateTime at(date, QTime(9 + m_text.pick(8), m_text.pick(4) * 15));
    const QDateTime now = QDateTime::currentDateTime();
    return at < now ? at : now.addSecs(-60 * (1 + m_text.pick(30)));
}

DemoCasePlan DemoCaseGenerator::next()
{
    // One in 75 is an intake of the last week, still half-typed.
    const bool draft = ++m_count % 75 == 0;
    return planOn(m_today.addDays(-m_text.pick(draft ? 7 : 548)), draft); // about 18 months
}

DemoCasePlan DemoCaseGenerator::planOn(const QDate &intakeDate, bool draft)
{
    DemoCasePlan p;
    p.draft = draft;
    p.intake = intake(intakeDate);
    if (!p.draft)
        plan(p);
    return p;
}

CaseIntake DemoCaseGenerator::intake(const QDate &date)
{
    CaseIntake in;
    in.intakeDate = date;
    const int typeRoll = m_text.pick(100);
    in.type = typeRoll < 28   ? CaseType::Question
              : typeRoll < 62 ? CaseType::Signal
              : typeRoll < 82 ? CaseType::Report
                              : CaseType::Complaint;
    in.channelId = anyOf(m_text, sortedIds(m_codes.channels));
    in.bystander = m_text.chance(10);
    const int identityRoll = m_text.pick(100);
    if (identityRoll < 40) {
        in.identity = ReporterIdentity::Pseudonym;
        in.pseudonym = m_text.pseudonym();
    } else if (identityRoll < 65) {
        in.identity = ReporterIdentity::Named;
        in.reporterName = m_text.personName();
        if (m_text.chance(80))
            in.reporterContact = m_text.contactFor(in.reporterName);
    }
    in.reporterRoleId =
        m_codes.reporterRoles.value(QLatin1String(in.bystander ? "bystander" : weighted(m_text, ReporterRoles)));

    // Most cases come from the municipality and name one of its units.
    if (!m_codes.clients.isEmpty()) {
        const bool municipality = m_codes.clients.size() == 1 || m_text.chance(80);
        in.clientId =
            municipality ? m_codes.clients.first() : m_codes.clients[1 + m_text.pick(int(m_codes.clients.size()) - 1)];
        if (municipality && !m_codes.units.isEmpty()) {
            // The last two units (operations, enforcement) see more cases.
            const int n = int(m_codes.units.size());
            const int roll = m_text.pick(n + 3);
            in.unitId = m_codes.units[roll < n ? roll : n - 1 - (roll - n) % 2];
        }
    }

    const int frequency = m_text.pick(4);
    in.frequency = std::array{IncidentFrequency::Unknown, IncidentFrequency::Once, IncidentFrequency::Repeated,
                              IncidentFrequency::Ongoing}[frequency];
    in.incidentDate = date.addDays(-m_text.pick(90));
    if (frequency >= 2 && m_text.chance(60))
        in.incidentUntil = in.incidentDate.addDays(m_text.pick(int(in.incidentDate.daysTo(date)) + 1));

    const char *ground = weighted(m_text, Grounds);
    if (in.type != CaseType::Question || m_text.chance(80)) {
        in.groundIds << m_codes.grounds.value(QLatin1String(ground));
        if (const qint64 second = m_codes.grounds.value(QLatin1String(weighted(m_text, Grounds)));
            m_text.chance(25) && !in.groundIds.contains(second))
            in.groundIds << second;
    }
    const QList<qint64> forms = sortedIds(m_codes.forms);
    in.formIds << anyOf(m_text, forms);
    if (const qint64 second = anyOf(m_text, forms); m_text.chance(35) && !in.formIds.contains(second))
        in.formIds << second;

    const char *accusedRole = weighted(m_text, AccusedRoles);
    in.accusedRoleId = m_codes.accusedRoles.value(QLatin1String(accusedRole));
    if (in.type != CaseType::Question && QLatin1String(accusedRole) != QLatin1String("unknown"))
        in.accusedName = m_text.accusedName();

    in.whatHappened = m_text.whatHappened(QLatin1String(ground), QLatin1String(accusedRole), in.bystander, frequency);
    if (m_text.chance(85))
        in.impact = m_text.impact();
    if (m_text.chance(80))
        in.desiredOutcome = m_text.desiredOutcome();
    if (in.identity != ReporterIdentity::Anonymous && m_text.chance(90))
        in.contactConsent = {true, date};
    if (m_text.chance(45))
        in.bundleConsent = {true, date};
    return in;
}

void DemoCaseGenerator::plan(DemoCasePlan &p)
{
    CaseIntake &in = p.intake;
    const QDate start = in.intakeDate;
    const int age = int(start.daysTo(m_today));
    if (m_text.chance(75))
        p.callback = CaseService::proposedCallback(start);

    const int roll = m_text.pick(100);
    if (age < 14)
        p.status = roll < 55 ? CaseStatus::New : CaseStatus::InProgress;
    else if (age < 30)
        p.status = roll < 15 ? CaseStatus::New : roll < 75 ? CaseStatus::InProgress : CaseStatus::Referred;
    else if (age > 365 && m_shape.closeOldCases)
        p.status = roll < 90 ? CaseStatus::Closed : roll < 95 ? CaseStatus::Referred : CaseStatus::InProgress;
    else
        p.status = roll < 50   ? CaseStatus::Closed
                   : roll < 57 ? CaseStatus::Reopened
                   : roll < 72 ? CaseStatus::Referred
                   : roll < 94 ? CaseStatus::InProgress
                               : CaseStatus::New;
    const bool closes = p.status == CaseStatus::Closed || p.status == CaseStatus::Reopened;
    if (closes)
        p.closedOn = start.addDays(7 + m_text.pick(std::min(age - 7, 150)));
    const QDate end = p.status == CaseStatus::Closed ? p.closedOn : m_today;
    const int span = int(start.daysTo(end));

    int contacts = 1 + m_text.pick(p.status == CaseStatus::New ? 2 : m_shape.contactSpread);
    if (m_shape.longCasePerMille > 0 && p.status != CaseStatus::New && m_text.pick(1000) < m_shape.longCasePerMille)
        contacts = 60 + m_text.pick(91);
    QList<int> offsets{0};
    for (int i = 1; i < contacts; ++i)
        offsets << m_text.pick(span + 1);
    std::sort(offsets.begin(), offsets.end());
    const QList<qint64> channels = sortedIds(m_codes.channels);
    for (int i = 0; i < contacts; ++i) {
        const QDate day = start.addDays(offsets[i]);
        ContactMoment contact{
            0, 0, momentOn(day), anyOf(m_text, channels), 15 + m_text.pick(16) * 5, m_text.contactNote(i == 0), 0};
        const char *activity = i == 0 ? "intake" : "conversation";
        p.hours << HoursEntry{0, 0, day, contact.minutes + (m_text.chance(40) ? 15 : 0),
                              m_codes.activities.value(QLatin1String(activity))};
        p.contacts << contact;
    }
    for (const auto &[activity, minutes, percent] :
         {std::tuple{"administration", 30, 35}, std::tuple{"consultation", 45, 15},
          std::tuple{"accompaniment", 90, 10}}) {
        if (m_text.chance(percent))
            p.hours << HoursEntry{0, 0, start.addDays(m_text.pick(span + 1)), minutes,
                                  m_codes.activities.value(QLatin1String(activity))};
    }

    if (p.status == CaseStatus::Referred || (closes && m_text.chance(30))) {
        const QDate latest = closes ? p.closedOn : m_today;
        Referral referral{0,
                          0,
                          anyOf(m_text, sortedIds(m_codes.bodies)),
                          start.addDays(m_text.pick(std::min(int(start.daysTo(latest)), 30) + 1)),
                          false,
                          false,
                          m_text.referralNote()};
        // Passing details on needs the reporter's consent, recorded at intake.
        if (m_text.chance(50)) {
            referral.sharesData = referral.consent = true;
            in.shareConsent = {true, start};
            in.shareBodyId = referral.bodyId;
        }
        p.referral = referral;
    }

    if (closes) {
        const QList<qint64> outcomes = sortedIds(m_codes.outcomes);
        p.outcomeId =
            p.referral && m_text.chance(50) ? m_codes.outcomes.value(u"referred_on"_qs) : anyOf(m_text, outcomes);
        QList<qint64> measures = sortedIds(m_codes.measures);
        const qint64 none = m_codes.measures.value(u"none"_qs);
        measures.removeAll(none);
        if (m_text.chance(30) || measures.isEmpty()) {
            p.measureIds = {none};
        } else {
            p.measureIds << anyOf(m_text, measures);
            if (const qint64 second = anyOf(m_text, measures); m_text.chance(30) && second != p.measureIds.first())
                p.measureIds << second;
        }
    }

    if (p.status != CaseStatus::Closed && m_text.chance(40)) {
        const FollowUpKind kind = m_text.chance(50) ? FollowUpKind::Task : FollowUpKind::Callback;
        p.followUps << FollowUp{0,    0, {}, m_text.followUpTitle(), m_today.addDays(m_text.oneOf(FollowUpOffsets)),
                                kind, {}};
    }
    p.completePastPercent = p.status == CaseStatus::Closed ? 100 : p.status == CaseStatus::New ? 60 : 80;
}

} // namespace baken::demo
