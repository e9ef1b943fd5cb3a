#pragma once

#include "base/Result.h"
#include "codelists/CodeList.h"

#include <QAbstractTableModel>

#include <optional>

namespace baken {
class CodeListService;
}

namespace baken::ui {

// The items of one code list, retired ones included, as the editor shows
// them. Code lists hold tens of items, so the whole list is read at once.
class CodeListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DutchColumn, EnglishColumn, StatusColumn, ColumnCount };

    explicit CodeListModel(CodeListService &service, QObject *parent = nullptr);

    // Shows `list`; on failure the model is left empty and the error returned.
    Status setList(CodeList list);
    Status reload();
    CodeList list() const { return m_list; }

    std::optional<CodeItem> itemAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CodeListService &m_service;
    CodeList m_list = CodeList::Grounds;
    QList<CodeItem> m_items;
};

} // namespace baken::ui
