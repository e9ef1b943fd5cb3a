#include "CallbackListModel.h"

#include "DoubtLineContext.h"
#include "widgets/Tone.h"

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QStyle>

namespace baken::ui {

CallbackListModel::CallbackListModel(DoubtLineContext &context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{}

void CallbackListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    if (auto rows = m_context.store().openCallbacks({}))
        m_rows = *rows;
    else
        m_error = rows.error().message;
    endResetModel();
}

qint64 CallbackListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CallbackListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

int CallbackListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CallbackListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallbackListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Consultation &c = m_rows.at(index.row());
    const QDate today = QDate::currentDate();
    const bool overdue = c.callbackDue.isValid() && c.callbackDue < today;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            if (c.callbackDue == today)
                return tr("Today");
            return overdue ? tr("%1 (overdue)").arg(QLocale().toString(c.callbackDue, QLocale::ShortFormat))
                           : QLocale().toString(c.callbackDue, QLocale::ShortFormat);
        case ContactColumn:
            return c.callbackContact;
        case QuestionColumn:
            return c.question;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == QuestionColumn)
            return c.question;
        if (index.column() == DueColumn)
            return tr("Consultation of %1").arg(QLocale().toString(c.occurredAt, QLocale::ShortFormat));
        return {};
    case Qt::DecorationRole:
        if (index.column() == DueColumn && overdue)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && overdue)
            return toneColorInViews(Tone::Problem);
        return {};
    case IdRole:
        return c.id;
    case OverdueRole:
        return overdue;
    default:
        return {};
    }
}

QVariant CallbackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Due");
    case ContactColumn:
        return tr("Call back on");
    case QuestionColumn:
        return tr("Question");
    default:
        return {};
    }
}

} // namespace baken::ui
