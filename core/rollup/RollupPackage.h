#pragma once

#include "MonthCube.h"
#include "RollupKeys.h"
#include "base/Result.h"
#include "summary/Summary.h"

#include <QByteArray>
#include <QDateTime>

namespace baken::rollup {

// What one advisor's vault hands to a coordinator: the exact (unpublished)
// figures of a period month by month (MonthCube.h), counts only (no free
// text, names, case numbers or dates finer than a month), sealed to the
// coordinator's box key
// (crypto_box_seal) and signed with the advisor's vault sign key. The
// signature covers the recipient's keys, so a package cannot be re-sent to
// another coordinator as if made for them.
struct PackageContents {
    QString sourceLabel;    // "Vertrouwenspersoon Noord", chosen by the advisor
    QByteArray sourceSignKey; // identifies the source
    PublicKeys recipient;
    QDateTime createdAt;    // UTC, to the second: tells a newer package from an older
    MonthCube cube;         // exact figures
};

// Seals and signs `cube` for `to`. Refuses an empty label.
Result<QByteArray> sealPackage(Vault &advisor, const MonthCube &cube, const QString &sourceLabel,
                               const CoordinatorKey &to);

// The advisor's side in one call: the figures of `period` from the vault
// (buildMonthCube), sealed and signed for `to`.
Result<QByteArray> packagePeriod(Vault &advisor, const summary::Period &period, const QString &sourceLabel,
                                 const CoordinatorKey &to);
// Audits a package written to a file: the period and the coordinator, never
// a figure.
Status recordPackageExport(Vault &advisor, const summary::Period &period, const CoordinatorKey &to);

// Opens a package with the coordinator vault's keys: refuses (InvalidInput,
// translated, naming the reason) a file that is not a package, truncated,
// tampered with, sealed to another coordinator, or whose signature fails.
Result<PackageContents> openPackage(Vault &coordinator, const QByteArray &bytes);

// A stable id of a package's bytes (hex BLAKE2b), to recognise the same file twice.
QString packageId(const QByteArray &bytes);

} // namespace baken::rollup
