#include "CaseListModel.h"

#include "CaseContext.h"
#include "CodeChoices.h"
#include "widgets/Tone.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace baken::ui {

namespace {

std::optional<CaseSortColumn> sortColumn(int column)
{
    switch (column) {
    case CaseListModel::NumberColumn:
        return CaseSortColumn::Number;
    case CaseListModel::IntakeDateColumn:
        return CaseSortColumn::IntakeDate;
    case CaseListModel::TypeColumn:
        return CaseSortColumn::Type;
    case CaseListModel::StatusColumn:
        return CaseSortColumn::Status;
    case CaseListModel::UnitColumn:
        return CaseSortColumn::Unit;
    case CaseListModel::NextFollowUpColumn:
        return CaseSortColumn::NextFollowUp;
    default:
        return std::nullopt;
    }
}

} // namespace

CaseListModel::CaseListModel(CaseContext &context, QObject *parent) : QAbstractTableModel(parent), m_context(context) {}

void CaseListModel::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    reload();
}

void CaseListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_error.clear();
    auto total = m_context.search().count(m_filter);
    m_total = total ? *total : 0;
    if (!total)
        m_error = total.error().message;
    // The first page comes with the reset: a view asks for more as it scrolls.
    if (m_total > 0)
        appendPage(false);
    // Views (and the model tester) ask for more while a change is announced;
    // they get it on their next request, not in the middle of this one.
    m_changing = true;
    endResetModel();
    m_changing = false;
    Q_EMIT reloaded(m_total, m_error);
}

void CaseListModel::appendPage(bool announce)
{
    const int offset = static_cast<int>(m_rows.size());
    // The next page starts after the last row held, not at an offset: a
    // deep fetch costs what the first does (CaseSearch::pageAfter).
    auto page = m_rows.isEmpty() ? m_context.search().page(m_filter, m_sort, 0, PageSize)
                                 : m_context.search().pageAfter(m_filter, m_sort, m_rows.constLast(), offset, PageSize);
    if (!page || page->isEmpty()) {
        // Nothing more to read (or the vault refused): stop asking.
        if (!page)
            m_error = page.error().message;
        m_total = offset;
        return;
    }
    if (page->size() < PageSize)
        m_total = offset + static_cast<int>(page->size());
    if (!announce) {
        m_rows.append(*page);
        return;
    }
    m_changing = true;
    beginInsertRows({}, offset, offset + static_cast<int>(page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
    m_changing = false;
}

qint64 CaseListModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

bool CaseListModel::isDraftAt(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).draft;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!m_changing && canFetchMore(parent))
        appendPage(true);
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortColumn(column);
    if (!key)
        return;
    m_sort = CaseSort{*key, order == Qt::DescendingOrder};
    reload();
}

QVariant CaseListModel::display(const CaseSummary &row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row.draft ? tr("Draft") : row.number;
    case IntakeDateColumn:
        return shortDate(row.intakeDate);
    case TypeColumn:
        return label(row.type);
    case StatusColumn:
        return row.draft ? tr("Not registered") : label(row.status);
    case UnitColumn:
        return m_context.label(row.unitId);
    case PseudonymColumn:
        return row.pseudonym;
    case NextFollowUpColumn:
        if (!row.nextDue.isValid())
            return QString();
        return row.overdue ? tr("%1 (overdue)").arg(shortDate(row.nextDue)) : shortDate(row.nextDue);
    }
    return {};
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, index.column());
    case Qt::ForegroundRole:
        if (index.column() == NextFollowUpColumn && row.overdue)
            return QBrush(toneColorInViews(Tone::Problem));
        break;
    case Qt::DecorationRole:
        // Overdue is told by the icon and the words too, never by colour alone.
        if (index.column() == NextFollowUpColumn && row.overdue)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::FontRole:
        if (row.draft) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NextFollowUpColumn && row.overdue)
            return tr("A follow-up of this case is overdue.");
        if (row.draft)
            return tr("An intake that was not registered yet. Open it to finish or discard it.");
        break;
    case CaseIdRole:
        return row.id;
    case DraftRole:
        return row.draft;
    case OverdueRole:
        return row.overdue;
    default:
        break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case IntakeDateColumn:
        return tr("Intake");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case UnitColumn:
        return tr("Unit");
    case PseudonymColumn:
        return tr("Pseudonym");
    case NextFollowUpColumn:
        return tr("Next follow-up");
    }
    return {};
}

} // namespace baken::ui
