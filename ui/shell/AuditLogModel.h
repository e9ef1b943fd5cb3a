#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>

namespace baken::ui {

// The vault's audit log, newest first, read in pages of PageSize as the view
// scrolls (canFetchMore / fetchMore). A filter is applied in the vault, so
// it finds entries that were never loaded. Holds no case content: the log
// has none.
class AuditLogModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { IdColumn, WhenColumn, WhatColumn, RecordColumn, WhoColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;

    explicit AuditLogModel(AuditLog &log, QObject *parent = nullptr);

    // Text typed by the user, matched against the shown words and the codes.
    void setFilterText(const QString &text);
    void reload();
    // The last error in words, empty when the last read worked.
    QString errorText() const { return m_error; }
    // The row of entry `id` if loaded (loading pages until it is), or -1.
    int rowOfEntry(qint64 id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    // Reads the next page; `announce` is false inside a reset.
    void appendPage(bool announce);

    AuditLog &m_log;
    QString m_filter;
    QList<AuditEntry> m_entries;
    QString m_error;
    bool m_atEnd = false;
};

} // namespace baken::ui
