#pragma once

#include "cases/CaseSearch.h"

#include <QAbstractTableModel>

namespace baken::ui {

class CaseContext;

// The case list over CaseSearch: counts the matches, then reads them in
// pages of PageSize as the view scrolls (canFetchMore / fetchMore), so it
// never holds more rows than have been looked at. Rows carry no case text.
class CaseListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        IntakeDateColumn,
        TypeColumn,
        StatusColumn,
        UnitColumn,
        PseudonymColumn,
        NextFollowUpColumn,
        ColumnCount
    };
    enum Role { CaseIdRole = Qt::UserRole + 1, DraftRole, OverdueRole };
    static constexpr int PageSize = 100;

    explicit CaseListModel(CaseContext &context, QObject *parent = nullptr);

    // Runs the query again from the first page.
    void setFilter(const CaseFilter &filter);
    const CaseFilter &filter() const { return m_filter; }
    void reload();
    int totalCount() const { return m_total; }
    // The last error in words, empty when the last query worked.
    QString errorText() const { return m_error; }
    qint64 caseIdAt(int row) const;
    bool isDraftAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    // After every reload, with the total and the error text (empty if none).
    void reloaded(int total, const QString &error);

private:
    QVariant display(const CaseSummary &row, int column) const;
    // Reads the next page; `announce` is false inside a reset.
    void appendPage(bool announce);

    CaseContext &m_context;
    CaseFilter m_filter;
    CaseSort m_sort;
    QList<CaseSummary> m_rows;
    int m_total = 0;
    QString m_error;
    bool m_changing = false;
};

} // namespace baken::ui
