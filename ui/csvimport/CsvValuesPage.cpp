// Step 3 of the spreadsheet import: values that match no list item.
#include "CsvImportPages.h"
#include "CsvImportWizard.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace baken::ui {

using namespace csv;

namespace {

// The first entries of a value's list, before the items.
constexpr int NotChosen = 0;
constexpr int LeaveEmpty = 1;

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

CsvValuesPage::CsvValuesPage(CsvImportWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_list(new QWidget)
    , m_grid(new QGridLayout(m_list))
    , m_status(new QLabel(this))
{
    setTitle(tr("Values"));
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("valuesIntroLabel"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("valuesStatusLabel"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 2);
    m_grid->setHorizontalSpacing(14);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);

    connect(&m_wizard, &CsvImportWizard::mappingChanged, this, [this] {
        // A choice made here only changes the count; a mapping file loaded
        // in the check step may change the whole list.
        if (!m_updating)
            rebuild();
    });
}

void CsvValuesPage::initializePage()
{
    rebuild();
}

void CsvValuesPage::rebuild()
{
    m_boxes.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto &values = m_wizard.valuesToMap();
    if (!values) {
        m_intro->setText(tr("The values cannot be checked. %1").arg(values.error().message));
        showChoices();
        return;
    }
    if (values->isEmpty()) {
        m_intro->setText(tr("Every value in the list columns matches an item of Baken's lists, so there is "
                            "nothing to choose here. Click Next to check every row."));
        showChoices();
        return;
    }
    m_intro->setText(tr("These values in the file match no item of Baken's lists by themselves (values that "
                        "do match need nothing). Choose the item each one stands for. A row that keeps a value "
                        "without an item cannot be imported; \"Leave empty\" imports such rows without it. "
                        "\"Add to the list\" makes the value a new item of its list with the import, named as "
                        "the file writes it; you can rename it in Settings afterwards."));
    m_grid->addWidget(headingLabel(tr("Field"), m_list), 0, 0);
    m_grid->addWidget(headingLabel(tr("Value in the file"), m_list), 0, 1);
    m_grid->addWidget(headingLabel(tr("Rows"), m_list), 0, 2);
    m_grid->addWidget(headingLabel(tr("Baken item"), m_list), 0, 3);
    int row = 1;
    for (const UnknownValue &unknown : *values) {
        auto *box = new QComboBox(m_list);
        box->setObjectName(u"value_"_qs + fieldKey(unknown.field));
        box->addItem(tr("(choose an item)"));
        if (!isRequired(unknown.field))
            box->addItem(tr("Leave empty"), QString());
        if (codeListOf(unknown.field)) // the types and statuses are fixed
            box->addItem(tr("Add \"%1\" to the list").arg(unknown.value), QString::fromLatin1(Mapping::NewItem));
        for (const Choice &choice : m_wizard.choices().choices(unknown.field))
            box->addItem(choice.label, choice.code);
        auto *value = new QLabel(u'"' + unknown.value + u'"', m_list);
        value->setBuddy(box);
        value->setTextFormat(Qt::PlainText);
        auto *count = new QLabel(QLocale().toString(unknown.rows), m_list);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        box->setAccessibleName(tr("Item for %1 \"%2\"").arg(fieldLabel(unknown.field), unknown.value));
        box->setAccessibleDescription(tr("%Ln row(s) hold this value.", nullptr, unknown.rows));
        m_grid->addWidget(new QLabel(fieldLabel(unknown.field), m_list), row, 0);
        m_grid->addWidget(value, row, 1);
        m_grid->addWidget(count, row, 2);
        m_grid->addWidget(box, row, 3);
        ++row;
        const Field field = unknown.field;
        const QString fileValue = unknown.value;
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, field, fileValue](int index) {
            if (m_updating)
                return;
            m_updating = true;
            m_wizard.setValue(field, fileValue,
                              index == NotChosen ? std::nullopt
                                                 : std::optional<QString>(box->currentData().toString()));
            m_updating = false;
            showChoices();
        });
        m_boxes << std::pair{box, std::pair{field, fileValue}};
    }
    m_grid->setRowStretch(row, 1);
    showChoices();
}

void CsvValuesPage::showChoices()
{
    int open = 0;
    m_updating = true;
    for (const auto &[box, key] : std::as_const(m_boxes)) {
        const auto code = m_wizard.mapping().value(key.first, key.second);
        if (!code)
            box->setCurrentIndex(NotChosen);
        else if (code->isEmpty() && !isRequired(key.first))
            box->setCurrentIndex(LeaveEmpty);
        else
            box->setCurrentIndex(std::max(int(NotChosen), box->findData(*code)));
        open += box->currentIndex() == NotChosen ? 1 : 0;
    }
    m_updating = false;
    if (m_boxes.isEmpty())
        m_status->clear();
    else if (open == 0)
        m_status->setText(tr("Every value has an item. Click Next to check every row."));
    else
        m_status->setText(tr("%Ln value(s) still without an item.", nullptr, open));
}

QComboBox *CsvValuesPage::valueBox(Field field, const QString &value) const
{
    for (const auto &[box, key] : m_boxes)
        if (key.first == field && normalized(key.second) == normalized(value))
            return box;
    return nullptr;
}

QString CsvValuesPage::status() const
{
    return m_intro->text() + u'\n' + m_status->text();
}

} // namespace baken::ui
