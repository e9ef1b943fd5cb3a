// baken-cli import-csv: registrations from a spreadsheet saved as CSV
// (core/csvimport), checked row by row and imported all or nothing.
#include "CliApp.h"

#include "csvimport/CsvImport.h"
#include "vault/Vault.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace baken {

using namespace csv;

namespace {

// The mapping as a file to edit: the columns, the user's values, every
// value that matched nothing with "?" to fill in (an unknown code, so the
// file refuses to import until it is filled), and the codes to choose from.
QByteArray mappingFile(const Table &table, Mapping mapping, const Check &check, const Choices &choices)
{
    for (const UnknownValue &unknown : check.unknownValues)
        if (!mapping.value(unknown.field, unknown.value))
            mapping.setValue(unknown.field, unknown.value, QStringLiteral("?"));
    QJsonObject root = QJsonDocument::fromJson(mapping.toJson(table.header.cells)).object();
    QJsonObject codes;
    for (const Field field : allFields()) {
        if (!isChoice(field))
            continue;
        QJsonObject list;
        for (const Choice &choice : choices.choices(field))
            list.insert(choice.code, choice.label);
        if (codeListOf(field))
            list.insert(QLatin1String(Mapping::NewItem), CliApp::tr("(add the value to this list as a new item)"));
        codes.insert(fieldKey(field), list);
    }
    root.insert(u"codes"_qs, codes);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

ExitCode CliApp::importCsvCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("mapping"),
                      tr("Read the column and value mapping from FILE (written by "
                         "--write-mapping, then edited)."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("write-mapping"),
                      tr("Write the mapping to FILE, with every value that matches no list item marked \"?\" to "
                         "fill in (a code of its list, \"\" for none, or \"+\" to add the value to the list), and "
                         "import nothing."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("dry-run"), tr("Check every row and report; import nothing.")});
    parser.addOption({QStringLiteral("yes"), tr("Do not ask before importing.")});
    if (auto done = parseCommand(parser, args,
                                 tr("Register the cases of a spreadsheet saved as CSV (comma or semicolon, UTF-8 or "
                                    "Windows-1252). Every row is checked first; the rows that cannot be taken are "
                                    "listed with the reason, and nothing is imported until every row is good."),
                                 false, {tr("FILE.csv")}))
        return *done;

    const QString path = parser.positionalArguments().at(1);
    auto table = Reader::readFile(path);
    if (!table)
        return fail(table.error());
    Mapping mapping = Mapping::guess(table->header.cells);
    if (parser.isSet(QStringLiteral("mapping"))) {
        QFile in(parser.value(QStringLiteral("mapping")));
        if (!in.open(QIODevice::ReadOnly)) {
            m_io.err << tr("%1 cannot be read: %2").arg(in.fileName(), in.errorString()) << '\n';
            return ExitCode::Failure;
        }
        auto read = Mapping::fromJson(in.readAll(), table->header.cells);
        if (!read)
            return fail(read.error());
        mapping = *read;
    }

    const QString encoding = table->byteOrderMark ? tr("%1 with byte-order mark").arg(encodingName(table->encoding))
                                                  : encodingName(table->encoding);
    m_io.out << tr("%1: %2, %3 separated, %n row(s).", nullptr, int(table->rows.size()))
                    .arg(path, encoding, delimiterName(table->delimiter))
             << '\n'
             << tr("Columns:") << '\n';
    for (int column = 0; column < table->header.cells.size(); ++column) {
        const auto field = mapping.fieldOfColumn(column);
        const QString name = table->header.cells.at(column);
        m_io.out << "  " << (name.isEmpty() ? tr("(column %1)").arg(column + 1) : name).leftJustified(24) << " -> "
                 << (field ? fieldLabel(*field) : tr("(not imported)")) << '\n';
    }
    QStringList without;
    for (const Field field : allFields())
        if (mapping.column(field) < 0)
            without << fieldLabel(field);
    if (!without.isEmpty())
        m_io.out << tr("Fields no column fills: %1.").arg(without.join(u", ")) << '\n';

    std::unique_ptr<Vault> vault;
    if (auto code = openVault(parser, tr("Passphrase: "), vault); code != ExitCode::Ok)
        return code;
    Importer importer(*vault);
    auto check = importer.check(*table, mapping);
    if (!check)
        return fail(check.error());

    if (parser.isSet(QStringLiteral("write-mapping"))) {
        auto choices = importer.choices();
        if (!choices)
            return fail(choices.error());
        QSaveFile out(parser.value(QStringLiteral("write-mapping")));
        if (!out.open(QIODevice::WriteOnly) || out.write(mappingFile(*table, mapping, *check, *choices)) < 0
            || !out.commit()) {
            m_io.err << tr("%1 cannot be written: %2").arg(out.fileName(), out.errorString()) << '\n';
            return ExitCode::Failure;
        }
        m_io.out << tr("The mapping was written to %1. Edit it, then run again with --mapping %1.").arg(out.fileName())
                 << '\n';
    }

    m_io.out.flush(); // the summary before the refusals, also when both go to one terminal
    for (const QString &problem : std::as_const(check->mappingErrors))
        m_io.err << problem << '\n';
    if (check->mappingErrors.isEmpty()) {
        m_io.out << tr("%1 of %n row(s) can be imported.", nullptr, check->rows).arg(check->accepted) << '\n';
        if (check->rejected() > 0)
            m_io.err << tr("%n row(s) cannot be imported:", nullptr, check->rejected()) << '\n';
        for (const RowError &error : std::as_const(check->errors)) {
            m_io.err << (error.column.isEmpty()
                             ? tr("Row %1: %2").arg(error.row).arg(error.reason)
                             : tr("Row %1, column \"%2\": %3").arg(error.row).arg(error.column, error.reason))
                     << '\n';
        }
        if (!check->unknownValues.isEmpty()) {
            m_io.err << tr("Values that match no list item (map them with --write-mapping and --mapping):") << '\n';
            for (const UnknownValue &unknown : std::as_const(check->unknownValues))
                m_io.err << "  " << fieldLabel(unknown.field) << ": \"" << unknown.value << "\" "
                         << tr("(%n row(s))", nullptr, unknown.rows) << '\n';
        }
    }
    if (!check->importable()) {
        if (check->rows == 0)
            m_io.err << tr("The file has column names but no rows below them.") << '\n';
        m_io.err << tr("Nothing was imported.") << '\n';
        return ExitCode::Failure;
    }
    if (parser.isSet(QStringLiteral("dry-run")) || parser.isSet(QStringLiteral("write-mapping"))) {
        m_io.out << tr("Nothing was imported (a dry run).") << '\n';
        return ExitCode::Ok;
    }
    if (!confirmed(parser, tr("Register %n case(s) in this vault?", nullptr, check->accepted),
                   {tr("Nothing was imported."), tr("Nothing was imported. Add --yes to import without being asked.")}))
        return ExitCode::Failure;
    auto imported = importer.import(*table, mapping);
    if (!imported) {
        m_io.err << imported.error().message << '\n' << tr("Nothing was imported.") << '\n';
        return exitCodeFor(imported.error().code);
    }
    m_io.out << tr("Registered %n case(s).", nullptr, imported->cases) << ' '
             << tr("%n of them are closed.", nullptr, imported->closed) << '\n';
    if (imported->pastDestruction > 0)
        m_io.out << tr("%n of the closed cases are already past their destruction date; \"baken-cli retention\" "
                       "lists them.",
                       nullptr, imported->pastDestruction)
                 << '\n';
    m_io.out << tr("The spreadsheet still holds these cases unencrypted: delete it (and any mapping file) once you "
                   "no longer need it.")
             << '\n';
    return ExitCode::Ok;
}

} // namespace baken
