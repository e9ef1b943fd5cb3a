#include "CodeListModel.h"

#include "codelists/CodeListService.h"
#include "widgets/Tone.h"

#include <QApplication>

namespace baken::ui {

CodeListModel::CodeListModel(CodeListService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{}

Status CodeListModel::setList(CodeList list)
{
    m_list = list;
    return reload();
}

Status CodeListModel::reload()
{
    auto items = m_service.items(m_list, true);
    beginResetModel();
    m_items = items ? *items : QList<CodeItem>();
    endResetModel();
    if (!items)
        return items.error();
    return {};
}

std::optional<CodeItem> CodeListModel::itemAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return std::nullopt;
    return m_items.at(row);
}

int CodeListModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).id == id)
            return static_cast<int>(row);
    return -1;
}

int CodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int CodeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CodeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CodeItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case DutchColumn:
            return item.labelNl;
        case EnglishColumn:
            return item.labelEn;
        case StatusColumn:
            if (item.retired)
                return tr("Retired");
            return item.builtin ? tr("Standard") : tr("Added");
        }
        break;
    case Qt::ForegroundRole:
        // Retired items stay visible (old records use them) but step back.
        if (item.retired)
            return toneColorInViews(Tone::Quiet);
        break;
    case Qt::ToolTipRole:
        if (item.retired)
            return tr("Retired: no longer offered for new records, kept for old ones.");
        if (item.builtin)
            return tr("A standard item: it can be renamed or retired, not deleted.");
        break;
    default:
        break;
    }
    return {};
}

QVariant CodeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DutchColumn:
        return tr("Dutch");
    case EnglishColumn:
        return tr("English");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace baken::ui
