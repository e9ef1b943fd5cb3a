#include "SummaryBuilder.h"

#include "Period.h"
#include "SummaryTables.h"
#include "codelists/SqlCodeListStore.h"
#include "db/Database.h"

#include <QCoreApplication>

#include <functional>

namespace baken::summary {

namespace {

Status checkPeriod(const Period &period)
{
    if (!firstDay(period).isValid() || !lastDay(period).isValid() || firstDay(period) > lastDay(period)) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("baken::summary", "Choose a period whose start lies before its "
                                                                   "end.")};
    }
    // A period still to come would be all zeros: most likely a typing error.
    if (firstDay(period) > QDate::currentDate()) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("baken::summary", "The period %1 has not begun yet; choose one that "
                                                                   "has.")
                         .arg(periodKey(period))};
    }
    return {};
}

using TableGroup = std::function<Result<QList<Table>>(const detail::PeriodQuery &, const CodeListStore &)>;

// The tables of `groups`, in order, from one snapshot.
Result<Summary> build(Database &db, const Period &period, const QList<TableGroup> &groups)
{
    if (auto s = checkPeriod(period); !s)
        return s.error();
    // Every table from one snapshot, so that the totals that several tables
    // share are the same number even if something is written meanwhile.
    ReadSnapshot snapshot(db);
    if (auto s = snapshot.begin(); !s)
        return s.error();

    const detail::PeriodQuery query(db, period);
    const SqlCodeListStore codes(db);
    Summary summary;
    summary.period = period;
    summary.published = false;
    summary.generator = QStringLiteral("Baken " BAKEN_VERSION);
    for (const TableGroup &group : groups) {
        auto tables = group(query, codes);
        if (!tables)
            return tables.error();
        summary.tables << *tables;
    }
    return summary;
}

} // namespace

Result<Summary> buildSummary(Database &db, const Period &period)
{
    return buildSummary(db, period, QDateTime::currentDateTime());
}

Result<Summary> buildSummary(Database &db, const Period &period, const QDateTime &now)
{
    return build(db, period,
                 {&detail::caseTables, &detail::hoursTables, &detail::doubtLineTables,
                  [&](const detail::PeriodQuery &query, const CodeListStore &) {
                      return detail::groupTables(query, now);
                  }});
}

Result<Summary> buildWholePeriodTables(Database &db, const Period &period, const QDateTime &now)
{
    return build(db, period,
                 {&detail::caseEndTables, &detail::hoursTables,
                  [&](const detail::PeriodQuery &query, const CodeListStore &) {
                      return detail::groupEndTables(query, now);
                  }});
}

QStringList wholePeriodTableIds()
{
    return {u"cases.status"_qs, u"cases.referral"_qs, u"hours.activity"_qs, u"groups.activity"_qs};
}

} // namespace baken::summary
