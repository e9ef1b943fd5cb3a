#include "DisclosureAttacker.h"
#include "DisclosureTestSupport.h"
#include "summary/DisclosureControl.h"
#include "summary/UnitMerging.h"

#include <gtest/gtest.h>

#include <set>

using namespace baken;
using namespace baken::summary;
using namespace baken::summary::test;

namespace {

const AxisSpec Type{QStringLiteral("type"), {QStringLiteral("report"), QStringLiteral("signal"), QStringLiteral("question")}};
const AxisSpec Ground{QStringLiteral("ground"),
                      {QStringLiteral("racism"), QStringLiteral("gender"), QStringLiteral("pregnancy"),
                       QStringLiteral("age"), QStringLiteral("not_recorded")},
                      true};

Summary published(const Summary &exact, int k = DefaultK)
{
    auto result = publish(exact, k);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message.toStdString());
    return result.ok() ? *result : Summary{};
}

AxisSpec axis(const char *key, int categories, bool multi = false)
{
    AxisSpec spec{QString::fromUtf8(key), {}, multi};
    for (int i = 0; i < categories; ++i)
        spec.codes.append(QStringLiteral("%1_%2").arg(spec.key).arg(i));
    return spec;
}

// A summary with many small figures: one-way and two-way tables over shared axes.
Summary randomSummary(unsigned seed, int records)
{
    std::mt19937 random(seed);
    const AxisSpec a = axis("a", 5), b = axis("b", 4), m = axis("m", 5, true);
    const QList<Record> data = randomRecords(random, {a, b, m}, records);
    return summaryOf({oneWay(QStringLiteral("cases"), a, data), oneWay(QStringLiteral("cases"), m, data),
                      twoWay(QStringLiteral("cases"), a, b, data), twoWay(QStringLiteral("cases"), m, b, data)});
}

int suppressedCount(const Table &table)
{
    return int(std::count_if(table.cells.cbegin(), table.cells.cend(), [](const Figure &f) { return !f.published(); }));
}

} // namespace

TEST(DisclosureControl, RefusesKBelowThreeAndAboveFifty)
{
    const Summary exact = summaryOf({oneWay(QStringLiteral("cases"), Type, recordsIn(Type, {2, 10, 30}))});
    for (int k : {-1, 0, 1, 2, 51, 100}) {
        auto result = publish(exact, k);
        ASSERT_FALSE(result.ok()) << "k=" << k;
        EXPECT_EQ(result.code(), ErrorCode::InvalidInput);
        EXPECT_FALSE(result.error().message.isEmpty());
    }
    for (int k : {3, 50})
        EXPECT_TRUE(publish(exact, k).ok()) << "k=" << k;
}

TEST(DisclosureControl, DefaultKIsFiveAndTheSummaryStatesItsK)
{
    EXPECT_EQ(DefaultK, 5);
    const Summary exact = summaryOf({oneWay(QStringLiteral("cases"), Type, recordsIn(Type, {2, 10, 30}))});
    EXPECT_EQ(published(exact).rules.k, 5);
    EXPECT_EQ(published(exact, 7).rules.k, 7);
    EXPECT_TRUE(published(exact).published);
}

TEST(DisclosureControl, RefusesASummaryAlreadyPublished)
{
    const Summary exact = summaryOf({oneWay(QStringLiteral("cases"), Type, recordsIn(Type, {2, 10, 30}))});
    auto again = publish(published(exact), DefaultK);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.code(), ErrorCode::InvalidInput);
}

TEST(DisclosureControl, PublishesNoFigureFromOneToKMinusOneAnywhere)
{
    for (int k : {3, 5, 10}) {
        for (unsigned seed = 1; seed <= 10; ++seed) {
            const Summary exact = randomSummary(seed, 40);
            int small = 0;
            forEachFigure(exact, [&](const Table &, const Figure &f, const QString &) { small += *f.value >= 1 && *f.value < k; });
            ASSERT_GT(small, 0) << "the test summary must hold small figures";
            forEachFigure(published(exact, k), [&](const Table &t, const Figure &f, const QString &where) {
                if (f.published()) {
                    EXPECT_TRUE(*f.value == 0 || *f.value >= k) << "k=" << k << " " << qPrintable(t.id) << " " << qPrintable(where);
                }
            });
        }
    }
}

