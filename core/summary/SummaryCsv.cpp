// The CSV form of a published summary: one file per table and a README.txt,
// zipped in memory so that the caller writes one file atomically.
// docs/summary.md describes the layout and the markers.
#include "SummaryCsv.h"

#include "Period.h"
#include "SummaryExport.h"
#include "SummaryJsonFormat.h"

#include <QCoreApplication>

#include <zip.h>

#include <algorithm>
#include <memory>

namespace baken::summary {

namespace {

struct Messages {
    Q_DECLARE_TR_FUNCTIONS(baken::summary::SummaryCsv)
};

// Spreadsheet programs on Windows read a file without it as ANSI and garble
// "geëmancipeerd".
const QByteArray Bom("\xEF\xBB\xBF");
const QByteArray LineEnd("\r\n"); // RFC 4180

QString inLanguage(const char *context, const char *source, const QString &language)
{
    return bilingual(context, source).in(language);
}

// RFC 4180: quoted when it holds a separator, a quote or a line break, and a
// semicolon too, for spreadsheet programs that split on it (Dutch locales).
QByteArray field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains(';') || bytes.contains('"') || bytes.contains('\n')
        || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QByteArray line(const QStringList &fields)
{
    QByteArrayList out;
    for (const QString &f : fields)
        out << field(f);
    return out.join(',') + LineEnd;
}

// One marker for every hidden figure: why it is hidden is never published.
QString figureText(const Figure &figure)
{
    if (!figure.published())
        return QStringLiteral("x");
    return QString::number(figure.value.value_or(0));
}

QByteArray tableCsv(const Table &table, const QString &language)
{
    const QString total = inLanguage("baken::summary", QT_TRANSLATE_NOOP("baken::summary", "Total"), language);
    QByteArray out = Bom;
    if (!table.twoWay()) {
        out += line({table.rows.title.in(language), table.counts.in(language)});
        for (int row = 0; row < table.rows.categories.size(); ++row)
            out += line({table.rows.categories.at(row).label.in(language), figureText(table.cell(row))});
        if (table.total)
            out += line({total, figureText(*table.total)});
        return out;
    }
    // The corner names both axes: rows \ columns, as in a printed cross table.
    QStringList header{table.rows.title.in(language) + QStringLiteral(" \\ ") + table.columns->title.in(language)};
    for (const Category &column : table.columns->categories)
        header << column.label.in(language);
    const bool totalColumn = !table.rowTotals.isEmpty();
    if (totalColumn)
        header << total;
    out += line(header);
    for (int row = 0; row < table.rows.categories.size(); ++row) {
        QStringList fields{table.rows.categories.at(row).label.in(language)};
        for (int column = 0; column < table.columnCount(); ++column)
            fields << figureText(table.cell(row, column));
        if (totalColumn)
            fields << figureText(table.rowTotals.at(row));
        out += line(fields);
    }
    if (!table.columnTotals.isEmpty()) {
        QStringList fields{total};
        for (const Figure &figure : table.columnTotals)
            fields << figureText(figure);
        if (totalColumn)
            fields << (table.total ? figureText(*table.total) : QString());
        out += line(fields);
    }
    return out;
}

// A roll-up's sources, one line each, with an "x" under every month of the
// period the source delivered figures for.
QByteArray coverageCsv(const Summary &published, const QString &language)
{
    const QStringList months = periodMonths(published.period);
    QByteArray out = Bom;
    out += line(QStringList{inLanguage("baken::summary", QT_TRANSLATE_NOOP("baken::summary", "Source"), language)}
                + months);
    for (const Coverage &source : published.coverage) {
        QStringList fields{source.source};
        for (const QString &month : months)
            fields << (source.months.contains(month) ? QStringLiteral("x") : QString());
        out += line(fields);
    }
    return out;
}

const QString CoverageFile = QStringLiteral("coverage.csv");

// Table ids are "cases.type" and the like; anything else becomes "_", so a
// name can never reach outside the archive.
QString fileName(const Table &table)
{
    QString name = table.id;
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'_' && c != u'-')
            c = u'_';
    }
    return name + QStringLiteral(".csv");
}

