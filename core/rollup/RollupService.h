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
    Replaced,  // newer figures for months of the same source already imported, confirmed
    Kept,      // a newer one was offered and the user said no: nothing changed
};

// The coordinator's side: packages kept in the vault (schema version 5),
// combined per period. Every import is audited (source label and period,
// never figures).
class RollupService {
public:
    explicit RollupService(Vault &vault) : m_vault(vault) {}

    // Opens, checks and stores a package. When the source's figures for some
    // of its months were imported before from an older package,
    // `confirmReplace` is asked (with the newest of those); on a yes the new
    // package counts for those months and older packages all of whose months
    // it holds are removed. An older package than the stored one for the
    // same period is refused. Nothing changes on any refusal or a no.
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
