#include "DemoGroups.h"

#include "cases/SqlCaseStore.h"
#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "doubtline/SqlConsultationStore.h"
#include "groups/GroupService.h"
#include "groups/SqlGroupStore.h"
#include "vault/Vault.h"

namespace baken {

namespace {

constexpr const char *FacilitatorNames[] = {"Noor E.", "Ruben T.", "Fatma Y."};

// Someone the demo data already knows: a case's reporter or a caller who was
// advised to join a group.
struct Candidate {
    qint64 id = 0;
    QString pseudonym; // for a case: its reporter's pseudonym
    QDate since;       // the intake or the call
};

struct Candidates {
    QHash<QString, QList<Candidate>> casesByGround;
    QList<Candidate> advisedToJoin;
};

Result<Candidates> findCandidates(Vault &vault, const CodeListStore &codes)
{
    Candidates out;
    QHash<qint64, QString> grounds;
    qint64 peerGroupAdvice = 0;
    for (const CodeList list : {CodeList::Grounds, CodeList::Advice}) {
        auto items = codes.items(list, true);
        if (!items)
            return items.error();
        for (const CodeItem &item : *items) {
            if (list == CodeList::Grounds)
                grounds.insert(item.id, item.code);
            else if (item.code == u"peer_group")
                peerGroupAdvice = item.id;
        }
    }
    const SqlCaseStore cases(vault.db());
    auto caseIds = cases.caseIds();
    if (!caseIds)
        return caseIds.error();
    for (const qint64 id : std::as_const(*caseIds)) {
        auto file = cases.caseById(id);
        if (!file)
            return file.error();
        if (file->draft || file->intake.pseudonym.isEmpty() || file->intake.groundIds.isEmpty())
            continue;
        out.casesByGround[grounds.value(file->intake.groundIds.first())]
            << Candidate{id, file->intake.pseudonym, file->intake.intakeDate};
    }
    const SqlConsultationStore consultations(vault.db());
    auto ids = consultations.ids();
    if (!ids)
        return ids.error();
    for (const qint64 id : std::as_const(*ids)) {
        auto c = consultations.byId(id);
        if (!c)
            return c.error();
        if (peerGroupAdvice > 0 && c->adviceId == peerGroupAdvice)
            out.advisedToJoin << Candidate{id, {}, c->occurredAt.toLocalTime().date()};
    }
    return out;
}

QDate weekdayOnOrBefore(QDate day, int dayOfWeek)
{
    while (day.dayOfWeek() != dayOfWeek)
        day = day.addDays(-1);
    return day;
}

// Builds one group through GroupService, and dates what the service dates
// today (sign-up, joining) back to when it happened.
class GroupBuilder {
public:
    GroupBuilder(GroupStore &store, GroupService &service, Candidates &candidates)
        : m_store(store)
        , m_service(service)
        , m_candidates(candidates)
    {}

    Status create(const PeerGroup &group)
    {
        auto id = m_service.createGroup(group);
        if (!id)
            return id.error();
        m_groupId = *id;
        auto sessions = m_service.sessions(m_groupId);
        if (!sessions)
            return sessions.error();
        m_sessions = *sessions;
        return {};
    }

    // Signs up `pseudonym` on `day`, by themselves or (when `ground` or
    // `advised` finds someone who came before that day) from a case or a
    // consultation, whose reporter's pseudonym a case then lends.
    Status join(QString pseudonym, const QDate &day, const QString &ground = {}, bool advised = false)
    {
        Participant p;
        p.groupId = m_groupId;
        QList<Candidate> *pool =
            advised ? &m_candidates.advisedToJoin : (ground.isEmpty() ? nullptr : &m_candidates.casesByGround[ground]);
        for (qsizetype i = 0; pool && i < pool->size(); ++i) {
            const Candidate c = pool->at(i);
            if (c.since >= day || (!c.pseudonym.isEmpty() && taken(c.pseudonym)))
                continue;
            pool->removeAt(i);
            p.source = advised ? ParticipantSource::Consultation : ParticipantSource::Case;
            (advised ? p.consultationId : p.caseId) = c.id;
            pseudonym = c.pseudonym.isEmpty() ? pseudonym : c.pseudonym;
            break;
        }
        p.pseudonym = pseudonym;
        auto added = m_service.addParticipant(p);
        if (!added)
            return added.error();
        added->signedUpAt = QDateTime(day, QTime(9, 0).addSecs(60 * int(m_people.size()))).toUTC();
        if (added->joinedOn.isValid())
            added->joinedOn = day;
        if (auto s = m_store.updateParticipant(*added); !s)
            return s;
        m_people << *added;
        ++m_signedUp;
        return {};
    }

