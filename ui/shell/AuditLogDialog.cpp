#include "AuditLogDialog.h"

#include "AuditLogModel.h"
#include "ui_AuditLogDialog.h"
#include "vault/Vault.h"
#include "widgets/ButtonDescriptions.h"
#include "widgets/Tone.h"

#include <QAction>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

namespace baken::ui {

AuditLogDialog::AuditLogDialog(Vault &vault, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::AuditLogDialog>())
    , m_vault(vault)
    , m_model(new AuditLogModel(vault.audit(), this))
{
    m_ui->setupUi(this);
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    m_ui->messageLabel->hide();
    m_ui->entryTable->setModel(m_model);
    m_ui->entryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->entryTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    describeStandardButtons(m_ui->buttonBox);

    // Typing filters after a short pause, so a long log is not read per key.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] {
        m_model->setFilterText(m_ui->filterEdit->text());
        if (!m_model->errorText().isEmpty())
            showMessage(m_model->errorText(), true);
    });
    // Enter in the filter applies it at once and goes to the list.
    connect(m_ui->filterEdit, &QLineEdit::returnPressed, this, [this, typing] {
        typing->stop();
        m_model->setFilterText(m_ui->filterEdit->text());
        m_ui->entryTable->setFocus();
        if (m_model->rowCount() > 0)
            m_ui->entryTable->selectRow(0);
    });
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus();
        m_ui->filterEdit->selectAll();
    });
    addAction(find);

    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditLogDialog::verifyChain);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_model->errorText().isEmpty())
        showMessage(m_model->errorText(), true);
    m_ui->filterEdit->setFocus();
}

AuditLogDialog::~AuditLogDialog() = default;

bool AuditLogDialog::verifyChain()
{
    auto checked = m_vault.audit().verify();
    if (!checked) {
        showMessage(tr("The audit log could not be checked: %1").arg(checked.error().message), true);
        return false;
    }
    if (checked->intact) {
        showMessage(tr("The audit log is intact: all %n entries are linked and unchanged since they were written.",
                       nullptr, int(checked->entries)),
                    false);
        return true;
    }
    showMessage(tr("The audit log has been tampered with at entry no. %1 (of %2 entries): that entry was changed "
                   "after it was written, or the entry before it was removed. Entries from there on cannot be "
                   "trusted. Keep this vault as it is, restore your latest backup to go on working, and report this "
                   "to whoever manages your laptop.")
                    .arg(checked->firstBrokenId)
                    .arg(checked->entries),
                true);
    // Show the entry where the chain breaks, whatever the filter hid.
    {
        const QSignalBlocker quiet(m_ui->filterEdit);
        m_ui->filterEdit->clear();
    }
    m_model->setFilterText({});
    const int row = m_model->rowOfEntry(checked->firstBrokenId);
    if (row >= 0) {
        m_ui->entryTable->selectRow(row);
        m_ui->entryTable->scrollTo(m_model->index(row, 0));
    }
    return false;
}

QString AuditLogDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void AuditLogDialog::showMessage(const QString &text, bool problem)
{
    m_ui->messageLabel->setText(text);
    setTone(m_ui->messageLabel, problem ? Tone::Problem : Tone::Success);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

} // namespace baken::ui
