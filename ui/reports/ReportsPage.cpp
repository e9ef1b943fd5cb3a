#include "ReportsPage.h"

#include "PeriodPicker.h"
#include "ReportTexts.h"
#include "SummaryChart.h"
#include "SummaryTableModel.h"
#include "i18n/Translations.h"
#include "rollup/RollupBar.h"
#include "summary/DisclosureControl.h"
#include "summary/SummaryBuilder.h"
#include "vault/Vault.h"
#include "vault/VaultSettings.h"
#include "widgets/BackgroundTask.h"
#include "widgets/FocusOrder.h"
#include "widgets/PageTitle.h"
#include "widgets/Tone.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace baken::ui {

namespace {

constexpr int TableIdRole = Qt::UserRole + 1;

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QString sectionName(summary::Section section)
{
    switch (section) {
    case summary::Section::Cases:
        return ReportsPage::tr("Cases");
    case summary::Section::DoubtLine:
        return ReportsPage::tr("Doubt line");
    case summary::Section::Groups:
        return ReportsPage::tr("Groups");
    }
    return {};
}

} // namespace

ReportsPage::ReportsPage(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_period(new PeriodPicker(this))
    , m_k(new QSpinBox(this))
    , m_tables(new QTreeWidget(this))
    , m_view(new QTableView(this))
    , m_model(new SummaryTableModel(this))
    , m_chart(new QChartView(this))
    , m_rules(new QLabel(this))
    , m_message(new QLabel(this))
    , m_busyLabel(new QLabel(tr("Working out which figures can be shown…"), this))
    , m_language(new QComboBox(this))
    , m_rollup(new rollup::RollupBar(vault, [this] { return m_period->period(); }, this))
{
    auto *title = new QLabel(tr("Reports"), this);
    makePageTitle(title);
    auto *intro = new QLabel(tr("Figures that leave the vault: counts only, with small numbers hidden so that nobody "
                                "can be recognised. What you see here is exactly what an export holds."),
                             this);
    intro->setWordWrap(true);

    m_k->setObjectName(QStringLiteral("kSpin"));
    m_k->setRange(summary::MinimumK, summary::MaximumK);
    auto remembered = summaryK(m_vault);
    m_k->setValue(remembered ? *remembered : summary::DefaultK);
    m_k->setToolTip(
        tr("Figures from 1 to one below this number are not shown. Never below %1.").arg(summary::MinimumK));

    m_tables->setObjectName(QStringLiteral("tableList"));
    m_tables->setHeaderHidden(true);
    m_tables->setAccessibleName(tr("Tables"));
    m_tables->setAccessibleDescription(
        tr("The tables of the anonymised summary; choose one to see it with its chart."));
    m_tables->setMinimumWidth(220);

    m_view->setObjectName(QStringLiteral("summaryTableView"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Table as it leaves the vault"));
    m_view->setAccessibleDescription(tr("The chosen table exactly as it is exported, with small numbers hidden."));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rules->setObjectName(QStringLiteral("rulesLabel"));
    m_rules->setWordWrap(true);
    setTone(m_rules, Tone::Quiet);
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_chart->setObjectName(QStringLiteral("summaryChartView"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setAccessibleName(tr("Chart of the table"));
    m_chart->setMinimumWidth(360);

    m_language->setObjectName(QStringLiteral("fileLanguageCombo"));
    m_language->setToolTip(tr("The language of the files you export, whatever the language of Baken."));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(currentLanguage() == u"en" ? 1 : 0);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *top = new QHBoxLayout;
    top->addWidget(buddyLabel(tr("&Period:"), m_period, this));
    top->addWidget(m_period);
    top->addSpacing(16);
    top->addWidget(buddyLabel(tr("&Smallest number shown:"), m_k, this));
    top->addWidget(m_k);
    top->addSpacing(16);
    top->addWidget(m_busyLabel);
    top->addStretch();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buddyLabel(tr("&Tables:"), m_tables, left));
    leftLayout->addWidget(m_tables);
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_view, 1);
    middleLayout->addWidget(m_rules);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    // The table gets the most room: it is what leaves the vault, and its row
    // labels (grounds, units) are long; the chart elides its own labels.
    splitter->setSizes({230, 560, 420});

    const struct {
        QString text;
        QString tip;
        const char *name;
        summary::SummaryFormat format;
    } exports[] = {
        {tr("Export &JSON…"), tr("Saves the anonymised figures as a JSON file in the published format."),
         "exportJsonButton", summary::SummaryFormat::Json},
        {tr("Export &CSV (zip)…"), tr("Saves every table as a CSV file, together in one zip file."), "exportCsvButton",
         summary::SummaryFormat::Csv},
        {tr("Export P&DF report…"), tr("Saves a readable report with every table and chart as a PDF."),
         "exportPdfButton", summary::SummaryFormat::Pdf},
    };
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(buddyLabel(tr("&Language of CSV and PDF:"), m_language, this));
    bottom->addWidget(m_language);
    bottom->addSpacing(16);
    for (const auto &e : exports) {
        auto *button = new QPushButton(e.text, this);
        button->setObjectName(QLatin1String(e.name));
        button->setToolTip(e.tip);
        const summary::SummaryFormat format = e.format;
        connect(button, &QPushButton::clicked, this, [this, format] { exportAs(format); });
        bottom->addWidget(button);
        m_exportButtons << button;
    }
    bottom->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_rollup);
    // The roll-up bar sits under the period; Tab should find it there too.
    placeInTabOrder(m_k, m_rollup);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_message);

    connect(m_period, &PeriodPicker::periodChanged, this, [this] {
        m_dirty = true;
        if (isVisible())
            rebuild();
    });
    connect(m_k, &QSpinBox::valueChanged, this, [this](int k) {
        if (auto saved = setSummaryK(m_vault, k); !saved)
            showMessage(saved.error().message);
        republish();
    });
    connect(m_tables, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, TableIdRole).toString().isEmpty())
            showTable(item->data(0, TableIdRole).toString());
    });
    connect(m_tables, &QTreeWidget::itemChanged, this, &ReportsPage::onItemChanged);
    connect(m_rollup, &rollup::RollupBar::figuresChanged, this, [this] {
        m_dirty = true;
        if (isVisible())
            rebuild();
    });
    // An import report comes while the combined figures are counted: it is
    // shown once they are, instead of being wiped by them.
    connect(m_rollup, &rollup::RollupBar::messageShown, this, [this](const QString &text, bool info) {
        if (m_busy)
            m_pending = {text, info};
        else
            showMessage(text, info);
    });
    setBusy(false);
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::setPeriod(const summary::Period &period)
{
    m_period->setPeriod(period);
}