    // Attendance at every session that took place; `missed` gives the
    // absences: participant index, session index -> value.
    Status attend(const std::function<std::optional<Attendance>(int person, int session)> &missed)
    {
        auto sessions = m_service.sessions(m_groupId); // with the moves and cancellations
        if (!sessions)
            return sessions.error();
        m_sessions = *sessions;
        const QDateTime now = QDateTime::currentDateTime();
        for (qsizetype n = 0; n < m_sessions.size(); ++n) {
            const Session &s = m_sessions.at(n);
            if (s.cancelled || s.start > now)
                continue;
            for (qsizetype i = 0; i < m_people.size(); ++i) {
                auto p = m_store.participant(m_people.at(i).id);
                if (!p)
                    return p.error();
                const QDate day = s.start.date();
                if (!p->joinedOn.isValid() || p->joinedOn > day || (p->leftOn.isValid() && p->leftOn < day))
                    continue;
                const Attendance value = missed(int(i), int(n)).value_or(Attendance::Present);
                if (auto r = m_service.recordAttendance(m_groupId, s.originalStart, p->id, value); !r)
                    return r;
            }
        }
        return {};
    }

    qint64 groupId() const { return m_groupId; }
    const QList<Session> &sessions() const { return m_sessions; }
    const QList<Participant> &people() const { return m_people; }
    int signedUp() const { return m_signedUp; }

private:
    bool taken(const QString &pseudonym) const
    {
        return std::any_of(m_people.cbegin(), m_people.cend(), [&](const Participant &p) {
            return p.pseudonym.compare(pseudonym, Qt::CaseInsensitive) == 0;
        });
    }

