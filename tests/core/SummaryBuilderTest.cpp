#include "DemoTestSupport.h"
#include "SummaryBuilderSupport.h"

#include "demo/DemoConsultations.h"
#include "demo/DemoGroups.h"
#include "summary/Period.h"
#include "summary/SummaryBuilder.h"

#include <QElapsedTimer>

#include <iostream>
#include <map>

using namespace baken;
using namespace baken::summary;

namespace {

const Table &tableOf(const Summary &s, const char *id)
{
    static const Table missing;
    const Table *t = s.table(QString::fromLatin1(id));
    EXPECT_NE(t, nullptr) << "no table " << id;
    return t ? *t : missing;
}

int indexOf(const Axis &axis, const char *code)
{
    for (int i = 0; i < axis.categories.size(); ++i)
        if (axis.categories[i].code == QLatin1String(code))
            return i;
    ADD_FAILURE() << "no category " << code << " on axis " << axis.key.toStdString();
    return -1;
}

// The figure of `row` (and `column`) in table `id`; -1 when it is missing.
qint64 cell(const Summary &s, const char *id, const char *row, const char *column = nullptr)
{
    const Table &t = tableOf(s, id);
    const int r = indexOf(t.rows, row);
    const int c = column ? indexOf(*t.columns, column) : 0;
    return r < 0 || c < 0 ? -1 : t.cell(r, c).value.value_or(-1);
}

qint64 total(const Summary &s, const char *id)
{
    const Table &t = tableOf(s, id);
    return t.total ? t.total->value.value_or(-1) : -1;
}

QStringList codesOf(const Axis &axis)
{
    QStringList out;
    for (const Category &c : axis.categories)
        out << c.code;
    return out;
}

// Every figure by its identity (population and conditions); fails on two
// figures with the same identity and different values. Returns how many
// identities were met in more than one table.
int checkIdentities(const Summary &s)
{
    std::map<std::string, std::pair<qint64, QString>> seen;
    int shared = 0;
    const auto see = [&](const Table &t, QStringList conditions, const Figure &f) {
        conditions.sort();
        const std::string id = QString(t.population + u'|' + conditions.join(u'|')).toStdString();
        const auto [it, added] = seen.try_emplace(id, f.value.value_or(-1), t.id);
        if (added)
            return;
        ++shared;
        EXPECT_EQ(it->second.first, f.value.value_or(-1))
            << id << " in " << t.id.toStdString() << " and " << it->second.second.toStdString();
    };
    for (const Table &t : s.tables) {
        if (t.rows.key == u"measure")
            continue;
        for (int r = 0; r < t.rows.categories.size(); ++r) {
            const QString row = t.rows.key + u'=' + t.rows.categories[r].code;
            if (!t.twoWay()) {
                see(t, {row}, t.cell(r));
                continue;
            }
            for (int c = 0; c < t.columnCount(); ++c)
                see(t, {row, t.columns->key + u'=' + t.columns->categories[c].code}, t.cell(r, c));
            see(t, {row}, t.rowTotals[r]);
        }
        if (t.twoWay())
            for (int c = 0; c < t.columnCount(); ++c)
                see(t, {t.columns->key + u'=' + t.columns->categories[c].code}, t.columnTotals[c]);
        if (t.total)
            see(t, {}, *t.total);
    }
    return shared;
}

class SummaryBuilder : public test::SummaryVaultFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(SummaryVaultFixture::SetUp());
        ASSERT_NO_FATAL_FAILURE(addEverything());
        auto built = buildSummary(vault->db(), *parsePeriod(u"2025-Q2"_qs));
        ASSERT_TRUE(built.ok()) << built.error().message.toStdString();
        s = *built;
    }

    Summary s;
};

class SummaryBuilderDemo : public test::DemoFixture {};

} // namespace

TEST_F(SummaryBuilder, CountsRegisteredCasesWithAnIntakeInThePeriodOnly)
{
    EXPECT_EQ(total(s, "cases.type"), 4); // not the day before, the day after, or the draft
    EXPECT_EQ(codesOf(tableOf(s, "cases.month").rows), (QStringList{u"2025-04"_qs, u"2025-05"_qs, u"2025-06"_qs}));
    EXPECT_EQ(cell(s, "cases.month", "2025-04"), 2);
    EXPECT_EQ(cell(s, "cases.month", "2025-05"), 0); // only the draft
    EXPECT_EQ(cell(s, "cases.month", "2025-06"), 2);
    EXPECT_EQ(tableOf(s, "cases.month").rows.categories[0].label, (Text{u"april 2025"_qs, u"April 2025"_qs}));
}

