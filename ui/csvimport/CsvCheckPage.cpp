// Step 4 of the spreadsheet import: every row checked, then the import.
#include "CsvImportPages.h"
#include "CsvImportWizard.h"
#include "widgets/Tone.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace baken::ui {

using namespace csv;

CsvCheckPage::CsvCheckPage(CsvImportWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_rejected(new QTreeWidget(this))
    , m_readAgain(new QPushButton(tr("&Read the file again"), this))
    , m_save(new QPushButton(tr("&Save mapping…"), this))
    , m_load(new QPushButton(tr("&Load mapping…"), this))
    , m_busyBar(new QProgressBar(this))
    , m_stop(new QPushButton(tr("S&top the import"), this))
    , m_message(new QLabel(this))
{
    setTitle(tr("Check"));
    setButtonText(QWizard::NextButton, tr("&Import"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("checkSummaryLabel"));
    m_advice->setWordWrap(true);
    m_advice->setObjectName(QStringLiteral("checkAdviceLabel"));

    auto *listLabel = new QLabel(tr("Rows that cannot be imported (click a heading to sort):"), this);
    listLabel->setBuddy(m_rejected);
    m_rejected->setObjectName(QStringLiteral("rejectedRows"));
    m_rejected->setAccessibleName(tr("Rows that cannot be imported"));
    m_rejected->setAccessibleDescription(
        tr("Every row of the file that cannot be imported, with its column and the reason; correct them in the "
           "spreadsheet, or map their values in the previous step."));
    m_rejected->setHeaderLabels({tr("Row"), tr("Column"), tr("Reason")});
    m_rejected->setRootIsDecorated(false);
    m_rejected->setUniformRowHeights(true);
    m_rejected->setSortingEnabled(true);
    m_rejected->sortByColumn(0, Qt::AscendingOrder);
    m_rejected->setWordWrap(false);
    m_rejected->header()->setStretchLastSection(true);
    m_rejected->setColumnWidth(0, 70);
    m_rejected->setColumnWidth(1, 150);

    m_readAgain->setObjectName(QStringLiteral("readAgainButton"));
    m_readAgain->setToolTip(tr("After you corrected the spreadsheet and saved it as CSV again"));
    m_save->setObjectName(QStringLiteral("saveMappingButton"));
    m_save->setToolTip(tr("Keep the columns and values chosen here in a file, to use them again later"));
    m_load->setObjectName(QStringLiteral("loadMappingButton"));
    m_load->setToolTip(tr("Use the columns and values of a mapping file saved earlier"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_readAgain);
    buttons->addStretch(1);
    buttons->addWidget(m_load);
    buttons->addWidget(m_save);

    m_busyBar->setRange(0, 100);
    m_busyBar->setObjectName(QStringLiteral("importProgressBar"));
    m_busyBar->setAccessibleName(tr("Importing"));
    m_busyBar->setAccessibleDescription(
        tr("How far the import is: first every row is checked again, then every case is registered."));
    m_busyBar->hide();
    m_stop->setObjectName(QStringLiteral("stopImportButton"));
    m_stop->setToolTip(tr("Stops the import; nothing of the file is registered"));
    m_stop->setAccessibleDescription(
        tr("Stops the running import. The import is all or nothing: once stopped, no case of the file is "
           "registered and the vault stays as it was."));
    m_stop->hide();
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_busyBar, 1);
    progress->addWidget(m_stop);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("checkMessageLabel"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_advice);
    layout->addWidget(listLabel);
    layout->addWidget(m_rejected, 1);
    layout->addLayout(buttons);
    layout->addLayout(progress);
    layout->addWidget(m_message);
    setTabOrder(m_rejected, m_readAgain);
    setTabOrder(m_readAgain, m_load);
    setTabOrder(m_load, m_save);
    setTabOrder(m_save, m_stop);

    connect(m_readAgain, &QPushButton::clicked, this, &CsvCheckPage::readAgain);
    connect(m_save, &QPushButton::clicked, this, &CsvCheckPage::saveMapping);
    connect(m_load, &QPushButton::clicked, this, &CsvCheckPage::loadMapping);
    connect(m_stop, &QPushButton::clicked, &m_wizard, &CsvImportWizard::stopImport);
    // By Stop, Cancel or Escape alike.
    connect(&m_wizard, &CsvImportWizard::importStopping, this, [this] {
        m_stop->setEnabled(false);
        showMessage(tr("Stopping the import… Nothing of the file will be registered."), false);
    });
    connect(&m_wizard, &CsvImportWizard::importProgress, m_busyBar, &QProgressBar::setValue);
    // Only while shown: elsewhere the check waits until it is needed.
    const auto refresh = [this] {
        if (m_wizard.currentPage() == this)
            showCheck();
    };
    connect(&m_wizard, &CsvImportWizard::mappingChanged, this, refresh);
    connect(&m_wizard, &CsvImportWizard::tableChanged, this, refresh);
}

void CsvCheckPage::initializePage()
{
    m_message->hide();
    showCheck();
}

void CsvCheckPage::showCheck()
{
    m_rejected->clear();
    const auto &check = m_wizard.check();
    if (!check) {
        m_summary->setText(tr("The rows cannot be checked."));
        m_advice->setText(check.error().message);
        Q_EMIT completeChanged();
        return;
    }
    const QLocale locale;
    if (!check->mappingErrors.isEmpty()) {
        m_summary->setText(tr("The columns are not complete yet, so no row can be checked."));
        m_advice->setText(check->mappingErrors.join(u'\n') + u'\n'
                          + tr("Go back to Columns or Values, or load a mapping file that fits."));
    } else if (check->rows == 0) {
        m_summary->setText(tr("The file has column names but no rows below them."));
        m_advice->setText(tr("Choose the file that holds the registrations."));
    } else if (check->importable()) {
        m_summary->setText(tr("All %Ln row(s) can be imported.", nullptr, check->rows));
        m_advice->setText(tr("Click Import to register them as cases. Until then nothing is written to the vault."));
    } else {
        m_summary->setText(tr("%1 of %Ln row(s) can be imported; %2 cannot.", nullptr, check->rows)
                               .arg(locale.toString(check->accepted), locale.toString(check->rejected())));
        QString advice =
            tr("Baken imports all rows or none, so Import stays off until every row can be taken. Correct the "
               "rows below in the spreadsheet, save it as CSV again and click \"Read the file again\"; or go "
               "back to choose other columns, or an item for a value.");
        if (!check->unknownValues.isEmpty())
            advice += u' '
                      + tr("%Ln value(s) of list columns still have no item: choose them in the Values step.", nullptr,
                           int(check->unknownValues.size()));
        m_advice->setText(advice);
    }
    m_rejected->setSortingEnabled(false);
    QList<QTreeWidgetItem *> items;
    items.reserve(check->errors.size());
    for (const RowError &error : check->errors) {
        auto *item = new QTreeWidgetItem;
        // A number, not a text, so that the rows sort as numbers.
        item->setData(0, Qt::DisplayRole, error.row);
        item->setText(1, error.column.isEmpty() ? tr("(the whole row)") : error.column);
        item->setText(2, error.reason);
        item->setToolTip(2, error.reason);
        items << item;
    }
    m_rejected->addTopLevelItems(items);
    m_rejected->setSortingEnabled(true);
    Q_EMIT completeChanged();
}

bool CsvCheckPage::isComplete() const
{
    if (m_wizard.isImporting())
        return false;
    const auto &check = const_cast<CsvImportWizard &>(m_wizard).check();
    return check && check->importable();
}

bool CsvCheckPage::validatePage()
{
    // The wizard moves on once the import is done; see below.
    if (m_wizard.imported())
        return true;
    if (!isComplete())
        return false;
    const int cases = m_wizard.check()->accepted;
    m_wizard.startImport([this](const Result<ImportedCsv> &imported) {
        setBusy(false);
        if (!imported && imported.error().code == ErrorCode::Cancelled) {
            showMessage(imported.error().message, false);
            return;
        }
        if (!imported) {
            showMessage(tr("Nothing was imported. %1").arg(imported.error().message), true);
            showCheck();
            return;
        }
        m_message->hide();
        m_wizard.next();
    });
    // After the start: Import is off from here (isComplete) until it ends.
    setBusy(true);
    showMessage(tr("Registering %Ln case(s)… Keep Baken open until this is done, or stop the import.", nullptr, cases),
                false);
    return false;
}

void CsvCheckPage::setBusy(bool busy)
{
    m_busyBar->setValue(0);
    m_busyBar->setVisible(busy);
    m_stop->setVisible(busy);
    m_stop->setEnabled(busy);
    for (QPushButton *button : {m_readAgain, m_save, m_load})
        button->setEnabled(!busy);
    Q_EMIT completeChanged();
    // After completeChanged: the wizard sets its buttons again there.
    // Cancel stays: during the import it stops it and then closes.
    if (QAbstractButton *back = m_wizard.button(QWizard::BackButton))
        back->setEnabled(!busy);
    if (busy)
        m_stop->setFocus();
}

void CsvCheckPage::readAgain()
{
    if (auto read = m_wizard.readFileAgain(); !read) {
        showMessage(tr("The file cannot be read again. %1").arg(read.error().message), true);
        return;
    }
    showMessage(tr("The file was read again: %Ln row(s).", nullptr, int(m_wizard.table().rows.size())), false);
}

void CsvCheckPage::saveMapping()
{
    m_wizard.chooseMappingToSave([this](const QString &path) {
        if (auto saved = m_wizard.saveMapping(path); !saved) {
            showMessage(saved.error().message, true);
            return;
        }
        showMessage(tr("The mapping was saved to %1. Like the spreadsheet, it is not encrypted: delete it when "
                       "the import is done.")
                        .arg(QDir::toNativeSeparators(path)),
                    false);
    });
}

void CsvCheckPage::loadMapping()
{
    m_wizard.chooseMappingToLoad([this](const QString &path) {
        if (auto loaded = m_wizard.loadMapping(path); !loaded) {
            showMessage(tr("This mapping cannot be used. %1").arg(loaded.error().message), true);
            return;
        }
        showMessage(tr("The columns and values of %1 are used now.").arg(QDir::toNativeSeparators(path)), false);
    });
}

void CsvCheckPage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    setTone(m_message, problem ? Tone::Problem : Tone::Normal);
    m_message->show();
}

QString CsvCheckPage::summary() const
{
    return m_summary->text() + u'\n' + m_advice->text();
}

QString CsvCheckPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace baken::ui
