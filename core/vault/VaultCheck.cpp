#include "VaultCheck.h"

#include "Migrations.h"
#include "Vault.h"

#include <QCoreApplication>

namespace baken {

namespace {

struct CountedTable {
    const char *sql;
    const char *label;
};

// Modules add their record types here as they land.
constexpr CountedTable Counted[] = {
    {"SELECT count(*) FROM code_list_item WHERE retired_at IS NULL",
     QT_TRANSLATE_NOOP("baken::VaultCheck", "Code-list items in use")},
    {"SELECT count(*) FROM code_list_item WHERE retired_at IS NOT NULL",
     QT_TRANSLATE_NOOP("baken::VaultCheck", "Retired code-list items")},
    {"SELECT count(*) FROM audit_log", QT_TRANSLATE_NOOP("baken::VaultCheck", "Audit-log entries")},
};

} // namespace

Result<QList<RecordCount>> recordCounts(Vault &vault)
{
    QList<RecordCount> out;
    for (const CountedTable &table : Counted) {
        auto count = vault.db().queryInt(table.sql);
        if (!count)
            return count.error();
        out << RecordCount{QCoreApplication::translate("baken::VaultCheck", table.label), *count};
    }
    return out;
}

Result<VaultCheckReport> checkVault(Vault &vault)
{
    VaultCheckReport report;
    auto check = vault.db().prepare("PRAGMA integrity_check");
    if (!check)
        return check.error();
    auto checked = check->forEach([&](const Statement &row) {
        if (const QString line = row.text(0); line != u"ok")
            report.integrityProblems << line;
    });
    if (!checked)
        return checked.error();
    report.integrityOk = report.integrityProblems.isEmpty();

    auto version = vault.schemaVersion();
    if (!version)
        return version.error();
    report.schemaVersion = *version;
    report.supportedSchemaVersion = latestSchemaVersion();

    auto audit = vault.audit().verify();
    if (!audit)
        return audit.error();
    report.audit = *audit;

    auto counts = recordCounts(vault);
    if (!counts)
        return counts.error();
    report.counts = *counts;
    return report;
}

} // namespace baken
