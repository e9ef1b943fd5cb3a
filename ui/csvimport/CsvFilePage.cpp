// Step 1 of the spreadsheet import: the file.
#include "CsvImportPages.h"
#include "CsvImportWizard.h"
#include "widgets/Tone.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace baken::ui {

using namespace csv;

CsvFilePage::CsvFilePage(CsvImportWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_pathEdit(new QLineEdit(this))
    , m_chooseButton(new QPushButton(tr("&Choose file…"), this))
    , m_summary(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setTitle(tr("Choose the spreadsheet"));
    auto *intro = new QLabel(
        tr("<p>Baken can take over the registrations you kept in a spreadsheet. It needs the spreadsheet saved as "
           "a <b>CSV file</b>: the table as plain text, one row per line, the first row holding the column "
           "names.</p>"
           "<p>In Excel choose File &gt; Save as, and as the type \"CSV (separated by semicolons)\" or \"CSV "
           "UTF-8\". In LibreOffice Calc choose File &gt; Save as, and as the type \"Text CSV (.csv)\".</p>"
           "<p>Baken only reads the file. Nothing is registered until the last step, after you have seen how "
           "every row will be taken.</p>"),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_chooseButton);
    m_pathEdit->setReadOnly(true);
    m_pathEdit->setObjectName(QStringLiteral("csvPathEdit"));
    m_pathEdit->setAccessibleName(tr("Spreadsheet file"));
    m_pathEdit->setPlaceholderText(tr("No file chosen yet"));
    m_chooseButton->setObjectName(QStringLiteral("chooseCsvButton"));
    m_chooseButton->setAccessibleName(tr("Choose the spreadsheet file"));
    m_chooseButton->setAccessibleDescription(
        tr("Opens a spreadsheet saved as CSV from this computer; nothing is imported until the last step."));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(m_chooseButton);

    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("csvSummaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("csvProblemLabel"));
    setTone(m_problem, Tone::Problem);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    setTabOrder(m_chooseButton, m_pathEdit);

    connect(m_chooseButton, &QPushButton::clicked, this,
            [this] { m_wizard.chooseFile([this](const QString &path) { readFile(path); }); });
    connect(&m_wizard, &CsvImportWizard::tableChanged, this, &CsvFilePage::showTable);
}

bool CsvFilePage::isComplete() const
{
    return m_wizard.hasTable() && !m_wizard.table().rows.isEmpty() && m_problem->isHidden();
}

void CsvFilePage::readFile(const QString &path)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    if (auto read = m_wizard.readFile(path); !read) {
        m_summary->clear();
        m_problem->setText(tr("This file cannot be used. %1").arg(read.error().message));
        m_problem->show();
        Q_EMIT completeChanged();
    }
}

void CsvFilePage::showTable()
{
    const Table &table = m_wizard.table();
    m_pathEdit->setText(QDir::toNativeSeparators(m_wizard.path()));
    const QString encoding = table.byteOrderMark ? tr("%1 with byte-order mark").arg(encodingName(table.encoding))
                                                 : encodingName(table.encoding);
    m_summary->setText(
        tr("Read %Ln row(s) and %1 columns; separator: %2; encoding: %3.", nullptr, int(table.rows.size()))
            .arg(QLocale().toString(table.header.cells.size()), delimiterName(table.delimiter), encoding));
    if (table.rows.isEmpty()) {
        m_problem->setText(tr("The file has column names but no rows below them. Choose the file that holds "
                              "the registrations."));
        m_problem->show();
    } else {
        m_problem->hide();
    }
    Q_EMIT completeChanged();
}

QString CsvFilePage::summary() const
{
    return m_summary->text();
}

QString CsvFilePage::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

} // namespace baken::ui
