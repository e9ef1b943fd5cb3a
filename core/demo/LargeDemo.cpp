#include "LargeDemo.h"

#include "BulkWriter.h"
#include "DemoCasePlan.h"
#include "DemoConsultationPlan.h"
#include "DemoVault.h"
#include "cases/CaseService.h"
#include "cases/SqlCaseStore.h"
#include "codelists/SqlCodeListStore.h"
#include "db/Database.h"
#include "db/FullTextSearch.h"

#include <cmath>

namespace baken {

namespace {

using demo::BulkWriter;

// Cases come in on working days, evenly over the ten years, oldest first so
// that case numbers follow the intake dates. The last week has a few drafts.
Status addCases(Vault &vault, const LargeDemoOptions &options, BulkWriter &writer, LargeDemoCounts &counts)
{
    SqlCodeListStore codes(vault.db());
    auto loaded = demo::DemoCodes::load(codes);
    if (!loaded)
        return loaded.error();
    SqlCaseStore store(vault.db());
    const demo::DemoCaseShape shape{17, 2, true};
    demo::DemoCaseGenerator generator(*loaded, options.today, 20260214u, shape);
    const int total = LargeDemo::caseCount(options.scale);
    const QDate first = options.today.addDays(1 - LargeDemo::Days);
    std::optional<Transaction> tx;
    int year = 0;
    for (int i = 0; i < total; ++i) {
        QDate day = first.addDays(qint64(i) * LargeDemo::Days / total);
        day = day.addDays(-std::max(0, day.dayOfWeek() - 5)); // a weekend's intake on the Friday before
        if (day.year() != year) {                             // one transaction a year
            if (auto s = tx ? tx->commit() : Status{}; !s)
                return s;
            tx.emplace(vault.db());
            if (auto s = tx->begin(); !s)
                return s;
            year = day.year();
        }
        const bool draft = day > options.today.addDays(-7) && i % 4 == 0;
        if (auto id = writer.writeCase(generator.planOn(day, draft)); !id)
            return id.error();
    }
    counts.cases = total;
    counts.contacts = writer.contacts();
    counts.followUps = writer.followUps();
    // The search rows exactly as the services write them, all at once.
    if (auto s = store.indexNewCases(0); !s)
        return s;
    return tx ? tx->commit() : Status{};
}

// The consultations' search rows come from a trigger on each insert, and
// FTS4 writes its gathered terms to disk at every statement: a segment merge
// per consultation (139 s of the large vault's build). For the bulk load the
// trigger is set aside and the index built from the rows in one pass
// ('rebuild'), all in one transaction, so the vault never holds
// consultations without their search rows nor lacks the trigger.
class ConsultationIndexPaused {
public:
    static constexpr const char *Trigger = "consultation_search_after_insert";

    explicit ConsultationIndexPaused(Database &db) : m_db(db) {}

    Status pause()
    {
        const QByteArray query =
            QByteArray("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '") + Trigger + "'";
        auto sql = m_db.queryText(query.constData());
        if (!sql)
            return sql.error();
        m_trigger = *sql;
        const QByteArray drop = QByteArray("DROP TRIGGER ") + Trigger;
        return m_db.exec(drop.constData());
    }

    Status resume()
    {
        if (auto s = m_db.exec(m_trigger.toUtf8().constData()); !s)
            return s;
        if (auto s = m_db.exec("INSERT INTO consultation_search (consultation_search) VALUES ('rebuild')"); !s)
            return s;
        return mergeFtsSegments(m_db, "consultation_search");
    }

private:
    Database &m_db;
    QString m_trigger;
};

Status addConsultations(Vault &vault, const LargeDemoOptions &options, BulkWriter &writer, LargeDemoCounts &counts)
{
    SqlCodeListStore codes(vault.db());
    auto loaded = demo::DemoConsultationCodes::load(vault, codes);
    if (!loaded)
        return loaded.error();
    demo::DemoConsultationGenerator generator(*loaded, options.today, 20260401u,
                                              LargeDemo::DoubtLineVolumeAtScale1 * options.scale);
    Transaction tx(vault.db());
    if (auto s = tx.begin(); !s)
        return s;
    ConsultationIndexPaused index(vault.db());
    if (auto s = index.pause(); !s)
        return s;
    for (QDate from = options.today.addDays(1 - LargeDemo::Days); from <= options.today; from = from.addYears(1)) {
        const QList<Consultation> plans =
            generator.between(from, std::min(from.addYears(1).addDays(-1), options.today));
        for (const Consultation &c : plans) {
            if (auto id = writer.writeConsultation(c); !id)
                return id.error();
        }
        counts.consultations += int(plans.size());
    }
    if (auto s = index.resume(); !s)
        return s;
    return tx.commit();
}

} // namespace

int LargeDemo::caseCount(double scale)
{
    return std::max(1, int(std::lround(CasesAtScale1 * scale)));
}

int LargeDemo::groupCount(double scale)
{
    return std::max(1, int(std::lround(GroupsAtScale1 * scale)));
}

Result<std::unique_ptr<Vault>> LargeDemo::create(const QString &path, const QString &passphrase,
                                                 const LargeDemoOptions &options, LargeDemoCounts *counts)
{
    auto vault = DemoVault::createEmpty(path, passphrase);
    if (!vault)
        return vault;
    auto filled = fill(**vault, options);
    if (!filled)
        return filled.error();
    if (counts)
        *counts = *filled;
    return vault;
}

namespace {

// For the build only: demo data has nothing to overwrite when FTS merges
// free pages, and a larger cache keeps a year's transaction in memory.
// configureConnection()'s settings come back afterwards, whatever happens.
class BuildSettings {
public:
    explicit BuildSettings(Database &db) : m_db(db)
    {
        (void)m_db.exec("PRAGMA secure_delete = OFF");
        (void)m_db.exec("PRAGMA cache_size = -262144");
    }
    ~BuildSettings()
    {
        (void)m_db.exec("PRAGMA secure_delete = ON");
        (void)m_db.exec("PRAGMA cache_size = -65536");
    }
    BuildSettings(const BuildSettings &) = delete;
    BuildSettings &operator=(const BuildSettings &) = delete;

private:
    Database &m_db;
};

} // namespace

Result<LargeDemoCounts> LargeDemo::fill(Vault &vault, const LargeDemoOptions &options)
{
    const BuildSettings settings(vault.db());
    SqlCodeListStore codes(vault.db());
    SqlCaseStore cases(vault.db());
    BulkWriter writer(vault.db(), options.today, CaseService(vault, cases, codes).retentionMonths());
    LargeDemoCounts counts;
    if (auto s = addCases(vault, options, writer, counts); !s)
        return s.error();
    if (auto s = addConsultations(vault, options, writer, counts); !s)
        return s.error();
    if (auto s = demo::addLargeGroups(vault, options, counts); !s)
        return s.error();
    return counts;
}

} // namespace baken
