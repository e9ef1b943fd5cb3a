// The "done when", from records typed into a vault to the file a
// coordinator receives: a vault with small units and rare grounds, published
// with k = 5, written as JSON and read back the way the recipient reads it.
#include "CaseTestSupport.h"
#include "DisclosureAttacker.h"
#include "codelists/CodeListService.h"
#include "summary/DisclosureControl.h"
#include "summary/Period.h"
#include "summary/SummaryBuilder.h"
#include "summary/SummaryJson.h"

#include <gtest/gtest.h>

#include <random>

using namespace baken;
using namespace baken::summary;

namespace {

class SummaryEndToEnd : public baken::test::CaseFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(CaseFixture::SetUp());
        CodeListService lists(*vault, *codes);
        // Two large units, three small ones (1, 2 and 4 cases) and one
        // with a single case about pregnancy: the employer's example.
        for (const auto &[nl, en] : {std::pair{"Productie", "Production"}, {"Logistiek", "Logistics"},
                                     {"Financiën", "Finance"}, {"Juridische zaken", "Legal"},
                                     {"Directiesecretariaat", "Board office"}, {"Kantine", "Canteen"}}) {
            units << lists.add(CodeList::Units, QString::fromUtf8(nl), QString::fromUtf8(en))->id;
        }
    }

    // `count` cases in `unit` over the year, types, channels and common
    // grounds drawn from a fixed seed; `rare` gives the first one a rare ground.
    void addCases(qint64 unit, int count, const char *rare, std::mt19937 &random)
    {
        const QList<const char *> common{"religion", "race_ethnicity", "gender", "age"};
        const QList<CaseType> types{CaseType::Question, CaseType::Signal, CaseType::Report, CaseType::Complaint};
        for (int i = 0; i < count; ++i) {
            CaseIntake in = intake(QDate(2025, int(random() % 12) + 1, int(random() % 28) + 1));
            in.unitId = unit;
            in.type = types[int(random() % types.size())];
            in.groundIds = {code(CodeList::Grounds, i == 0 && rare ? rare : common[int(random() % common.size())])};
            registerCase(in);
        }
    }

    Summary publishedFile(int k)
    {
        auto exact = buildSummary(vault->db(), *parsePeriod(u"2025"_qs));
        EXPECT_TRUE(exact.ok());
        auto published = publish(*exact, k);
        EXPECT_TRUE(published.ok()) << published.error().message.toStdString();
        auto json = summaryToJson(*published);
        EXPECT_TRUE(json.ok());
        auto read = summaryFromJson(*json); // what the coordinator's tools see
        EXPECT_TRUE(read.ok()) << read.error().message.toStdString();
        return read.ok() ? *read : Summary{};
    }

    QList<qint64> units;
};

// Every figure of a table, wherever it is printed.
QList<const Figure *> figuresOf(const Table &table)
{
    QList<const Figure *> all;
    for (const Figure &f : table.cells)
        all << &f;
    for (const Figure &f : table.rowTotals)
        all << &f;
    for (const Figure &f : table.columnTotals)
        all << &f;
    if (table.total)
        all << &*table.total;
    return all;
}

TEST_F(SummaryEndToEnd, APublishedFileFromSmallUnitsAndRareGroundsHidesEverySmallFigureFromEveryAttack)
{
    std::mt19937 random(2025);
    addCases(units[0], 60, "pregnancy_parenthood", random);
    addCases(units[1], 35, "disability", random);
    addCases(units[2], 4, nullptr, random);
    addCases(units[3], 2, "lgbtqia", random);
    addCases(units[4], 1, nullptr, random);
    addCases(units[5], 1, "pregnancy_parenthood", random);

    for (int k : {5, 3, 8}) {
        SCOPED_TRACE(k);
        const Summary file = publishedFile(k);
        ASSERT_TRUE(file.published);
        EXPECT_EQ(file.rules.k, k);

        // No published figure from 1 to k-1, and none that hides a value.
        int published = 0;
        for (const Table &table : file.tables) {
            for (const Figure *f : figuresOf(table)) {
                if (f->published()) {
                    ASSERT_TRUE(f->value) << table.id.toStdString();
                    EXPECT_FALSE(*f->value >= 1 && *f->value < k) << table.id.toStdString() << " shows " << *f->value;
                    ++published;
                } else {
                    EXPECT_FALSE(f->value) << table.id.toStdString();
                }
            }
        }
        EXPECT_GT(published, 100) << "the summary still says something";

        // The small units are merged and named as merged; none has a row.
        const Table *byUnit = file.table(u"cases.unit"_qs);
        ASSERT_TRUE(byUnit);
        for (const Category &c : byUnit->rows.categories)
            EXPECT_NE(c.label.en, u"Canteen"_qs);
        QStringList merged;
        for (const Text &t : file.rules.mergedUnits)
            merged << t.en;
        EXPECT_TRUE(merged.contains(u"Canteen"_qs) && merged.contains(u"Board office"_qs)) << merged.join(u", ").toStdString();

        // Nothing can be worked out by subtraction, or by any other sum of
        // what was published: every hidden figure keeps k-1 possible values.
        for (const summary::test::Exposure &e : summary::test::attack(file)) {
            EXPECT_TRUE(e.solved) << e.where.toStdString();
            EXPECT_GE(e.high - e.low, k - 2) << e.where.toStdString() << " lies within " << e.low << ".." << e.high;
        }
    }
}

} // namespace
