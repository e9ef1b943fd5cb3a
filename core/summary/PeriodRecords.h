#pragma once

// The records of one period that the case and doubt-line tables count, each
// read from the vault once per summary: every table is counted from these
// in memory, instead of one GROUP BY statement per table that read the
// period's cases (or consultations) again with its joins. Codes are resolved
// already, with the same fallbacks the tables show ("not_recorded", "none"),
// and a multi-valued field holds each code once. Internal to core/summary.

#include "SummaryTables.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace baken::summary::detail {

// A registered case with an intake date in the period.
struct PeriodCase {
    qint64 id = 0;
    QString month; // of the intake, yyyy-MM
    QString type;  // the case_type key
    QString channel;
    QString reporterRole;
    QString accusedRole;
    QString unit;
    QString status;          // at the period end: the last change before it, else "new"
    QStringList referrals;   // bodies referred to up to the period end, else "none"
    QStringList grounds;     // with the three below only when asked for
    QStringList forms;
    QStringList measures;
};

// A doubt-line contact on a day in the period: a consultation or a contact
// without content (kind other than "consultation").
struct PeriodConsultation {
    QString kind;
    QString month; // of its day, yyyy-MM
    QString channel;
    QString callerRole;
    QString assessment;
    QString outcome;
    QStringList topics; // "ground:code" and "form:code", else "not_recorded"
};

enum class CaseCodes { Without, With };

// The period's cases; `codes` With adds their grounds, forms and measures.
Result<QList<PeriodCase>> readPeriodCases(const PeriodQuery &query, CaseCodes codes);
Result<QList<PeriodConsultation>> readPeriodConsultations(const PeriodQuery &query);

// Each code-list item's code by its id: the records' fields are ids into it.
Result<QHash<qint64, QString>> readCodeNames(const PeriodQuery &query);

// Records by one field (`field` gives a record's code).
template<typename Record, typename Field>
Counts countBy(const QList<Record> &records, Field field)
{
    Counts out;
    for (const Record &record : records)
        out[field(record)] += 1;
    return out;
}

// Records by a multi-valued field: a record counts once under each of its codes.
template<typename Record, typename Field>
Counts countEach(const QList<Record> &records, Field field)
{
    Counts out;
    for (const Record &record : records)
        for (const QString &code : field(record))
            out[code] += 1;
    return out;
}

} // namespace baken::summary::detail
