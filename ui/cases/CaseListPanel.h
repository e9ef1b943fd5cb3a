#pragma once

#include "cases/CaseSearch.h"

#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class CaseListPanel;
}

namespace baken::ui {

class CaseContext;
class CaseListModel;

// The case list: search as you type, filters (remembered between sessions,
// the search text never), a sortable lazy table, and the way into intake,
// signal bundling and the hours export.
class CaseListPanel final : public QWidget {
    Q_OBJECT

public:
    explicit CaseListPanel(CaseContext &context, QWidget *parent = nullptr);
    ~CaseListPanel() override;

    CaseListModel *model() const { return m_model; }
    CaseFilter currentFilter() const;
    // Reads the list again (after a case was saved elsewhere).
    void reload();
    void focusSearch();

    static constexpr int SearchDelayMs = 150;

Q_SIGNALS:
    void caseOpenRequested(qint64 caseId, bool draft);
    void newIntakeRequested();
    void bundlingRequested();
    void exportHoursRequested();

private:
    void fillFilters();
    void restoreFilters();
    void saveFilters() const;
    void clearFilters();
    void applyFilter();
    void openRow(const QModelIndex &index);
    void showCount(int total, const QString &error);

    std::unique_ptr<::Ui::CaseListPanel> m_ui;
    CaseContext &m_context;
    CaseListModel *m_model;
    QTimer *m_searchTimer;
    bool m_restoring = false;
};

} // namespace baken::ui
