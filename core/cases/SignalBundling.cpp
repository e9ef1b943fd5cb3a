#include "SignalBundling.h"

#include "db/Database.h"
#include "db/SqlValues.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace baken {

using namespace sql;

Result<QList<SignalGroup>> SignalBundling::groups(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || from > to) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("baken::SignalBundling", "Choose a period whose start lies before "
                                                                          "its end.")};
    }
    // Most recent first, so that a person group's display name is the name
    // as it was typed last. The window keeps this to a year's cases at most.
    auto stmt = m_db.prepare("SELECT id, number, unit_id, accused_key, accused_name, consent_bundle FROM case_file"
                             " WHERE is_draft = 0 AND intake_date >= ?1 AND intake_date <= ?2"
                             " ORDER BY intake_date DESC, id DESC");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, dateText(from)).bind(2, dateText(to));

    QList<SignalGroup> all;
    QHash<qint64, qsizetype> byUnit;
    QHash<QString, qsizetype> byPerson;
    const auto join = [&](SignalGroup &group, const Statement &r) {
        group.caseIds << r.int64(0);
        group.caseNumbers << r.text(1);
        group.consentingReporters += r.int64(5) != 0 ? 1 : 0;
    };
    auto read = stmt->forEach([&](const Statement &r) {
        if (const qint64 unit = r.int64(2); unit > 0) {
            auto it = byUnit.find(unit);
            if (it == byUnit.end()) {
                it = byUnit.insert(unit, all.size());
                all << SignalGroup{SignalGroup::Kind::Unit, unit, {}, {}, {}, {}, 0, 0};
            }
            join(all[*it], r);
        }
        if (const QString key = r.text(3); !key.isEmpty()) {
            auto it = byPerson.find(key);
            if (it == byPerson.end()) {
                it = byPerson.insert(key, all.size());
                all << SignalGroup{SignalGroup::Kind::Person, 0, key, r.text(4), {}, {}, 0, 0};
            }
            join(all[*it], r);
        }
    });
    if (!read)
        return read.error();

    // Consultations handed over to a case are that case already.
    auto consultations = m_db.prepare("SELECT unit_id, count(*) FROM consultation WHERE kind = 'consultation'"
                                      " AND case_id IS NULL AND unit_id IS NOT NULL AND day >= ?1 AND day <= ?2"
                                      " GROUP BY unit_id ORDER BY unit_id");
    if (!consultations)
        return consultations.error();
    consultations->bind(1, dateText(from)).bind(2, dateText(to));
    read = consultations->forEach([&](const Statement &r) {
        const qint64 unit = r.int64(0);
        auto it = byUnit.find(unit);
        if (it == byUnit.end()) {
            it = byUnit.insert(unit, all.size());
            all << SignalGroup{SignalGroup::Kind::Unit, unit, {}, {}, {}, {}, 0, 0};
        }
        all[*it].consultations = int(r.int64(1));
    });
    if (!read)
        return read.error();

    QList<SignalGroup> out;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(out),
                 [](const SignalGroup &g) { return g.signals() >= 2; });
    std::sort(out.begin(), out.end(), [](const SignalGroup &a, const SignalGroup &b) {
        if (a.signals() != b.signals())
            return a.signals() > b.signals();
        if (a.kind != b.kind)
            return a.kind == SignalGroup::Kind::Unit;
        return a.kind == SignalGroup::Kind::Unit ? a.unitId < b.unitId : a.personKey < b.personKey;
    });
    return out;
}

} // namespace baken
