// The summary's case and doubt-line tables are counted in memory from one
// read of the period's records (core/summary/PeriodRecords.h). This checks
// every figure of them against the straightforward count: one GROUP BY
// statement per table over the vault, as the tables were counted before.
// The vault is the large demo's generator at a small scale: ten years of
// cases with several grounds, forms and measures, status changes and
// referrals after a period's end, drafts, and consultations of every kind.
#include "SummaryBuilderSupport.h"

#include "demo/LargeDemo.h"
#include "summary/Period.h"
#include "summary/SummaryBuilder.h"
#include "support/TestVault.h"

#include <gtest/gtest.h>

using namespace baken;
using namespace baken::summary;

namespace {

using Counts = QHash<QString, qint64>;

// One table's reference: `code` is the category (for a two-way table "row|column")
// of the records that `from` joins and `where` selects; `id` is the record.
struct Reference {
    const char *table;
    const char *code;
    const char *from;
    const char *where;
    const char *id;
};

constexpr const char *Cases = "c.is_draft = 0 AND c.intake_date BETWEEN ?1 AND ?2";
constexpr const char *Consultations = "k.kind = 'consultation' AND k.day BETWEEN ?1 AND ?2";
constexpr const char *GroundJoin = "case_file c LEFT JOIN case_code gc ON gc.case_id = c.id AND gc.kind = 'ground'"
                                   " LEFT JOIN code_list_item gi ON gi.id = gc.item_id";
constexpr const char *UnitJoin = "case_file c LEFT JOIN code_list_item uni ON uni.id = c.unit_id";

const Reference References[] = {
    {"cases.month", "substr(c.intake_date, 1, 7)", "case_file c", Cases, "c.id"},
    {"cases.type", "c.case_type", "case_file c", Cases, "c.id"},
    {"cases.ground", "coalesce(gi.code, 'not_recorded')", GroundJoin, Cases, "c.id"},
    {"cases.form", "coalesce(fi.code, 'not_recorded')",
     "case_file c LEFT JOIN case_code fc ON fc.case_id = c.id AND fc.kind = 'form'"
     " LEFT JOIN code_list_item fi ON fi.id = fc.item_id",
     Cases, "c.id"},
    {"cases.channel", "coalesce(chi.code, 'not_recorded')",
     "case_file c LEFT JOIN code_list_item chi ON chi.id = c.channel_id", Cases, "c.id"},
    {"cases.reporter_role", "coalesce(rri.code, 'not_recorded')",
     "case_file c LEFT JOIN code_list_item rri ON rri.id = c.reporter_role_id", Cases, "c.id"},
    {"cases.accused_role", "coalesce(ari.code, 'not_recorded')",
     "case_file c LEFT JOIN code_list_item ari ON ari.id = c.accused_role_id", Cases, "c.id"},
    {"cases.unit", "coalesce(uni.code, 'not_recorded')", UnitJoin, Cases, "c.id"},
    {"cases.status",
     "coalesce((SELECT s.to_status FROM case_status_change s WHERE s.case_id = c.id AND s.changed_at < ?3"
     " ORDER BY s.changed_at DESC, s.id DESC LIMIT 1), 'new')",
     "case_file c", Cases, "c.id"},
    {"cases.referral", "coalesce(rfi.code, 'none')",
     "case_file c LEFT JOIN referral rf ON rf.case_id = c.id AND rf.referred_on <= ?2"
     " LEFT JOIN code_list_item rfi ON rfi.id = rf.body_id",
     Cases, "c.id"},
    {"cases.measure", "coalesce(mi.code, 'not_recorded')",
     "case_file c LEFT JOIN case_code mc ON mc.case_id = c.id AND mc.kind = 'measure'"
     " LEFT JOIN code_list_item mi ON mi.id = mc.item_id",
     Cases, "c.id"},
    {"cases.unit_by_type", "coalesce(uni.code, 'not_recorded') || '|' || c.case_type", UnitJoin, Cases, "c.id"},
    {"cases.ground_by_type", "coalesce(gi.code, 'not_recorded') || '|' || c.case_type", GroundJoin, Cases, "c.id"},
    {"consultations.month", "substr(k.day, 1, 7)", "consultation k", Consultations, "k.id"},
    {"consultations.channel", "coalesce(chi.code, 'not_recorded')",
     "consultation k LEFT JOIN code_list_item chi ON chi.id = k.channel_id", Consultations, "k.id"},
    {"consultations.topic", "coalesce(tc.kind || ':' || ti.code, 'not_recorded')",
     "consultation k LEFT JOIN consultation_code tc ON tc.consultation_id = k.id"
     " LEFT JOIN code_list_item ti ON ti.id = tc.item_id",
     Consultations, "k.id"},
    {"consultations.assessment", "k.assessment", "consultation k", Consultations, "k.id"},
    {"consultations.outcome", "k.outcome", "consultation k", Consultations, "k.id"},
    {"consultations.caller_role", "coalesce(cri.code, 'not_recorded')",
     "consultation k LEFT JOIN code_list_item cri ON cri.id = k.caller_role_id", Consultations, "k.id"},
    {"non_data_contacts.kind", "k.kind", "consultation k", "k.kind <> 'consultation' AND k.day BETWEEN ?1 AND ?2",
     "k.id"},
};

class SummaryCrossCheck : public ::testing::Test {
protected:
    Counts reference(const Reference &ref, const Period &period, bool total)
    {
        const QByteArray sql = QByteArray("SELECT ") + (total ? "''" : ref.code) + ", count(DISTINCT " + ref.id
                               + ") FROM " + ref.from + " WHERE " + ref.where + " GROUP BY 1";
        auto stmt = vault->db().prepare(sql.constData());
        EXPECT_TRUE(stmt.ok()) << sql.constData();
        Counts out;
        if (!stmt.ok())
            return out;
        stmt->bind(1, sql::dateText(firstDay(period)))
            .bind(2, sql::dateText(lastDay(period)))
            .bind(3, sql::timeText(QDateTime(lastDay(period).addDays(1), QTime(0, 0))));
        EXPECT_TRUE(stmt->forEach([&](const Statement &r) { out[r.text(0)] += r.int64(1); }).ok());
        return out;
    }

