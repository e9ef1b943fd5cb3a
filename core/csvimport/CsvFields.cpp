#include "CsvFields.h"

#include "cases/PersonKey.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace baken::csv {

namespace {

struct FieldInfo {
    Field field;
    const char *key;
    const char *label;
    // Column names, most specific first; compared normalized.
    std::initializer_list<const char *> headers;
};

const std::array<FieldInfo, 15> &fieldTable()
{
    static const std::array<FieldInfo, 15> Table = {{
        {Field::IntakeDate,
         "intake_date",
         QT_TRANSLATE_NOOP("baken::csv::Fields", "Intake date"),
         {"datum melding", "intake date", "intakedatum", "datum intake", "meldingsdatum", "datum binnenkomst",
          "registratiedatum", "date of intake", "date reported", "datum", "date"}},
        {Field::Type,
         "type",
         QT_TRANSLATE_NOOP("baken::csv::Fields", "Type"),
         {"soort melding", "type melding", "case type", "soort", "type", "aard melding", "kind of case"}},
        {Field::Channel,
         "channel",
         QT_TRANSLATE_NOOP("baken::csv::Fields", "Channel"),
         {"kanaal", "channel", "contactwijze", "hoe binnengekomen", "binnengekomen via", "via"}},
        {Field::Grounds,
         "grounds",
         QT_TRANSLATE_NOOP("baken::csv::Fields", "Grounds"),
         {"grond", "gronden", "discriminatiegrond", "discriminatiegronden", "grond discriminatie", "grounds", "ground",
          "grounds of discrimination"}},
        {Field::Forms,
         "forms",
         QT_TRANSLATE_NOOP("baken::csv::Fields", "Forms of behaviour"),
         {"vorm", "vormen", "vorm gedrag", "soort gedrag", "vorm ongewenst gedrag", "ongewenst gedrag", "gedrag",
          "forms of behaviour", "form of behaviour", "forms", "form", "behaviour", "behavior"}},
        {Field::Unit,
         "unit",
         QT_TRANSLATE_NOOP("baken::csv::Fields", "Unit"),
         {"afdeling", "directie", "stadsdeel", "organisatieonderdeel", "unit", "department"}},
        {Field::ReporterRole,
         "reporter_role",
         QT_TRANSLATE_NOOP("baken::csv::Fields", "Reporter's role"),
         {"rol melder", "functie melder", "positie melder", "reporter role", "reporter s role", "role of reporter"}},
        {Field::AccusedRole,
         "accused_role",
         QT_TRANSLATE_NOOP("baken::csv::Fields", "Role of the accused"),
         {"rol beschuldigde", "rol veroorzaker", "rol aangeklaagde", "rol dader", "beschuldigde", "veroorzaker",
          "accused role", "role of the accused", "role of accused", "accused"}},
        {Field::WhatHappened,
         "what_happened",
         QT_TRANSLATE_NOOP("baken::csv::Fields", "What happened"),
         {"wat is er gebeurd", "omschrijving", "beschrijving", "toelichting", "what happened", "description", "verhaal",
          "notes"}},
        {Field::IncidentDate,
         "incident_date",
         QT_TRANSLATE_NOOP("baken::csv::Fields", "Incident date"),
         {"datum incident", "datum voorval", "incidentdatum", "datum gebeurtenis", "incident date",
          "date of incident"}},
        {Field::Status, "status", QT_TRANSLATE_NOOP("baken::csv::Fields", "Status"), {"status", "stand", "state"}},
        {Field::ClosedDate,
         "closed_date",
         QT_TRANSLATE_NOOP("baken::csv::Fields", "Closing date"),
         {"datum afgesloten", "afgesloten op", "datum afsluiting", "afsluitdatum", "datum gesloten", "einddatum",
          "closed date", "date closed", "closed on", "closing date"}},
        {Field::Outcome,
         "outcome",
         QT_TRANSLATE_NOOP("baken::csv::Fields", "Outcome"),
         {"uitkomst", "resultaat", "afloop", "outcome", "result"}},
        {Field::Measures,
         "measures",
         QT_TRANSLATE_NOOP("baken::csv::Fields", "Measures"),
         {"maatregelen", "maatregel", "genomen maatregelen", "measures", "measure", "measures taken"}},
        {Field::Pseudonym,
         "pseudonym",
         QT_TRANSLATE_NOOP("baken::csv::Fields", "Pseudonym"),
         {"pseudoniem", "pseudonym", "roepnaam", "alias"}},
    }};
    return Table;
}

const FieldInfo &info(Field field)
{
    return fieldTable()[std::size_t(field)];
}

} // namespace

QList<Field> allFields()
{
    QList<Field> fields;
    for (const FieldInfo &f : fieldTable())
        fields << f.field;
    return fields;
}

QString fieldKey(Field field)
{
    return QString::fromLatin1(info(field).key);
}

std::optional<Field> fieldFromKey(const QString &key)
{
    for (const FieldInfo &f : fieldTable())
        if (key == QLatin1String(f.key))
            return f.field;
    return std::nullopt;
}

QString fieldLabel(Field field)
{
    return QCoreApplication::translate("baken::csv::Fields", info(field).label);
}

bool isRequired(Field field)
{
    return field == Field::IntakeDate || field == Field::Type;
}

bool isDate(Field field)
{
    return field == Field::IntakeDate || field == Field::IncidentDate || field == Field::ClosedDate;
}

bool takesSeveral(Field field)
{
    return field == Field::Grounds || field == Field::Forms || field == Field::Measures;
}

bool isChoice(Field field)
{
    return field == Field::Type || field == Field::Status || codeListOf(field).has_value();
}

std::optional<CodeList> codeListOf(Field field)
{
    switch (field) {
    case Field::Channel:
        return CodeList::Channels;
    case Field::Grounds:
        return CodeList::Grounds;
    case Field::Forms:
        return CodeList::Forms;
    case Field::Unit:
        return CodeList::Units;
    case Field::ReporterRole:
        return CodeList::ReporterRoles;
    case Field::AccusedRole:
        return CodeList::AccusedRoles;
    case Field::Outcome:
        return CodeList::Outcomes;
    case Field::Measures:
        return CodeList::Measures;
    default:
        return std::nullopt;
    }
}

QString normalized(const QString &text)
{
    // The same reduction that lets two advisors' spellings of one person meet.
    return personKey(text);
}

std::optional<HeaderMatch> fieldForHeader(const QString &name)
{
    static const QRegularExpression Note(QStringLiteral("\\([^)]*\\)|\\[[^]]*\\]"));
    QString plain = name;
    plain.remove(Note);
    const QString key = normalized(plain);
    if (key.isEmpty())
        return std::nullopt;
    for (const FieldInfo &f : fieldTable()) {
        int rank = 0;
        for (const char *header : f.headers) {
            if (key == QLatin1String(header))
                return HeaderMatch{f.field, rank};
            ++rank;
        }
    }
    return std::nullopt;
}

} // namespace baken::csv
