#include "FigureRelations.h"

#include <QCoreApplication>

#include <algorithm>

namespace baken::summary {

namespace {

using Conditions = QList<QPair<QString, QString>>;

QString identityKey(const QString &population, const Conditions &conditions)
{
    QString key = population;
    for (const auto &[axis, code] : conditions)
        key += u'\x1f' + axis + u'=' + code;
    return key;
}

// Figures of a measure table are separate numbers with no relation, so they
// are kept apart from every other table by the table's own id.
bool measureTable(const Table &table)
{
    return table.rows.key == u"measure";
}

// The category of a multi-valued axis that a record is in only when it is in
// no other one: "not recorded", and "not referred" on the referral axis.
// -1 for a single-valued axis or one without such a category.
int exclusiveCategory(const Axis &axis)
{
    if (!axis.multiValued)
        return -1;
    for (int i = 0; i < axis.categories.size(); ++i) {
        const QString &code = axis.categories[i].code;
        if (code == u"not_recorded" || (axis.key == u"referral" && code == u"none"))
            return i;
    }
    return -1;
}

} // namespace

int FigureRelations::figure(const QString &population, Conditions conditions)
{
    std::sort(conditions.begin(), conditions.end());
    const QString key = identityKey(population, conditions);
    if (auto it = m_byIdentity.constFind(key); it != m_byIdentity.cend())
        return *it;
    const int index = int(m_figures.size());
    m_figures.append({population, std::move(conditions), std::nullopt, {}});
    m_relationsOf.append(QList<int>{});
    m_byIdentity.insert(key, index);
    return index;
}

void FigureRelations::addRelation(QList<int> parts, int whole, bool exact, bool disjoint)
{
    QList<int> sorted = parts;
    std::sort(sorted.begin(), sorted.end());
    QString key = QString::number(whole) + (disjoint ? u'<' : exact ? u'=' : u'>');
    for (int part : sorted)
        key += u',' + QString::number(part);
    // "cases by unit" and the row totals of "cases by unit and type" state
    // the same relation; one copy keeps the audit small.
    if (m_relationByKey.contains(key))
        return;
    const int index = int(m_relations.size());
    m_relationByKey.insert(key, index);
    for (int part : parts)
        m_relationsOf[part].append(index);
    m_relationsOf[whole].append(index);
    m_relations.append({std::move(parts), whole, exact && !disjoint, disjoint});
}

// A record in the exclusive category is in no other one, so the reader knows
// exclusive + other <= whole for every other category: with "not recorded"
// 17 of 20, no other category can be above 3.
void FigureRelations::addExclusive(const QList<int> &slice, int exclusive, int whole)
{
    if (exclusive < 0)
        return;
    for (int i = 0; i < slice.size(); ++i) {
        if (i != exclusive)
            addRelation({slice[exclusive], slice[i]}, whole, false, true);
    }
}

void FigureRelations::addTable(const Table &table, int tableIndex)
{
    const bool measures = measureTable(table);
    const QString population = measures ? table.population + u"\x1f#" + table.id : table.population;
    const Axis &rows = table.rows;
    const int rowCount = int(rows.categories.size());
    const int columnCount = table.columnCount();

    auto place = [&](int index, const Figure &shown, FigurePlace::Slot slot, int slotIndex) {
        m_figures[index].places.append({tableIndex, slot, slotIndex});
        if (!m_figures[index].value)
            m_figures[index].value = shown.value;
    };
    auto rowCondition = [&](int r) { return QPair<QString, QString>(rows.key, rows.categories[r].code); };
    auto columnCondition = [&](int c) {
        return QPair<QString, QString>(table.columns->key, table.columns->categories[c].code);
    };

    QList<int> cells;
    for (int r = 0; r < rowCount; ++r) {
        for (int c = 0; c < columnCount; ++c) {
            Conditions conditions{rowCondition(r)};
            if (table.twoWay())
                conditions.append(columnCondition(c));
            const int index = figure(population, conditions);
            const int slotIndex = r * columnCount + c;
            if (slotIndex < table.cells.size())
                place(index, table.cells[slotIndex], FigurePlace::Slot::Cell, slotIndex);
            cells.append(index);
        }
    }
    const int total = figure(population, {});
    if (table.total)
        place(total, *table.total, FigurePlace::Slot::Total, 0);
    if (measures)
        return; // separate measures: no relation between them

    const int rowsExclusive = exclusiveCategory(rows);
    if (!table.twoWay()) {
        addRelation(cells, total, !rows.multiValued);
        addExclusive(cells, rowsExclusive, total);
        return;
    }
    // A two-way table without its margins still implies them: they become
    // figures no table prints, which the audit treats as unknown.
    QList<int> rowTotals, columnTotals;
    for (int r = 0; r < rowCount; ++r) {
        const int index = figure(population, {rowCondition(r)});
        if (r < table.rowTotals.size())
            place(index, table.rowTotals[r], FigurePlace::Slot::RowTotal, r);
        rowTotals.append(index);
    }
    for (int c = 0; c < columnCount; ++c) {
        const int index = figure(population, {columnCondition(c)});
        if (c < table.columnTotals.size())
            place(index, table.columnTotals[c], FigurePlace::Slot::ColumnTotal, c);
        columnTotals.append(index);
    }
    const bool rowsExact = !rows.multiValued;
    const bool columnsExact = !table.columns->multiValued;
    const int columnsExclusive = exclusiveCategory(*table.columns);
    for (int r = 0; r < rowCount; ++r) {
        const QList<int> row = cells.mid(qsizetype(r) * columnCount, columnCount);
        addRelation(row, rowTotals[r], columnsExact);
        addExclusive(row, columnsExclusive, rowTotals[r]);
    }
    for (int c = 0; c < columnCount; ++c) {
        QList<int> column;
        for (int r = 0; r < rowCount; ++r)
            column.append(cells[r * columnCount + c]);
        addRelation(column, columnTotals[c], rowsExact);
        addExclusive(column, rowsExclusive, columnTotals[c]);
    }
    addRelation(rowTotals, total, rowsExact);
    addExclusive(rowTotals, rowsExclusive, total);
    addRelation(columnTotals, total, columnsExact);
    addExclusive(columnTotals, columnsExclusive, total);
}

Result<FigureRelations> FigureRelations::of(const Summary &summary)
{
    FigureRelations relations;
    for (int t = 0; t < summary.tables.size(); ++t)
        relations.addTable(summary.tables[t], t);

    // The same figure printed twice with two values would make every relation
    // through it wrong, and the audit with it.
    auto figureAt = [&summary](const FigurePlace &p) -> const Figure & {
        const Table &table = summary.tables[p.table];
        switch (p.slot) {
        case FigurePlace::Slot::Cell: return table.cells[p.index];
        case FigurePlace::Slot::RowTotal: return table.rowTotals[p.index];
        case FigurePlace::Slot::ColumnTotal: return table.columnTotals[p.index];
        case FigurePlace::Slot::Total: break;
        }
        return *table.total;
    };
    for (const SummaryFigure &f : relations.m_figures) {
        for (const FigurePlace &p : f.places) {
            if (figureAt(p).value != f.value) {
                return Error{ErrorCode::Integrity,
                             QCoreApplication::translate("baken::summary",
                                                         "The tables of this summary do not agree with each other, "
                                                         "so it cannot be made anonymous safely.")};
            }
        }
    }
    return relations;
}

} // namespace baken::summary
