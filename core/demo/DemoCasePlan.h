#pragma once

#include "DemoPhrases.h"
#include "base/Result.h"
#include "cases/CaseRecord.h"

#include <QHash>

#include <optional>

namespace baken {
class CodeListStore;
}

namespace baken::demo {

// The code-list ids the generator draws from, by stable code.
struct DemoCodes {
    QHash<QString, qint64> grounds, forms, channels, reporterRoles, accusedRoles, bodies, measures, outcomes,
        activities;
    QList<qint64> units;
    QList<qint64> clients; // the first is the municipality the units belong to

    static Result<DemoCodes> load(const CodeListStore &store);
};

// One invented case and everything that happens to it, in the order an
// advisor would record it. Written through CaseService for the demo vault.
struct DemoCasePlan {
    CaseIntake intake;
    bool draft = false; // left half-typed
    std::optional<FollowUp> callback;
    CaseStatus status = CaseStatus::New; // where the case ends up
    QList<ContactMoment> contacts;
    QList<HoursEntry> hours;
    std::optional<Referral> referral;
    qint64 outcomeId = 0; // closed (and reopened) cases
    QList<qint64> measureIds;
    QDate closedOn;
    QList<FollowUp> followUps;   // added later than the intake
    int completePastPercent = 0; // share of follow-ups already due that were done
};

// Deterministic: the same seed and day give the same cases.
class DemoCaseGenerator {
public:
    DemoCaseGenerator(DemoCodes codes, const QDate &today, quint32 seed = 20260214u);
    DemoCaseGenerator(const DemoCaseGenerator &) = delete; // m_text refers to m_rng
    DemoCaseGenerator &operator=(const DemoCaseGenerator &) = delete;
    DemoCasePlan next();

private:
    CaseIntake intake(const QDate &date);
    void plan(DemoCasePlan &p);
    QDateTime momentOn(const QDate &date);

    DemoCodes m_codes;
    QDate m_today;
    std::mt19937 m_rng;
    DemoPhrases m_text{m_rng};
    int m_count = 0;
};

} // namespace baken::demo
