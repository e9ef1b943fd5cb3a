#include "CsvRows.h"

#include "CsvDates.h"
#include "cases/CaseService.h"

#include <QRegularExpression>

namespace baken::csv::detail {

namespace {

// What one cell of a choice field resolves to.
struct Resolved {
    enum { Item, Empty, Unknown } kind = Unknown;
    Choice choice;
};

class RowReader {
public:
    RowReader(const Context &context, const Row &row) : m_c(context), m_row(row) { m_out.row = row.number; }

    ReadRow read();

private:
    QString cell(Field field) const
    {
        const int col = m_c.mapping.column(field);
        return col >= 0 && col < m_row.cells.size() ? m_row.cells.at(col).trimmed() : QString();
    }
    QString columnName(Field field) const { return m_c.table.header.cells.value(m_c.mapping.column(field)); }
    void fail(Field field, const QString &reason) { m_out.errors << RowError{m_row.number, columnName(field), reason}; }

    Resolved resolve(Field field, const QString &text) const;
    std::optional<Choice> one(Field field);
    QList<qint64> several(Field field);
    std::optional<QDate> date(Field field);
    QString text(Field field);
    void readStatus(const QDate &intake);

    const Context &m_c;
    const Row &m_row;
    ReadRow m_out;
};

Resolved RowReader::resolve(Field field, const QString &text) const
{
    if (const auto code = m_c.mapping.value(field, text)) {
        if (code->isEmpty())
            return {Resolved::Empty, {}};
        if (auto choice = m_c.choices.byCode(field, *code))
            return {Resolved::Item, *choice};
        return {Resolved::Unknown, {}}; // mappingErrors() names the bad code
    }
    if (auto choice = m_c.choices.match(field, text))
        return {Resolved::Item, *choice};
    return {Resolved::Unknown, {}};
}

std::optional<Choice> RowReader::one(Field field)
{
    const QString value = cell(field);
    if (value.isEmpty()) {
        if (isRequired(field) && m_c.mapping.column(field) >= 0)
            fail(field, Importer::tr("Empty, but every case needs this."));
        return std::nullopt;
    }
    const Resolved resolved = resolve(field, value);
    if (resolved.kind == Resolved::Unknown) {
        fail(field, Importer::tr("\"%1\" matches no item of \"%2\". Map it to one, or correct the cell.")
                        .arg(value.simplified(), fieldLabel(field)));
        m_out.unknown << std::pair{field, value.simplified()};
        return std::nullopt;
    }
    if (resolved.kind == Resolved::Empty) {
        if (isRequired(field))
            fail(field,
                 Importer::tr("\"%1\" is mapped to nothing, but every case needs this.").arg(value.simplified()));
        return std::nullopt;
    }
    m_out.shown.insert(field, resolved.choice.label);
    return resolved.choice;
}

// The whole cell first (a label may hold a comma), then its parts.
QList<qint64> RowReader::several(Field field)
{
    static const QRegularExpression Separators(QStringLiteral("[;,\\n|]"));
    const QString value = cell(field);
    if (value.isEmpty())
        return {};
    QStringList parts{value};
    if (resolve(field, value).kind == Resolved::Unknown)
        parts = value.split(Separators, Qt::SkipEmptyParts);
    QList<qint64> ids;
    QStringList labels;
    for (const QString &raw : std::as_const(parts)) {
        const QString part = raw.simplified();
        if (part.isEmpty())
            continue;
        const Resolved resolved = resolve(field, part);
        if (resolved.kind == Resolved::Unknown) {
            fail(field, Importer::tr("\"%1\" matches no item of \"%2\". Map it to one, or correct the cell.")
                            .arg(part, fieldLabel(field)));
            m_out.unknown << std::pair{field, part};
        } else if (resolved.kind == Resolved::Item && !ids.contains(resolved.choice.id)) {
            ids << resolved.choice.id;
            labels << resolved.choice.label;
        }
    }
    if (!labels.isEmpty())
        m_out.shown.insert(field, labels.join(u", "));
    return ids;
}

std::optional<QDate> RowReader::date(Field field)
{
    const QString value = cell(field);
    if (value.isEmpty()) {
        if (isRequired(field) && m_c.mapping.column(field) >= 0)
            fail(field, Importer::tr("Empty, but every case needs this."));
        return std::nullopt;
    }
    auto parsed = Dates::parse(value);
    if (!parsed) {
        fail(field, parsed.error().message);
        return std::nullopt;
    }
    if (*parsed > m_c.today) {
        fail(field, Importer::tr("%1 lies in the future.").arg(parsed->toString(Qt::ISODate)));
        return std::nullopt;
    }
    m_out.shown.insert(field, parsed->toString(Qt::ISODate));
    return *parsed;
}

QString RowReader::text(Field field)
{
    QString value = cell(field);
    if (value.size() > CaseService::MaxTextLength) {
        fail(field, Importer::tr("The text is longer than %1 characters; shorten it.").arg(CaseService::MaxTextLength));
        return {};
    }
    if (!value.isEmpty())
        m_out.shown.insert(field, value);
    return value;
}

QDateTime stamp(const QDate &day)
{
    // Midday of the day it happened, never later than now.
    return std::min(QDateTime(day, QTime(12, 0)), QDateTime::currentDateTime());
}

void RowReader::readStatus(const QDate &intake)
{
    const auto closedOn = date(Field::ClosedDate);
    const auto outcome = one(Field::Outcome);
    const QList<qint64> measures = several(Field::Measures);
    const bool closedDateGiven = !cell(Field::ClosedDate).isEmpty();
    const auto status = one(Field::Status);
    const bool statusGiven = !cell(Field::Status).isEmpty();

    CaseFile &file = m_out.file;
    if (status)
        file.status = CaseStatus(status->id);
    else if (!statusGiven)
        file.status = closedDateGiven ? CaseStatus::Closed : CaseStatus::New;
    else
        return; // the status itself was refused; nothing more to say about it

    if (file.status == CaseStatus::Closed) {
        if (!closedDateGiven)
            fail(Field::ClosedDate,
                 Importer::tr("The case is closed, but the closing date is empty. Give the date it was "
                              "closed."));
        if (!outcome && cell(Field::Outcome).isEmpty())
            fail(Field::Outcome, Importer::tr("The case is closed, but the outcome is empty. Give the outcome."));
        if (closedOn && intake.isValid() && *closedOn < intake)
            fail(Field::ClosedDate, Importer::tr("The closing date lies before the intake date."));
    } else {
        if (closedDateGiven)
            fail(Field::ClosedDate,
                 Importer::tr("There is a closing date, but the status is \"%1\". Clear the closing date "
                              "or set the status to closed.")
                     .arg(label(file.status)));
        if (!cell(Field::Outcome).isEmpty())
            fail(Field::Outcome,
                 Importer::tr("There is an outcome, but the case is not closed. Clear the outcome or set the "
                              "status to closed."));
    }
    if (!m_out.errors.isEmpty() || !intake.isValid())
        return;
    file.outcomeId = outcome ? outcome->id : 0;
    file.measureIds = measures;
    m_out.history << StatusChange{stamp(intake), std::nullopt, CaseStatus::New};
    if (file.status == CaseStatus::Closed) {
        file.closedDate = *closedOn;
        file.destructionDate = closedOn->addMonths(m_c.retentionMonths);
        m_out.history << StatusChange{stamp(*closedOn), CaseStatus::New, CaseStatus::Closed};
    } else if (file.status != CaseStatus::New) {
        m_out.history << StatusChange{stamp(intake), CaseStatus::New, file.status};
    }
}

ReadRow RowReader::read()
{
    const qsizetype width = m_c.table.header.cells.size();
    for (qsizetype i = width; i < m_row.cells.size(); ++i) {
        if (!m_row.cells.at(i).trimmed().isEmpty()) {
            m_out.errors << RowError{
                m_row.number,
                {},
                Importer::tr("This row has more cells than the file has column names: a text probably "
                             "holds a %1 without quotation marks around it. Correct the row in the "
                             "spreadsheet.")
                    .arg(delimiterName(m_c.table.delimiter))};
            return std::move(m_out);
        }
    }
    QStringList key;
    for (const Field field : allFields())
        if (m_c.mapping.column(field) >= 0)
            key << normalized(cell(field));
    m_out.cellsKey = key.join(QChar(0x1F));

    CaseFile &file = m_out.file;
    file.draft = false;
    CaseIntake &in = file.intake;
    const auto intake = date(Field::IntakeDate);
    if (intake)
        in.intakeDate = *intake;
    if (const auto type = one(Field::Type))
        in.type = CaseType(type->id);
    if (const auto channel = one(Field::Channel))
        in.channelId = channel->id;
    in.groundIds = several(Field::Grounds);
    in.formIds = several(Field::Forms);
    if (const auto unit = one(Field::Unit))
        in.unitId = unit->id;
    if (const auto role = one(Field::ReporterRole))
        in.reporterRoleId = role->id;
    if (const auto role = one(Field::AccusedRole))
        in.accusedRoleId = role->id;
    in.whatHappened = text(Field::WhatHappened);
    in.pseudonym = text(Field::Pseudonym);
    in.identity = in.pseudonym.isEmpty() ? ReporterIdentity::Anonymous : ReporterIdentity::Pseudonym;
    if (const auto incident = date(Field::IncidentDate)) {
        if (intake && *incident > *intake)
            fail(Field::IncidentDate, Importer::tr("The incident date lies after the intake date."));
        else
            in.incidentDate = *incident;
    }
    readStatus(intake.value_or(QDate()));
    return std::move(m_out);
}

} // namespace

QStringList mappingErrors(const Table &table, const Mapping &mapping, const Choices &choices)
{
    QStringList errors;
    for (const Field field : allFields()) {
        const int col = mapping.column(field);
        if (col >= table.header.cells.size())
            errors << Importer::tr("The field \"%1\" is given a column the file does not have.").arg(fieldLabel(field));
        else if (isRequired(field) && col < 0)
            errors << Importer::tr("Choose the column for \"%1\"; every case needs it.").arg(fieldLabel(field));
        // A new item the list refused still maps to NewItem: addNewItems said why.
        for (const auto &[value, code] : mapping.values(field))
            if (!code.isEmpty() && code != QLatin1String(Mapping::NewItem) && !choices.byCode(field, code))
                errors << Importer::tr("\"%1\" of \"%2\" is mapped to \"%3\", which is not a code of that list.")
                              .arg(value, fieldLabel(field), code);
    }
    return errors;
}

ReadRow readRow(const Context &context, const Row &row)
{
    return RowReader(context, row).read();
}

QString caseKey(const QDate &intakeDate, CaseType type, const QString &whatHappened)
{
    const QString text = whatHappened.simplified();
    if (text.isEmpty())
        return {};
    return intakeDate.toString(Qt::ISODate) + u'|' + toKey(type) + u'|' + text;
}

} // namespace baken::csv::detail
