#pragma once

#include "FigureRelations.h"

#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace baken::summary {

// What a reader of the published summary knows of one figure.
enum class Knowledge {
    Published,  // its value
    Suppressed, // that it is at least 1 (zeros are published)
    Unknown,    // nothing: a figure no table prints
};

struct FigureState {
    Knowledge knowledge = Knowledge::Published;
    qint64 value = 0;       // exact; read only while Published
    bool secondary = false; // suppressed to protect another figure
};

// The exact whole-number interval a reader can narrow a figure down to.
struct Interval {
    qint64 low = 0;
    std::optional<qint64> high; // none: no upper bound
    // False when the solver gave no proof; the figure then counts as exposed.
    bool proven = true;
    bool atLeast(qint64 width) const { return proven && (!high || *high - low >= width); }
};

// The figures that are not published and are linked through relations to
// `start`: a reader who bounds one of them has to reason about all of them
// together, and about nothing outside.
QList<int> hiddenComponent(const FigureRelations &relations, const std::vector<FigureState> &states, int start);

// The integer program of one component: its hidden figures as whole-number
// variables, the published figures as constants, every relation that touches
// them. Solved with GLPK: the LP relaxation first (its interval contains the
// integer one, so a narrow LP interval already proves exposure), and the
// exact integer bound wherever the LP optimum is not whole.
class IntervalAudit {
public:
    IntervalAudit(const FigureRelations &relations, const std::vector<FigureState> &states, const QList<int> &component);
    ~IntervalAudit();
    IntervalAudit(const IntervalAudit &) = delete;
    IntervalAudit &operator=(const IntervalAudit &) = delete;

    Interval interval(int figure);

private:
    struct Problem;
    std::unique_ptr<Problem> m_problem;
};

} // namespace baken::summary
