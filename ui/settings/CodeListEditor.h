#pragma once

#include "base/Result.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CodeListEditor;
}

namespace baken {
class CodeListService;
class SqlCodeListStore;
class Vault;
} // namespace baken

namespace baken::ui {

class CodeListModel;

// Pick a code list, see its items, and add, rename, retire, restore or
// delete them through CodeListService. Every refusal is shown in words.
class CodeListEditor final : public QWidget {
    Q_OBJECT

public:
    explicit CodeListEditor(Vault &vault, QWidget *parent = nullptr);
    ~CodeListEditor() override;

    CodeListModel *model() const { return m_model; }

Q_SIGNALS:
    void codeListChanged();

private:
    void showList(int comboIndex);
    void addItem();
    void renameItem();
    void retireItem(bool retire);
    void deleteItem();
    void updateButtons();
    int currentRow() const;
    void selectItem(qint64 id);
    // Shows the outcome of a change: the error in words, or a fresh table.
    void finish(const Status &status, qint64 selectId);

    std::unique_ptr<::Ui::CodeListEditor> m_ui;
    std::unique_ptr<SqlCodeListStore> m_store;
    std::unique_ptr<CodeListService> m_service;
    CodeListModel *m_model;
};

} // namespace baken::ui