TEST_F(SummaryBuilder, CountsTypesChannelsRolesAndUnits)
{
    EXPECT_EQ(codesOf(tableOf(s, "cases.type").rows),
              (QStringList{u"question"_qs, u"signal"_qs, u"report"_qs, u"complaint"_qs}));
    EXPECT_EQ(cell(s, "cases.type", "question"), 1);
    EXPECT_EQ(cell(s, "cases.type", "signal"), 2);
    EXPECT_EQ(cell(s, "cases.type", "report"), 0);
    EXPECT_EQ(cell(s, "cases.type", "complaint"), 1);
    EXPECT_EQ(cell(s, "cases.channel", "phone"), 3);
    EXPECT_EQ(cell(s, "cases.channel", "email"), 1);
    EXPECT_EQ(cell(s, "cases.reporter_role", "affected_employee"), 1);
    EXPECT_EQ(cell(s, "cases.reporter_role", "not_recorded"), 3);
    EXPECT_EQ(cell(s, "cases.accused_role", "colleague"), 3);
    EXPECT_EQ(cell(s, "cases.accused_role", "manager"), 1);
    EXPECT_EQ(cell(s, "cases.unit", "north"), 2);
    EXPECT_EQ(cell(s, "cases.unit", "south"), 1);
    EXPECT_EQ(cell(s, "cases.unit", "not_recorded"), 1);
    EXPECT_TRUE(tableOf(s, "cases.unit").rows.mergeSmall);
    EXPECT_EQ(tableOf(s, "cases.unit").rows.categories[0].label, (Text{u"Noord"_qs, u"North"_qs}));
    EXPECT_EQ(cell(s, "cases.form", "exclusion"), 1);
    EXPECT_EQ(cell(s, "cases.form", "bullying"), 1);
    EXPECT_EQ(cell(s, "cases.form", "not_recorded"), 2);
}

TEST_F(SummaryBuilder, ACaseWithTwoGroundsCountsInBothRowsButOnceInTheTotal)
{
    const Table &grounds = tableOf(s, "cases.ground");
    EXPECT_TRUE(grounds.rows.multiValued);
    EXPECT_EQ(cell(s, "cases.ground", "religion"), 2);
    EXPECT_EQ(cell(s, "cases.ground", "gender"), 1);
    EXPECT_EQ(cell(s, "cases.ground", "age"), 1);
    EXPECT_EQ(cell(s, "cases.ground", "not_recorded"), 1);
    EXPECT_EQ(total(s, "cases.ground"), 4);
    EXPECT_EQ(cell(s, "cases.ground_by_type", "religion", "signal"), 1);
    EXPECT_EQ(cell(s, "cases.ground_by_type", "gender", "signal"), 1);
    EXPECT_EQ(cell(s, "cases.ground_by_type", "not_recorded", "question"), 1);
    EXPECT_EQ(tableOf(s, "cases.ground_by_type").columnTotals[1].value, 2); // signals, not 4
}

TEST_F(SummaryBuilder, RetiredItemsWithRecordsStayAndUnusedItemsShowZero)
{
    const QStringList grounds = codesOf(tableOf(s, "cases.ground").rows);
    EXPECT_EQ(cell(s, "cases.ground", "education_class"), 1); // retired after use
    EXPECT_FALSE(grounds.contains(u"skin_colour"_qs));        // retired, unused
    EXPECT_EQ(cell(s, "cases.ground", "lgbtqia"), 0);         // unused, still a row
    // In the list's order, "not recorded" last.
    EXPECT_LT(grounds.indexOf(u"race_ethnicity"_qs), grounds.indexOf(u"religion"_qs));
    EXPECT_LT(grounds.indexOf(u"age"_qs), grounds.indexOf(u"pregnancy_parenthood"_qs));
    EXPECT_EQ(grounds.last(), u"not_recorded"_qs);
}

