// Step 2 of the spreadsheet import: which column fills which field.
#include "CsvImportPages.h"
#include "CsvImportWizard.h"
#include "widgets/Tone.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace baken::ui {

using namespace csv;

namespace {

// How a cell Baken cannot take looks: red, with a sign, so that colour is
// not the only hint.
const QColor ProblemBackground(255, 221, 221);
const QString ProblemSign = QStringLiteral("⚠ ");

QString columnName(const Table &table, int column)
{
    const QString name = table.header.cells.value(column);
    return name.isEmpty() ? CsvColumnsPage::tr("(column %1)").arg(column + 1) : name;
}

} // namespace

CsvColumnsPage::CsvColumnsPage(CsvImportWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_preview(new QTableWidget(this))
    , m_problem(new QLabel(this))
{
    setTitle(tr("Columns"));
    auto *intro = new QLabel(tr("Baken guessed from the column names which column fills which field. Check "
                                "each one; a field the file does not have stays empty. Names and contact details "
                                "are never taken from a spreadsheet."),
                             this);
    intro->setWordWrap(true);
    auto *fields = new QGridLayout;
    const QList<Field> all = allFields();
    const int perColumn = int(all.size() + 1) / 2;
    for (int i = 0; i < all.size(); ++i) {
        const Field field = all[i];
        auto *box = new QComboBox(this);
        box->setObjectName(u"column_"_qs + fieldKey(field));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(18);
        auto *label = new QLabel(
            isRequired(field) ? tr("%1 (required):").arg(fieldLabel(field)) : tr("%1:").arg(fieldLabel(field)), this);
        label->setBuddy(box);
        box->setAccessibleName(isRequired(field) ? tr("Column for %1, required").arg(fieldLabel(field))
                                                 : tr("Column for %1").arg(fieldLabel(field)));
        box->setAccessibleDescription(
            tr("The column of the file whose cells become the case's %1; \"(not in the file)\" leaves it empty.")
                .arg(fieldLabel(field).toLower()));
        const int row = i % perColumn;
        const int column = (i / perColumn) * 2;
        fields->addWidget(label, row, column);
        fields->addWidget(box, row, column + 1);
        m_boxes.insert(field, box);
        connect(box, &QComboBox::currentIndexChanged, this, [this, field, box] {
            if (!m_updating)
                m_wizard.setColumn(field, box->currentData().toInt());
        });
    }
    // Down the first column of fields, then the second, then the preview
    // (made first, so it would otherwise come first).
    QWidget *previous = nullptr;
    for (const Field field : all) {
        if (previous)
            setTabOrder(previous, m_boxes.value(field));
        previous = m_boxes.value(field);
    }
    setTabOrder(previous, m_preview);
    fields->setColumnStretch(1, 1);
    fields->setColumnStretch(3, 1);
    fields->setHorizontalSpacing(10);
    fields->setColumnMinimumWidth(2, 160);

    auto *previewLabel = new QLabel(tr("&Preview: the first rows as Baken will store them. A red cell cannot be "
                                       "taken as it is; point at it to read why."),
                                    this);
    previewLabel->setWordWrap(true);
    previewLabel->setBuddy(m_preview);
    m_preview->setObjectName(QStringLiteral("csvPreview"));
    m_preview->setAccessibleName(tr("Preview of the first rows"));
    m_preview->setAccessibleDescription(tr("The first rows of the file as Baken will store them, a column per "
                                           "field; a red cell cannot be taken, and its tool tip says why."));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_preview->verticalHeader()->hide();
    m_preview->setWordWrap(false);
    m_preview->setTabKeyNavigation(false);
    m_preview->horizontalHeader()->setDefaultSectionSize(130);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("columnsProblemLabel"));
    setTone(m_problem, Tone::Problem);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fields);
    layout->addWidget(m_problem);
    layout->addSpacing(6);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);

    connect(&m_wizard, &CsvImportWizard::tableChanged, this, &CsvColumnsPage::fillBoxes);
    connect(&m_wizard, &CsvImportWizard::mappingChanged, this, &CsvColumnsPage::showMapping);
}

