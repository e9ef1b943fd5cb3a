// The export buttons of the Reports page: where to save, and writing the file.
#include "ReportsPage.h"

#include "SummaryPdf.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QFileInfo>

namespace baken::ui {

namespace {

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
    const SaveFileChooser chooser = m_chooser ? m_chooser : SaveFileChooser(saveWithDialog);
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
    // The audit entry before the file is committed, as baken-cli does (see
    // recordSummaryExport): a summary that leaves the vault is always noted.
    auto written = writeFileAtomically(path, bytes, [&]() -> Status {
        if (auto logged = summary::recordSummaryExport(m_vault, chosen.period, format, chosen.rules.k); !logged) {
            return Error{ErrorCode::Database, tr("The summary was not saved, because the export could not be noted "
                                                 "in the audit log: %1")
                                                  .arg(logged.error().message)};
        }
        return {};
    });
    if (!written)
        return written.error();
    return tr("Saved %1: %n table(s), no figure below %2. It holds only what the screen shows.", nullptr,
              int(chosen.tables.size()))
        .arg(QFileInfo(path).fileName())
        .arg(chosen.rules.k);
}

} // namespace baken::ui
