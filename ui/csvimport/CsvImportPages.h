#pragma once

#include "csvimport/CsvFields.h"

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace baken::ui {

class CsvImportWizard;

// Step 1: what a CSV file is and how to make one, and the file chosen.
class CsvFilePage final : public QWizardPage {
    Q_OBJECT

public:
    explicit CsvFilePage(CsvImportWizard &wizard);

    bool isComplete() const override;
    // Reads `path` and says what was read, or why it could not be.
    void readFile(const QString &path);
    QString summary() const;
    QString problem() const;

private:
    void showTable();

    CsvImportWizard &m_wizard;
    QLineEdit *m_pathEdit;
    QPushButton *m_chooseButton;
    QLabel *m_summary;
    QLabel *m_problem;
};

// Step 2: per case field the column that fills it, and the first rows as
// Baken will store them, a cell it cannot take in red with the reason.
class CsvColumnsPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit CsvColumnsPage(CsvImportWizard &wizard);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    QComboBox *columnBox(csv::Field field) const { return m_boxes.value(field); }
    QTableWidget *preview() const { return m_preview; }
    QString problem() const;

    static constexpr int PreviewRows = 10;

private:
    void fillBoxes();
    void showMapping();
    void showPreview();

    CsvImportWizard &m_wizard;
    QHash<csv::Field, QComboBox *> m_boxes;
    QTableWidget *m_preview;
    QLabel *m_problem;
    bool m_updating = false;
};

// Step 3: per value of a list column that matches no item, the item it
// stands for, with the number of rows that hold it.
class CsvValuesPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit CsvValuesPage(CsvImportWizard &wizard);

    void initializePage() override;
    void cleanupPage() override {}
    // The choice for `value` of `field`; null if the value is not listed.
    QComboBox *valueBox(csv::Field field, const QString &value) const;
    QString status() const;

private:
    void rebuild();
    void showChoices();

    CsvImportWizard &m_wizard;
    QLabel *m_intro;
    QWidget *m_list;
    QGridLayout *m_grid;
    QLabel *m_status;
    QList<std::pair<QComboBox *, std::pair<csv::Field, QString>>> m_boxes;
    bool m_updating = false;
};

// Step 4: how many rows can be imported and every row that cannot, with
// the reason. "Import" (Next) is enabled only when every row can be.
class CsvCheckPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit CsvCheckPage(CsvImportWizard &wizard);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    // Starts the import; the wizard moves on when it is done.
    bool validatePage() override;

    QTreeWidget *rejectedList() const { return m_rejected; }
    QString summary() const;
    QString message() const;
    QProgressBar *progressBar() const { return m_busyBar; }
    QPushButton *stopButton() const { return m_stop; }
    void readAgain();
    void saveMapping();
    void loadMapping();

private:
    void showCheck();
    void showMessage(const QString &text, bool problem);
    void setBusy(bool busy);

    CsvImportWizard &m_wizard;
    QLabel *m_summary;
    QLabel *m_advice;
    QTreeWidget *m_rejected;
    QPushButton *m_readAgain;
    QPushButton *m_save;
    QPushButton *m_load;
    QProgressBar *m_busyBar;
    QPushButton *m_stop;
    QLabel *m_message;
};

// Step 5: what was registered, and the reminder that the spreadsheet still
// holds the cases unencrypted.
class CsvDonePage final : public QWizardPage {
    Q_OBJECT

public:
    explicit CsvDonePage(CsvImportWizard &wizard);

    void initializePage() override;
    QString summary() const;

private:
    CsvImportWizard &m_wizard;
    QLabel *m_summary;
    QLabel *m_reminder;
};

} // namespace baken::ui
