#include "SummaryTableModel.h"

#include "ReportTexts.h"
#include "widgets/Tone.h"

#include <QColor>
#include <QFont>

namespace baken::ui {

SummaryTableModel::SummaryTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SummaryTableModel::setTable(const summary::Table &table, int k, const QString &language)
{
    beginResetModel();
    m_table = table;
    m_k = k;
    m_language = language;
    endResetModel();
}

void SummaryTableModel::clear()
{
    beginResetModel();
    m_table = {};
    endResetModel();
}

bool SummaryTableModel::hasTotalRow() const
{
    return m_table.total.has_value() || !m_table.columnTotals.isEmpty();
}

bool SummaryTableModel::hasTotalColumn() const
{
    return m_table.twoWay() && !m_table.rowTotals.isEmpty();
}

int SummaryTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_table.id.isEmpty())
        return 0;
    return int(m_table.rows.categories.size()) + (hasTotalRow() ? 1 : 0);
}

int SummaryTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_table.id.isEmpty())
        return 0;
    return m_table.columnCount() + (hasTotalColumn() ? 1 : 0);
}

const summary::Figure *SummaryTableModel::figure(int row, int column) const
{
    const int rows = int(m_table.rows.categories.size());
    const int columns = m_table.columnCount();
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return nullptr;
    const bool totalRow = row == rows;
    const bool totalColumn = column == columns;
    if (totalRow && totalColumn)
        return m_table.total ? &*m_table.total : nullptr;
    if (totalRow) {
        if (m_table.twoWay())
            return column < m_table.columnTotals.size() ? &m_table.columnTotals[column] : nullptr;
        return m_table.total ? &*m_table.total : nullptr;
    }
    if (totalColumn)
        return row < m_table.rowTotals.size() ? &m_table.rowTotals[row] : nullptr;
    const qsizetype at = qsizetype(row) * columns + column;
    return at < m_table.cells.size() ? &m_table.cells[at] : nullptr;
}

bool SummaryTableModel::isTotal(int row, int column) const
{
    return row == int(m_table.rows.categories.size()) || column == m_table.columnCount();
}

QString SummaryTableModel::rowLabel(int row) const
{
    if (row < m_table.rows.categories.size())
        return m_table.rows.categories[row].label.in(m_language);
    return totalLabel(m_language);
}

QString SummaryTableModel::columnLabel(int column) const
{
    if (!m_table.twoWay())
        return m_table.counts.in(m_language);
    if (column < m_table.columns->categories.size())
        return m_table.columns->categories[column].label.in(m_language);
    return totalLabel(m_language);
}

QVariant SummaryTableModel::data(const QModelIndex &index, int role) const
{
    const summary::Figure *f = index.isValid() ? figure(index.row(), index.column()) : nullptr;
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return figureText(*f, m_language);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotal(index.row(), index.column())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        return f->published() ? QVariant() : QVariant(toneColorInViews(Tone::Quiet));
    case Qt::ToolTipRole:
        return f->published() ? QVariant() : QVariant(suppressionReason(*f, m_k, m_language));
    case Qt::AccessibleTextRole: {
        // A screen reader hears what the cell is about, not just "x".
        const QString where = m_table.twoWay()
                                  ? rowLabel(index.row()) + QStringLiteral(", ") + columnLabel(index.column())
                                  : rowLabel(index.row());
        const QString what = f->published() ? figureText(*f, m_language) : suppressionReason(*f, m_k, m_language);
        return QVariant(where + QStringLiteral(": ") + what);
    }
    default:
        return {};
    }
}

QVariant SummaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::FontRole) {
        const bool total = orientation == Qt::Vertical ? section == int(m_table.rows.categories.size())
                                                       : hasTotalColumn() && section == m_table.columnCount();
        if (total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section < rowCount() ? rowLabel(section) : QVariant();
    return section < columnCount() ? columnLabel(section) : QVariant();
}

} // namespace baken::ui
