#pragma once

#include "base/Result.h"
#include "summary/Summary.h"
#include "summary/SummaryExport.h"
#include "widgets/FileChoosers.h"

#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace baken {
class Vault;
}

namespace baken::ui {

class PeriodPicker;
class SummaryTableModel;
namespace rollup {
class RollupBar;
}

// Anonymised summaries: pick a period, the smallest number shown (k) and the
// tables; see each table exactly as it will leave the vault, with its chart;
// export the chosen tables as JSON, CSV or a PDF report. Only the published
// summary is ever shown or written here; the exact counts stay in memory.
class ReportsPage final : public QWidget {
    Q_OBJECT

public:
    // Asks where to save and calls `chosen` with the path (never with an
    // empty one). Tests answer it; the app shows a file dialog.
    using SaveFileChooser = ::baken::ui::SaveFileChooser;

    explicit ReportsPage(Vault &vault, QWidget *parent = nullptr);
    ~ReportsPage() override;

    PeriodPicker *periodPicker() const { return m_period; }
    QSpinBox *kSpin() const { return m_k; }
    QTreeWidget *tableList() const { return m_tables; }
    QTableView *tableView() const { return m_view; }
    SummaryTableModel *tableModel() const { return m_model; }
    QChartView *chartView() const { return m_chart; }
    QComboBox *languageCombo() const { return m_language; }
    QLabel *rulesLabel() const { return m_rules; }
    QLabel *messageLabel() const { return m_message; }
    // Where the figures come from (this vault or a roll-up), and the roll-up's buttons.
    rollup::RollupBar *rollupBar() const { return m_rollup; }

    void setPeriod(const summary::Period &period);
    // Clamped to 3..50; remembered in the vault.
    void setK(int k);
    int k() const;
    // The published summary of the whole period (every table), once built.
    const std::optional<summary::Summary> &published() const { return m_published; }
    // The published summary with only the checked tables: what an export writes.
    summary::Summary selection() const;
    // Shows one table of the published summary and its chart.
    void showTable(const QString &tableId);
    QString currentTableId() const { return m_currentId; }
    // How often the exact counts were read from the vault (a period change
    // reads them again, a change of k does not).
    int builds() const { return m_builds; }
    bool isBusy() const { return m_busy; }

    void setFileChooser(const SaveFileChooser &chooser) { m_chooser = chooser; }
    // Asks where to save, then writes the checked tables in `format`.
    void exportAs(summary::SummaryFormat format);
    // Writes the checked tables to `path` (atomically) and records the export
    // in the audit log; says what it wrote.
    Result<QString> exportTo(summary::SummaryFormat format, const QString &path);
    // The language of the CSV and PDF files ("nl" or "en").
    QString fileLanguage() const;

    // Reads the exact counts again if the period changed while hidden.
    void refresh();

Q_SIGNALS:
    // A new published summary is on screen.
    void summaryShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void republish();
    void published(Result<summary::Summary> result, int generation);
    void fillTableList();
    void showCurrent();
    void setBusy(bool busy);
    void showMessage(const QString &text, bool info = false);
    void onItemChanged(QTreeWidgetItem *item);

    Vault &m_vault;
    PeriodPicker *m_period;
    QSpinBox *m_k;
    QTreeWidget *m_tables;
    QTableView *m_view;
    SummaryTableModel *m_model;
    QChartView *m_chart;
    QLabel *m_rules;
    QLabel *m_message;
    QLabel *m_busyLabel;
    QComboBox *m_language;
    rollup::RollupBar *m_rollup;
    QList<QPushButton *> m_exportButtons;
    SaveFileChooser m_chooser;

    std::optional<summary::Summary> m_exact;
    std::optional<summary::Summary> m_published;
    QSet<QString> m_unchecked;
    std::pair<QString, bool> m_pending; // a message to show with the next summary
    QString m_currentId;
    int m_builds = 0;
    int m_generation = 0;
    bool m_dirty = true;
    bool m_busy = false;
};

} // namespace baken::ui