TEST(DisclosureControl, PublishesZerosAndHidesSmallFigures)
{
    const AxisSpec four{QStringLiteral("type"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}};
    const Table t = published(summaryOf({oneWay(QStringLiteral("cases"), four, recordsIn(four, {2, 0, 10, 30}))})).tables[0];
    EXPECT_EQ(t.cells[0].suppression, Suppression::Hidden);
    EXPECT_TRUE(t.cells[1].published());
    EXPECT_EQ(t.cells[1].value, 0);
}

TEST(DisclosureControl, OneSmallCellOfAOneWayTableGetsASecondSuppression)
{
    const Table t = published(summaryOf({oneWay(QStringLiteral("cases"), Type, recordsIn(Type, {2, 10, 30}))})).tables[0];
    EXPECT_EQ(t.cells[0].suppression, Suppression::Hidden);
    // The smallest other cell hides it; the total and the large cell stay.
    EXPECT_EQ(t.cells[1].suppression, Suppression::Hidden);
    EXPECT_TRUE(t.cells[2].published());
    EXPECT_TRUE(t.total->published());
    EXPECT_EQ(t.total->value, 42);
}

TEST(DisclosureControl, OneSmallCellOfATwoWayTableGetsARectangle)
{
    const AxisSpec unit{QStringLiteral("unit"), {QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3")}};
    const Table t = published(summaryOf({twoWay(QStringLiteral("cases"), unit, Type,
                                                recordsIn(unit, Type, {{2, 10, 12}, {8, 9, 15}, {11, 20, 30}}))}))
                        .tables[0];
    std::set<int> rows, columns;
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c) {
            if (!t.cell(r, c).published()) {
                rows.insert(r);
                columns.insert(c);
            }
        }
    }
    EXPECT_EQ(suppressedCount(t), 4);
    EXPECT_EQ(rows.size(), 2u);
    EXPECT_EQ(columns.size(), 2u);
    EXPECT_EQ(t.cell(0, 0).suppression, Suppression::Hidden);
    for (const Figure &f : t.rowTotals + t.columnTotals)
        EXPECT_TRUE(f.published());
}

