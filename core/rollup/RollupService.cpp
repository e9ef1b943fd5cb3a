#include "RollupService.h"

#include "Combine.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "db/SqlValues.h"
#include "summary/Period.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace baken::rollup {

using summary::Period;

namespace {

// Messages in the context "baken::rollup", as lupdate finds them.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(baken::rollup)
};

QString monthKey(int year, int month)
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

QString fromKey(const Period &p)
{
    return monthKey(p.fromYear, p.fromMonth);
}

QString toKey(const Period &p)
{
    return monthKey(p.toYear, p.toMonth);
}

// The audit names the source and the period, never a figure.
QString auditObject(const QString &label, const Period &period)
{
    return label + u' ' + summary::periodKey(period);
}

constexpr const char *PackageColumns =
    "SELECT id, source_id, package_id, period_from, period_to, created_at, imported_at FROM rollup_package ";

StoredPackage packageAt(const Statement &row)
{
    return StoredPackage{row.int64(0),        row.int64(1),       row.text(2), summary::monthRun(row.text(3), row.text(4)),
                         sql::timeAt(row, 5), sql::timeAt(row, 6)};
}

Result<std::optional<qint64>> findId(Database &db, const char *sql, const auto &key)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<qint64>();
    return std::optional<qint64>(stmt->int64(0));
}

// The source of a package, added on its first package. Its label becomes the
// package's when the package is the newest the source ever sent.
Result<qint64> sourceFor(Database &db, const PackageContents &contents)
{
    auto found = findId(db, "SELECT id FROM rollup_source WHERE sign_key = ?1", contents.sourceSignKey);
    if (!found)
        return found.error();
    if (!*found) {
        auto insert = db.prepare("INSERT INTO rollup_source (label, sign_key, first_seen) VALUES (?1, ?2, ?3)");
        if (!insert)
            return insert.error();
        insert->bind(1, contents.sourceLabel).bind(2, contents.sourceSignKey).bind(3, sql::nowText());
        if (auto s = insert->run(); !s)
            return s.error();
        return db.lastInsertId();
    }
    auto newest = db.prepare("SELECT coalesce(max(created_at), '') FROM rollup_package WHERE source_id = ?1");
    if (!newest)
        return newest.error();
    newest->bind(1, **found);
    auto row = newest->step();
    if (!row)
        return row.error();
    if (newest->text(0).isEmpty() || sql::timeAt(*newest, 0) <= contents.createdAt) {
        auto relabel = db.prepare("UPDATE rollup_source SET label = ?1 WHERE id = ?2");
        if (!relabel)
            return relabel.error();
        relabel->bind(1, contents.sourceLabel).bind(2, **found);
        if (auto s = relabel->run(); !s)
            return s.error();
    }
    return **found;
}

// The source's stored packages that share a month with `period`.
Result<QList<StoredPackage>> overlapping(Database &db, qint64 sourceId, const Period &period)
{
    const QByteArray sql = QByteArray(PackageColumns)
                           + "WHERE source_id = ?1 AND period_from <= ?3 AND period_to >= ?2 ORDER BY created_at DESC";
    auto stmt = db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, sourceId).bind(2, fromKey(period)).bind(3, toKey(period));
    QList<StoredPackage> out;
    if (auto s = stmt->forEach([&](const Statement &r) { out << packageAt(r); }); !s)
        return s.error();
    return out;
}

bool within(const Period &inner, const Period &outer)
{
    const QStringList months = summary::periodMonths(outer);
    return months.contains(fromKey(inner)) && months.contains(toKey(inner));
}