void CsvColumnsPage::initializePage()
{
    fillBoxes();
}

void CsvColumnsPage::fillBoxes()
{
    if (!m_wizard.hasTable())
        return;
    const Table &table = m_wizard.table();
    m_updating = true;
    for (QComboBox *box : std::as_const(m_boxes)) {
        box->clear();
        box->addItem(tr("(not in the file)"), -1);
        for (int column = 0; column < table.header.cells.size(); ++column)
            box->addItem(columnName(table, column), column);
    }
    m_updating = false;
    showMapping();
}

void CsvColumnsPage::showMapping()
{
    if (!m_wizard.hasTable())
        return;
    m_updating = true;
    QStringList missing;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const int column = m_wizard.mapping().column(it.key());
        it.value()->setCurrentIndex(std::max(0, it.value()->findData(column)));
    }
    for (const Field field : allFields())
        if (isRequired(field) && m_wizard.mapping().column(field) < 0)
            missing << tr("Choose the column for \"%1\": every case needs it.").arg(fieldLabel(field));
    m_updating = false;
    m_problem->setText(missing.join(u'\n'));
    m_problem->setVisible(!missing.isEmpty());
    showPreview();
    Q_EMIT completeChanged();
}

void CsvColumnsPage::showPreview()
{
    m_preview->clear();
    const Table &table = m_wizard.table();
    QList<Field> shown;
    for (const Field field : allFields())
        if (m_wizard.mapping().column(field) >= 0)
            shown << field;
    QStringList headers{tr("Row")};
    for (const Field field : std::as_const(shown))
        headers << fieldLabel(field);
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);

    auto rows = m_wizard.preview(PreviewRows);
    if (!rows) {
        m_preview->setRowCount(0);
        m_problem->setText(rows.error().message);
        m_problem->show();
        return;
    }
    m_preview->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const PreviewRow &row = rows->at(r);
        const QStringList cells = r < table.rows.size() ? table.rows.at(r).cells : QStringList();
        auto *number = new QTableWidgetItem(QLocale().toString(row.row));
        m_preview->setItem(r, 0, number);
        for (int c = 0; c < shown.size(); ++c) {
            const QString value = row.values.value(shown[c]);
            m_preview->setItem(r, c + 1, new QTableWidgetItem(value.simplified()));
        }
        for (const RowError &error : row.errors) {
            const int column = error.column.isEmpty() ? -1 : int(table.header.cells.indexOf(error.column));
            const auto field = column >= 0 ? m_wizard.mapping().fieldOfColumn(column) : std::nullopt;
            const int at = field ? int(shown.indexOf(*field)) + 1 : 0;
            QTableWidgetItem *item = m_preview->item(r, at);
            if (!item->data(Qt::UserRole).toBool()) {
                // The trouble is in the file: show the cell as the file has it.
                item->setText(ProblemSign + (at > 0 ? cells.value(column).simplified() : item->text()));
                item->setBackground(ProblemBackground);
                item->setForeground(Qt::black);
                item->setToolTip(error.reason);
                item->setData(Qt::UserRole, true);
            } else {
                item->setToolTip(item->toolTip() + u'\n' + error.reason);
            }
            item->setData(Qt::AccessibleDescriptionRole, item->toolTip());
        }
    }
    // Wide enough to read, never so wide that one long text hides the rest.
    m_preview->resizeColumnsToContents();
    for (int column = 1; column < m_preview->columnCount(); ++column)
        m_preview->setColumnWidth(column, std::clamp(m_preview->columnWidth(column), 90, 240));
}

bool CsvColumnsPage::isComplete() const
{
    return m_wizard.hasTable() && m_problem->isHidden();
}

QString CsvColumnsPage::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

} // namespace baken::ui
