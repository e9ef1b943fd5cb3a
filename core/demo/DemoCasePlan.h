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

// Which follow-ups the advisor already did: decided by id and date, so that
// it is the same in every demo vault without another draw from the generator.
bool wasDone(const FollowUp &f, const DemoCasePlan &p, const QDate &today);

// How busy the cases are. The defaults are the small demo vault's; the large
// vault (LargeDemo.h) has ten years of cases, so more contacts per case, a
// few long-running ones, and old cases closed as an advisor would have.
struct DemoCaseShape {
    int contactSpread = 6;      // contacts per case: 1 + uniform [0, spread)
    int longCasePerMille = 0;   // cases with 60 to 150 contact moments
    bool closeOldCases = false; // cases older than a year are nearly all closed
};

// Deterministic: the same seed and day give the same cases.
class DemoCaseGenerator {
public:
    DemoCaseGenerator(DemoCodes codes, const QDate &today, quint32 seed = 20260214u, DemoCaseShape shape = {});
    DemoCaseGenerator(const DemoCaseGenerator &) = delete; // m_text refers to m_rng
    DemoCaseGenerator &operator=(const DemoCaseGenerator &) = delete;
    // Intake dates over the last 18 months; one in 75 a draft of last week.
    DemoCasePlan next();
    // One case taken in on `intakeDate` (the large vault's dates come in order).
    DemoCasePlan planOn(const QDate &intakeDate, bool draft);

private:
    CaseIntake intake(const QDate &date);
    void plan(DemoCasePlan &p);
    QDateTime momentOn(const QDate &date);

    DemoCodes m_codes;
    QDate m_today;
    DemoCaseShape m_shape;
    std::mt19937 m_rng;
    DemoPhrases m_text{m_rng};
    int m_count = 0;
};

} // namespace baken::demo
