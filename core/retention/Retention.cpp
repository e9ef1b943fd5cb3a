#include "Retention.h"

#include "CaseErasure.h"
#include "VaultScrub.h"
#include "db/SqlValues.h"
#include "vault/Vault.h"

#include <QLocale>

namespace baken {

namespace {

// Answered from the index case_file_due (schema 9), which holds every column
// these conditions name, in the same order.
constexpr const char *DueCases = " FROM case_file WHERE is_draft = 0 AND status = 'closed' AND destroyed_at IS NULL"
                                 " AND destruction_date IS NOT NULL AND destruction_date <= ?1";

DueCase dueCase(const Statement &row)
{
    DueCase due;
    due.id = row.int64(0);
    due.number = row.text(1);
    due.type = caseTypeFromKey(row.text(2)).value_or(CaseType::Question);
    due.closedOn = QDate::fromString(row.text(3), Qt::ISODate);
    due.destructionDate = QDate::fromString(row.text(4), Qt::ISODate);
    return due;
}

} // namespace

Error destroyedCaseError()
{
    return Error{ErrorCode::InvalidInput,
                 RetentionService::tr("This case was destroyed at the end of its retention period. Its personal data and texts are "
                    "gone; it cannot be reopened or changed. Record anything new in a new case.")};
}

Result<QList<DueCase>> RetentionService::dueCases(const QDate &today) const
{
    const QByteArray query = QByteArray("SELECT id, number, case_type, closed_date, destruction_date") + DueCases
                             + " ORDER BY destruction_date, id";
    auto stmt = m_vault.db().prepare(query.constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, sql::dateText(today));
    QList<DueCase> due;
    if (auto s = stmt->forEach([&](Statement &row) { due << dueCase(row); }); !s)
        return s.error();
    return due;
}

Result<int> RetentionService::dueCount(const QDate &today) const
{
    const QByteArray query = QByteArray("SELECT count(*)") + DueCases;
    auto stmt = m_vault.db().prepare(query.constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, sql::dateText(today));
    auto row = stmt->step();
    if (!row)
        return row.error();
    return int(stmt->int64(0));
}

Status RetentionService::canDestroy(qint64 caseId, const QDate &today) const
{
    auto stmt = m_vault.db().prepare(
        "SELECT number, is_draft, status, destruction_date, destroyed_at IS NOT NULL FROM case_file WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, caseId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::NotFound, tr("There is no such case in this vault.")};
    const QString number = stmt->text(0);
    const QDate destruction = QDate::fromString(stmt->text(3), Qt::ISODate);
    if (stmt->int64(4) != 0)
        return Error{ErrorCode::InvalidInput, tr("Case %1 was already destroyed.").arg(number)};
    if (stmt->int64(1) != 0 || stmt->text(2) != u"closed" || !destruction.isValid())
        return Error{ErrorCode::InvalidInput,
                     tr("Only a closed case whose retention period has ended can be destroyed; case %1 is not "
                        "closed.")
                         .arg(number.isEmpty() ? tr("(draft)") : number)};
    if (destruction > today)
        return Error{ErrorCode::InvalidInput, tr("Case %1 is kept until %2; it cannot be destroyed before then.")
                                                  .arg(number, QLocale().toString(destruction, QLocale::ShortFormat))};
    return {};
}

Status RetentionService::destroyOne(qint64 caseId, const QDate &today)
{
    Transaction tx(m_vault.db());
    if (auto s = tx.begin(); !s)
        return s;
    // Checked inside the transaction, so the case cannot change in between.
    if (auto s = canDestroy(caseId, today); !s)
        return s;
    if (auto s = eraseCase(m_vault.db(), caseId, sql::nowText()); !s)
        return s;
    if (auto s = m_vault.audit().append(QStringLiteral("case.destroyed"), QStringLiteral("case"),
                                        QString::number(caseId));
        !s)
        return s;
    return tx.commit();
}

Status RetentionService::destroy(qint64 caseId, const QDate &today)
{
    if (auto s = destroyOne(caseId, today); !s)
        return s;
    return scrubVault(m_vault.db());
}

Result<int> RetentionService::destroyDue(const QDate &today)
{
    auto due = dueCases(today);
    if (!due)
        return due.error();
    if (due->isEmpty())
        return 0;
    int destroyed = 0;
    Status failed;
    for (const DueCase &c : std::as_const(*due)) {
        failed = destroyOne(c.id, today);
        if (!failed)
            break;
        ++destroyed;
    }
    // Even after a failure, what was destroyed is scrubbed.
    if (destroyed > 0)
        if (auto s = scrubVault(m_vault.db()); !s)
            return s.error();
    if (!failed)
        return failed.error();
    return destroyed;
}

} // namespace baken