    GroupStore &m_store;
    GroupService &m_service;
    Candidates &m_candidates;
    qint64 m_groupId = 0;
    QList<Session> m_sessions;
    QList<Participant> m_people;
    int m_signedUp = 0;
};

// Excused now and then, never twice in a row for the same person.
std::optional<Attendance> nowAndThen(int person, int session)
{
    return (person * 7 + session * 3) % 11 == 0 ? std::optional(Attendance::Excused) : std::nullopt;
}

Status racismAtWork(GroupBuilder &b, GroupService &service, const QList<qint64> &facilitators)
{
    const QDate today = QDate::currentDate();
    PeerGroup g;
    g.theme = u"Racisme op de werkvloer"_qs;
    g.description = u"Voor medewerkers die racisme of discriminatie om hun afkomst meemaakten op het werk. "
                    u"Zes avonden in een besloten groep: ervaringen delen, sterker staan, verder kijken."_qs;
    g.facilitatorIds = {facilitators.at(0), facilitators.at(1)};
    g.place = u"Stadskantoor, zaal 3.12"_qs;
    g.schedule.firstStart = QDateTime(weekdayOnOrBefore(today.addMonths(-5).addDays(-21), 2), QTime(19, 0));
    g.schedule.recurrence = Recurrence::Monthly;
    g.schedule.count = 6;
    if (auto s = b.create(g); !s)
        return s;
    const QList<Session> &s = b.sessions();
    if (auto r = service.moveSession(b.groupId(), s.at(2).originalStart, s.at(2).originalStart.addDays(2),
                                     u"Buurthuis De Linde, Kerkstraat 12"_qs);
        !r)
        return r;
    if (auto r = service.cancelSession(b.groupId(), s.at(3).originalStart); !r)
        return r;
    const QDate signUp = g.schedule.firstStart.date().addDays(-28);
    const char *names[] = {"Kwame", "Mei", "Youssef", "Lotte", "Tarik", "Yara", "Dewi"};
    for (int i = 0; i < 7; ++i) {
        const QString ground = i == 0 || i == 4 ? u"race_ethnicity"_qs : i == 2 ? u"skin_colour"_qs : QString();
        if (auto r = b.join(QString::fromUtf8(names[i]), signUp.addDays(3 * i), ground, i == 5); !r)
            return r;
    }
    if (auto r = service.setSessionNote(b.groupId(), s.at(0).originalStart,
                                        u"Kennismaking en groepsafspraken: wat hier gezegd wordt, blijft hier."_qs);
        !r)
        return r;
    // Lotte left after the second evening.
    const Participant lotte = b.people().at(3);
    if (auto r =
            service.leave(lotte.id, s.at(1).start.date().addDays(4), u"Andere werktijden; de avond past niet meer"_qs);
        !r)
        return r;
    if (auto r = b.attend(nowAndThen); !r)
        return r;
    const int scores[] = {5, 4, 4, 3, 5, 4, 5};
    for (qsizetype i = 0; i < b.people().size(); ++i)
        if (b.people().at(i).id != lotte.id)
            if (auto r = service.evaluate(b.people().at(i).id, scores[i]); !r)
                return r;
    return {};
}

Status lgbtqiaPeers(GroupBuilder &b, const QList<qint64> &facilitators)
{
    const QDate today = QDate::currentDate();
    PeerGroup g;
    g.theme = u"Lotgenoten LHBTIQA+"_qs;
    g.description = u"Online lunchgroep voor LHBTIQA+ collega's die uitsluiting of grappen over wie ze zijn "
                    u"meemaakten. Camera aan of uit, allebei goed."_qs;
    g.facilitatorIds = {facilitators.at(2)};
    g.capacity = 6;
    g.onlineLink = u"https://meet.example.org/lotgenoten-lhbtiqa"_qs;
    g.schedule.firstStart = QDateTime(weekdayOnOrBefore(today.addDays(-45), 4), QTime(12, 30));
    g.schedule.durationMinutes = 90;
    g.schedule.recurrence = Recurrence::Fortnightly;
    g.schedule.until = today.addDays(70);
    if (auto s = b.create(g); !s)
        return s;
    const QDate signUp = g.schedule.firstStart.date().addDays(-21);
    const char *names[] = {"Robin", "Jesse", "Sam", "Noa", "Alex", "Kim"};
    for (int i = 0; i < 6; ++i)
        if (auto r = b.join(QString::fromUtf8(names[i]), signUp.addDays(2 * i),
                            i == 0 || i == 3 ? u"lgbtqia"_qs : QString(), i == 4);
            !r)
            return r;
    // Jesse missed the last two sessions: the aftercare rule asks for a check-in.
    const QDateTime now = QDateTime::currentDateTime();
    int past = 0;
    for (const Session &s : b.sessions())
        past += !s.cancelled && s.start <= now ? 1 : 0;
    if (auto r = b.attend([&](int person, int session) -> std::optional<Attendance> {
            if (person == 1 && session == past - 2)
                return Attendance::Excused;
            if (person == 1 && session == past - 1)
                return Attendance::Absent;
            return person == 1 ? std::nullopt : nowAndThen(person, session);
        });
        !r)
        return r;
    return b.join(u"Lieke"_qs, today.addDays(-2)); // the group is full: the waiting list
}

Status invisibleDisability(GroupBuilder &b, const QList<qint64> &facilitators)
{
    const QDate today = QDate::currentDate();
    PeerGroup g;
    g.theme = u"Werken met een onzichtbare beperking"_qs;
    g.description = u"Voor medewerkers met een chronische ziekte of beperking die je niet ziet, en die daarom "
                    u"werden buitengesloten of niet geloofd. Vijf middagen."_qs;
    g.facilitatorIds = {facilitators.at(1), facilitators.at(2)};
    g.capacity = 6;
    g.place = u"Stadskantoor, zaal 2.04"_qs;
    g.schedule.firstStart =
        QDateTime(weekdayOnOrBefore(today.addMonths(1).addDays(6), 3), QTime(15, 30)); // a Wednesday next month
    g.schedule.recurrence = Recurrence::Monthly;
    g.schedule.count = 5;
    if (auto s = b.create(g); !s)
        return s;
    const char *names[] = {"Ilse", "Karim", "Evi", "Jorien", "Hakim", "Marleen", "Tess", "Hakan"};
    for (int i = 0; i < 8; ++i)
        if (auto r = b.join(QString::fromUtf8(names[i]), today.addDays(-24 + 3 * i),
                            i == 1 || i == 6 ? u"disability"_qs : QString(), i == 3);
            !r)
            return r;
    return {};
}

} // namespace

Result<int> DemoGroups::add(Vault &vault)
{
    SqlCodeListStore codes(vault.db());
    CodeListService lists(vault, codes);
    QList<qint64> facilitators;
    for (const char *name : FacilitatorNames) {
        auto item = lists.add(CodeList::GroupFacilitators, QString::fromUtf8(name), QString::fromUtf8(name));
        if (!item)
            return item.error();
        facilitators << item->id;
    }
    auto candidates = findCandidates(vault, codes);
    if (!candidates)
        return candidates.error();
    SqlGroupStore store(vault.db());
    GroupService service(vault, store, codes);

    int signedUp = 0;
    GroupBuilder racism(store, service, *candidates);
    if (auto s = racismAtWork(racism, service, facilitators); !s)
        return s.error();
    GroupBuilder lgbtqia(store, service, *candidates);
    if (auto s = lgbtqiaPeers(lgbtqia, facilitators); !s)
        return s.error();
    GroupBuilder disability(store, service, *candidates);
    if (auto s = invisibleDisability(disability, facilitators); !s)
        return s.error();
    signedUp = racism.signedUp() + lgbtqia.signedUp() + disability.signedUp();

    // The finished series gets its check-ins; the first two are done.
    if (auto planned = service.refreshAftercare(QDate::currentDate()); !planned)
        return planned.error();
    auto tasks = store.tasks(racism.groupId());
    if (!tasks)
        return tasks.error();
    int done = 0;
    for (const GroupTask &t : std::as_const(*tasks))
        if (t.kind == GroupTaskKind::CheckIn && !t.isDone() && done++ < 2)
            if (auto s = service.completeTask(t.id); !s)
                return s.error();
    return signedUp;
}

} // namespace baken
