// The case and hours tables of a summary.
#include "PeriodRecords.h"
#include "SummaryTables.h"

#include "cases/CaseTypes.h"
#include "db/Database.h"

namespace baken::summary::detail {

namespace {

// One code-list field of a case: a column of case_file (one value) or a
// kind of case_code (several values, each counted once per case).
struct CodeField {
    const char *key;
    CodeList list;
    QString PeriodCase::*single = nullptr;
    QStringList PeriodCase::*multi = nullptr;
    bool multiValued = false;
    bool mergeSmall = false;
    const char *axisTitle = "";
    const char *tableTitle = "";
};

const CodeField Ground{.key = "ground",
                       .list = CodeList::Grounds,
                       .multi = &PeriodCase::grounds,
                       .multiValued = true,
                       .axisTitle = QT_TRANSLATE_NOOP("baken::summary", "Ground"),
                       .tableTitle = QT_TRANSLATE_NOOP("baken::summary", "Cases by ground of discrimination")};
const CodeField Form{.key = "form",
                     .list = CodeList::Forms,
                     .multi = &PeriodCase::forms,
                     .multiValued = true,
                     .axisTitle = QT_TRANSLATE_NOOP("baken::summary", "Form of behaviour"),
                     .tableTitle = QT_TRANSLATE_NOOP("baken::summary", "Cases by form of behaviour")};
const CodeField Channel{.key = "channel",
                        .list = CodeList::Channels,
                        .single = &PeriodCase::channel,
                        .axisTitle = QT_TRANSLATE_NOOP("baken::summary", "Channel"),
                        .tableTitle = QT_TRANSLATE_NOOP("baken::summary", "Cases by channel")};
const CodeField ReporterRole{.key = "reporter_role",
                             .list = CodeList::ReporterRoles,
                             .single = &PeriodCase::reporterRole,
                             .axisTitle = QT_TRANSLATE_NOOP("baken::summary", "Role of the reporter"),
                             .tableTitle = QT_TRANSLATE_NOOP("baken::summary", "Cases by role of the reporter")};
const CodeField AccusedRole{.key = "accused_role",
                            .list = CodeList::AccusedRoles,
                            .single = &PeriodCase::accusedRole,
                            .axisTitle = QT_TRANSLATE_NOOP("baken::summary", "Role of the accused"),
                            .tableTitle = QT_TRANSLATE_NOOP("baken::summary", "Cases by role of the accused")};
const CodeField Unit{.key = "unit",
                     .list = CodeList::Units,
                     .single = &PeriodCase::unit,
                     .mergeSmall = true,
                     .axisTitle = QT_TRANSLATE_NOOP("baken::summary", "Unit"),
                     .tableTitle = QT_TRANSLATE_NOOP("baken::summary", "Cases by unit")};
// Measures carry no date of their own: they are the ones the vault holds for
// the case when the summary is made. "not_recorded": none chosen yet (the
// list's own "No measure" is a choice, and has the code "none"). The axis is
// not called "measure": that key marks a list of separate measures
// (Summary.h), which this is not.
const CodeField Measure{.key = "measure_taken",
                        .list = CodeList::Measures,
                        .multi = &PeriodCase::measures,
                        .multiValued = true,
                        .axisTitle = QT_TRANSLATE_NOOP("baken::summary", "Measure taken"),
                        .tableTitle = QT_TRANSLATE_NOOP("baken::summary", "Cases by measure taken")};

const char *typeLabel(CaseType type)
{
    switch (type) {
    case CaseType::Question:
        return QT_TRANSLATE_NOOP("baken::summary", "Question or advice");
    case CaseType::Signal:
        return QT_TRANSLATE_NOOP("baken::summary", "Signal");
    case CaseType::Report:
        return QT_TRANSLATE_NOOP("baken::summary", "Report (integrity)");
    case CaseType::Complaint:
        return QT_TRANSLATE_NOOP("baken::summary", "Complaint");
    }
    return "";
}

const char *statusLabel(CaseStatus status)
{
    switch (status) {
    case CaseStatus::New:
        return QT_TRANSLATE_NOOP("baken::summary", "New");
    case CaseStatus::InProgress:
        return QT_TRANSLATE_NOOP("baken::summary", "In progress");
    case CaseStatus::Referred:
        return QT_TRANSLATE_NOOP("baken::summary", "Referred");
    case CaseStatus::Closed:
        return QT_TRANSLATE_NOOP("baken::summary", "Closed");
    case CaseStatus::Reopened:
        return QT_TRANSLATE_NOOP("baken::summary", "Reopened");
    }
    return "";
}

Axis typeAxis()
{
    Axis axis{u"type"_qs, text(QT_TRANSLATE_NOOP("baken::summary", "Type")), {}, false, false};
    for (const CaseType type : allCaseTypes())
        axis.categories << Category{toKey(type), text(typeLabel(type))};
    return axis;
}

Axis statusAxis()
{
    Axis axis{
        u"status"_qs, text(QT_TRANSLATE_NOOP("baken::summary", "Status at the end of the period")), {}, false, false};
    for (const CaseStatus status : allCaseStatuses())
        axis.categories << Category{toKey(status), text(statusLabel(status))};
    return axis;
}

TableHead caseHead(const QString &id, const char *title)
{
    return {id, Section::Cases, text(title), u"cases"_qs, text(QT_TRANSLATE_NOOP("baken::summary", "cases"))};
}

// The one-way counts of a code-list field and its axis; the two-way tables
// reuse both, so that their row totals are these very cells.
struct Counted {
    Axis axis;
    Counts counts;
};

Counts countOf(const QList<PeriodCase> &cases, const CodeField &field)
{
    if (field.multi)
        return countEach(cases, [&](const PeriodCase &c) -> const QStringList & { return c.*field.multi; });
    return countBy(cases, [&](const PeriodCase &c) -> const QString & { return c.*field.single; });
}

Result<Counted> countField(const QList<PeriodCase> &cases, const CodeListStore &codes, const CodeField &field,
                           const QList<Category> &extra)
{
    const Counts counts = countOf(cases, field);
    auto categories = codeCategories(codes, field.list, counts);
    if (!categories)
        return categories.error();
    *categories << extra;
    addUnknown(*categories, counts);
    return Counted{
        Axis{QString::fromLatin1(field.key), text(field.axisTitle), *categories, field.multiValued, field.mergeSmall},
        counts};
}

// A field of each case against its type; a case counts once in each of its
// (code, type) cells.
PairCounts byType(const QList<PeriodCase> &cases, const CodeField &field)
{
    PairCounts out;
    for (const PeriodCase &c : cases) {
        if (field.multi) {
            for (const QString &code : c.*field.multi)
                out[{code, c.type}] += 1;
        } else {
            out[{c.*field.single, c.type}] += 1;
        }
    }
    return out;
}

Table statusTable(const QList<PeriodCase> &cases)
{
    return oneWay(
        caseHead(u"cases.status"_qs, QT_TRANSLATE_NOOP("baken::summary", "Cases by status at the end of the period")),
        statusAxis(), countBy(cases, [](const PeriodCase &c) -> const QString & { return c.status; }), cases.size());
}

Result<Table> referralTable(const QList<PeriodCase> &cases, const CodeListStore &codes)
{
    const Counts referrals = countEach(cases, [](const PeriodCase &c) -> const QStringList & { return c.referrals; });
    auto bodies = codeCategories(codes, CodeList::ReferralBodies, referrals);
    if (!bodies)
        return bodies.error();
    *bodies << Category{u"none"_qs, text(QT_TRANSLATE_NOOP("baken::summary", "Not referred"))};
    addUnknown(*bodies, referrals);
    return oneWay(caseHead(u"cases.referral"_qs, QT_TRANSLATE_NOOP("baken::summary", "Cases by referral")),
                  Axis{u"referral"_qs, text(QT_TRANSLATE_NOOP("baken::summary", "Referred to")), *bodies, true, false},
                  referrals, cases.size());
}

} // namespace

Result<QList<Table>> caseTables(const PeriodQuery &query, const CodeListStore &codes)
{
    auto cases = readPeriodCases(query, CaseCodes::With);
    if (!cases)
        return cases.error();
    const qint64 total = cases->size();
    QList<Table> tables;

    tables << oneWay(caseHead(u"cases.month"_qs, QT_TRANSLATE_NOOP("baken::summary", "Cases by month")),
                     monthAxis(query.period()),
                     countBy(*cases, [](const PeriodCase &c) -> const QString & { return c.month; }), total);

    const Counts types = countBy(*cases, [](const PeriodCase &c) -> const QString & { return c.type; });
    const Axis type = typeAxis();
    tables << oneWay(caseHead(u"cases.type"_qs, QT_TRANSLATE_NOOP("baken::summary", "Cases by type")), type, types,
                     total);

    QHash<QString, Counted> fields;
    for (const CodeField *field : {&Ground, &Form, &Channel, &ReporterRole, &AccusedRole, &Unit}) {
        auto counted = countField(*cases, codes, *field, {notRecorded()});
        if (!counted)
            return counted.error();
        tables << oneWay(caseHead(u"cases."_qs + QLatin1String(field->key), field->tableTitle), counted->axis,
                         counted->counts, total);
        fields.insert(QString::fromLatin1(field->key), *counted);
    }

    tables << statusTable(*cases);
    auto referral = referralTable(*cases, codes);
    if (!referral)
        return referral.error();
    tables << *referral;

    auto measures = countField(*cases, codes, Measure, {notRecorded()});
    if (!measures)
        return measures.error();
    tables << oneWay(caseHead(u"cases.measure"_qs, Measure.tableTitle), measures->axis, measures->counts, total);

    const Counted &unit = fields[u"unit"_qs];
    tables << twoWay(caseHead(u"cases.unit_by_type"_qs, QT_TRANSLATE_NOOP("baken::summary", "Cases by unit and type")),
                     unit.axis, type, byType(*cases, Unit), unit.counts, types, total);

    const Counted &ground = fields[u"ground"_qs];
    tables << twoWay(
        caseHead(u"cases.ground_by_type"_qs, QT_TRANSLATE_NOOP("baken::summary", "Cases by ground and type")),
        ground.axis, type, byType(*cases, Ground), ground.counts, types, total);
    return tables;
}

Result<QList<Table>> caseEndTables(const PeriodQuery &query, const CodeListStore &codes)
{
    auto cases = readPeriodCases(query, CaseCodes::Without);
    if (!cases)
        return cases.error();
    auto referral = referralTable(*cases, codes);
    if (!referral)
        return referral.error();
    return QList<Table>{statusTable(*cases), *referral};
}

Result<QList<Table>> hoursTables(const PeriodQuery &query, const CodeListStore &codes)
{
    // Minutes per activity of hours entries dated in the period, whatever
    // the intake date of their case (the work was done then). Each figure
    // is rounded to whole hours from its own minutes (half an hour up), and
    // the total is the sum of the rounded figures, so that the table adds up
    // as printed; it may differ by a few hours from the rounded sum of all
    // minutes.
    //
    // The entries are found by their date in hours_entry_month, which holds
    // every column read here (schema 10), and those of drafts left out by a
    // list of the few drafts: joined to case_file, SQLite walked every case
    // and all its hours instead (three times slower). An entry always has
    // its case (a foreign key, deleted with it). Added up here: a GROUP BY
    // sorted the year's entries again (half the time).
    auto names = readCodeNames(query);
    if (!names)
        return names.error();
    QHash<qint64, qint64> byActivity;
    auto read = query.each("SELECT h.activity_id, h.minutes FROM hours_entry h WHERE h.worked_on BETWEEN ?1 AND ?2"
                           " AND h.case_id NOT IN (SELECT id FROM case_file WHERE is_draft <> 0)",
                           [&](const Statement &r) { byActivity[r.int64(0)] += r.int64(1); });
    if (!read)
        return read.error();
    Counts minutes;
    for (auto it = byActivity.cbegin(); it != byActivity.cend(); ++it)
        minutes[names->value(it.key(), u"not_recorded"_qs)] += it.value();
    Counts hours;
    qint64 total = 0;
    for (auto it = minutes.cbegin(); it != minutes.cend(); ++it) {
        const qint64 rounded = (it.value() + 30) / 60;
        hours.insert(it.key(), rounded);
        total += rounded;
    }
    auto categories = codeCategories(codes, CodeList::Activities, minutes);
    if (!categories)
        return categories.error();
    *categories << notRecorded();
    addUnknown(*categories, hours);
    const Axis activity{u"activity"_qs, text(QT_TRANSLATE_NOOP("baken::summary", "Activity")), *categories, false,
                        false};
    return QList<Table>{
        oneWay({u"hours.activity"_qs, Section::Cases, text(QT_TRANSLATE_NOOP("baken::summary", "Hours by activity")),
                u"hours"_qs, text(QT_TRANSLATE_NOOP("baken::summary", "hours"))},
               activity, hours, total)};
}

} // namespace baken::summary::detail
