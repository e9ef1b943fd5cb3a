#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace baken::csv {

enum class Encoding { Utf8, Windows1252 };

// One record of the file. `number` is the row a spreadsheet shows for it
// (the first record is row 1, blank records count too, a cell with line
// breaks stays one row), so messages point where the advisor looks.
struct Row {
    int number = 0;
    QStringList cells;
};

struct Table {
    Encoding encoding = Encoding::Utf8;
    bool byteOrderMark = false;
    QChar delimiter = u';';
    Row header;      // the first record that is not blank; trailing empty names dropped
    QList<Row> rows; // the records after it that are not blank
};

// Reads a spreadsheet saved as CSV: comma, semicolon or tab separated (the
// one that splits the first records most consistently), UTF-8 with or
// without a byte-order mark or else Windows-1252, quoted fields with
// doubled quotes, separators and line breaks inside, CRLF, LF or CR line
// ends. Cells are kept as written; interpreting them is CsvImport's job.
class Reader {
    Q_DECLARE_TR_FUNCTIONS(baken::csv::Reader)

public:
    static Result<Table> read(const QByteArray &bytes);
    static Result<Table> readFile(const QString &path);

    // Far above years of registrations; stops a wrong file from exhausting memory.
    static constexpr qint64 MaxBytes = qint64(64) * 1024 * 1024;
    static constexpr int MaxColumns = 500;
};

// Windows-1252 to text. Qt's converter does it where Qt was built with ICU
// (Debian's is); elsewhere the fallback table below is used. The table is
// public so a test can hold it against ICU byte by byte.
QString decodeWindows1252(const QByteArray &bytes);
QString decodeWindows1252Table(const QByteArray &bytes);

// The names the CLI and the mapping wizard show.
QString encodingName(Encoding encoding);
QString delimiterName(QChar delimiter);

} // namespace baken::csv
