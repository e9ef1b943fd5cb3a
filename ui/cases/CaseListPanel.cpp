#include "CaseListPanel.h"

#include "CaseContext.h"
#include "CaseListModel.h"
#include "CodeChoices.h"
#include "ui_CaseListPanel.h"
#include "widgets/ColumnFlow.h"
#include "widgets/ComboWidth.h"
#include "widgets/PageTitle.h"
#include "widgets/Tone.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QSettings>
#include <QTimer>

namespace baken::ui {

namespace {

// Filters are kept in the UI settings; the search text never is, as it may
// hold a name.
const QString FilterGroup = QStringLiteral("cases/filter");

} // namespace

CaseListPanel::CaseListPanel(CaseContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::CaseListPanel>())
    , m_context(context)
    , m_model(new CaseListModel(context, this))
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setTone(m_ui->errorLabel, Tone::Problem);
    makePageTitle(m_ui->titleLabel);
    m_ui->errorLabel->hide();
    for (QComboBox *filter : {m_ui->statusCombo, m_ui->typeCombo, m_ui->groundCombo, m_ui->unitCombo})
        letShrink(filter, 10);
    new ColumnFlow(m_ui->filterRow);
    new ColumnFlow(m_ui->periodRow);
    m_ui->fromEdit->setDate(QDate::currentDate().addMonths(-12));
    m_ui->toEdit->setDate(QDate::currentDate());

    m_ui->table->setModel(m_model);
    m_ui->table->verticalHeader()->hide();
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CaseListModel::PseudonymColumn, QHeaderView::Stretch);
    header->setSortIndicator(CaseListModel::IntakeDateColumn, Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    m_ui->table->setTabKeyNavigation(false);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &CaseListPanel::focusSearch);
    addAction(find);
    auto *newIntake = new QAction(this);
    newIntake->setShortcut(QKeySequence::New);
    newIntake->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newIntake, &QAction::triggered, this, &CaseListPanel::newIntakeRequested);
    addAction(newIntake);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CaseListPanel::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    // The clear button changes the text without an edit.
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_searchTimer->start();
    });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        if (m_model->rowCount() > 0) {
            m_ui->table->setFocus();
            m_ui->table->selectRow(0);
        }
    });

    fillFilters();
    restoreFilters();
    for (QComboBox *combo : {m_ui->statusCombo, m_ui->typeCombo, m_ui->groundCombo, m_ui->unitCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseListPanel::applyFilter);
    for (QCheckBox *check : {m_ui->overdueCheck, m_ui->draftsCheck})
        connect(check, &QCheckBox::toggled, this, &CaseListPanel::applyFilter);
    connect(m_ui->periodCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromEdit->setEnabled(on);
        m_ui->toEdit->setEnabled(on);
        applyFilter();
    });
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &CaseListPanel::applyFilter);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, &CaseListPanel::applyFilter);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &CaseListPanel::clearFilters);

    connect(m_ui->newButton, &QPushButton::clicked, this, &CaseListPanel::newIntakeRequested);
    connect(m_ui->bundlingButton, &QPushButton::clicked, this, &CaseListPanel::bundlingRequested);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &CaseListPanel::exportHoursRequested);
    // activated: Enter on the keyboard, or a double click (per platform).
    connect(m_ui->table, &QAbstractItemView::activated, this, &CaseListPanel::openRow);
    connect(m_model, &CaseListModel::reloaded, this, &CaseListPanel::showCount);

    setFocusProxy(m_ui->searchEdit);
    applyFilter();
}

CaseListPanel::~CaseListPanel() = default;

void CaseListPanel::fillFilters()
{
    m_ui->statusCombo->addItem(tr("Any status"), QString());
    m_ui->statusCombo->addItem(tr("Open (not closed)"), QStringLiteral("open"));
    for (CaseStatus status : allCaseStatuses())
        m_ui->statusCombo->addItem(label(status), toKey(status));
    m_ui->typeCombo->addItem(tr("Any type"), QString());
    for (CaseType type : allCaseTypes())
        m_ui->typeCombo->addItem(label(type), toKey(type));
    fillCodeCombo(m_ui->groundCombo, m_context.items(CodeList::Grounds), tr("Any ground"));
    fillCodeCombo(m_ui->unitCombo, m_context.items(CodeList::Units), tr("Any unit"));
}

