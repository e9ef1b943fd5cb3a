#pragma once

#include "Summary.h"
#include "base/Result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace baken::summary {

// Where a figure is printed.
struct FigurePlace {
    enum class Slot { Cell, RowTotal, ColumnTotal, Total };
    int table = 0;
    Slot slot = Slot::Cell;
    int index = 0; // into cells, rowTotals or columnTotals
};

// One number of a summary, however many tables print it: the row totals of
// "cases by unit and type" are the cells of "cases by unit".
struct SummaryFigure {
    QString population;
    QList<QPair<QString, QString>> conditions; // axis key, category code; sorted
    std::optional<qint64> value;               // the exact value, if any table holds it
    // Empty for a figure that a relation needs but no table prints (a table
    // without its total): the reader does not know it either.
    QList<FigurePlace> places;
};

// What the table structure tells any reader: the parts add up to the whole
// (`exact`), or, over a multi-valued axis, they add up to at least the whole
// and none exceeds it. `disjoint` parts share no record, so they add up to
// at most the whole: the exclusive category of a multi-valued axis ("not
// recorded", "not referred") and any other category of it.
struct FigureRelation {
    QList<int> parts;
    int whole = 0;
    bool exact = true;
    bool disjoint = false; // then exact is false
};

// The figures of a summary as one set of numbers, and every linear relation
// between them that the structure of its tables reveals.
class FigureRelations {
public:
    // Fails when two tables print different values for the same figure: such
    // a summary cannot be protected, because its relations are wrong.
    static Result<FigureRelations> of(const Summary &summary);

    const QList<SummaryFigure> &figures() const { return m_figures; }
    const QList<FigureRelation> &relations() const { return m_relations; }
    // Indexes into relations() of those that mention the figure.
    const QList<int> &relationsOf(int figure) const { return m_relationsOf[figure]; }

private:
    int figure(const QString &population, QList<QPair<QString, QString>> conditions);
    void addRelation(QList<int> parts, int whole, bool exact, bool disjoint = false);
    void addExclusive(const QList<int> &slice, int exclusive, int whole);
    void addTable(const Table &table, int tableIndex);

    QList<SummaryFigure> m_figures;
    QHash<QString, int> m_byIdentity;
    QList<FigureRelation> m_relations;
    QHash<QString, int> m_relationByKey;
    QList<QList<int>> m_relationsOf;
};

} // namespace baken::summary
