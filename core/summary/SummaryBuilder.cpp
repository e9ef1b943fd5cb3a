#include "SummaryBuilder.h"

#include "Period.h"
#include "SummaryTables.h"
#include "codelists/SqlCodeListStore.h"
#include "db/Database.h"

#include <QCoreApplication>

#include <sqlcipher/sqlite3.h>

namespace baken::summary {

namespace {

// Every table is read from one snapshot of the vault, so that the totals
// that several tables share are the same number even if something is
// written while the summary is made. A deferred transaction only reads.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database &db) : m_db(db) {}
    ~ReadSnapshot()
    {
        if (m_active)
            (void)m_db.exec("ROLLBACK");
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    Status begin()
    {
        // Inside a caller's transaction the snapshot is that transaction's.
        if (sqlite3_get_autocommit(m_db.handle()) == 0)
            return {};
        Status status = m_db.exec("BEGIN");
        m_active = status.ok();
        return status;
    }

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace

Result<Summary> buildSummary(Database &db, const Period &period)
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
    ReadSnapshot snapshot(db);
    if (auto s = snapshot.begin(); !s)
        return s.error();

    const detail::PeriodQuery query(db, period);
    const SqlCodeListStore codes(db);
    Summary summary;
    summary.period = period;
    summary.published = false;
    summary.generator = QStringLiteral("Baken " BAKEN_VERSION);

    const auto add = [&](Result<QList<Table>> tables) -> Status {
        if (!tables)
            return tables.error();
        summary.tables << *tables;
        return {};
    };
    if (auto s = add(detail::caseTables(query, codes)); !s)
        return s.error();
    if (auto s = add(detail::hoursTables(query, codes)); !s)
        return s.error();
    if (auto s = add(detail::doubtLineTables(query, codes)); !s)
        return s.error();
    if (auto s = add(detail::groupTables(query, QDateTime::currentDateTime())); !s)
        return s.error();
    return summary;
}

} // namespace baken::summary