Status removePackage(Database &db, qint64 id)
{
    auto stmt = db.prepare("DELETE FROM rollup_package WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return stmt->run();
}

Status writePackage(Database &db, std::optional<qint64> replacing, qint64 sourceId, const QString &id,
                    const PackageContents &contents)
{
    auto json = monthCubeToJson(contents.cube);
    if (!json)
        return json.error();
    const QString text = QString::fromUtf8(QJsonDocument(*json).toJson(QJsonDocument::Compact));
    auto stmt = replacing ? db.prepare("UPDATE rollup_package SET package_id = ?2, created_at = ?3, imported_at = ?4, "
                                       "summary_json = ?5 WHERE id = ?1")
                          : db.prepare("INSERT INTO rollup_package (source_id, package_id, created_at, imported_at, "
                                       "summary_json, period_from, period_to) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, replacing ? *replacing : sourceId)
        .bind(2, id)
        .bind(3, sql::timeText(contents.createdAt))
        .bind(4, sql::nowText())
        .bind(5, text);
    if (!replacing)
        stmt->bind(6, fromKey(contents.cube.period)).bind(7, toKey(contents.cube.period));
    return stmt->run();
}

} // namespace

Result<ImportOutcome>
RollupService::import(const QByteArray &bytes,
                      const std::function<bool(const StoredPackage &old, const PackageContents &newer)> &confirmReplace)
{
    auto contents = openPackage(m_vault, bytes);
    if (!contents)
        return contents.error();
    const QString id = packageId(bytes);
    const Period period = contents->cube.period;

    Database &db = m_vault.db();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto same = findId(db, "SELECT id FROM rollup_package WHERE package_id = ?1", id);
    if (!same)
        return same.error();
    if (*same)
        return ImportOutcome::Duplicate;

    auto sourceId = sourceFor(db, *contents);
    if (!sourceId)
        return sourceId.error();
    auto stored = overlapping(db, *sourceId, period);
    if (!stored)
        return stored.error();
    const auto samePeriod = std::find_if(stored->cbegin(), stored->cend(),
                                         [&](const StoredPackage &p) { return p.period == period; });
    if (samePeriod != stored->cend() && samePeriod->createdAt >= contents->createdAt) {
        return Error{ErrorCode::InvalidInput,
                     Messages::tr("A newer package for this source and period is already imported (%1, %2).")
                         .arg(contents->sourceLabel, summary::periodKey(period))};
    }
    // Older figures of the same months give way only after a yes: the
    // newest package of a month is the one that counts (combineDeliveries).
    QList<StoredPackage> older;
    for (const StoredPackage &p : *stored) {
        if (p.createdAt < contents->createdAt)
            older << p;
    }
    if (!older.isEmpty() && !(confirmReplace && confirmReplace(older.first(), *contents)))
        return ImportOutcome::Kept; // the transaction rolls back a changed label too

    std::optional<qint64> replacing;
    if (samePeriod != stored->cend())
        replacing = samePeriod->id;
    if (auto s = writePackage(db, replacing, *sourceId, id, *contents); !s)
        return s.error();
    // An older package all of whose months the new one holds counts no more.
    for (const StoredPackage &p : older) {
        if (p.id != replacing && within(p.period, period)) {
            if (auto s = removePackage(db, p.id); !s)
                return s.error();
        }
    }
    const bool replaced = !older.isEmpty();
    const QString event = replaced ? u"rollup.package_replaced"_qs : u"rollup.package_imported"_qs;
    if (auto s = m_vault.audit().append(event, u"rollup_source"_qs, auditObject(contents->sourceLabel, period)); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return replaced ? ImportOutcome::Replaced : ImportOutcome::Added;
}

Result<QList<Source>> RollupService::sources() const
{
    auto stmt = m_vault.db().prepare("SELECT id, label, sign_key FROM rollup_source ORDER BY label, id");
    if (!stmt)
        return stmt.error();
    QList<Source> out;
    if (auto s = stmt->forEach([&](const Statement &r) { out << Source{r.int64(0), r.text(1), r.blob(2)}; }); !s)
        return s.error();
    return out;
}

Result<QList<StoredPackage>> RollupService::packages() const
{
    const QByteArray sql = QByteArray(PackageColumns) + "ORDER BY source_id, period_from, period_to";
    auto stmt = m_vault.db().prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    QList<StoredPackage> out;
    if (auto s = stmt->forEach([&](const Statement &r) { out << packageAt(r); }); !s)
        return s.error();
    return out;
}

Result<summary::Summary> RollupService::combined(const Period &period) const
{
    // Every package with a month in the period; 'yyyy-MM' sorts as the months do.
    auto stmt = m_vault.db().prepare("SELECT p.source_id, s.label, p.created_at, p.summary_json FROM rollup_package p "
                                     "JOIN rollup_source s ON s.id = p.source_id "
                                     "WHERE p.period_from <= ?2 AND p.period_to >= ?1 ORDER BY p.id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, fromKey(period)).bind(2, toKey(period));
    struct Row {
        Delivery delivery;
        QByteArray json;
    };
    QList<Row> rows;
    if (auto s = stmt->forEach([&](const Statement &r) {
            rows << Row{Delivery{r.int64(0), r.text(1), sql::timeAt(r, 2), {}}, r.text(3).toUtf8()};
        });
        !s)
        return s.error();
    QList<Delivery> deliveries;
    for (Row &row : rows) {
        auto cube = monthCubeFromJson(QJsonDocument::fromJson(row.json).object());
        if (!cube) {
            return Error{ErrorCode::InvalidInput,
                         Messages::tr("A package from %1 was made by an earlier version of Baken and can no "
                                      "longer be read; ask %1 for a new package.")
                             .arg(row.delivery.sourceLabel)};
        }
        row.delivery.cube = std::move(*cube);
        deliveries << row.delivery;
    }
    return combineDeliveries(deliveries, period);
}

} // namespace baken::rollup
