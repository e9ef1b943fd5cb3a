#include "DemoVault.h"

#include "DemoCases.h"
#include "DemoConsultations.h"
#include "DemoGroups.h"
#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"

namespace baken {

namespace {

constexpr int DemoCaseCount = 300;

} // namespace

QString DemoVault::defaultPassphrase()
{
    return QStringLiteral("demo-baken-2026");
}

Result<std::unique_ptr<Vault>> DemoVault::createEmpty(const QString &path, const QString &passphrase)
{
    VaultCreateOptions options;
    options.allowWeakPassphrase = true;
    options.demo = true;
    auto vault = Vault::create(path, passphrase, std::move(options));
    if (!vault)
        return vault;

    // A fictitious municipality's units; modules add cases, consultations and
    // groups here as they land.
    SqlCodeListStore store((*vault)->db());
    CodeListService codeLists(**vault, store);
    const std::pair<const char *, const char *> units[] = {
        {"Stadsdeel Noord", "District North"}, {"Stadsdeel Zuid", "District South"},
        {"Publiekszaken", "Public Services"},  {"Sociaal Domein", "Social Services"},
        {"Stadsbeheer", "City Maintenance"},   {"Bedrijfsvoering", "Operations"},
        {"Handhaving", "Enforcement"},
    };
    for (const auto &[nl, en] : units) {
        if (auto item = codeLists.add(CodeList::Units, QString::fromUtf8(nl), QString::fromUtf8(en)); !item)
            return item.error();
    }
    // The advisor's client organisations, for the monthly hours; the first is
    // the municipality whose units are listed above.
    const std::pair<const char *, const char *> clients[] = {
        {"Gemeente Havenstad", "Municipality of Havenstad"},
        {"Werkbedrijf Havenstad", "Havenstad Employment Agency"},
        {"Veiligheidsregio Kustland", "Kustland Safety Region"},
    };
    for (const auto &[nl, en] : clients) {
        if (auto item = codeLists.add(CodeList::Clients, QString::fromUtf8(nl), QString::fromUtf8(en)); !item)
            return item.error();
    }
    return vault;
}

Result<std::unique_ptr<Vault>> DemoVault::create(const QString &path, const QString &passphrase)
{
    auto vault = createEmpty(path, passphrase);
    if (!vault)
        return vault;
    if (auto s = DemoCases::add(**vault, DemoCaseCount); !s)
        return s.error();
    if (auto consultations = DemoConsultations::add(**vault); !consultations)
        return consultations.error();
    if (auto groups = DemoGroups::add(**vault); !groups)
        return groups.error();
    return vault;
}

} // namespace baken
