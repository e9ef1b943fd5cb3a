#include "CsvReader.h"

#include <QFile>
#include <QStringDecoder>

#include <array>

namespace baken::csv {

namespace {

// A column's name as the user sees it: invisible format characters dropped
// (a byte order mark left inside a file put together from two, a zero-width
// space), spaces simplified. The mapping file names columns, and JSON does
// not keep every invisible character: a name must read back as it was.
QString visibleName(const QString &cell)
{
    QString name;
    name.reserve(cell.size());
    for (const QChar c : cell)
        if (c.category() != QChar::Other_Format)
            name += c;
    return name.simplified();
}

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message};
}

// The bytes 0x80-0x9F of Windows-1252; every other byte is the same code
// point in Latin-1. The five bytes Windows-1252 leaves undefined map to the
// C1 controls, as ICU and Windows itself do.
constexpr std::array<char16_t, 32> HighControls = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

struct Parsed {
    QList<QStringList> records;
    int openQuoteRecord = 0; // the record (1-based) whose quote never closed; 0: none
    bool tooManyColumns = false;
};

// RFC 4180 as spreadsheets write it, read leniently: a quote inside an
// unquoted cell, or text after a closing quote, is kept as written.
Parsed parse(const QString &text, QChar delimiter, int maxRecords)
{
    Parsed out;
    QStringList record;
    QString cell;
    bool quoted = false;      // inside a quoted part
    bool cellStarted = false; // something of this cell was read
    const qsizetype n = text.size();
    const auto endCell = [&] {
        record << cell;
        cell.clear();
        cellStarted = false;
        if (record.size() > Reader::MaxColumns)
            out.tooManyColumns = true;
    };
    const auto endRecord = [&] {
        endCell();
        out.records << record;
        record.clear();
    };
    for (qsizetype i = 0; i < n && !out.tooManyColumns; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == delimiter) {
            endCell();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            if (maxRecords > 0 && out.records.size() >= maxRecords)
                return out;
        } else if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (quoted)
        out.openQuoteRecord = int(out.records.size()) + 1;
    if (!cell.isEmpty() || cellStarted || !record.isEmpty())
        endRecord();
    return out;
}

bool isBlank(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

qsizetype usedWidth(const QStringList &cells)
{
    qsizetype width = cells.size();
    while (width > 0 && cells.at(width - 1).trimmed().isEmpty())
        --width;
    return width;
}

// The separator that gives the first records the same number of cells as
// their header, and more than one; semicolon first on a tie, as Dutch
// Excel writes it.
QChar detectDelimiter(const QString &text)
{
    constexpr int Sample = 50;
    QChar best = u';';
    int bestScore = -1;
    for (const QChar candidate : {QChar(u';'), QChar(u','), QChar(u'\t')}) {
        const Parsed sample = parse(text, candidate, Sample);
        qsizetype headerWidth = -1;
        int score = 0;
        for (const QStringList &record : sample.records) {
            if (isBlank(record))
                continue;
            const qsizetype width = usedWidth(record);
            if (headerWidth < 0)
                headerWidth = width;
            else if (width == headerWidth || (width < headerWidth && record.size() >= headerWidth))
                ++score;
        }
        if (headerWidth < 2)
            score = -1;
        if (score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

} // namespace

QString decodeWindows1252Table(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        *out++ = (b >= 0x80 && b <= 0x9F) ? QChar(HighControls[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

QString decodeWindows1252(const QByteArray &bytes)
{
    QStringDecoder decoder("windows-1252");
    if (!decoder.isValid())
        return decodeWindows1252Table(bytes);
    return decoder.decode(bytes);
}

QString encodingName(Encoding encoding)
{
    return encoding == Encoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("Windows-1252");
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == u';')
        return Reader::tr("semicolon");
    if (delimiter == u',')
        return Reader::tr("comma");
    return Reader::tr("tab");
}

static Error tooLarge()
{
    return invalid(Reader::tr("The file is larger than %1 MB; a spreadsheet of registrations is far smaller. Check "
                              "that you chose the right file.")
                       .arg(Reader::MaxBytes / (qint64(1024) * 1024)));
}

Result<Table> Reader::read(const QByteArray &bytes)
{
    if (bytes.size() > MaxBytes)
        return tooLarge();
    Table table;
    QByteArrayView body(bytes);
    if (body.startsWith("\xEF\xBB\xBF")) {
        table.byteOrderMark = true;
        body = body.sliced(3);
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(body);
    if (utf8.hasError() && !table.byteOrderMark) {
        // Not UTF-8: what Excel on Windows writes ("CSV (separated by semicolons)").
        table.encoding = Encoding::Windows1252;
        text = decodeWindows1252(body.toByteArray());
    } else if (utf8.hasError()) {
        return invalid(tr("The file says it is UTF-8 but holds bytes that are not. Save it again from the "
                          "spreadsheet as \"CSV UTF-8\"."));
    }
    if (text.contains(QChar(0)))
        return invalid(tr("This is not a text file. Save the spreadsheet as CSV and choose that file."));

    table.delimiter = detectDelimiter(text);
    Parsed parsed = parse(text, table.delimiter, 0);
    if (parsed.tooManyColumns)
        return invalid(
            tr("The file has more than %1 columns; it does not look like a list of registrations.").arg(MaxColumns));
    if (parsed.openQuoteRecord > 0)
        return invalid(tr("A quotation mark in row %1 is never closed, so the rest of the file would be one cell. "
                          "The file may be cut off; save it again from the spreadsheet.")
                           .arg(parsed.openQuoteRecord));

    bool haveHeader = false;
    for (qsizetype i = 0; i < parsed.records.size(); ++i) {
        QStringList &cells = parsed.records[i];
        if (isBlank(cells))
            continue;
        if (!haveHeader) {
            cells.resize(usedWidth(cells));
            for (QString &name : cells)
                name = visibleName(name);
            table.header = Row{int(i) + 1, cells};
            haveHeader = true;
        } else {
            table.rows << Row{int(i) + 1, std::move(cells)};
        }
    }
    if (!haveHeader)
        return invalid(tr("The file is empty."));
    return table;
}

Result<Table> Reader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("%1 cannot be read: %2").arg(path, file.errorString())};
    if (file.size() > MaxBytes)
        return tooLarge();
    return read(file.readAll());
}

} // namespace baken::csv
