// Step 5 of the spreadsheet import: what was registered.
#include "CsvImportPages.h"
#include "CsvImportWizard.h"

#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace baken::ui {

CsvDonePage::CsvDonePage(CsvImportWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_reminder(new QLabel(this))
{
    setTitle(tr("Imported"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("doneSummaryLabel"));
    m_reminder->setWordWrap(true);
    m_reminder->setObjectName(QStringLiteral("doneReminderLabel"));
    m_reminder->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_reminder);
    layout->addStretch(1);
}

void CsvDonePage::initializePage()
{
    const auto &imported = m_wizard.imported();
    if (!imported)
        return;
    QString text = tr("Registered %Ln case(s).", nullptr, imported->cases) + u' '
                   + tr("%Ln of them are closed.", nullptr, imported->closed);
    if (imported->pastDestruction > 0)
        text += u' '
                + tr("%Ln of the closed cases are already past their destruction date; File > Retention lists "
                     "them.",
                     nullptr, imported->pastDestruction);
    m_summary->setText(text);
    m_reminder->setText(tr("The spreadsheet still holds these cases unencrypted: %1\nDelete it now that they are "
                           "in the vault, and the mapping file too if you saved one; then empty the wastebasket.")
                            .arg(QDir::toNativeSeparators(m_wizard.path())));
}

QString CsvDonePage::summary() const
{
    return m_summary->text() + u'\n' + m_reminder->text();
}

} // namespace baken::ui