void CaseListPanel::restoreFilters()
{
    const QSignalBlocker blockStatus(m_ui->statusCombo), blockType(m_ui->typeCombo), blockGround(m_ui->groundCombo),
        blockUnit(m_ui->unitCombo), blockPeriod(m_ui->periodCheck), blockFrom(m_ui->fromEdit), blockTo(m_ui->toEdit),
        blockOverdue(m_ui->overdueCheck), blockDrafts(m_ui->draftsCheck);
    QSettings settings;
    settings.beginGroup(FilterGroup);
    auto restoreCombo = [&settings](QComboBox *combo, const QString &key) {
        const int index = combo->findData(settings.value(key));
        combo->setCurrentIndex(std::max(index, 0));
    };
    restoreCombo(m_ui->statusCombo, QStringLiteral("status"));
    restoreCombo(m_ui->typeCombo, QStringLiteral("type"));
    m_ui->groundCombo->setCurrentIndex(
        std::max(0, m_ui->groundCombo->findData(settings.value(QStringLiteral("ground")).toLongLong())));
    m_ui->unitCombo->setCurrentIndex(
        std::max(0, m_ui->unitCombo->findData(settings.value(QStringLiteral("unit")).toLongLong())));
    const bool period = settings.value(QStringLiteral("period"), false).toBool();
    m_ui->periodCheck->setChecked(period);
    m_ui->fromEdit->setEnabled(period);
    m_ui->toEdit->setEnabled(period);
    if (const QDate from = settings.value(QStringLiteral("from")).toDate(); from.isValid())
        m_ui->fromEdit->setDate(from);
    if (const QDate to = settings.value(QStringLiteral("to")).toDate(); to.isValid())
        m_ui->toEdit->setDate(to);
    m_ui->overdueCheck->setChecked(settings.value(QStringLiteral("overdue"), false).toBool());
    m_ui->draftsCheck->setChecked(settings.value(QStringLiteral("drafts"), false).toBool());
}

void CaseListPanel::saveFilters() const
{
    QSettings settings;
    settings.beginGroup(FilterGroup);
    settings.setValue(QStringLiteral("status"), m_ui->statusCombo->currentData());
    settings.setValue(QStringLiteral("type"), m_ui->typeCombo->currentData());
    settings.setValue(QStringLiteral("ground"), currentCode(m_ui->groundCombo));
    settings.setValue(QStringLiteral("unit"), currentCode(m_ui->unitCombo));
    settings.setValue(QStringLiteral("period"), m_ui->periodCheck->isChecked());
    settings.setValue(QStringLiteral("from"), m_ui->fromEdit->date());
    settings.setValue(QStringLiteral("to"), m_ui->toEdit->date());
    settings.setValue(QStringLiteral("overdue"), m_ui->overdueCheck->isChecked());
    settings.setValue(QStringLiteral("drafts"), m_ui->draftsCheck->isChecked());
}

void CaseListPanel::clearFilters()
{
    {
        const QSignalBlocker blockStatus(m_ui->statusCombo), blockType(m_ui->typeCombo), blockGround(m_ui->groundCombo),
            blockUnit(m_ui->unitCombo), blockPeriod(m_ui->periodCheck), blockOverdue(m_ui->overdueCheck),
            blockDrafts(m_ui->draftsCheck);
        for (QComboBox *combo : {m_ui->statusCombo, m_ui->typeCombo, m_ui->groundCombo, m_ui->unitCombo})
            combo->setCurrentIndex(0);
        for (QCheckBox *check : {m_ui->periodCheck, m_ui->overdueCheck, m_ui->draftsCheck})
            check->setChecked(false);
        m_ui->fromEdit->setEnabled(false);
        m_ui->toEdit->setEnabled(false);
        m_ui->searchEdit->clear();
    }
    applyFilter();
}

CaseFilter CaseListPanel::currentFilter() const
{
    CaseFilter filter;
    filter.text = m_ui->searchEdit->text().trimmed();
    const QString status = m_ui->statusCombo->currentData().toString();
    if (status == u"open") {
        for (CaseStatus s : allCaseStatuses())
            if (s != CaseStatus::Closed)
                filter.statuses << s;
    } else if (auto s = caseStatusFromKey(status)) {
        filter.statuses << *s;
    }
    if (auto type = caseTypeFromKey(m_ui->typeCombo->currentData().toString()))
        filter.types << *type;
    filter.groundId = currentCode(m_ui->groundCombo);
    filter.unitId = currentCode(m_ui->unitCombo);
    if (m_ui->periodCheck->isChecked()) {
        filter.from = m_ui->fromEdit->date();
        filter.to = m_ui->toEdit->date();
    }
    filter.overdueOnly = m_ui->overdueCheck->isChecked();
    filter.includeDrafts = m_ui->draftsCheck->isChecked();
    return filter;
}

void CaseListPanel::applyFilter()
{
    m_searchTimer->stop();
    saveFilters();
    m_model->setFilter(currentFilter());
}

void CaseListPanel::reload()
{
    m_model->setFilter(currentFilter());
}

void CaseListPanel::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void CaseListPanel::openRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 id = m_model->caseIdAt(index.row());
    if (id > 0)
        Q_EMIT caseOpenRequested(id, m_model->isDraftAt(index.row()));
}

void CaseListPanel::showCount(int total, const QString &error)
{
    m_ui->errorLabel->setText(error.isEmpty() ? QString() : tr("The list could not be read: %1").arg(error));
    m_ui->errorLabel->setVisible(!error.isEmpty());
    m_ui->countLabel->setText(tr("%n case(s)", nullptr, total));
}

} // namespace baken::ui
