#pragma once

#include "codelists/CodeList.h"

#include <QList>
#include <QString>

#include <optional>

namespace baken::csv {

// The case fields a spreadsheet column can fill. Names and contact details
// are never taken from a spreadsheet: a case arrives anonymous or under
// its pseudonym.
enum class Field {
    IntakeDate,
    Type,
    Channel,
    Grounds,
    Forms,
    Unit,
    ReporterRole,
    AccusedRole,
    WhatHappened,
    IncidentDate,
    Status,
    ClosedDate,
    Outcome,
    Measures,
    Pseudonym,
};

QList<Field> allFields();
QString fieldKey(Field field); // stable, for the mapping file: "intake_date"
std::optional<Field> fieldFromKey(const QString &key);
QString fieldLabel(Field field); // in the UI language

bool isRequired(Field field); // every row needs a value
bool isDate(Field field);
bool takesSeveral(Field field); // several values in one cell, split at ; or ,
// Values are chosen from a list: a code list, or the fixed case types and statuses.
bool isChoice(Field field);
std::optional<CodeList> codeListOf(Field field);

// The field a column name suggests (Dutch or English, any case, accents
// and "(dd-mm-jjjj)"-like notes ignored), and how sure that is: 0 is an
// exact name of the field, higher numbers are looser names.
struct HeaderMatch {
    Field field;
    int rank = 0;
};
std::optional<HeaderMatch> fieldForHeader(const QString &name);

// The form values and names are compared in: lower case, accents and
// punctuation gone, spaces collapsed ("Ras / Racisme" -> "ras racisme").
QString normalized(const QString &text);

} // namespace baken::csv
