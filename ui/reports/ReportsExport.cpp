// The export buttons of the Reports page: where to save, and writing the file.
#include "ReportsPage.h"

#include "SummaryPdf.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace baken::ui {

namespace {

void askWithDialog(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter,
                   const std::function<void(const QString &)> &chosen)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // Not the static helper: its nested event loop would outlive a lock.
    auto *files = new QFileDialog(parent, title, QDir(folder).filePath(suggestedName), filter);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QFileInfo(suggestedName).suffix());
    files->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(files, &QFileDialog::fileSelected, parent, [chosen](const QString &path) {
        if (!path.isEmpty())
            chosen(path);
    });
    files->open();
}

QString filterFor(summary::SummaryFormat format)
{
    switch (format) {
    case summary::SummaryFormat::Json:
        return ReportsPage::tr("JSON files (*.json)");
    case summary::SummaryFormat::Csv:
        return ReportsPage::tr("Zip archives with CSV files (*.zip)");
    case summary::SummaryFormat::Pdf:
        return ReportsPage::tr("PDF files (*.pdf)");
    }
    return {};
}

} // namespace

void ReportsPage::exportAs(summary::SummaryFormat format)
{
    if (!m_published || m_busy)
        return;
    const SaveFileChooser chooser = m_chooser ? m_chooser : SaveFileChooser(askWithDialog);
    chooser(this, tr("Export summary"), summary::suggestedSummaryFileName(m_published->period, format),
            filterFor(format), [this, format](const QString &path) {
                auto done = exportTo(format, path);
                showMessage(done ? *done : done.error().message, done.ok());
            });
}

Result<QString> ReportsPage::exportTo(summary::SummaryFormat format, const QString &path)
{
    if (!m_published)
        return Error{ErrorCode::InvalidInput, tr("There is no summary to export yet.")};
    const summary::Summary chosen = selection();
    if (chosen.tables.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Tick at least one table to export.")};
    const QString language = fileLanguage();
    QByteArray bytes;
    if (format == summary::SummaryFormat::Pdf) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (auto written = writeSummaryPdf(chosen, language, buffer); !written)
            return written.error();
    } else {
        auto encoded = summary::summaryFileBytes(chosen, format, language);
        if (!encoded)
            return encoded.error();
        bytes = std::move(*encoded);
    }
    const auto failed = [&path](const QSaveFile &file) {
        return Error{
            ErrorCode::Io,
            tr("The summary could not be saved as %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file);
    if (file.write(bytes) != bytes.size()) {
        const Error error = failed(file);
        file.cancelWriting();
        return error;
    }
    // The audit entry first, as baken-cli does (see recordSummaryExport): a
    // summary that leaves the vault is always noted, so no file without it.
    if (auto logged = summary::recordSummaryExport(m_vault, chosen.period, format, chosen.rules.k); !logged) {
        file.cancelWriting();
        return Error{ErrorCode::Database, tr("The summary was not saved, because the export could not be noted in "
                                             "the audit log: %1")
                                              .arg(logged.error().message)};
    }
    if (!file.commit())
        return failed(file);
    return tr("Saved %1: %n table(s), no figure below %2. It holds only what the screen shows.", nullptr,
              int(chosen.tables.size()))
        .arg(QFileInfo(path).fileName())
        .arg(chosen.rules.k);
}

} // namespace baken::ui
