#include "AuditLogModel.h"

#include "AuditEventText.h"

#include <QLocale>

namespace baken::ui {

AuditLogModel::AuditLogModel(AuditLog &log, QObject *parent) : QAbstractTableModel(parent), m_log(log)
{
    reload();
}

void AuditLogModel::setFilterText(const QString &text)
{
    m_filter = text.trimmed();
    reload();
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_error.clear();
    m_atEnd = false;
    appendPage(false);
    endResetModel();
}

void AuditLogModel::appendPage(bool announce)
{
    AuditQuery query;
    query.beforeId = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    query.limit = PageSize;
    query.text = m_filter;
    query.events = auditEventsMatching(m_filter);
    auto page = m_log.find(query);
    if (!page) {
        m_error = page.error().message;
        m_atEnd = true;
        return;
    }
    m_atEnd = page->size() < PageSize;
    if (page->isEmpty())
        return;
    if (announce)
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page->size() - 1));
    m_entries += *page;
    if (announce)
        endInsertRows();
}

int AuditLogModel::rowOfEntry(qint64 id)
{
    for (;;) {
        for (qsizetype row = 0; row < m_entries.size(); ++row)
            if (m_entries.at(row).id == id)
                return int(row);
        // Newest first: once past it, it is not in this (filtered) list.
        if (m_atEnd || (!m_entries.isEmpty() && m_entries.constLast().id < id))
            return -1;
        appendPage(true);
    }
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == EntryIdRole)
        return entry.id;
    if (role == Qt::TextAlignmentRole && index.column() == IdColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == WhatColumn)
        return entry.event;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return entry.id;
    case WhenColumn:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case WhatColumn:
        return auditEventText(entry.event);
    case RecordColumn:
        return auditRecordText(entry.objectType, entry.objectId);
    case WhoColumn:
        return entry.actor;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("No.");
    case WhenColumn:
        return tr("When");
    case WhatColumn:
        return tr("What");
    case RecordColumn:
        return tr("Record");
    case WhoColumn:
        return tr("Who");
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        appendPage(true);
}

} // namespace baken::ui
