#pragma once

#include "RollupPackage.h"
#include "base/Result.h"
#include "summary/Summary.h"

#include <functional>

namespace baken {
class Vault;
}

namespace baken::rollup {

// A source the coordinator has received packages from.
struct Source {
    qint64 id = 0;
    QString label;
    QByteArray signKey;
};

struct StoredPackage {
    qint64 id = 0;
    qint64 sourceId = 0;
    QString packageId;
    summary::Period period;
    QDateTime createdAt;
    QDateTime importedAt;
};

enum class ImportOutcome {
    Added,
    Duplicate, // the same file was imported before: nothing changed
    Replaced,  // a newer package for the same source and period, confirmed
    Kept,      // a newer one was offered and the user said no: nothing changed
};

// The coordinator's side: packages kept in the vault (schema version 5),
// combined per period. Every import is audited (source label and period,
// never figures).
class RollupService {
public:
    explicit RollupService(Vault &vault) : m_vault(vault) {}

    // Opens, checks and stores a package. An older package for the same
    // source and period is replaced only when `confirmReplace` says yes; an
    // older package than the one stored is refused. Nothing changes on any
    // refusal.
    Result<ImportOutcome> import(const QByteArray &bytes, const std::function<bool(const StoredPackage &old,
                                                                                  const PackageContents &newer)> &confirmReplace);
    Result<QList<Source>> sources() const;
    Result<QList<StoredPackage>> packages() const;

    // The exact sum of every source's packages whose periods lie within
    // `period` (categories matched by code; labels from the newest package),
    // with Summary::coverage saying which months each source delivered.
    // Publish it with summary::publish before it leaves the vault.
    Result<summary::Summary> combined(const summary::Period &period) const;

private:
    Vault &m_vault;
};

} // namespace baken::rollup
