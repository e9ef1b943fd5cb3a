#include "SummaryExport.h"

#include "Period.h"
#include "SummaryCsv.h"
#include "SummaryJson.h"
#include "audit/AuditLog.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace baken::summary {

namespace {

struct Messages {
    Q_DECLARE_TR_FUNCTIONS(baken::summary::SummaryExport)
};

Text withArgs(Text text, const QString &a)
{
    text.nl = text.nl.arg(a);
    text.en = text.en.arg(a);
    return text;
}

Text withArgs(Text text, const QString &a, const QString &b)
{
    text.nl = text.nl.arg(a, b);
    text.en = text.en.arg(a, b);
    return text;
}

} // namespace

std::optional<SummaryFormat> parseSummaryFormat(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (const SummaryFormat format : {SummaryFormat::Json, SummaryFormat::Csv, SummaryFormat::Pdf}) {
        if (lower == summaryFormatName(format))
            return format;
    }
    return std::nullopt;
}

QString summaryFormatName(SummaryFormat format)
{
    switch (format) {
    case SummaryFormat::Json:
        return QStringLiteral("json");
    case SummaryFormat::Csv:
        return QStringLiteral("csv");
    case SummaryFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QStringList summaryFormatNames()
{
    return {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("pdf")};
}

QString summaryFileSuffix(SummaryFormat format)
{
    // The CSV files travel together in one zip with their README.txt.
    return format == SummaryFormat::Csv ? QStringLiteral(".zip") : u'.' + summaryFormatName(format);
}

QString suggestedSummaryFileName(const Period &period, SummaryFormat format)
{
    QString key = periodKey(period);
    key.replace(QStringLiteral(".."), QStringLiteral("_"));
    return QStringLiteral("baken-summary-") + key + summaryFileSuffix(format);
}

Result<QByteArray> summaryFileBytes(const Summary &published, SummaryFormat format, const QString &language)
{
    switch (format) {
    case SummaryFormat::Json:
        return summaryToJson(published);
    case SummaryFormat::Csv:
        return summaryToCsvZip(published, language);
    case SummaryFormat::Pdf:
        break;
    }
    return Error{ErrorCode::InvalidInput, Messages::tr("A PDF report is drawn by the Baken app itself.")};
}

QList<Text> ruleSentences(const Summary &published)
{
    const Rules &rules = published.rules;
    const QString k = QString::number(rules.k);
    QList<Text> out;
    out << withArgs(bilingual("baken::summary",
                              QT_TRANSLATE_NOOP("baken::summary",
                                                "Figures from 1 to %1 are not published (k = %2), so that no small "
                                                "group of people can be recognised.")),
                    QString::number(rules.k - 1), k);
    out << bilingual("baken::summary",
                     QT_TRANSLATE_NOOP("baken::summary",
                                       "Further figures are left out wherever a figure that is not published could "
                                       "otherwise be worked out from the published figures and totals."));
    if (rules.mergedUnits.isEmpty()) {
        out << withArgs(bilingual("baken::summary",
                                  QT_TRANSLATE_NOOP("baken::summary",
                                                    "No unit had fewer than %1 cases in the period; none was merged.")),
                        k);
    } else {
        QStringList nl;
        QStringList en;
        for (const Text &unit : rules.mergedUnits) {
            nl << unit.nl;
            en << unit.en;
        }
        Text merged = withArgs(
            bilingual("baken::summary",
                      QT_TRANSLATE_NOOP("baken::summary", "Units with fewer than %1 cases in the period are counted "
                                                          "together as \"other units\": %2.")),
            k);
        merged.nl = merged.nl.arg(nl.join(QStringLiteral(", ")));
        merged.en = merged.en.arg(en.join(QStringLiteral(", ")));
        out << merged;
    }
    if (rules.otherUnitsSuppressed) {
        out << withArgs(bilingual("baken::summary",
                                  QT_TRANSLATE_NOOP("baken::summary",
                                                    "Together the other units still had fewer than %1 cases, so their "
                                                    "figures are not published either.")),
                        k);
    }
    if (published.coverage.size() == 1) {
        out << bilingual("baken::summary",
                         QT_TRANSLATE_NOOP("baken::summary",
                                           "Made from the package of one source; the table \"Sources and months\" "
                                           "shows which months it delivered."));
    } else if (!published.coverage.isEmpty()) {
        // Disclosure control ran on the combined figures, never per source.
        out << withArgs(bilingual("baken::summary",
                                  QT_TRANSLATE_NOOP("baken::summary",
                                                    "Combined from %1 sources; these rules were applied to the "
                                                    "combined figures. The table \"Sources and months\" shows which "
                                                    "months each source delivered.")),
                        QString::number(published.coverage.size()));
    }
    out << bilingual("baken::summary",
                     QT_TRANSLATE_NOOP("baken::summary",
                                       "The summary holds counts only: no names, no free text, no case numbers and "
                                       "no dates finer than a month."));
    return out;
}

Status recordSummaryExport(Vault &vault, const Period &period, SummaryFormat format, int k)
{
    // Which summary left the vault and how it was protected; the figures
    // themselves are in the file, never in the log.
    return vault.audit().append(QStringLiteral("summary.exported"), QStringLiteral("summary"),
                                QStringLiteral("%1 %2 k=%3").arg(periodKey(period), summaryFormatName(format)).arg(k));
}

} // namespace baken::summary
