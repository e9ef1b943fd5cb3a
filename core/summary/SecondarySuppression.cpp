#include "SecondarySuppression.h"

#include <QCoreApplication>

#include <glpk.h>

#include <algorithm>

namespace baken::summary {

namespace {

// The published figure whose suppression costs least and may free `figure`:
// one in a relation with it (else with any figure of its component), a
// cell before a total (more conditions = a finer figure), the smallest first.
// Zeros are never suppressed: the reader knows a suppressed figure is not 0.
int cheapestNeighbour(const FigureRelations &relations, const std::vector<FigureState> &states,
                      const QList<int> &from, const FigureRelation *only = nullptr)
{
    int best = -1;
    auto better = [&](int a, int b) {
        const auto &fa = relations.figures()[a];
        const auto &fb = relations.figures()[b];
        if (fa.conditions.size() != fb.conditions.size())
            return fa.conditions.size() > fb.conditions.size();
        if (states[a].value != states[b].value)
            return states[a].value < states[b].value;
        return a < b;
    };
    for (int figure : from) {
        for (int r : relations.relationsOf(figure)) {
            const FigureRelation &relation = relations.relations()[r];
            if (only && &relation != only)
                continue;
            auto consider = [&](int other) {
                if (states[other].knowledge == Knowledge::Published && states[other].value > 0
                    && (best < 0 || better(other, best)))
                    best = other;
            };
            for (int part : relation.parts)
                consider(part);
            consider(relation.whole);
        }
    }
    return best;
}

void suppress(std::vector<FigureState> &states, int figure)
{
    states[figure].knowledge = Knowledge::Suppressed;
    states[figure].secondary = true;
}

// The subtraction attack, closed without a solver: an equality in which one
// figure alone is unknown gives it away, so a second one is suppressed. This
// settles most figures before the solver runs, which saves audit rounds; the
// audit afterwards finds what the lines alone do not show.
void closeLines(const FigureRelations &relations, std::vector<FigureState> &states)
{
    for (bool changed = true; changed;) {
        changed = false;
        for (const FigureRelation &relation : relations.relations()) {
            if (!relation.exact)
                continue;
            int hidden = 0, suppressed = -1;
            auto count = [&](int f) {
                if (states[f].knowledge != Knowledge::Published) {
                    ++hidden;
                    if (states[f].knowledge == Knowledge::Suppressed)
                        suppressed = f;
                }
            };
            for (int part : relation.parts)
                count(part);
            count(relation.whole);
            if (hidden != 1 || suppressed < 0)
                continue;
            if (const int neighbour = cheapestNeighbour(relations, states, {suppressed}, &relation); neighbour >= 0) {
                suppress(states, neighbour);
                changed = true;
            }
        }
    }
}

// GLPK keeps an environment per thread until glp_free_env; a summary made on
// a pool thread would otherwise leave it behind when the thread ends. Every
// problem of an audit is deleted before this runs.
struct GlpkThreadEnvironment {
    GlpkThreadEnvironment() = default;
    GlpkThreadEnvironment(const GlpkThreadEnvironment &) = delete;
    GlpkThreadEnvironment &operator=(const GlpkThreadEnvironment &) = delete;
    ~GlpkThreadEnvironment() { glp_free_env(); }
};

} // namespace

Status protectSuppressed(const FigureRelations &relations, std::vector<FigureState> &states, int k)
{
    const GlpkThreadEnvironment glpk;
    const qint64 width = k - 2;
    const int count = int(states.size());
    std::vector<bool> safe(count, false);
    closeLines(relations, states);
    // Suppressing a figure only widens what a reader can believe of every
    // other one, so a figure once proven safe stays safe and is not audited
    // again. Each round audits every component once, on one problem, and
    // gives each exposed figure one more suppressed neighbour, unless a
    // neighbour added this round already shares a relation with it.
    for (bool added = true; added;) {
        added = false;
        std::vector<bool> audited(count, false);
        std::vector<bool> touched(relations.relations().size(), false);
        for (int start = 0; start < count; ++start) {
            if (states[start].knowledge != Knowledge::Suppressed || safe[start] || audited[start])
                continue;
            const QList<int> component = hiddenComponent(relations, states, start);
            IntervalAudit audit(relations, states, component);
            for (int figure : component) {
                audited[figure] = true;
                if (states[figure].knowledge != Knowledge::Suppressed || safe[figure])
                    continue;
                if (audit.interval(figure).atLeast(width)) {
                    safe[figure] = true;
                    continue;
                }
                const QList<int> &mine = relations.relationsOf(figure);
                if (std::any_of(mine.cbegin(), mine.cend(), [&](int r) { return touched[r]; }))
                    continue; // next round, once that neighbour counts
                int neighbour = cheapestNeighbour(relations, states, {figure});
                if (neighbour < 0)
                    neighbour = cheapestNeighbour(relations, states, component);
                if (neighbour < 0 && added)
                    continue; // the audit predates this round's additions
                if (neighbour < 0) {
                    return Error{ErrorCode::Integrity,
                                 QCoreApplication::translate("baken::summary",
                                                             "Some figures of this summary cannot be hidden well "
                                                             "enough. Choose a longer period or fewer tables.")};
                }
                suppress(states, neighbour);
                for (int r : relations.relationsOf(neighbour))
                    touched[r] = true;
                added = true;
            }
        }
        closeLines(relations, states);
    }
    return {};
}

} // namespace baken::summary
