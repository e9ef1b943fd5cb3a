#include "VaultSettings.h"

#include "Vault.h"
#include "summary/DisclosureControl.h"

#include <QCoreApplication>

namespace baken {

namespace {

// The translation context of these messages (lupdate needs a class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(baken::VaultSettings)
};

const QString RetentionKey = QStringLiteral("retention_months");
const QString SummaryKKey = QStringLiteral("summary_k");

} // namespace

Result<int> retentionMonths(Vault &vault)
{
    auto stored = vault.meta(RetentionKey);
    if (!stored)
        return stored.error();
    bool ok = false;
    const int months = stored->toInt(&ok);
    if (!ok || months < VaultSettings::MinRetentionMonths || months > VaultSettings::MaxRetentionMonths)
        return VaultSettings::DefaultRetentionMonths;
    return months;
}

Status setRetentionMonths(Vault &vault, int months)
{
    if (months < VaultSettings::MinRetentionMonths || months > VaultSettings::MaxRetentionMonths)
        return Error{ErrorCode::InvalidInput, Text::tr("The retention period must lie between %1 and %2 months.")
                                                  .arg(VaultSettings::MinRetentionMonths)
                                                  .arg(VaultSettings::MaxRetentionMonths)};
    return writeVaultSetting(vault, RetentionKey, QString::number(months));
}

Result<int> summaryK(Vault &vault)
{
    auto stored = vault.meta(SummaryKKey);
    if (!stored)
        return stored.error();
    bool ok = false;
    const int k = stored->toInt(&ok);
    if (!ok || k < summary::MinimumK || k > summary::MaximumK)
        return summary::DefaultK;
    return k;
}

Status setSummaryK(Vault &vault, int k)
{
    if (k < summary::MinimumK || k > summary::MaximumK)
        return Error{ErrorCode::InvalidInput,
                     Text::tr("k must lie between %1 and %2: figures below %1 would let people be recognised.")
                         .arg(summary::MinimumK)
                         .arg(summary::MaximumK)};
    return writeVaultSetting(vault, SummaryKKey, QString::number(k));
}

Status writeVaultSetting(Vault &vault, const QString &key, const QString &value)
{
    Database &db = vault.db();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    auto stmt = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    if (value.isEmpty())
        stmt->bindText(2, "", 0);
    else
        stmt->bind(2, value);
    if (auto s = stmt->run(); !s)
        return s;
    if (auto s = vault.audit().append(QStringLiteral("vault.setting_changed"), QStringLiteral("setting"), key); !s)
        return s;
    return tx.commit();
}

} // namespace baken