void ReportsPage::setK(int k)
{
    m_k->setValue(std::clamp(k, summary::MinimumK, summary::MaximumK));
}

int ReportsPage::k() const
{
    return m_k->value();
}

QString ReportsPage::fileLanguage() const
{
    return m_language->currentData().toString();
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ReportsPage::refresh()
{
    if (m_dirty)
        rebuild();
}

void ReportsPage::rebuild()
{
    m_dirty = false;
    // The counting runs on this thread: the vault's connection belongs to it.
    // Measured on the demo vault it takes a moment (see the report of issue 6).
    // This vault's records, or a coordinator's imported packages combined.
    auto exact = m_rollup->exactSummary(m_period->period());
    ++m_builds;
    if (!exact) {
        m_exact.reset();
        m_published.reset();
        showMessage(tr("The figures could not be counted: %1").arg(exact.error().message));
        fillTableList();
        showCurrent();
        return;
    }
    m_exact = std::move(*exact);
    republish();
}

void ReportsPage::republish()
{
    if (!m_exact)
        return;
    // Secondary suppression searches across every table; it runs beside the
    // window, and a result for an older period or k is dropped.
    const int generation = ++m_generation;
    setBusy(true);
    runInBackground(
        this, [exact = *m_exact, k = m_k->value()] { return summary::publish(exact, k); },
        [this, generation](Result<summary::Summary> result) { published(std::move(result), generation); });
}

void ReportsPage::published(Result<summary::Summary> result, int generation)
{
    if (generation != m_generation)
        return;
    if (!result) {
        m_published.reset();
        showMessage(tr("The summary could not be made safe to share: %1").arg(result.error().message));
    } else {
        m_published = std::move(*result);
        showMessage(m_pending.first, m_pending.second);
    }
    m_pending = {};
    setBusy(false);
    fillTableList();
    showCurrent();
    Q_EMIT summaryShown();
}

void ReportsPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyLabel->setVisible(busy);
    for (QPushButton *button : m_exportButtons)
        button->setEnabled(!busy && m_published.has_value());
}

void ReportsPage::fillTableList()
{
    const QSignalBlocker blocker(m_tables);
    m_tables->clear();
    if (!m_published)
        return;
    const QString language = currentLanguage();
    QTreeWidgetItem *section = nullptr;
    std::optional<summary::Section> current;
    for (const summary::Table &table : m_published->tables) {
        if (current != table.section) {
            current = table.section;
            section = new QTreeWidgetItem(m_tables, {sectionName(table.section)});
            section->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            section->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(section, {table.title.in(language)});
        item->setData(0, TableIdRole, table.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, m_unchecked.contains(table.id) ? Qt::Unchecked : Qt::Checked);
        if (m_currentId.isEmpty())
            m_currentId = table.id;
        if (table.id == m_currentId)
            m_tables->setCurrentItem(item);
    }
}

void ReportsPage::onItemChanged(QTreeWidgetItem *item)
{
    const QString id = item->data(0, TableIdRole).toString();
    if (id.isEmpty())
        return;
    if (item->checkState(0) == Qt::Checked)
        m_unchecked.remove(id);
    else
        m_unchecked.insert(id);
}

void ReportsPage::showTable(const QString &tableId)
{
    m_currentId = tableId;
    // The list marks the table on screen, however it was chosen.
    const QSignalBlocker blocker(m_tables);
    for (QTreeWidgetItemIterator it(m_tables); *it; ++it)
        if ((*it)->data(0, TableIdRole).toString() == tableId)
            m_tables->setCurrentItem(*it);
    showCurrent();
}

void ReportsPage::showCurrent()
{
    const summary::Table *table = m_published ? m_published->table(m_currentId) : nullptr;
    QChart *old = m_chart->chart();
    if (!table) {
        m_model->clear();
        m_rules->clear();
        m_chart->setChart(new QChart);
        delete old;
        return;
    }
    const QString language = currentLanguage();
    m_model->setTable(*table, m_published->rules.k, language);
    m_rules->setText(rulesLine(*m_published, language));
    m_chart->setChart(makeSummaryChart(*table, language).release());
    delete old;
}

summary::Summary ReportsPage::selection() const
{
    if (!m_published)
        return {};
    summary::Summary chosen = *m_published;
    chosen.tables.removeIf([this](const summary::Table &t) { return m_unchecked.contains(t.id); });
    return chosen;
}

void ReportsPage::showMessage(const QString &text, bool info)
{
    m_message->setText(text);
    setTone(m_message, info ? Tone::Success : Tone::Problem);
    m_message->setVisible(!text.isEmpty());
}

} // namespace baken::ui