TEST_F(SummaryBuilder, StatusIsTheOneAtThePeriodEnd)
{
    EXPECT_EQ(cell(s, "cases.status", "new"), 1);         // c2: referred and closed after the period
    EXPECT_EQ(cell(s, "cases.status", "in_progress"), 1); // c1: referred after the period
    EXPECT_EQ(cell(s, "cases.status", "referred"), 1);    // c4
    EXPECT_EQ(cell(s, "cases.status", "closed"), 1);      // c3, on the period's last day
    EXPECT_EQ(cell(s, "cases.status", "reopened"), 0);
}

TEST_F(SummaryBuilder, ReferralsUpToThePeriodEndAndMeasuresTaken)
{
    EXPECT_EQ(cell(s, "cases.referral", "hr"), 1); // twice, one case
    EXPECT_EQ(cell(s, "cases.referral", "integrity_office"), 1);
    EXPECT_EQ(cell(s, "cases.referral", "police"), 0); // after the period
    EXPECT_EQ(cell(s, "cases.referral", "none"), 2);
    EXPECT_EQ(cell(s, "cases.measure", "conversation_accused"), 1);
    EXPECT_EQ(cell(s, "cases.measure", "mediation"), 1);
    EXPECT_EQ(cell(s, "cases.measure", "none"), 1); // the list's own "No measure"
    EXPECT_EQ(cell(s, "cases.measure", "not_recorded"), 2);
}

TEST_F(SummaryBuilder, AFigureIsTheSameNumberInEveryTableThatHoldsIt)
{
    // Row totals of unit x type are the unit cells, column totals the type
    // cells, and every case table's total is the number of cases.
    EXPECT_GE(checkIdentities(s), 35); // 12 case totals, 7 unit/type, 14 ground/type, 5 doubt line
    const Table &byType = tableOf(s, "cases.unit_by_type");
    for (int r = 0; r < byType.rows.categories.size(); ++r) {
        qint64 sum = 0; // a case has one unit and one type: the cells add up
        for (int c = 0; c < byType.columnCount(); ++c)
            sum += *byType.cell(r, c).value;
        EXPECT_EQ(sum, *byType.rowTotals[r].value) << byType.rows.categories[r].code.toStdString();
    }
    EXPECT_EQ(cell(s, "cases.unit_by_type", "north", "complaint"), 1);
    EXPECT_EQ(cell(s, "cases.unit_by_type", "not_recorded", "signal"), 1);
    for (const Table &t : s.tables) {
        if (t.population == u"cases") {
            EXPECT_EQ(t.total->value, 4) << t.id.toStdString();
        }
    }
}

TEST_F(SummaryBuilder, EveryFigureIsExactAndTheSummarySaysItIsNotPublished)
{
    EXPECT_FALSE(s.published);
    EXPECT_TRUE(s.generator.startsWith(u"Baken "_qs));
    EXPECT_EQ(s.period, (Period{2025, 4, 2025, 6}));
    for (const Table &t : s.tables) {
        EXPECT_FALSE(t.title.nl.isEmpty() || t.title.en.isEmpty() || t.counts.en.isEmpty()) << t.id.toStdString();
        EXPECT_EQ(t.cells.size(), t.rows.categories.size() * t.columnCount()) << t.id.toStdString();
        QList<Figure> all = t.cells + t.rowTotals + t.columnTotals;
        if (t.total)
            all << *t.total;
        EXPECT_EQ(t.total.has_value(), t.rows.key != u"measure") << t.id.toStdString();
        for (const Figure &f : all) {
            EXPECT_TRUE(f.value.has_value()) << t.id.toStdString();
            EXPECT_EQ(f.suppression, Suppression::None) << t.id.toStdString();
        }
    }
}

TEST_F(SummaryBuilder, HoursAreRoundedPerActivityAndTheTotalIsTheirSum)
{
    EXPECT_EQ(cell(s, "hours.activity", "intake"), 2);         // 100 minutes
    EXPECT_EQ(cell(s, "hours.activity", "administration"), 0); // 25
    EXPECT_EQ(cell(s, "hours.activity", "accompaniment"), 0);  // 25
    EXPECT_EQ(cell(s, "hours.activity", "consultation"), 1);   // 60, on a case from before the period
    EXPECT_EQ(cell(s, "hours.activity", "travel"), 0);         // after the period
    EXPECT_EQ(total(s, "hours.activity"), 3);                  // not 210 minutes rounded (4)
}

