#include "CsvImportWizard.h"

#include "CsvImportPages.h"
#include "vault/Vault.h"
#include "widgets/BackgroundTask.h"
#include "widgets/BusyCursor.h"
#include "widgets/ButtonDescriptions.h"
#include "widgets/FileChoosers.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>

namespace baken::ui {

using namespace csv;

CsvImportWizard::CsvImportWizard(Vault &vault, QWidget *parent)
    : QWizard(parent)
    , m_vault(vault)
    , m_openChooser([](QWidget *p, const QString &title, const QString &start, const QString &filter,
                       const std::function<void(const QString &)> &chosen) {
        chooseOneFile(p, title, start, filter, false, chosen);
    })
    , m_saveChooser([](QWidget *p, const QString &title, const QString &start, const QString &filter,
                       const std::function<void(const QString &)> &chosen) {
        chooseOneFile(p, title, start, filter, true, chosen);
    })
{
    setObjectName(QStringLiteral("CsvImportWizard"));
    setWindowTitle(tr("Import from a spreadsheet"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // An empty list means nothing matches; the values step then offers nothing.
    if (auto choices = Importer(m_vault).choices())
        m_choices = *choices;

    m_filePage = new CsvFilePage(*this);
    m_columnsPage = new CsvColumnsPage(*this);
    m_valuesPage = new CsvValuesPage(*this);
    m_checkPage = new CsvCheckPage(*this);
    m_donePage = new CsvDonePage(*this);
    setPage(FilePageId, m_filePage);
    setPage(ColumnsPageId, m_columnsPage);
    setPage(ValuesPageId, m_valuesPage);
    setPage(CheckPageId, m_checkPage);
    setPage(DonePageId, m_donePage);
    describeWizardButtons(this);
    setMinimumSize(900, 640);
}

CsvImportWizard::~CsvImportWizard() = default;

Status CsvImportWizard::readFile(const QString &path)
{
    BusyCursor busy;
    auto table = Reader::readFile(path);
    if (!table)
        return table.error();
    Mapping mapping = Mapping::guess(table->header.cells);
    // The columns (and values) chosen so far still fit a file with the same
    // column names: the corrected spreadsheet, read again.
    if (m_table)
        if (auto kept = Mapping::fromJson(m_mapping.toJson(m_table->header.cells), table->header.cells))
            mapping = *kept;
    m_path = path;
    m_table = std::move(*table);
    m_mapping = mapping;
    m_check.reset();
    m_valuesToMap.reset();
    Q_EMIT tableChanged();
    return {};
}

void CsvImportWizard::setColumn(Field field, int column)
{
    if (m_mapping.column(field) == column)
        return;
    m_mapping.setColumn(field, column);
    m_valuesToMap.reset();
    changed();
}

void CsvImportWizard::setValue(Field field, const QString &fileValue, const std::optional<QString> &code)
{
    if (m_mapping.value(field, fileValue) == code)
        return;
    if (code)
        m_mapping.setValue(field, fileValue, *code);
    else
        m_mapping.clearValue(field, fileValue);
    changed();
}

void CsvImportWizard::changed()
{
    m_check.reset();
    Q_EMIT mappingChanged();
}

Status CsvImportWizard::saveMapping(const QString &path) const
{
    if (!m_table)
        return {};
    return writeFileAtomically(path, m_mapping.toJson(m_table->header.cells));
}

Status CsvImportWizard::loadMapping(const QString &path)
{
    if (!m_table)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
                     tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    auto read = Mapping::fromJson(file.readAll(), m_table->header.cells);
    if (!read)
        return read.error();
    // baken-cli --write-mapping marks the values still to choose with "?".
    for (const Field field : allFields())
        for (const auto &[value, code] : read->values(field))
            if (code == u"?")
                read->clearValue(field, value);
    m_mapping = *read;
    m_valuesToMap.reset();
    changed();
    return {};
}

const Result<Check> &CsvImportWizard::check()
{
    if (!m_check) {
        BusyCursor busy;
        m_check = m_table ? Importer(m_vault).check(*m_table, m_mapping)
                          : Result<Check>(Error{ErrorCode::InvalidInput, tr("Choose a file first.")});
    }
    return *m_check;
}

const Result<QList<UnknownValue>> &CsvImportWizard::valuesToMap()
{
    if (!m_valuesToMap) {
        // Checked without the user's values, every value that needs one shows.
        Mapping columnsOnly = m_mapping;
        for (const Field field : allFields())
            for (const auto &pair : m_mapping.values(field))
                columnsOnly.clearValue(field, pair.first);
        BusyCursor busy;
        auto check = m_table ? Importer(m_vault).check(*m_table, columnsOnly)
                             : Result<Check>(Error{ErrorCode::InvalidInput, tr("Choose a file first.")});
        m_valuesToMap =
            check ? Result<QList<UnknownValue>>(check->unknownValues) : Result<QList<UnknownValue>>(check.error());
    }
    return *m_valuesToMap;
}

Result<QList<PreviewRow>> CsvImportWizard::preview(int rows) const
{
    if (!m_table)
        return QList<PreviewRow>{};
    return Importer(m_vault).preview(*m_table, m_mapping, rows);
}

void CsvImportWizard::startImport(const std::function<void(const Result<ImportedCsv> &)> &done)
{
    if (m_importing || m_imported || !m_table)
        return;
    m_importing = true;
    m_closeWhenStopped = false;
    m_stop = std::stop_source();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    Q_EMIT operationStarted();
    // Called on the importing thread for every row: only a new percentage
    // crosses to the GUI thread, where the wizard is looked at (it may be
    // gone by then: the application is the receiver).
    ImportProgress progress{[wizard = QPointer<CsvImportWizard>(this), shown = -1](int row, int total) mutable {
                                const int percent = total > 0 ? int(qint64(row) * 100 / total) : 0;
                                if (percent == shown)
                                    return;
                                shown = percent;
                                QMetaObject::invokeMethod(
                                    qApp,
                                    [wizard, percent] {
                                        if (wizard && wizard->isImporting())
                                            Q_EMIT wizard->importProgress(percent);
                                    },
                                    Qt::QueuedConnection);
                            },
                            m_stop.get_token()};
    runInBackground(
        this,
        [vault = &m_vault, table = *m_table, mapping = m_mapping, progress = std::move(progress)] {
            return Importer(*vault).import(table, mapping, progress);
        },
        [this, done](Result<ImportedCsv> result) {
            QApplication::restoreOverrideCursor();
            m_importing = false;
            if (result) {
                m_imported = *result;
                Q_EMIT casesImported(result->cases);
            }
            done(result);
            // Closed only when nothing was registered: an import that
            // committed before the stop reached it shows what it registered.
            if (!result && m_closeWhenStopped)
                QWizard::reject();
            // Last: a lock held off until now may take the wizard with it.
            Q_EMIT operationFinished();
        });
}

void CsvImportWizard::stopImport()
{
    if (!m_importing || m_stop.stop_requested())
        return;
    m_stop.request_stop();
    Q_EMIT importStopping();
}

void CsvImportWizard::chooseFile(const std::function<void(const QString &)> &chosen)
{
    const QString start = m_path.isEmpty() ? documentsFolder() : QFileInfo(m_path).absolutePath();
    m_openChooser(this, tr("Choose the spreadsheet"), start, tr("CSV files (*.csv *.txt);;All files (*)"), chosen);
}

void CsvImportWizard::chooseMappingToSave(const std::function<void(const QString &)> &chosen)
{
    // Beside the spreadsheet: the two belong together, and go together.
    const QFileInfo csvFile(m_path);
    const QString suggested = csvFile.absoluteDir().filePath(csvFile.completeBaseName() + u".mapping.json");
    m_saveChooser(this, tr("Save the mapping"), suggested, tr("Mapping files (*.json)"), chosen);
}

void CsvImportWizard::chooseMappingToLoad(const std::function<void(const QString &)> &chosen)
{
    m_openChooser(this, tr("Load a mapping"), QFileInfo(m_path).absolutePath(),
                  tr("Mapping files (*.json);;All files (*)"), chosen);
}

void CsvImportWizard::reject()
{
    // The import is one transaction: it is stopped and rolled back, and the
    // wizard closes when it has.
    if (m_importing) {
        m_closeWhenStopped = true;
        stopImport();
        return;
    }
    QWizard::reject();
}

} // namespace baken::ui
