#pragma once

#include "csvimport/CsvImport.h"

#include <QWizard>

#include <functional>
#include <optional>
#include <stop_token>

namespace baken {
class Vault;
}

namespace baken::ui {

class CsvCheckPage;
class CsvColumnsPage;
class CsvDonePage;
class CsvFilePage;
class CsvValuesPage;

// Registrations from a spreadsheet saved as CSV (core/csvimport): the file,
// which column fills which field, what the values that match no list item
// stand for, the check of every row, and the import, all or nothing. Only
// the last step writes to the vault; cancelling before it leaves the vault
// as it was. The wizard holds what the steps share: the file read, the
// mapping and the check, which is computed again whenever either changes.
class CsvImportWizard final : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilePageId, ColumnsPageId, ValuesPageId, CheckPageId, DonePageId };

    // Open and save dialogs, replaced by tests: `start` is the folder or the
    // suggested file; `chosen` only runs when the user picked a file.
    using FileChooser = std::function<void(QWidget *parent, const QString &title, const QString &start,
                                           const QString &filter, const std::function<void(const QString &)> &chosen)>;

    explicit CsvImportWizard(Vault &vault, QWidget *parent = nullptr);
    ~CsvImportWizard() override;

    void setOpenChooser(FileChooser chooser) { m_openChooser = std::move(chooser); }
    void setSaveChooser(FileChooser chooser) { m_saveChooser = std::move(chooser); }

    // Reads `path`, keeping the columns chosen so far when the new file has
    // the same column names, guessing them otherwise.
    Status readFile(const QString &path);
    // "Read the file again", after the user corrected the spreadsheet.
    Status readFileAgain() { return readFile(m_path); }
    bool hasTable() const { return m_table.has_value(); }
    const csv::Table &table() const { return *m_table; }
    QString path() const { return m_path; }

    const csv::Mapping &mapping() const { return m_mapping; }
    void setColumn(csv::Field field, int column);
    void setValue(csv::Field field, const QString &fileValue, const std::optional<QString> &code);
    // The mapping file (docs/cli.md, "import-csv"), the one baken-cli reads.
    Status saveMapping(const QString &path) const;
    Status loadMapping(const QString &path);

    // The lists the values are matched against; empty if they cannot be read.
    const csv::Choices &choices() const { return m_choices; }
    // The dry run of the whole file with the current mapping, computed once
    // per change (a busy cursor meanwhile).
    const Result<csv::Check> &check();
    // The values of list columns that match no item by themselves, mapped or
    // not: what the values step offers.
    const Result<QList<csv::UnknownValue>> &valuesToMap();
    Result<QList<csv::PreviewRow>> preview(int rows) const;

    // Runs the import on a worker thread; the vault is not used by anything
    // else meanwhile (the wizard is modal, and the window holds off a lock
    // through operationStarted/operationFinished). importProgress() tells
    // how far it is; `done` runs on the GUI thread.
    void startImport(const std::function<void(const Result<csv::ImportedCsv> &)> &done);
    bool isImporting() const { return m_importing; }
    // Asks the running import to stop: it ends with ErrorCode::Cancelled and
    // nothing written, unless it was already committing.
    void stopImport();
    const std::optional<csv::ImportedCsv> &imported() const { return m_imported; }

    // The file dialogs of the steps.
    void chooseFile(const std::function<void(const QString &)> &chosen);
    void chooseMappingToSave(const std::function<void(const QString &)> &chosen);
    void chooseMappingToLoad(const std::function<void(const QString &)> &chosen);

    CsvFilePage *filePage() const { return m_filePage; }
    CsvColumnsPage *columnsPage() const { return m_columnsPage; }
    CsvValuesPage *valuesPage() const { return m_valuesPage; }
    CsvCheckPage *checkPage() const { return m_checkPage; }
    CsvDonePage *donePage() const { return m_donePage; }

    void reject() override;

Q_SIGNALS:
    // A file was read (again): the pages show it anew.
    void tableChanged();
    // Columns or values changed (also by loading a mapping file).
    void mappingChanged();
    void casesImported(int cases);
    // The running import's progress, in percent.
    void importProgress(int percent);
    // Stop (or Cancel) was asked for; the import ends soon with nothing written.
    void importStopping();
    void operationStarted();
    void operationFinished();

private:
    void changed();

    Vault &m_vault;
    csv::Choices m_choices;
    QString m_path;
    std::optional<csv::Table> m_table;
    csv::Mapping m_mapping;
    std::optional<Result<csv::Check>> m_check;
    std::optional<Result<QList<csv::UnknownValue>>> m_valuesToMap;
    std::optional<csv::ImportedCsv> m_imported;
    bool m_importing = false;
    std::stop_source m_stop;
    // Cancel or the window's close button during the import: the wizard
    // closes once the import has stopped.
    bool m_closeWhenStopped = false;
    FileChooser m_openChooser;
    FileChooser m_saveChooser;
    CsvFilePage *m_filePage;
    CsvColumnsPage *m_columnsPage;
    CsvValuesPage *m_valuesPage;
    CsvCheckPage *m_checkPage;
    CsvDonePage *m_donePage;
};

} // namespace baken::ui
