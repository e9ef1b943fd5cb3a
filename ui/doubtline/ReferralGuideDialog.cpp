#include "ReferralGuideDialog.h"

#include "cases/CaseContext.h"
#include "codelists/SqlCodeListStore.h"
#include "ui_ReferralGuideDialog.h"
#include "vault/Vault.h"
#include "widgets/Tone.h"

#include <QAction>
#include <QSignalBlocker>

namespace baken::ui {

ReferralGuideDialog::ReferralGuideDialog(Vault &vault, qint64 bodyId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ReferralGuideDialog>())
    , m_codes(std::make_unique<SqlCodeListStore>(vault.db()))
    , m_guide(vault)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    for (AnonymousReports value :
         {AnonymousReports::Unknown, AnonymousReports::Yes, AnonymousReports::Partly, AnonymousReports::No})
        m_ui->anonymousCombo->addItem(label(value), static_cast<int>(value));
    for (QPlainTextEdit *edit : {m_ui->whatNlEdit, m_ui->whatEnEdit, m_ui->whenNlEdit, m_ui->whenEnEdit,
                                 m_ui->nextNlEdit, m_ui->nextEnEdit, m_ui->noteNlEdit, m_ui->noteEnEdit}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] { m_dirty = m_dirty || !m_loading; });
    }
    m_ui->contactEdit->setMaxLength(ReferralGuide::MaxTextLength);
    connect(m_ui->contactEdit, &QLineEdit::textChanged, this, [this] { m_dirty = m_dirty || !m_loading; });
    connect(m_ui->anonymousCombo, &QComboBox::currentIndexChanged, this, [this] { m_dirty = m_dirty || !m_loading; });

    const QString language = uiLanguage();
    auto entries = m_guide.entries();
    if (!entries) {
        showMessage(entries.error().message, true);
    } else {
        m_entries = *entries;
        for (const GuideEntry &entry : std::as_const(m_entries)) {
            auto item = m_codes->item(entry.bodyId);
            auto *row = new QListWidgetItem(item ? item->label(language) : QString(), m_ui->bodyList);
            row->setData(Qt::UserRole, entry.bodyId);
            row->setToolTip(row->text());
            if (item && item->retired)
                row->setForeground(toneColorInViews(Tone::Quiet));
        }
    }
    connect(m_ui->bodyList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == m_row)
            return;
        if (!saveCurrent()) {
            // Stay on the entry that could not be saved, with the reason shown.
            const QSignalBlocker blocker(m_ui->bodyList);
            m_ui->bodyList->setCurrentRow(m_row);
            return;
        }
        showEntry(row);
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        if (saveCurrent())
            showMessage(tr("Saved."), false);
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ReferralGuideDialog::reject);
    auto *save = new QAction(this);
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, m_ui->saveButton, &QPushButton::click);
    addAction(save);
    m_ui->saveButton->setToolTip(save->shortcut().toString(QKeySequence::NativeText));

    selectBody(bodyId);
    if (m_ui->bodyList->currentRow() < 0 && m_ui->bodyList->count() > 0)
        m_ui->bodyList->setCurrentRow(0);
}

ReferralGuideDialog::~ReferralGuideDialog() = default;

qint64 ReferralGuideDialog::currentBodyId() const
{
    return m_row >= 0 && m_row < m_entries.size() ? m_entries.at(m_row).bodyId : 0;
}

void ReferralGuideDialog::selectBody(qint64 bodyId)
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).bodyId == bodyId)
            m_ui->bodyList->setCurrentRow(row);
}

void ReferralGuideDialog::showEntry(int row)
{
    m_row = row;
    const GuideEntry entry = row >= 0 && row < m_entries.size() ? m_entries.at(row) : GuideEntry{};
    m_loading = true;
    m_ui->whatNlEdit->setPlainText(entry.what.nl);
    m_ui->whatEnEdit->setPlainText(entry.what.en);
    m_ui->whenNlEdit->setPlainText(entry.when.nl);
    m_ui->whenEnEdit->setPlainText(entry.when.en);
    m_ui->nextNlEdit->setPlainText(entry.next.nl);
    m_ui->nextEnEdit->setPlainText(entry.next.en);
    m_ui->anonymousCombo->setCurrentIndex(m_ui->anonymousCombo->findData(static_cast<int>(entry.anonymous)));
    m_ui->noteNlEdit->setPlainText(entry.anonymousNote.nl);
    m_ui->noteEnEdit->setPlainText(entry.anonymousNote.en);
    m_ui->contactEdit->setText(entry.contact);
    m_loading = false;
    m_dirty = false;
    showMessage({}, false);
}

GuideEntry ReferralGuideDialog::entryOnScreen() const
{
    GuideEntry entry;
    entry.bodyId = currentBodyId();
    entry.what = {m_ui->whatNlEdit->toPlainText().trimmed(), m_ui->whatEnEdit->toPlainText().trimmed()};
    entry.when = {m_ui->whenNlEdit->toPlainText().trimmed(), m_ui->whenEnEdit->toPlainText().trimmed()};
    entry.next = {m_ui->nextNlEdit->toPlainText().trimmed(), m_ui->nextEnEdit->toPlainText().trimmed()};
    entry.anonymous = static_cast<AnonymousReports>(m_ui->anonymousCombo->currentData().toInt());
    entry.anonymousNote = {m_ui->noteNlEdit->toPlainText().trimmed(), m_ui->noteEnEdit->toPlainText().trimmed()};
    entry.contact = m_ui->contactEdit->text().trimmed();
    return entry;
}

bool ReferralGuideDialog::saveCurrent()
{
    if (!m_dirty || currentBodyId() <= 0)
        return true;
    const GuideEntry entry = entryOnScreen();
    if (auto saved = m_guide.save(entry); !saved) {
        showMessage(saved.error().message, true);
        return false;
    }
    m_entries[m_row] = entry;
    m_dirty = false;
    Q_EMIT guideChanged(entry.bodyId);
    return true;
}

void ReferralGuideDialog::reject()
{
    if (saveCurrent())
        QDialog::reject();
}

void ReferralGuideDialog::showMessage(const QString &message, bool error)
{
    m_ui->messageLabel->setText(message);
    setTone(m_ui->messageLabel, error ? Tone::Problem : Tone::Normal);
}

} // namespace baken::ui
