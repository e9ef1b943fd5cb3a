#include "DisclosureControl.h"

#include "FigureRelations.h"
#include "SecondarySuppression.h"
#include "UnitMerging.h"

#include <QCoreApplication>

#include <vector>

namespace baken::summary {

namespace {

Figure &figureAt(Summary &summary, const FigurePlace &place)
{
    Table &table = summary.tables[place.table];
    switch (place.slot) {
    case FigurePlace::Slot::Cell: return table.cells[place.index];
    case FigurePlace::Slot::RowTotal: return table.rowTotals[place.index];
    case FigurePlace::Slot::ColumnTotal: return table.columnTotals[place.index];
    case FigurePlace::Slot::Total: break;
    }
    return *table.total;
}

bool otherUnitsMargin(const SummaryFigure &figure)
{
    return figure.conditions.size() == 1 && figure.conditions.first().second == OtherUnitsCode;
}

} // namespace

Result<Summary> publish(const Summary &exact, int k)
{
    if (k < MinimumK || k > MaximumK) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("baken::summary",
                                                 "The smallest number that may be shown must be from %1 to %2.")
                         .arg(MinimumK)
                         .arg(MaximumK)};
    }
    if (exact.published) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("baken::summary",
                                                 "This summary has already been made anonymous. "
                                                 "Make a new one from the vault to change its settings.")};
    }

    Summary summary = exact;
    summary.rules = Rules{};
    summary.rules.k = k;
    summary.rules.mergedUnits = mergeSmallUnits(summary, k);

    auto relations = FigureRelations::of(summary);
    if (!relations)
        return relations.error();

    // Primary suppression; a figure no table holds a value for stays unknown.
    const QList<SummaryFigure> &figures = relations->figures();
    std::vector<FigureState> states(figures.size());
    for (int f = 0; f < figures.size(); ++f) {
        if (!figures[f].value)
            states[f].knowledge = Knowledge::Unknown;
        else if (*figures[f].value >= 1 && *figures[f].value < k)
            states[f].knowledge = Knowledge::Suppressed;
        else
            states[f].value = *figures[f].value;
    }
    if (Status protectedAll = protectSuppressed(*relations, states, k); !protectedAll)
        return protectedAll.error();

    for (int f = 0; f < figures.size(); ++f) {
        if (states[f].knowledge != Knowledge::Suppressed)
            continue;
        // Small and secondary figures look the same: see Suppression::Hidden.
        for (const FigurePlace &place : figures[f].places)
            figureAt(summary, place) = {std::nullopt, Suppression::Hidden};
        // The rules say "other units" stayed below k: not so when it is
        // hidden only to protect another figure.
        if (otherUnitsMargin(figures[f]) && !states[f].secondary)
            summary.rules.otherUnitsSuppressed = true;
    }
    summary.published = true;
    return summary;
}

} // namespace baken::summary