QByteArray readme(const Summary &published, const QString &language, const QStringList &files)
{
    const auto t = [&](const char *source) { return inLanguage("baken::summary", source, language); };
    QStringList lines;
    lines << t(QT_TRANSLATE_NOOP("baken::summary", "Anonymised summary")) + QStringLiteral(": ")
                 + periodLabel(published.period).in(language);
    lines << t(QT_TRANSLATE_NOOP("baken::summary", "Made by %1.")).arg(published.generator);
    lines << QString();
    for (const Text &sentence : ruleSentences(published))
        lines << sentence.in(language);
    lines << QString();
    lines << t(QT_TRANSLATE_NOOP("baken::summary", "In the tables, \"x\" marks a figure that is not published: "
                                                   "from 1 to %1, or left out so that such a figure cannot be "
                                                   "worked out."))
                 .arg(published.rules.k - 1);
    const bool multiValued = std::any_of(published.tables.begin(), published.tables.end(), [](const Table &table) {
        return table.rows.multiValued || (table.columns && table.columns->multiValued);
    });
    if (multiValued) {
        lines << t(QT_TRANSLATE_NOOP("baken::summary", "Where a case can fall in more than one category (grounds, "
                                                       "forms of behaviour, measures), the rows add up to more than "
                                                       "the total."));
    }
    lines << QString();
    lines << t(QT_TRANSLATE_NOOP("baken::summary", "Files:"));
    for (qsizetype i = 0; i < files.size(); ++i)
        lines << files.at(i) + QStringLiteral("  ") + published.tables.at(i).title.in(language);
    if (!published.coverage.isEmpty()) {
        lines << CoverageFile + QStringLiteral("  ")
                     + t(QT_TRANSLATE_NOOP("baken::summary", "Sources and months: \"x\" where a source delivered "
                                                             "figures for the month"));
    }
    return Bom + lines.join(QString::fromLatin1(LineEnd)).toUtf8() + LineEnd;
}

struct ZipSourceFree {
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};

Error zipError(zip_error_t *error)
{
    const QString detail = QString::fromLocal8Bit(zip_error_strerror(error));
    zip_error_fini(error);
    return Error{ErrorCode::Io, Messages::tr("The zip archive could not be made: %1").arg(detail)};
}

// Builds the archive in a libzip memory buffer and returns its bytes.
Result<QByteArray> zipped(const QList<std::pair<QString, QByteArray>> &files)
{
    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, ZipSourceFree> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer)
        return zipError(&error);
    zip_t *archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
    if (!archive)
        return zipError(&error);
    zip_source_keep(buffer.get()); // zip_close would free it, and the bytes with it
    for (const auto &[name, data] : files) {
        // The data outlives zip_close, which is when libzip reads it.
        zip_source_t *source = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        if (!source || zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_error_set(&error, zip_error_code_zip(zip_get_error(archive)), 0);
            zip_discard(archive);
            return zipError(&error);
        }
    }
    if (zip_close(archive) < 0) {
        zip_error_set(&error, zip_error_code_zip(zip_get_error(archive)), 0);
        zip_discard(archive);
        return zipError(&error);
    }
    zip_stat_t stat;
    if (zip_source_stat(buffer.get(), &stat) < 0 || !(stat.valid & ZIP_STAT_SIZE) || zip_source_open(buffer.get()) < 0)
        return zipError(zip_source_error(buffer.get()));
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(buffer.get(), bytes.data(), stat.size);
    zip_source_close(buffer.get());
    if (read != zip_int64_t(stat.size))
        return zipError(zip_source_error(buffer.get()));
    return bytes;
}

} // namespace

Result<QByteArray> summaryToCsvZip(const Summary &published, const QString &language)
{
    if (!published.published)
        return Error{ErrorCode::InvalidInput,
                     Messages::tr("Only a published summary, with small figures suppressed, can be written to a "
                                  "file. The exact counts stay in the vault.")};
    QList<std::pair<QString, QByteArray>> files;
    QStringList names;
    for (const Table &table : published.tables) {
        if (auto s = checkTableShape(table); !s)
            return s.error();
        names << fileName(table);
        files.append({names.last(), tableCsv(table, language)});
    }
    files.prepend({QStringLiteral("README.txt"), readme(published, language, names)});
    if (!published.coverage.isEmpty())
        files.append({CoverageFile, coverageCsv(published, language)});
    return zipped(files);
}

} // namespace baken::summary