    // Every cell and the total of each table against its reference, and no
    // record of the reference left outside the table's categories.
    void check(const Summary &summary, const Period &period)
    {
        int checked = 0;
        for (const Table &table : summary.tables) {
            const Reference *ref = nullptr;
            for (const Reference &r : References)
                if (table.id == QLatin1String(r.table))
                    ref = &r;
            if (!ref)
                continue;
            ++checked;
            const std::string where = table.id.toStdString() + " " + periodKey(period).toStdString();
            Counts expected = reference(*ref, period, false);
            for (int row = 0; row < table.rows.categories.size(); ++row) {
                for (int column = 0; column < table.columnCount(); ++column) {
                    QString code = table.rows.categories[row].code;
                    if (table.twoWay())
                        code += u'|' + table.columns->categories[column].code;
                    EXPECT_EQ(table.cell(row, column).value, expected.take(code)) << where << " " << code.toStdString();
                }
            }
            for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                EXPECT_EQ(it.value(), 0) << where << ": uncounted " << it.key().toStdString();
            EXPECT_EQ(table.total->value, reference(*ref, period, true).value(QString())) << where;
        }
        EXPECT_EQ(checked, int(std::size(References)));
    }

    static Period year(int y) { return {y, 1, y, 12}; }

    test::TestVaultDir dir;
    std::unique_ptr<Vault> vault;
};

} // namespace

TEST_F(SummaryCrossCheck, EveryFigureOfTheLargeDemoIsTheStraightforwardCount)
{
    const QDate today = QDate::currentDate();
    auto made = LargeDemo::create(dir.path(), test::strongPassphrase(), {0.006, today});
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    vault = std::move(*made);

    // Each of the last three years (cases that changed status or were
    // referred after the year ended), and the whole ten years.
    const QList<Period> periods = {year(today.year() - 1), year(today.year() - 2), year(today.year() - 3),
                                   {today.year() - 10, 1, today.year(), today.month()}};
    for (const Period &period : periods) {
        auto summary = buildSummary(vault->db(), period);
        ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
        ASSERT_NO_FATAL_FAILURE(check(*summary, period));
    }
}

TEST_F(SummaryCrossCheck, TheEndTablesOfARunAreTheSameFiguresAsInItsSummary)
{
    const QDate today = QDate::currentDate();
    auto made = LargeDemo::create(dir.path(), test::strongPassphrase(), {0.006, today});
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    vault = std::move(*made);
    const Period period = year(today.year() - 1);
    const QDateTime now = QDateTime::currentDateTime();
    auto whole = buildSummary(vault->db(), period, now);
    auto end = buildWholePeriodTables(vault->db(), period, now);
    ASSERT_TRUE(whole.ok() && end.ok());
    for (const Table &table : end->tables) {
        const auto same = std::find_if(whole->tables.cbegin(), whole->tables.cend(),
                                       [&](const Table &t) { return t.id == table.id; });
        ASSERT_NE(same, whole->tables.cend()) << table.id.toStdString();
        EXPECT_EQ(*same, table) << table.id.toStdString();
    }
}