TEST_F(SummaryBuilder, CountsConsultationsAndNonDataContactsApart)
{
    EXPECT_EQ(total(s, "consultations.channel"), 2);
    EXPECT_EQ(cell(s, "consultations.month", "2025-05"), 0);
    EXPECT_EQ(cell(s, "consultations.channel", "phone"), 1);
    EXPECT_EQ(cell(s, "consultations.topic", "ground:religion"), 1);
    EXPECT_EQ(cell(s, "consultations.topic", "form:micro_aggression"), 1);
    EXPECT_EQ(cell(s, "consultations.topic", "not_recorded"), 1);
    EXPECT_EQ(cell(s, "consultations.assessment", "possibly"), 1);
    EXPECT_EQ(cell(s, "consultations.assessment", "unclear"), 1);
    EXPECT_EQ(cell(s, "consultations.outcome", "advised"), 1);
    EXPECT_EQ(cell(s, "consultations.caller_role", "not_recorded"), 1);
    EXPECT_EQ(codesOf(tableOf(s, "non_data_contacts.kind").rows),
              (QStringList{u"silent"_qs, u"hang_up"_qs, u"abusive"_qs, u"test"_qs}));
    EXPECT_EQ(cell(s, "non_data_contacts.kind", "hang_up"), 2);
    EXPECT_EQ(cell(s, "non_data_contacts.kind", "test"), 0); // the day before
    EXPECT_EQ(total(s, "non_data_contacts.kind"), 3);
}

TEST_F(SummaryBuilder, GroupFiguresCountSessionsHeldSeatsAndAttendanceInThePeriod)
{
    EXPECT_FALSE(tableOf(s, "groups.activity").total.has_value());
    EXPECT_EQ(cell(s, "groups.activity", "series"), 2);
    EXPECT_EQ(cell(s, "groups.activity", "sessions_held"), 7); // 5 + 2
    EXPECT_EQ(cell(s, "groups.activity", "sessions_cancelled"), 1);
    EXPECT_EQ(cell(s, "groups.activity", "seats_offered"), 26); // 5 x 4 + 2 x 3
    EXPECT_EQ(cell(s, "groups.activity", "participants"), 4);   // one left during it
    EXPECT_EQ(cell(s, "groups.activity", "attendances"), 5);    // not the one in July
    EXPECT_EQ(cell(s, "groups.activity", "absent_with_notice"), 1);
    EXPECT_EQ(cell(s, "groups.activity", "absent"), 1);
    // Scores of the series that ended in the period only.
    EXPECT_EQ(cell(s, "evaluations.score", "4"), 2);
    EXPECT_EQ(cell(s, "evaluations.score", "5"), 1);
    EXPECT_EQ(cell(s, "evaluations.score", "1"), 0);
    EXPECT_EQ(total(s, "evaluations.score"), 3);
}

// The summary expands only the schedules of series that can meet in the
// period; a session moved into it from a series before or after it counts.
TEST_F(SummaryBuilder, ASessionMovedIntoThePeriodCountsWhereverItsSeriesLies)
{
    const qint64 winter = addGroup("Winter", at(1, 6, 19), Recurrence::Weekly, 2, 2);
    ASSERT_TRUE(groups->moveSession(winter, at(1, 13, 19), at(6, 2, 19), {}).ok());
    const qint64 autumn = addGroup("Herfst", at(9, 8, 19), Recurrence::Fortnightly, 2, 6);
    ASSERT_TRUE(groups->moveSession(autumn, at(9, 8, 19), at(6, 9, 19), {}).ok());
    addGroup("Januari", at(1, 20, 19), Recurrence::Weekly, 2, 9); // wholly before the period
    auto built = buildSummary(vault->db(), *parsePeriod(u"2025-Q2"_qs));
    ASSERT_TRUE(built.ok()) << built.error().message.toStdString();
    EXPECT_EQ(cell(*built, "groups.activity", "series"), 2 + 2);
    EXPECT_EQ(cell(*built, "groups.activity", "sessions_held"), 7 + 2);
    EXPECT_EQ(cell(*built, "groups.activity", "seats_offered"), 26 + 2 + 6);
    EXPECT_EQ(cell(*built, "groups.activity", "sessions_cancelled"), 1);
}

