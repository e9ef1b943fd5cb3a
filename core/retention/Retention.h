#pragma once

#include "base/Result.h"
#include "cases/CaseTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace baken {

class Database;
class Vault;

// A closed case past its destruction date: what the advisor needs to decide,
// never its text.
struct DueCase {
    qint64 id = 0;
    QString number;
    CaseType type = CaseType::Question;
    QDate closedOn;
    QDate destructionDate;
};

// Retention (DESIGN.md, "The vault"): lists the cases whose destruction date
// has come and destroys them on the advisor's word. Destroying erases the
// personal data and every free text of the case (CaseErasure.h), keeps the
// coded fields the statistics need, audits "case.destroyed" with the case id
// only, and then scrubs the vault file and its -wal (VaultScrub.h).
class RetentionService {
    Q_DECLARE_TR_FUNCTIONS(baken::RetentionService)

public:
    explicit RetentionService(Vault &vault) : m_vault(vault) {}

    // Registered, closed, destruction date on or before `today`, not yet
    // destroyed; oldest destruction date first.
    Result<QList<DueCase>> dueCases(const QDate &today = QDate::currentDate()) const;
    // How many dueCases() would list, from an index: cheap enough for every
    // unlock (the dashboard's hint).
    Result<int> dueCount(const QDate &today = QDate::currentDate()) const;
    // One case, in one transaction, then the scrub. Refuses a case that is
    // not due (changing nothing).
    Status destroy(qint64 caseId, const QDate &today = QDate::currentDate());
    // Why destroy() would refuse the case, if it would; for asking the
    // advisor only about what can be done.
    Status canDestroy(qint64 caseId, const QDate &today = QDate::currentDate()) const;
    // Every due case, one transaction each, then one scrub. Returns how many
    // were destroyed; stops at the first error (those before it stay
    // destroyed).
    Result<int> destroyDue(const QDate &today = QDate::currentDate());

private:
    Status destroyOne(qint64 caseId, const QDate &today);

    Vault &m_vault;
};

// What the advisor reads when trying to change or reopen a destroyed case.
Error destroyedCaseError();

} // namespace baken
