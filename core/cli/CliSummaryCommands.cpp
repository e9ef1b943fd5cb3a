// baken-cli summary: an anonymised summary of a period, published (small
// figures suppressed) and written as JSON, a CSV zip or a PDF report. Usage
// errors (exit 2) are found before the vault is opened or a file is made.
#include "CliApp.h"
#include "CliSummarySupport.h"

#include "i18n/Translations.h"
#include "summary/DisclosureControl.h"
#include "summary/Period.h"
#include "summary/SummaryBuilder.h"
#include "summary/SummaryExport.h"
#include "summary/SummaryJson.h"
#include "vault/Vault.h"
#include "vault/VaultSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace baken {

using namespace summary;

namespace cli {

Status saveAudited(const QString &path, const QByteArray &bytes, const std::function<Status()> &audit)
{
    const auto failed = [&](const QString &reason) {
        return Error{ErrorCode::Io, QCoreApplication::translate("baken::CliApp", "%1 cannot be written: %2")
                                        .arg(QDir::toNativeSeparators(path), reason)};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return failed(file.errorString());
    }
    if (auto s = audit(); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace cli

void CliApp::addSummaryOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("period"),
                      tr("The period: a year (2026), a quarter (2026-Q2), a month (2026-03) or a range of months "
                         "(2026-01..2026-06)."),
                      tr("PERIOD")});
    parser.addOption({QStringLiteral("format"),
                      tr("json, csv (a zip of CSV files with a README.txt) or pdf (needs the Baken app). "
                         "Default: json."),
                      tr("FORMAT"), QStringLiteral("json")});
    parser.addOption({QStringLiteral("out"), tr("Write the summary to FILE (it must not exist yet)."), tr("FILE")});
    parser.addOption({QStringLiteral("k"),
                      tr("Leave out every figure from 1 to K-1, at least 3 (default: the vault's setting, "
                         "otherwise 5)."),
                      tr("K")});
}

std::optional<ExitCode> CliApp::summaryRequest(const QCommandLineParser &parser, cli::SummaryRequest &request)
{
    const QString periodText = parser.value(QStringLiteral("period"));
    if (periodText.isEmpty()) {
        m_io.err << tr("Name the period with --period, for example --period 2026.") << '\n';
        return ExitCode::Usage;
    }
    const auto period = parsePeriod(periodText);
    if (!period) {
        m_io.err << period.error().message << '\n';
        return ExitCode::Usage;
    }
    request.period = *period;
    const auto format = parseSummaryFormat(parser.value(QStringLiteral("format")));
    if (!format) {
        m_io.err << tr("Unknown format \"%1\"; choose %2.")
                        .arg(parser.value(QStringLiteral("format")), summaryFormatNames().join(QStringLiteral(", ")))
                 << '\n';
        return ExitCode::Usage;
    }
    request.format = *format;
    if (parser.isSet(QStringLiteral("k"))) {
        bool ok = false;
        request.k = parser.value(QStringLiteral("k")).toInt(&ok);
        if (!ok || *request.k < MinimumK || *request.k > MaximumK) {
            m_io.err << tr("k must be a whole number from %1 to %2: with a smaller k, figures so small that they "
                           "point to a person would be published.")
                            .arg(MinimumK)
                            .arg(MaximumK)
                     << '\n';
            return ExitCode::Usage;
        }
    }
    request.out = parser.value(QStringLiteral("out"));
    if (request.out.isEmpty()) {
        m_io.err << tr("Name the file to write with --out FILE%1.").arg(summaryFileSuffix(*format)) << '\n';
        return ExitCode::Usage;
    }
    // As export does: Baken never overwrites a file.
    if (QFileInfo::exists(request.out)) {
        m_io.err << tr("%1 already exists; Baken never overwrites a file.").arg(request.out) << '\n';
        return ExitCode::Failure;
    }
    if (*format == SummaryFormat::Pdf && !m_io.writePdf) {
        m_io.err << tr("PDF needs the Baken app installed; use --format json or csv.") << '\n';
        return ExitCode::Failure;
    }
    return std::nullopt;
}

ExitCode CliApp::writeSummary(Vault &vault, const Summary &exact, cli::SummaryRequest request)
{
    if (!request.k) {
        auto stored = summaryK(vault);
        if (!stored)
            return fail(stored.error());
        request.k = *stored;
    }
    const int k = *request.k;
    const QString &out = request.out;
    auto published = publish(exact, k);
    if (!published)
        return fail(published.error());

    const QString language = currentLanguage();
    const auto audit = [&] { return recordSummaryExport(vault, request.period, request.format, k); };
    if (request.format == SummaryFormat::Pdf) {
        auto json = summaryToJson(*published);
        if (!json)
            return fail(json.error());
        // The app writes the file; a PDF that cannot be recorded is removed
        // again, so that no summary leaves the vault unrecorded.
        if (auto s = m_io.writePdf(*json, language, out); !s)
            return fail(s.error());
        if (auto s = audit(); !s) {
            QFile::remove(out);
            return fail(s.error());
        }
    } else {
        auto bytes = summaryFileBytes(*published, request.format, language);
        if (!bytes)
            return fail(bytes.error());
        if (auto s = cli::saveAudited(out, *bytes, audit); !s)
            return fail(s.error());
    }
    m_io.out << tr("Wrote the summary of %1 (k = %2) to %3.")
                    .arg(periodLabel(request.period).in(language))
                    .arg(k)
                    .arg(QDir::toNativeSeparators(out))
             << '\n';
    return ExitCode::Ok;
}

ExitCode CliApp::summaryFrom(const QStringList &args, const QString &description, const ExactFigures &exact)
{
    QCommandLineParser parser;
    addSummaryOptions(parser);
    if (auto done = parseCommand(parser, args, description))
        return *done;
    cli::SummaryRequest request;
    if (auto done = summaryRequest(parser, request))
        return *done;

    std::unique_ptr<Vault> vault;
    if (auto code = openVault(parser, tr("Passphrase: "), vault); code != ExitCode::Ok)
        return code;
    auto figures = exact(*vault, request.period);
    if (!figures)
        return fail(figures.error());
    return writeSummary(*vault, *figures, request);
}

ExitCode CliApp::summaryCommand(const QStringList &args)
{
    return summaryFrom(args,
                       tr("Write an anonymised summary of a period: counts of cases, doubt-line "
                          "consultations and groups, with small figures left out so that nobody can be "
                          "recognised. The language follows --lang."),
                       [](Vault &vault, const summary::Period &period) { return buildSummary(vault.db(), period); });
}

} // namespace baken
