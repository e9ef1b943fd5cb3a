#include "CodeListEditor.h"
#include "i18n/Translations.h"

#include "CodeItemDialog.h"
#include "CodeListModel.h"
#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "ui_CodeListEditor.h"
#include "vault/Vault.h"
#include "widgets/Tone.h"

#include <QHeaderView>
#include <QMessageBox>

namespace baken::ui {

CodeListEditor::CodeListEditor(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::CodeListEditor>())
    , m_store(std::make_unique<SqlCodeListStore>(vault.db()))
    , m_service(std::make_unique<CodeListService>(vault, *m_store))
    , m_model(new CodeListModel(*m_service, this))
{
    m_ui->setupUi(this);
    setTone(m_ui->errorLabel, Tone::Problem);
    m_ui->errorLabel->hide();
    for (CodeList list : allCodeLists())
        m_ui->listCombo->addItem(codeListTitle(list), static_cast<int>(list));
    m_ui->table->setModel(m_model);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->table->horizontalHeader()->setSectionResizeMode(CodeListModel::StatusColumn, QHeaderView::ResizeToContents);

    connect(m_ui->listCombo, &QComboBox::currentIndexChanged, this, &CodeListEditor::showList);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CodeListEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CodeListEditor::updateButtons);
    connect(m_ui->table, &QAbstractItemView::activated, this, &CodeListEditor::renameItem);
    connect(m_ui->addButton, &QPushButton::clicked, this, &CodeListEditor::addItem);
    connect(m_ui->renameButton, &QPushButton::clicked, this, &CodeListEditor::renameItem);
    connect(m_ui->retireButton, &QPushButton::clicked, this, [this] { retireItem(true); });
    connect(m_ui->restoreButton, &QPushButton::clicked, this, [this] { retireItem(false); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &CodeListEditor::deleteItem);
    showList(0);
}

CodeListEditor::~CodeListEditor() = default;

void CodeListEditor::showList(int comboIndex)
{
    const auto list = static_cast<CodeList>(m_ui->listCombo->itemData(comboIndex).toInt());
    finish(m_model->setList(list), 0);
}

int CodeListEditor::currentRow() const
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void CodeListEditor::selectItem(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_ui->table->selectRow(row);
        m_ui->table->scrollTo(m_model->index(row, 0));
    }
}

void CodeListEditor::finish(const Status &status, qint64 selectId)
{
    if (!status) {
        m_ui->errorLabel->setText(status.error().message);
        m_ui->errorLabel->show();
        return;
    }
    m_ui->errorLabel->hide();
    if (auto reloaded = m_model->reload(); !reloaded) {
        m_ui->errorLabel->setText(reloaded.error().message);
        m_ui->errorLabel->show();
        return;
    }
    if (selectId)
        selectItem(selectId);
}

void CodeListEditor::addItem()
{
    const CodeList list = m_model->list();
    auto *dialog = new CodeItemDialog(
        tr("Add to “%1”").arg(codeListTitle(list)),
        [this, list](const QString &nl, const QString &en) -> Status {
            auto added = m_service->add(list, nl, en);
            if (!added)
                return added.error();
            finish({}, added->id);
            Q_EMIT codeListChanged();
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CodeListEditor::renameItem()
{
    const auto item = m_model->itemAt(currentRow());
    if (!item)
        return;
    auto *dialog = new CodeItemDialog(
        tr("Rename “%1”").arg(item->label(currentLanguage())),
        [this, id = item->id](const QString &nl, const QString &en) -> Status {
            if (auto s = m_service->relabel(id, nl, en); !s)
                return s;
            finish({}, id);
            Q_EMIT codeListChanged();
            return {};
        },
        this);
    dialog->setLabels(item->labelNl, item->labelEn);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CodeListEditor::retireItem(bool retire)
{
    const auto item = m_model->itemAt(currentRow());
    if (!item)
        return;
    const Status status = retire ? m_service->retire(item->id) : m_service->restore(item->id);
    finish(status, item->id);
    if (status)
        Q_EMIT codeListChanged();
}

void CodeListEditor::deleteItem()
{
    const auto item = m_model->itemAt(currentRow());
    if (!item)
        return;
    // Asked without a nested event loop: an idle lock may destroy this editor
    // while the question is open, and nothing may run on after that.
    auto *question =
        new QMessageBox(QMessageBox::Question, tr("Delete item"),
                        tr("Delete “%1” from the list? This cannot be undone.").arg(item->label(currentLanguage())),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setTextFormat(Qt::PlainText);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, id = item->id](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        const Status status = m_service->remove(id);
        finish(status, 0);
        if (status)
            Q_EMIT codeListChanged();
    });
    question->open();
}

void CodeListEditor::updateButtons()
{
    const auto item = m_model->itemAt(currentRow());
    m_ui->renameButton->setEnabled(item.has_value());
    m_ui->retireButton->setEnabled(item && !item->retired);
    m_ui->restoreButton->setEnabled(item && item->retired);
    m_ui->deleteButton->setEnabled(item && !item->builtin);
}

} // namespace baken::ui