TEST(DisclosureControl, ASmallFigureIsSuppressedInEveryTableThatPrintsIt)
{
    const AxisSpec unit{QStringLiteral("unit"), {QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3")}};
    const QList<Record> records = recordsIn(unit, Type, {{1, 1, 1}, {8, 9, 15}, {11, 20, 30}});
    const Summary s = published(summaryOf({oneWay(QStringLiteral("cases"), unit, records),
                                           twoWay(QStringLiteral("cases"), unit, Type, records)}));
    // u1 has 3 cases: a cell of "cases by unit" and a row total of "cases by unit and type".
    EXPECT_EQ(s.tables[0].cells[0].suppression, Suppression::Hidden);
    EXPECT_EQ(s.tables[1].rowTotals[0].suppression, Suppression::Hidden);
    // Its partner is the same figure in both tables too.
    for (int r = 1; r < 3; ++r)
        EXPECT_EQ(s.tables[0].cells[r].published(), s.tables[1].rowTotals[r].published()) << r;
    EXPECT_EQ(std::count_if(s.tables[0].cells.cbegin(), s.tables[0].cells.cend(), [](const Figure &f) { return !f.published(); }), 2);
}

TEST(DisclosureControl, AFigureIsPublishedEverywhereOrNowhere)
{
    for (unsigned seed = 1; seed <= 20; ++seed) {
        const Summary s = published(randomSummary(seed, 40), 3 + int(seed % 5));
        QHash<QString, bool> shown; // "row=code|column=code" -> published
        auto check = [&](const Table &t, const QString &identity, const Figure &f) {
            const QString key = t.population + u'|' + identity;
            if (shown.contains(key)) {
                EXPECT_EQ(shown[key], f.published()) << "seed " << seed << " " << qPrintable(t.id) << " " << qPrintable(identity);
            }
            shown.insert(key, f.published());
        };
        for (const Table &t : s.tables) {
            for (int r = 0; r < t.rows.categories.size(); ++r) {
                const QString row = t.rows.key + u'=' + t.rows.categories[r].code;
                if (!t.twoWay()) {
                    check(t, row, t.cell(r));
                    continue;
                }
                check(t, row, t.rowTotals[r]);
                for (int c = 0; c < t.columnCount(); ++c) {
                    const QString column = t.columns->key + u'=' + t.columns->categories[c].code;
                    check(t, row < column ? row + u'|' + column : column + u'|' + row, t.cell(r, c));
                    check(t, column, t.columnTotals[c]);
                }
            }
            check(t, QString(), *t.total);
        }
    }
}

TEST(DisclosureControl, NoSuppressedFigureKeepsItsValue)
{
    for (unsigned seed = 1; seed <= 10; ++seed) {
        int suppressed = 0;
        forEachFigure(published(randomSummary(seed, 30)), [&](const Table &t, const Figure &f, const QString &where) {
            if (!f.published()) {
                ++suppressed;
                EXPECT_FALSE(f.value.has_value()) << qPrintable(t.id) << " " << qPrintable(where);
            } else {
                EXPECT_TRUE(f.value.has_value()) << qPrintable(t.id) << " " << qPrintable(where);
            }
        });
        EXPECT_GT(suppressed, 0);
    }
}

TEST(DisclosureControl, RefusesTablesThatDisagree)
{
    Table byType = oneWay(QStringLiteral("cases"), Type, recordsIn(Type, {20, 10, 30}));
    Table byGround = oneWay(QStringLiteral("cases"), Ground, recordsIn(Ground, {20, 10, 30, 0, 0}));
    byGround.total = count(61); // the same "all cases" as 60 in the other table
    auto result = publish(summaryOf({byType, byGround}), DefaultK);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.code(), ErrorCode::Integrity);
}

// The example of the issue: one report about pregnancy in a small unit names the person.
TEST(DisclosureControl, APregnancyInASmallUnitShowsInNoTable)
{
    const AxisSpec unit{QStringLiteral("unit"),
                        {QStringLiteral("finance"), QStringLiteral("youth"), QStringLiteral("archive"),
                         QStringLiteral("harbour"), QStringLiteral("museum")},
                        false, true};
    QList<Record> records;
    auto add = [&](const char *u, const char *ground, const char *type, int n) {
        for (int i = 0; i < n; ++i)
            records.append({{QStringLiteral("unit"), {QString::fromUtf8(u)}},
                            {QStringLiteral("ground"), {QString::fromUtf8(ground)}},
                            {QStringLiteral("type"), {QString::fromUtf8(type)}}});
    };
    add("finance", "racism", "report", 14);
    add("finance", "gender", "signal", 9);
    add("youth", "racism", "signal", 12);
    add("youth", "age", "report", 7);
    add("archive", "pregnancy", "report", 1); // the pregnant employee
    add("archive", "racism", "signal", 1);
    add("harbour", "gender", "report", 1);    // museum: no case at all
    add("finance", "pregnancy", "signal", 6);
    const Summary exact = summaryOf({oneWay(QStringLiteral("cases"), unit, records), oneWay(QStringLiteral("cases"), Ground, records),
                                     oneWay(QStringLiteral("cases"), Type, records),
                                     twoWay(QStringLiteral("cases"), unit, Ground, records),
                                     twoWay(QStringLiteral("cases"), unit, Type, records)});
    const Summary s = published(exact, 5);

    // No table names the archive or harbour any more; both are listed as merged,
    // and so is the museum, which had no case (its 0 would set it apart).
    for (const Table &t : s.tables) {
        if (t.rows.key != u"unit" && !(t.twoWay() && t.columns->key == u"unit"))
            continue;
        const Axis &u = t.rows.key == u"unit" ? t.rows : *t.columns;
        QStringList codes;
        for (const Category &c : u.categories)
            codes.append(c.code);
        EXPECT_EQ(codes, (QStringList{QStringLiteral("finance"), QStringLiteral("youth"), QStringLiteral("other_units")}))
            << qPrintable(t.id);
        EXPECT_EQ(u.categories.last().label.en, QStringLiteral("Other units"));
    }
    QStringList merged;
    for (const Text &label : s.rules.mergedUnits)
        merged.append(label.en);
    EXPECT_EQ(merged, (QStringList{QStringLiteral("archive"), QStringLiteral("harbour"), QStringLiteral("museum")}));

    // "Other units" has 3 cases: below k, so suppressed, and the summary says so.
    const Table *byUnit = s.table(QStringLiteral("cases.unit"));
    ASSERT_NE(byUnit, nullptr);
    EXPECT_FALSE(byUnit->cells.last().published());
    EXPECT_TRUE(s.rules.otherUnitsSuppressed);

    // The pregnancy in "other units" can be anything from 1 to at least 4.
    const Table *unitByGround = s.table(QStringLiteral("cases.unit_by_ground"));
    ASSERT_NE(unitByGround, nullptr);
    EXPECT_FALSE(unitByGround->cell(2, 2).published());
    for (const Exposure &e : attack(s)) {
        EXPECT_TRUE(e.solved) << qPrintable(e.where);
        EXPECT_GE(e.high - e.low, 3) << qPrintable(e.where) << " lies in " << e.low << ".." << e.high;
    }
}

TEST(DisclosureControl, OtherUnitsOfKOrMoreIsPublished)
{
    const AxisSpec unit{QStringLiteral("unit"), {QStringLiteral("big"), QStringLiteral("small1"), QStringLiteral("small2")},
                        false, true};
    const Summary s = published(summaryOf({oneWay(QStringLiteral("cases"), unit, recordsIn(unit, {20, 3, 4}))}));
    const Table &t = s.tables[0];
    ASSERT_EQ(t.rows.categories.size(), 2);
    EXPECT_TRUE(t.cells[1].published());
    EXPECT_EQ(t.cells[1].value, 7);
    EXPECT_FALSE(s.rules.otherUnitsSuppressed);
    EXPECT_EQ(s.rules.mergedUnits.size(), 2);
}

// Rows that are separate measures (sessions, seats, evaluations) add up to
// nothing, and a small one is hidden like any other figure.
TEST(DisclosureControl, ASmallMeasureIsHidden)
{
    const AxisSpec measure{QStringLiteral("measure"), {QStringLiteral("sessions"), QStringLiteral("seats"), QStringLiteral("evaluations")}};
    Table groups = oneWay(QStringLiteral("groups"), measure, recordsIn(measure, {12, 40, 2}));
    groups.total.reset();
    const Table t = published(summaryOf({groups})).tables[0];
    EXPECT_TRUE(t.cells[0].published());
    EXPECT_TRUE(t.cells[1].published());
    EXPECT_EQ(t.cells[2].suppression, Suppression::Hidden);
}

// The reviewer's example (k=5, types 0, 5 and 2): had "x" meant ">= k", the
// reader of "<5", "x", 7 would know the question figure is 1 or 2. Both
// hidden figures are marked alike; which one was small only the exact
// summary knows.
TEST(DisclosureControl, ASmallAndASecondaryFigureAreMarkedAlike)
{
    const Summary exact = summaryOf({oneWay(QStringLiteral("cases"), Type, recordsIn(Type, {0, 5, 2}))});
    const Table t = published(exact).tables[0];
    EXPECT_EQ(exact.tables[0].cells[2].value, 2); // small
    EXPECT_EQ(exact.tables[0].cells[1].value, 5); // hidden to protect it
    EXPECT_EQ(t.cells[2], (Figure{std::nullopt, Suppression::Hidden}));
    EXPECT_EQ(t.cells[1], (Figure{std::nullopt, Suppression::Hidden}));
    EXPECT_EQ(t.total->value, 7);
    forEachFigure(published(randomSummary(3, 40)), [&](const Table &table, const Figure &f, const QString &where) {
        EXPECT_TRUE(f.suppression == Suppression::None || f.suppression == Suppression::Hidden)
            << qPrintable(table.id) << " " << qPrintable(where);
    });
}

// The reviewer's example of an exclusive category: 20 cases, 17 without a
// recorded ground, 3 on religion. Every ground counts at least the cases
// with only that ground, and "not recorded" shares no case with any ground,
// so 17 + religion <= 20: religion would be exactly 3 unless more is hidden.
TEST(DisclosureControl, NotRecordedSharesNoRecordWithAnotherCategory)
{
    const AxisSpec ground{QStringLiteral("ground"), {QStringLiteral("religion"), QStringLiteral("not_recorded")}, true};
    const Summary s = published(summaryOf({oneWay(QStringLiteral("cases"), ground, recordsIn(ground, {3, 17}))}));
    const Table &t = s.tables[0];
    EXPECT_FALSE(t.cells[0].published());
    EXPECT_FALSE(t.cells[1].published()) << "17 of 20 not recorded pins religion to 3";
    for (const Exposure &e : attack(s)) {
        EXPECT_TRUE(e.solved) << qPrintable(e.where);
        EXPECT_GE(e.high - e.low, DefaultK - 2) << qPrintable(e.where) << " lies in " << e.low << ".." << e.high;
    }
}

// "Not referred" is the exclusive category of referrals, in every slice of a
// two-way table too: forms by referral, the physical row 3 referred to the
// union, 9 not referred, 12 cases. Both axes are multi-valued, so only the
// exclusive category bounds the 3 from above.
TEST(DisclosureControl, NotReferredSharesNoRecordInATwoWayTableEither)
{
    const AxisSpec referral{QStringLiteral("referral"), {QStringLiteral("union"), QStringLiteral("none")}, true};
    const AxisSpec form{QStringLiteral("form"), {QStringLiteral("verbal"), QStringLiteral("physical")}, true};
    const QList<Record> records = recordsIn(form, referral, {{10, 10}, {3, 9}});
    const Summary s = published(summaryOf({twoWay(QStringLiteral("cases"), form, referral, records)}));
    const Table &t = s.tables[0];
    EXPECT_FALSE(t.cell(1, 0).published());
    for (const Exposure &e : attack(s)) {
        EXPECT_TRUE(e.solved) << qPrintable(e.where);
        EXPECT_GE(e.high - e.low, DefaultK - 2) << qPrintable(e.where) << " lies in " << e.low << ".." << e.high;
    }
}

// The attacker itself must use the exclusive category: shown 17 of 20 "not
// recorded", it pins a hidden religion figure to 3.
TEST(DisclosureControl, TheAttackerUsesTheExclusiveCategory)
{
    const AxisSpec ground{QStringLiteral("ground"), {QStringLiteral("religion"), QStringLiteral("not_recorded")}, true};
    Summary s = summaryOf({oneWay(QStringLiteral("cases"), ground, recordsIn(ground, {3, 17}))});
    s.tables[0].cells[0] = {std::nullopt, Suppression::Hidden};
    s.published = true;
    const QList<Exposure> exposures = attack(s);
    ASSERT_EQ(exposures.size(), 1);
    EXPECT_EQ(exposures[0].low, 3);
    EXPECT_EQ(exposures[0].high, 3);
}

// "Not recorded" is never merged, so a small one is protected along the unit
// line, and "other units" (6 cases) is the cheapest figure to hide with it.
// The rules must not then say that other units stayed below k.
TEST(DisclosureControl, OtherUnitsHiddenOnlyToProtectAnotherFigureIsNotCalledSmall)
{
    const AxisSpec unit{QStringLiteral("unit"),
                        {QStringLiteral("big"), QStringLiteral("small1"), QStringLiteral("small2"),
                         QStringLiteral("not_recorded")},
                        false, true};
    const Summary s = published(summaryOf({oneWay(QStringLiteral("cases"), unit, recordsIn(unit, {20, 3, 3, 2}))}));
    const Table &t = s.tables[0];
    ASSERT_EQ(t.rows.categories.size(), 3);
    ASSERT_EQ(t.rows.categories[2].code, OtherUnitsCode);
    EXPECT_FALSE(t.cells[1].published()); // not recorded: 2
    EXPECT_FALSE(t.cells[2].published()); // other units: 6, hidden to protect it
    EXPECT_FALSE(s.rules.otherUnitsSuppressed);
}
