#pragma once

#include "audit/AuditLog.h"
#include "base/Result.h"

#include <QList>
#include <QString>

namespace baken {

class Vault;

struct RecordCount {
    QString label; // translated, e.g. "Code-list items"
    qint64 count = 0;
};

// What `baken-cli verify` and the dashboard report about an open vault.
struct VaultCheckReport {
    bool integrityOk = false;
    QStringList integrityProblems;
    int schemaVersion = 0;
    int supportedSchemaVersion = 0;
    AuditVerification audit;
    QList<RecordCount> counts;

    bool healthy() const { return integrityOk && audit.intact; }
};

Result<QList<RecordCount>> recordCounts(Vault &vault);
Result<VaultCheckReport> checkVault(Vault &vault);

} // namespace baken
