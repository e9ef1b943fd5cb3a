// Paging the case list by the last row's key (CaseSearch::pageAfter): what
// the list shows while it scrolls must be the list, row for row, however
// many cases share an intake day and whatever is registered meanwhile.
#include "CaseTestSupport.h"

#include "cases/CaseSearch.h"

#include <QSet>

using namespace baken;

namespace {

class CaseSearchPaging : public test::CaseFixture {
protected:
    void SetUp() override
    {
        test::CaseFixture::SetUp();
        search = std::make_unique<CaseSearch>(vault->db());
    }

    // Every row of the list, fetched as the case list does: the first page,
    // then each next one after the last row held.
    QList<qint64> scrolled(const CaseFilter &filter, const CaseSort &sort, int pageSize)
    {
        QList<CaseSummary> rows;
        for (;;) {
            auto page = rows.isEmpty()
                            ? search->page(filter, sort, 0, pageSize)
                            : search->pageAfter(filter, sort, rows.constLast(), int(rows.size()), pageSize);
            EXPECT_TRUE(page.ok());
            if (!page.ok() || page->isEmpty())
                break;
            rows << *page;
            // A page that repeats rows would scroll forever: the list is far shorter.
            if (page->size() < pageSize || rows.size() > 1000)
                break;
        }
        return ids(rows);
    }

    QList<qint64> whole(const CaseFilter &filter, const CaseSort &sort)
    {
        auto rows = search->page(filter, sort, 0, 100000);
        EXPECT_TRUE(rows.ok());
        return rows.ok() ? ids(*rows) : QList<qint64>{};
    }

    static QList<qint64> ids(const QList<CaseSummary> &rows)
    {
        QList<qint64> out;
        for (const CaseSummary &row : rows)
            out << row.id;
        return out;
    }

    std::unique_ptr<CaseSearch> search;
};

} // namespace

// Eleven of the fourteen cases share one intake day, so every page boundary
// of five rows falls inside that day: only the id tells the rows apart there.
TEST_F(CaseSearchPaging, PagesAfterTheLastRowNeitherSkipNorRepeatCasesOfOneIntakeDay)
{
    const QDate busy = QDate::currentDate().addDays(-10);
    for (int i = 0; i < 14; ++i) {
        CaseIntake in = intake(i < 11 ? busy : busy.addDays(i - 12));
        in.type = i % 2 ? CaseType::Signal : CaseType::Report;
        registerCase(in);
    }
    ASSERT_TRUE(service->createDraft(intake(busy)).ok());

    CaseFilter withDrafts;
    withDrafts.includeDrafts = true;
    CaseFilter signals;
    signals.types = {CaseType::Signal};
    for (const CaseFilter &filter : {CaseFilter{}, withDrafts, signals}) {
        for (const CaseSortColumn column : {CaseSortColumn::IntakeDate, CaseSortColumn::Number,
                                            CaseSortColumn::Status, CaseSortColumn::NextFollowUp}) {
            for (const bool descending : {true, false}) {
                const CaseSort sort{column, descending};
                const QList<qint64> list = whole(filter, sort);
                EXPECT_EQ(list.size(), *search->count(filter));
                for (const int pageSize : {1, 3, 5}) {
                    const QList<qint64> rows = scrolled(filter, sort, pageSize);
                    EXPECT_EQ(rows, list) << "column " << int(column) << (descending ? " desc" : " asc")
                                          << ", pages of " << pageSize;
                }
            }
        }
    }
}

// The offset of the rows held moves when a newer case is registered above
// them: the next page by offset would show the last row again. After the
// last row's key it goes on where the list left off.
TEST_F(CaseSearchPaging, ACaseRegisteredWhileScrollingNeitherRepeatsNorSkipsARow)
{
    const QDate busy = QDate::currentDate().addDays(-20);
    for (int i = 0; i < 8; ++i)
        registerCase(intake(busy));
    const CaseSort newestFirst{CaseSortColumn::IntakeDate, true};
    const QList<qint64> before = whole({}, newestFirst);

    auto first = search->page({}, newestFirst, 0, 4);
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first->size(), 4);
    const qint64 added = registerCase(intake(busy.addDays(5))).id;
    ASSERT_GT(added, 0);
    auto next = search->pageAfter({}, newestFirst, first->constLast(), 4, 4);
    ASSERT_TRUE(next.ok());

    const QList<qint64> shown = ids(*first) + ids(*next);
    EXPECT_EQ(shown, before);
    EXPECT_EQ(QSet<qint64>(shown.cbegin(), shown.cend()).size(), shown.size());
}
