// The groups of the large demo vault: a new series every twelve days or so
// over ten years, each with its members, attendance and evaluation, written
// through SqlGroupStore (a few hundred groups need no bulk path).
#include "DemoPhrases.h"
#include "LargeDemo.h"
#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "db/Database.h"
#include "groups/Schedule.h"
#include "groups/SqlGroupStore.h"

namespace baken::demo {

namespace {

constexpr const char *Facilitators[] = {"Noor E.", "Ruben T.", "Fatma Y.", "Daan S.", "Ayse K.", "Milan P."};

struct Theme {
    const char *name;
    const char *description;
};

constexpr Theme Themes[] = {
    {"Racisme op de werkvloer", "Ervaringen delen over racisme op het werk, sterker staan, verder kijken."},
    {"Lotgenoten LHBTIQA+", "Voor LHBTIQA+ collega's die uitsluiting of grappen over wie ze zijn meemaakten."},
    {"Werken met een onzichtbare beperking", "Voor wie met een chronische ziekte werd buitengesloten of niet geloofd."},
    {"Vrouwen in leidinggevende functies", "Over seksisme en ondermijning als vrouwelijke leidinggevende."},
    {"Geloof op het werk", "Voor medewerkers die om hun geloof werden buitengesloten of belachelijk gemaakt."},
    {"Ouder worden in het team", "Over leeftijdsdiscriminatie: niet meer gevraagd, niet meer gezien."},
};

QDate weekdayOnOrAfter(QDate day, int dayOfWeek)
{
    while (day.dayOfWeek() != dayOfWeek)
        day = day.addDays(1);
    return day;
}

} // namespace

Status addLargeGroups(Vault &vault, const LargeDemoOptions &options, LargeDemoCounts &counts)
{
    SqlCodeListStore codes(vault.db());
    CodeListService lists(vault, codes);
    QList<qint64> facilitators;
    for (const char *name : Facilitators) {
        auto item = lists.add(CodeList::GroupFacilitators, QString::fromUtf8(name), QString::fromUtf8(name));
        if (!item)
            return item.error();
        facilitators << item->id;
    }
    std::mt19937 rng(20260501u);
    DemoPhrases text(rng);
    SqlGroupStore store(vault.db());
    const QDateTime now = QDateTime::currentDateTime();
    const int total = LargeDemo::groupCount(options.scale);
    const QDate first = options.today.addDays(1 - LargeDemo::Days);
    Transaction tx(vault.db());
    if (auto s = tx.begin(); !s)
        return s;
    int spread = 0; // session counts pair up around the average, so the total is exact
    for (int g = 0; g < total; ++g) {
        const Theme &theme = Themes[g % int(std::size(Themes))];
        PeerGroup group;
        group.theme = QString::fromUtf8(theme.name);
        group.description = QString::fromUtf8(theme.description);
        group.facilitatorIds = {facilitators.at(g % facilitators.size()),
                                facilitators.at((g + 1) % facilitators.size())};
        group.place = u"Stadskantoor, zaal %1"_qs.arg(1 + g % 4) + u".0"_qs + QString::number(2 + g % 7);
        const bool lunch = g % 3 == 1;
        const QDate day = weekdayOnOrAfter(first.addDays(qint64(g) * (LargeDemo::Days - 200) / total), 2 + g % 3);
        group.schedule.firstStart = QDateTime(day, lunch ? QTime(12, 30) : QTime(19, 0));
        group.schedule.durationMinutes = lunch ? 90 : 120;
        group.schedule.recurrence = std::array{Recurrence::Weekly, Recurrence::Fortnightly, Recurrence::Weekly}[g % 3];
        spread = g % 2 == 0 ? text.pick(9) : -spread;
        group.schedule.count = LargeDemo::SessionsPerGroup + (g == total - 1 && g % 2 == 0 ? 0 : spread);
        auto id = store.insertGroup(group);
        if (!id)
            return id.error();
        auto sessions = Schedules::expand(group.schedule, {}, group.place);
        if (!sessions)
            return sessions.error();
        counts.sessions += int(sessions->size());
        ++counts.groups;

        const int members = 5 + text.pick(4);
        bool finished = true;
        for (int m = 0; m < members; ++m) {
            Participant p;
            p.groupId = *id;
            p.pseudonym = text.pseudonym() + u' ' + QString::number(m + 1);
            p.state = ParticipantState::Member;
            p.signedUpAt = QDateTime(day.addDays(-28 + 3 * m), QTime(9, 0)).toUTC();
            p.joinedOn = day.addDays(-28 + 3 * m);
            auto pid = store.insertParticipant(p);
            if (!pid)
                return pid.error();
            for (const Session &s : std::as_const(*sessions)) {
                if (s.start > now) {
                    finished = false;
                    break;
                }
                const int roll = text.pick(100);
                const Attendance value = roll < 8    ? Attendance::Excused
                                         : roll < 12 ? Attendance::Absent
                                                     : Attendance::Present;
                if (auto r = store.putAttendance(*id, s.originalStart, *pid, value); !r)
                    return r;
            }
            if (finished && text.chance(70)) {
                p.id = *pid;
                p.evaluated = true;
                if (auto r = store.updateParticipant(p); !r)
                    return r;
                if (auto r = store.addEvaluation(*id, 3 + text.pick(3)); !r)
                    return r;
            }
        }
    }
    return tx.commit();
}

} // namespace baken::demo