TEST_F(SummaryBuilder, AQuietPeriodHasEveryMonthAndEveryTableWithZeros)
{
    auto built = buildSummary(vault->db(), *parsePeriod(u"2024-11..2025-02"_qs));
    ASSERT_TRUE(built.ok());
    EXPECT_EQ(codesOf(tableOf(*built, "consultations.month").rows),
              (QStringList{u"2024-11"_qs, u"2024-12"_qs, u"2025-01"_qs, u"2025-02"_qs}));
    EXPECT_EQ(built->tables.size(), s.tables.size());
    for (const Table &t : built->tables) {
        if (t.total) {
            EXPECT_EQ(t.total->value, 0) << t.id.toStdString();
        }
    }
}

TEST_F(SummaryBuilder, RefusesAPeriodThatIsNoPeriod)
{
    for (const Period &p : {Period{2025, 13, 2025, 13}, Period{2025, 6, 2025, 1}, Period{}}) {
        auto built = buildSummary(vault->db(), p);
        ASSERT_FALSE(built.ok()) << periodKey(p).toStdString();
        EXPECT_EQ(built.code(), ErrorCode::InvalidInput);
    }
}

TEST_F(SummaryBuilder, RefusesAPeriodThatHasNotBegunButCountsTheOneRunningNow)
{
    const QDate next = QDate::currentDate().addMonths(1);
    auto future = buildSummary(vault->db(), Period{next.year(), next.month(), next.year(), next.month()});
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(future.code(), ErrorCode::InvalidInput);
    const QDate today = QDate::currentDate();
    EXPECT_TRUE(buildSummary(vault->db(), Period{today.year(), today.month(), today.year(), today.month()}).ok());
}

TEST_F(SummaryBuilderDemo, TheDemoVaultHasEveryTableWithPlausibleTotals)
{
    ASSERT_TRUE(DemoConsultations::add(*vault).ok());
    ASSERT_TRUE(DemoGroups::add(*vault).ok());

    const QDate today = QDate::currentDate();
    const QDate yearAgo = today.addMonths(-11);
    const Period lastYear{yearAgo.year(), yearAgo.month(), today.year(), today.month()};
    QElapsedTimer timer;
    timer.start();
    auto built = buildSummary(vault->db(), lastYear);
    const qint64 ms = timer.elapsed();
    ASSERT_TRUE(built.ok()) << built.error().message.toStdString();
    std::cout << "[ measured ] buildSummary on the demo vault (300 cases, a year of consultations, 3 groups): " << ms
              << " ms\n";

    for (const char *id : {"cases.month",
                           "cases.type",
                           "cases.ground",
                           "cases.form",
                           "cases.channel",
                           "cases.reporter_role",
                           "cases.accused_role",
                           "cases.unit",
                           "cases.status",
                           "cases.referral",
                           "cases.measure",
                           "cases.unit_by_type",
                           "cases.ground_by_type",
                           "hours.activity",
                           "consultations.month",
                           "consultations.channel",
                           "consultations.topic",
                           "consultations.assessment",
                           "consultations.outcome",
                           "consultations.caller_role",
                           "non_data_contacts.kind",
                           "evaluations.score"}) {
        EXPECT_GT(total(*built, id), 0) << id;
    }
    const qint64 cases = total(*built, "cases.type");
    EXPECT_GT(cases, 100); // most of 300 cases over 18 months
    EXPECT_LT(cases, 300);
    EXPECT_GT(total(*built, "consultations.month"), total(*built, "non_data_contacts.kind")); // one in ten
    for (const char *measure : {"series", "sessions_held", "seats_offered", "participants", "attendances"})
        EXPECT_GT(cell(*built, "groups.activity", measure), 0) << measure;
    EXPECT_EQ(tableOf(*built, "cases.month").rows.categories.size(), 12);
    EXPECT_GE(checkIdentities(*built), 35);
}
