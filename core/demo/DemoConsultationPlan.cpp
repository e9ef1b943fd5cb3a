#include "DemoConsultationPlan.h"

#include <algorithm>

namespace baken::demo {

namespace {

template<typename T>
struct Weighted {
    T value;
    int weight;
};

template<typename T, std::size_t N>
T weighted(DemoPhrases &text, const Weighted<T> (&items)[N])
{
    int total = 0;
    for (const auto &item : items)
        total += item.weight;
    int roll = text.pick(total);
    for (const auto &item : items) {
        if (roll < item.weight)
            return item.value;
        roll -= item.weight;
    }
    return items[0].value;
}

qint64 code(const QHash<QString, qint64> &codes, const char *key)
{
    return codes.value(QLatin1String(key));
}

// Contacts per day by weekday (Monday first), and how busy each month is:
// quieter in the summer holidays and around Christmas.
constexpr double PerWeekday[] = {3.6, 3.3, 2.6, 3.3, 2.2, 0.3, 0.3};
constexpr double PerMonth[] = {1.1, 1.0, 1.1, 1.0, 0.9, 1.0, 0.7, 0.6, 1.1, 1.2, 1.2, 0.8};

constexpr Weighted<const char *> Channels[] = {{"phone", 45},   {"chat", 22}, {"email", 10},
                                               {"walk_in", 10}, {"video", 6}, {"in_person", 5}};
constexpr Weighted<ContactKind> NonData[] = {
    {ContactKind::Silent, 30}, {ContactKind::HangUp, 40}, {ContactKind::Abusive, 10}, {ContactKind::Test, 20}};
constexpr Weighted<const char *> Roles[] = {{"affected_employee", 60}, {"bystander", 15},       {"manager", 8},
                                            {"representative", 7},     {"temporary_worker", 7}, {"former_employee", 3}};
constexpr Weighted<const char *> Grounds[] = {
    {"race_ethnicity", 27}, {"religion", 15}, {"skin_colour", 9},          {"gender", 12},         {"lgbtqia", 8},
    {"disability", 11},     {"age", 7},       {"pregnancy_parenthood", 4}, {"education_class", 5}, {"other", 2}};
constexpr Weighted<const char *> Forms[] = {{"micro_aggression", 30},        {"exclusion", 25},        {"bullying", 20},
                                            {"aggression_intimidation", 12}, {"sexual_harassment", 8}, {"other", 5}};
constexpr Weighted<Assessment> Assessments[] = {
    {Assessment::Yes, 28}, {Assessment::Possibly, 34}, {Assessment::No, 18}, {Assessment::Unclear, 20}};
constexpr Weighted<const char *> Advice[] = {{"write_down", 30},   {"talk_to_person", 12}, {"talk_to_manager", 12},
                                             {"find_support", 12}, {"know_rights", 18},    {"self_care", 10},
                                             {"peer_group", 6}};
constexpr Weighted<const char *> Bodies[] = {
    {"confidential_advisor", 45}, {"antidiscrimination_office", 15}, {"hr", 12},       {"company_doctor", 8},
    {"integrity_office", 8},      {"human_rights_institute", 5},     {"mediation", 4}, {"police", 3}};

struct Question {
    const char *ground; // "" for any
    const char *text;
};

// The caller's own question in a few words, as a colleague types it: never
// a name, so the identifying-text warning stays quiet on the demo.
constexpr Question Questions[] = {
    {"race_ethnicity", "Collega noemt me steeds 'de buitenlander', mag dat zomaar?"},
    {"race_ethnicity", "Ik word elke week gevraagd waar ik 'echt' vandaan kom, is dat discriminatie?"},
    {"race_ethnicity", "Grappen over mijn accent aan de telefoon, wat kan ik doen?"},
    {"race_ethnicity", "Bij de interne vacature werd ik niet uitgenodigd, ligt dat aan mijn achternaam?"},
    {"religion", "Opmerkingen over mijn hoofddoek in het overleg, is dat discriminatie?"},
    {"religion", "Mag ik een korte pauze nemen om te bidden?"},
    {"religion", "Grappen over de ramadan in de groepsapp van het team"},
    {"religion", "Ik word uitgelachen omdat ik bij de borrel geen alcohol drink"},
    {"skin_colour", "Een bezoeker schold me uit om mijn huidskleur, wat nu?"},
    {"skin_colour", "Collega's maken 'grapjes' over mijn huidskleur en zeggen dat ik niet zo moet zeuren"},
    {"gender", "Mijn voorstellen worden door een mannelijke collega gebracht en hij krijgt de eer"},
    {"gender", "Teamleider zegt dat vrouwen te emotioneel zijn voor zijn functie"},
    {"gender", "Ik word niet meer uitgenodigd voor het overleg met de directie sinds ik parttime werk"},
    {"lgbtqia", "Collega's maken grappen over mijn vriend, moet ik dat pikken?"},
    {"lgbtqia", "Sinds mijn transitie word ik nog steeds met mijn oude naam aangesproken"},
    {"disability", "Mijn aangepaste werkplek laat al maanden op zich wachten"},
    {"disability", "Leidinggevende noemt mijn burn-out 'tussen de oren'"},
    {"disability", "Moet ik mijn chronische ziekte aan het team vertellen?"},
    {"age", "Ik hoor dat ik 'te oud' ben voor het nieuwe zaaksysteem"},
    {"age", "Als enige niet gevraagd voor de training, ligt het aan mijn leeftijd?"},
    {"pregnancy_parenthood", "Geen contractverlenging na het melden van mijn zwangerschap, mag dat?"},
    {"pregnancy_parenthood", "Ik moet van de teamleider mijn kolfpauzes inhalen"},
    {"education_class", "Ik hoor steeds dat ik het met mijn mbo-diploma toch niet snap"},
    {"education_class", "Buitengesloten bij de lunch van de beleidsmedewerkers"},
    {"", "Ik twijfel of wat ik meemaak discriminatie is of gewoon een conflict"},
    {"", "Wat doet een vertrouwenspersoon precies, en weet mijn leidinggevende het dan?"},
    {"", "Hoe werkt de klachtenregeling ongewenst gedrag?"},
    {"", "Kan ik iets melden zonder dat het team erachter komt?"},
};

constexpr const char *BystanderQuestions[] = {
    "Ik zag hoe een collega werd uitgelachen om haar hoofddoek, wat kan ik doen?",
    "Als omstander: moet ik iets zeggen over de grappen in de groepsapp?",
    "Een nieuwe collega wordt buitengesloten, hoe kan ik helpen zonder het erger te maken?",
};

constexpr const char *ManagerQuestions[] = {
    "Een medewerker vertelt me over opmerkingen over zijn afkomst, hoe pak ik dit aan?",
    "Twee teamleden botsen over religie, is dit een conflict of discriminatie?",
};

// Easter Sunday (the anonymous Gregorian algorithm), for the public holidays
// that move with it.
QDate easter(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

bool isHoliday(const QDate &date)
{
    const QDate e = easter(date.year());
    for (const QDate &holiday : {QDate(date.year(), 1, 1), e.addDays(1), QDate(date.year(), 4, 27), e.addDays(39),
                                 e.addDays(50), QDate(date.year(), 12, 25), QDate(date.year(), 12, 26)})
        if (date == holiday)
            return true;
    return false;
}

QDate nextWorkingDay(QDate date)
{
    do
        date = date.addDays(1);
    while (date.dayOfWeek() > 5 || isHoliday(date));
    return date;
}

} // namespace

DemoConsultationGenerator::DemoConsultationGenerator(DemoConsultationCodes codes, const QDate &today, quint32 seed,
                                                     double volume)
    : m_codes(std::move(codes))
    , m_today(today)
    , m_now(QDateTime::currentDateTime())
    , m_volume(volume)
    , m_rng(seed)
{}

QList<Consultation> DemoConsultationGenerator::between(const QDate &from, const QDate &to)
{
    QList<Consultation> out;
    for (QDate date = from; date <= to; date = date.addDays(1))
        day(date, out);
    return out;
}

QList<Consultation> DemoConsultationGenerator::year()
{
    QList<Consultation> out = between(m_today.addDays(-364), m_today);
    // A few callbacks are always waiting, whatever the day.
    int open = int(std::count_if(out.cbegin(), out.cend(), [](const Consultation &c) { return c.hasOpenCallback(); }));
    for (auto it = out.rbegin(); it != out.rend() && open < 3; ++it) {
        if (it->kind != ContactKind::Consultation || it->callbackWanted
            || it->channelId == code(m_codes.channels, "email"))
            continue;
        makeCallback(*it);
        it->callbackDoneAt = {};
        it->callbackDue = std::max(it->callbackDue, m_today);
        ++open;
    }
    return out;
}

void DemoConsultationGenerator::day(const QDate &date, QList<Consultation> &out)
{
    if (isHoliday(date))
        return;
    const bool weekend = date.dayOfWeek() > 5;
    const double mean = PerWeekday[date.dayOfWeek() - 1] * PerMonth[date.month() - 1] * m_volume;
    int count = int(mean) + (m_text.pick(100) < int((mean - int(mean)) * 100) ? 1 : 0);
    if (m_text.chance(25))
        count = std::max(0, count + (m_text.chance(50) ? 1 : -1));
    QList<int> minutes;
    for (int i = 0; i < count; ++i)
        minutes << (weekend ? 10 * 60 + m_text.pick(6 * 60) : 9 * 60 + m_text.pick(8 * 60));
    std::sort(minutes.begin(), minutes.end());
    for (const int minute : std::as_const(minutes)) {
        const QDateTime at(date, QTime(minute / 60, minute % 60));
        if (at > m_now.addSecs(-15 * 60))
            break;
        out << contact(at, staffOn(date));
    }
}

qint64 DemoConsultationGenerator::staffOn(const QDate &date)
{
    // Five colleagues in shifts; the fifth joined five months ago and took
    // over the Friday and the weekend chat.
    static constexpr int Shifts[][7] = {
        {1, 1, 0, 0, 0, 0, 0}, // Monday and Tuesday
        {0, 1, 0, 1, 0, 0, 0}, // Tuesday and Thursday
        {0, 0, 1, 0, 1, 1, 1}, // Wednesday, Friday and the weekend until the fifth joined
        {1, 0, 1, 1, 0, 0, 0}, // Monday, Wednesday and Thursday
        {0, 0, 0, 0, 1, 1, 1}, // Friday and the weekend
    };
    const bool fifthJoined = date >= m_today.addMonths(-5);
    QList<qint64> onDuty;
    for (qsizetype i = 0; i < m_codes.staff.size() && i < 5; ++i) {
        const bool works = Shifts[i][date.dayOfWeek() - 1] != 0;
        const bool covered = i == 2 && date.dayOfWeek() >= 5 && fifthJoined; // handed to the fifth
        if (works && !covered && (i != 4 || fifthJoined))
            onDuty << m_codes.staff.at(i);
    }
    return onDuty.isEmpty() ? 0 : onDuty.at(m_text.pick(int(onDuty.size())));
}

Consultation DemoConsultationGenerator::contact(const QDateTime &at, qint64 staffId)
{
    Consultation c;
    c.occurredAt = at;
    c.staffId = staffId;
    if (m_text.chance(10)) {
        c.kind = weighted(m_text, NonData);
        c.channelId = code(m_codes.channels, m_text.chance(75) ? "phone" : "chat");
        c.minutes = m_text.pick(2);
        return c;
    }
    const bool weekend = at.date().dayOfWeek() > 5;
    const char *channel = weekend ? (m_text.chance(70) ? "chat" : "email") : weighted(m_text, Channels);
    c.channelId = code(m_codes.channels, channel);
    const QLatin1String ch(channel);
    c.minutes = ch == QLatin1String("email")   ? 5 + m_text.pick(11)
                : ch == QLatin1String("phone") ? 8 + m_text.pick(28)
                : ch == QLatin1String("chat")  ? 10 + m_text.pick(36)
                                               : 15 + m_text.pick(36);
    consultation(c);
    callback(c, at.date() >= m_today.addDays(-4));
    return c;
}

void DemoConsultationGenerator::consultation(Consultation &c)
{
    const char *role = m_text.chance(10) ? "" : weighted(m_text, Roles);
    c.callerRoleId = code(m_codes.roles, role);
    if (!m_codes.units.isEmpty() && m_text.chance(55)) {
        // As with the cases, the last two units (operations, enforcement) come up more.
        const int n = int(m_codes.units.size());
        const int roll = m_text.pick(n + 3);
        c.unitId = m_codes.units[roll < n ? roll : n - 1 - (roll - n) % 2];
    }
    const char *ground = m_text.chance(5) ? "" : weighted(m_text, Grounds);
    if (*ground) {
        c.groundIds << code(m_codes.grounds, ground);
        if (const qint64 second = code(m_codes.grounds, weighted(m_text, Grounds));
            m_text.chance(20) && !c.groundIds.contains(second))
            c.groundIds << second;
    }
    if (!m_text.chance(15)) {
        c.formIds << code(m_codes.forms, weighted(m_text, Forms));
        if (const qint64 second = code(m_codes.forms, weighted(m_text, Forms));
            m_text.chance(20) && !c.formIds.contains(second))
            c.formIds << second;
    }
    if (m_text.chance(85))
        c.question = question(QLatin1String(ground), QLatin1String(role));
    c.assessment = weighted(m_text, Assessments);
    const int roll = m_text.pick(100);
    const bool notDiscrimination = c.assessment == Assessment::No;
    if (roll < (notDiscrimination ? 60 : 40)) {
        c.outcome = ConsultationOutcome::Listened;
    } else if (roll < (notDiscrimination ? 95 : 75)) {
        c.outcome = ConsultationOutcome::Advised;
        c.adviceId = code(m_codes.advice, weighted(m_text, Advice));
    } else {
        c.outcome = ConsultationOutcome::Referred;
        c.referralBodyId = code(m_codes.bodies, weighted(m_text, Bodies));
    }
}

void DemoConsultationGenerator::callback(Consultation &c, bool recent)
{
    if (c.channelId == code(m_codes.channels, "email") || !m_text.chance(recent ? 35 : 8))
        return;
    makeCallback(c);
    const bool overdueStillOpen = c.callbackDue >= m_today.addDays(-3) && m_text.chance(40);
    if (c.callbackDue < m_today && !overdueStillOpen)
        c.callbackDoneAt = QDateTime(c.callbackDue, QTime(10 + m_text.pick(6), m_text.pick(60)));
}

void DemoConsultationGenerator::makeCallback(Consultation &c)
{
    c.callbackWanted = true;
    c.callbackDue = nextWorkingDay(c.occurredAt.date());
    if (m_text.chance(30))
        c.callbackDue = nextWorkingDay(c.callbackDue);
    // Obviously invented: no real number starts 06-000000.
    c.callbackContact = QStringLiteral("06-000000%1").arg(m_text.pick(100), 2, 10, QLatin1Char('0'));
}

QString DemoConsultationGenerator::question(const QString &ground, const QString &role)
{
    if (role == u"bystander" && m_text.chance(60))
        return QString::fromUtf8(m_text.oneOf(BystanderQuestions));
    if (role == u"manager" && m_text.chance(60))
        return QString::fromUtf8(m_text.oneOf(ManagerQuestions));
    QList<const char *> fitting;
    for (const Question &q : Questions)
        if (ground == QLatin1String(q.ground) || !*q.ground)
            fitting << q.text;
    return QString::fromUtf8(fitting.at(m_text.pick(int(fitting.size()))));
}

} // namespace baken::demo
