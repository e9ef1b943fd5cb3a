// The case and hours tables of a summary.
#include "SummaryTables.h"

#include "cases/CaseTypes.h"

namespace baken::summary::detail {

namespace {

// Registered cases whose intake date lies in the period.
constexpr Population Cases{"case_file c", "c.is_draft = 0 AND c.intake_date BETWEEN ?1 AND ?2", "c.id"};

constexpr SqlAxis MonthSql{"", "substr(c.intake_date, 1, 7)"};
constexpr SqlAxis TypeSql{"", "c.case_type"};
// The status at the end of the period: the last change stamped before the
// period ended; a case that never changed is new. A closing after the
// period does not count.
constexpr SqlAxis StatusSql{"", "coalesce((SELECT s.to_status FROM case_status_change s WHERE s.case_id = c.id"
                                " AND s.changed_at < ?3 ORDER BY s.changed_at DESC, s.id DESC LIMIT 1), 'new')"};
// Referred to at any time up to the period end: a referral made after the
// period is not part of the period's picture, and a summary made a year
// later counts the same referrals ("none": not referred by then).
// referral has no index on case_id: the subquery is read once, not per case.
constexpr SqlAxis ReferralSql{"LEFT JOIN (SELECT DISTINCT case_id, body_id FROM referral WHERE referred_on <= ?2) rf"
                              " ON rf.case_id = c.id LEFT JOIN code_list_item rfi ON rfi.id = rf.body_id",
                              "coalesce(rfi.code, 'none')"};

// One code-list field of a case: a column of case_file (one value) or a
// kind of case_code (several values).
struct CodeField {
    const char *key;
    CodeList list;
    SqlAxis sql;
    bool multiValued = false;
    bool mergeSmall = false;
    const char *axisTitle = "";
    const char *tableTitle = "";
};

const CodeField Ground{.key = "ground",
                       .list = CodeList::Grounds,
                       .sql = {"LEFT JOIN case_code gc ON gc.case_id = c.id AND gc.kind = 'ground'"
                               " LEFT JOIN code_list_item gi ON gi.id = gc.item_id",
                               "coalesce(gi.code, 'not_recorded')"},
                       .multiValued = true,
                       .axisTitle = QT_TRANSLATE_NOOP("baken::summary", "Ground"),
                       .tableTitle = QT_TRANSLATE_NOOP("baken::summary", "Cases by ground of discrimination")};
const CodeField Form{.key = "form",
                     .list = CodeList::Forms,
                     .sql = {"LEFT JOIN case_code fc ON fc.case_id = c.id AND fc.kind = 'form'"
                             " LEFT JOIN code_list_item fi ON fi.id = fc.item_id",
                             "coalesce(fi.code, 'not_recorded')"},
                     .multiValued = true,
                     .axisTitle = QT_TRANSLATE_NOOP("baken::summary", "Form of behaviour"),
                     .tableTitle = QT_TRANSLATE_NOOP("baken::summary", "Cases by form of behaviour")};
const CodeField Channel{
    .key = "channel",
    .list = CodeList::Channels,
    .sql = {"LEFT JOIN code_list_item chi ON chi.id = c.channel_id", "coalesce(chi.code, 'not_recorded')"},
    .axisTitle = QT_TRANSLATE_NOOP("baken::summary", "Channel"),
    .tableTitle = QT_TRANSLATE_NOOP("baken::summary", "Cases by channel")};
const CodeField ReporterRole{
    .key = "reporter_role",
    .list = CodeList::ReporterRoles,
    .sql = {"LEFT JOIN code_list_item rri ON rri.id = c.reporter_role_id", "coalesce(rri.code, 'not_recorded')"},
    .axisTitle = QT_TRANSLATE_NOOP("baken::summary", "Role of the reporter"),
    .tableTitle = QT_TRANSLATE_NOOP("baken::summary", "Cases by role of the reporter")};
const CodeField AccusedRole{
    .key = "accused_role",
    .list = CodeList::AccusedRoles,
    .sql = {"LEFT JOIN code_list_item ari ON ari.id = c.accused_role_id", "coalesce(ari.code, 'not_recorded')"},
    .axisTitle = QT_TRANSLATE_NOOP("baken::summary", "Role of the accused"),
    .tableTitle = QT_TRANSLATE_NOOP("baken::summary", "Cases by role of the accused")};
const CodeField Unit{
    .key = "unit",
    .list = CodeList::Units,
    .sql = {"LEFT JOIN code_list_item uni ON uni.id = c.unit_id", "coalesce(uni.code, 'not_recorded')"},
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
                        .sql = {"LEFT JOIN case_code mc ON mc.case_id = c.id AND mc.kind = 'measure'"
                                " LEFT JOIN code_list_item mi ON mi.id = mc.item_id",
                                "coalesce(mi.code, 'not_recorded')"},
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

Result<Counted> countField(const PeriodQuery &query, const CodeListStore &codes, const CodeField &field,
                           const QList<Category> &extra)
{
    auto counts = query.counts(Cases, field.sql);
    if (!counts)
        return counts.error();
    auto categories = codeCategories(codes, field.list, *counts);
    if (!categories)
        return categories.error();
    *categories << extra;
    addUnknown(*categories, *counts);
    return Counted{
        Axis{QString::fromLatin1(field.key), text(field.axisTitle), *categories, field.multiValued, field.mergeSmall},
        *counts};
}

Result<Table> statusTable(const PeriodQuery &query, qint64 total)
{
    auto statuses = query.counts(Cases, StatusSql);
    if (!statuses)
        return statuses.error();
    return oneWay(
        caseHead(u"cases.status"_qs, QT_TRANSLATE_NOOP("baken::summary", "Cases by status at the end of the period")),
        statusAxis(), *statuses, total);
}

Result<Table> referralTable(const PeriodQuery &query, const CodeListStore &codes, qint64 total)
{
    auto referrals = query.counts(Cases, ReferralSql);
    if (!referrals)
        return referrals.error();
    auto bodies = codeCategories(codes, CodeList::ReferralBodies, *referrals);
    if (!bodies)
        return bodies.error();
    *bodies << Category{u"none"_qs, text(QT_TRANSLATE_NOOP("baken::summary", "Not referred"))};
    addUnknown(*bodies, *referrals);
    return oneWay(
        caseHead(u"cases.referral"_qs, QT_TRANSLATE_NOOP("baken::summary", "Cases by referral")),
        Axis{u"referral"_qs, text(QT_TRANSLATE_NOOP("baken::summary", "Referred to")), *bodies, true, false},
        *referrals, total);
}

} // namespace

Result<QList<Table>> caseTables(const PeriodQuery &query, const CodeListStore &codes)
{
    auto total = query.total(Cases);
    if (!total)
        return total.error();
    QList<Table> tables;

    auto months = query.counts(Cases, MonthSql);
    if (!months)
        return months.error();
    tables << oneWay(caseHead(u"cases.month"_qs, QT_TRANSLATE_NOOP("baken::summary", "Cases by month")),
                     monthAxis(query.period()), *months, *total);

    auto types = query.counts(Cases, TypeSql);
    if (!types)
        return types.error();
    const Axis type = typeAxis();
    tables << oneWay(caseHead(u"cases.type"_qs, QT_TRANSLATE_NOOP("baken::summary", "Cases by type")), type, *types,
                     *total);

    QHash<QString, Counted> fields;
    for (const CodeField *field : {&Ground, &Form, &Channel, &ReporterRole, &AccusedRole, &Unit}) {
        auto counted = countField(query, codes, *field, {notRecorded()});
        if (!counted)
            return counted.error();
        tables << oneWay(caseHead(u"cases."_qs + QLatin1String(field->key), field->tableTitle), counted->axis,
                         counted->counts, *total);
        fields.insert(QString::fromLatin1(field->key), *counted);
    }

    auto status = statusTable(query, *total);
    if (!status)
        return status.error();
    tables << *status;
    auto referral = referralTable(query, codes, *total);
    if (!referral)
        return referral.error();
    tables << *referral;

    auto measures = countField(query, codes, Measure, {notRecorded()});
    if (!measures)
        return measures.error();
    tables << oneWay(caseHead(u"cases.measure"_qs, Measure.tableTitle), measures->axis, measures->counts, *total);

    const Counted &unit = fields[u"unit"_qs];
    auto unitByType = query.counts(Cases, Unit.sql, TypeSql);
    if (!unitByType)
        return unitByType.error();
    tables << twoWay(caseHead(u"cases.unit_by_type"_qs, QT_TRANSLATE_NOOP("baken::summary", "Cases by unit and type")),
                     unit.axis, type, *unitByType, unit.counts, *types, *total);

    const Counted &ground = fields[u"ground"_qs];
    auto groundByType = query.counts(Cases, Ground.sql, TypeSql);
    if (!groundByType)
        return groundByType.error();
    tables << twoWay(
        caseHead(u"cases.ground_by_type"_qs, QT_TRANSLATE_NOOP("baken::summary", "Cases by ground and type")),
        ground.axis, type, *groundByType, ground.counts, *types, *total);
    return tables;
}

Result<QList<Table>> caseEndTables(const PeriodQuery &query, const CodeListStore &codes)
{
    auto total = query.total(Cases);
    if (!total)
        return total.error();
    auto status = statusTable(query, *total);
    if (!status)
        return status.error();
    auto referral = referralTable(query, codes, *total);
    if (!referral)
        return referral.error();
    return QList<Table>{*status, *referral};
}

Result<QList<Table>> hoursTables(const PeriodQuery &query, const CodeListStore &codes)
{
    // Minutes per activity of hours entries dated in the period, whatever
    // the intake date of their case (the work was done then). Each figure
    // is rounded to whole hours from its own minutes (half an hour up), and
    // the total is the sum of the rounded figures, so that the table adds up
    // as printed; it may differ by a few hours from the rounded sum of all
    // minutes.
    auto minutes = query.rows("SELECT coalesce(a.code, 'not_recorded'), sum(h.minutes) FROM hours_entry h"
                              " JOIN case_file c ON c.id = h.case_id"
                              " LEFT JOIN code_list_item a ON a.id = h.activity_id"
                              " WHERE c.is_draft = 0 AND h.worked_on BETWEEN ?1 AND ?2 GROUP BY 1");
    if (!minutes)
        return minutes.error();
    Counts hours;
    qint64 total = 0;
    for (auto it = minutes->cbegin(); it != minutes->cend(); ++it) {
        const qint64 rounded = (it.value() + 30) / 60;
        hours.insert(it.key(), rounded);
        total += rounded;
    }
    auto categories = codeCategories(codes, CodeList::Activities, *minutes);
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
