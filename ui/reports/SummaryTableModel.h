#pragma once

#include "summary/Summary.h"

#include <QAbstractTableModel>

namespace baken::ui {

// One table of a published summary, exactly as it leaves the vault: row and
// column labels, totals in bold as the last row and column, and for a
// suppressed figure its marker ("<5", "x"), greyed, never a number.
class SummaryTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit SummaryTableModel(QObject *parent = nullptr);

    // `language` is the reader's ("nl" or "en"); `k` names the markers.
    void setTable(const summary::Table &table, int k, const QString &language);
    void clear();
    const summary::Table &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The figure behind a cell of the view (a total in the last row or column).
    const summary::Figure *figure(int row, int column) const;
    bool isTotal(int row, int column) const;

private:
    bool hasTotalRow() const;
    bool hasTotalColumn() const;
    QString rowLabel(int row) const;
    QString columnLabel(int column) const;

    summary::Table m_table;
    int m_k = 5;
    QString m_language;
};

} // namespace baken::ui
