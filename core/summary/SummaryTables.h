#pragma once

// What the table builders of buildSummary() share: queries over one period,
// axes from code lists and enums, and tables with their totals.
// Internal to core/summary.

#include "Summary.h"
#include "base/Result.h"
#include "codelists/CodeList.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>

#include <functional>
#include <utility>

namespace baken {
class CodeListStore;
class Database;
class Statement;
} // namespace baken

namespace baken::summary::detail {

// Category code -> count; for a two-way table (row code, column code) -> count.
using Counts = QHash<QString, qint64>;
using PairCounts = QHash<std::pair<QString, QString>, qint64>;

// Queries over one period: ?1 is its first day, ?2 its last day, ?3 the
// first moment after it as stored UTC text. Values are always bound.
class PeriodQuery {
public:
    PeriodQuery(Database &db, const Period &period);

    Database &db() const { return m_db; }
    const Period &period() const { return m_period; }

    // Every row of `sql`, bound as above.
    Status each(const char *sql, const std::function<void(const Statement &)> &row) const;

private:
    Database &m_db;
    Period m_period;
    QString m_first;
    QString m_last;
    QString m_end;
};

// `source` in both languages, from the context "baken::summary"; mark it with
// QT_TRANSLATE_NOOP("baken::summary", ...) where it is written.
Text text(const char *source);

Category notRecorded();
// The months of the period, every one of them.
Axis monthAxis(const Period &period);
// The items of a code list as categories, in the list's order: every active
// item (a coordinator compares years, so unused ones stay), and a retired
// one only when it has records in `used`. `prefix` goes before each code.
Result<QList<Category>> codeCategories(const CodeListStore &codes, CodeList list, const Counts &used,
                                       const QString &prefix = {});
// Categories for codes in `used` that `categories` lacks (an item of another
// list, say), so that no record goes uncounted.
void addUnknown(QList<Category> &categories, const Counts &used);

// What every table says about itself.
struct TableHead {
    QString id;
    Section section;
    Text title;
    QString population;
    Text counts;
};

// A one-way table: one cell per category of `rows`, and the total.
Table oneWay(const TableHead &head, const Axis &rows, const Counts &cells, qint64 total);
// A two-way table. The row and column totals are the one-way counts of the
// same population, so that a figure with the same identity is the same
// number in every table.
Table twoWay(const TableHead &head, const Axis &rows, const Axis &columns, const PairCounts &cells,
             const Counts &rowTotals, const Counts &columnTotals, qint64 total);
// Separate measures (rows.key "measure"): no total, no relation between rows.
Table measureList(const TableHead &head, const Axis &rows, const Counts &cells);

// The tables of each section, in the order the summary lists them.
Result<QList<Table>> caseTables(const PeriodQuery &query, const CodeListStore &codes);
Result<QList<Table>> hoursTables(const PeriodQuery &query, const CodeListStore &codes);
Result<QList<Table>> doubtLineTables(const PeriodQuery &query, const CodeListStore &codes);
// `now` decides which sessions of the period were held already.
Result<QList<Table>> groupTables(const PeriodQuery &query, const QDateTime &now);

// The tables whose figures depend on where the period ends, not only on the
// records in it, so that a period's figures are not the sum of its months'
// (buildEndTables): the status at the period end, referrals up to it, and
// the groups and participants active in it (distinct over the period).
Result<QList<Table>> caseEndTables(const PeriodQuery &query, const CodeListStore &codes);
Result<QList<Table>> groupEndTables(const PeriodQuery &query, const QDateTime &now);

} // namespace baken::summary::detail
