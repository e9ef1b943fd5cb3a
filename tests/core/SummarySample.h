#pragma once

#include "summary/DisclosureControl.h"
#include "summary/Summary.h"

// A small published summary for the output tests (JSON, CSV): a one-way and a
// two-way table with small and secondary hidden figures, a table of measures
// without a total, labels with accents and CSV separators, a merged unit.
namespace baken::test {

inline summary::Figure shown(qint64 value)
{
    return {value, summary::Suppression::None};
}

// A suppressed figure, Hidden as publish() leaves it; `canary` stands in for
// a value that publish() failed to drop, which no file may show. small() was
// from 1 to k-1, secondary() hidden to protect it: the names tell the reader
// of a test, never the file.
inline summary::Figure small(std::optional<qint64> canary = std::nullopt)
{
    return {canary, summary::Suppression::Hidden};
}

inline summary::Figure secondary(std::optional<qint64> canary = std::nullopt)
{
    return {canary, summary::Suppression::Hidden};
}

inline summary::Category category(const char *code, const char *nl, const char *en)
{
    return {QString::fromUtf8(code), {QString::fromUtf8(nl), QString::fromUtf8(en)}};
}

inline summary::Summary sampleSummary()
{
    using namespace summary;
    Summary s;
    s.period = {2026, 1, 2026, 12};
    s.published = true;
    s.generator = QStringLiteral("Baken test");
    s.rules.k = 5;
    s.rules.mergedUnits = {{QStringLiteral("Stadsdeel Noord"), QStringLiteral("District North")}};

    Axis type{QStringLiteral("type"), {QStringLiteral("Soort"), QStringLiteral("Type")}, {}, false, false};
    type.categories = {category("complaint", "Klacht", "Complaint"), category("signal", "Signaal", "Signal"),
                       category("report", "Melding, formeel; \"zwaar\"", "Report, formal; \"heavy\"")};
    Table byType;
    byType.id = QStringLiteral("cases.type");
    byType.title = {QStringLiteral("Casussen naar soort"), QStringLiteral("Cases by type")};
    byType.population = QStringLiteral("cases");
    byType.counts = {QStringLiteral("casussen"), QStringLiteral("cases")};
    byType.rows = type;
    byType.cells = {shown(12), small(), secondary()};
    byType.total = shown(20);

    Axis unit{QStringLiteral("unit"), {QStringLiteral("Afdeling"), QStringLiteral("Unit")}, {}, false, true};
    unit.categories = {category("u1", "Geëmancipeerde zaken", "Emancipated affairs"),
                       category("other_units", "Overige afdelingen", "Other units")};
    Axis twoTypes = type;
    twoTypes.categories.removeLast();
    Table byUnit;
    byUnit.id = QStringLiteral("cases.unit_by_type");
    byUnit.title = {QStringLiteral("Casussen naar afdeling en soort"), QStringLiteral("Cases by unit and type")};
    byUnit.population = QStringLiteral("cases");
    byUnit.counts = byType.counts;
    byUnit.rows = unit;
    byUnit.columns = twoTypes;
    byUnit.cells = {shown(7), small(), secondary(), shown(9)};
    byUnit.rowTotals = {shown(10), shown(12)};
    byUnit.columnTotals = {shown(8), shown(14)};
    byUnit.total = shown(22);

    Table measures;
    measures.id = QStringLiteral("groups.measures");
    measures.section = Section::Groups;
    measures.title = {QStringLiteral("Groepen"), QStringLiteral("Groups")};
    measures.population = QStringLiteral("groups");
    measures.counts = {QStringLiteral("aantal"), QStringLiteral("number")};
    measures.rows = {QStringLiteral("measure"), {QStringLiteral("Maat"), QStringLiteral("Measure")}, {}, false, false};
    measures.rows.categories = {category("sessions", "Bijeenkomsten", "Sessions"),
                                category("seats", "Plaatsen; bezet", "Seats; taken")};
    measures.cells = {shown(0), shown(36)};

    Table grounds;
    grounds.id = QStringLiteral("doubt_line.ground");
    grounds.section = Section::DoubtLine;
    grounds.title = {QStringLiteral("Consulten naar grond"), QStringLiteral("Consultations by ground")};
    grounds.population = QStringLiteral("consultations");
    grounds.counts = {QStringLiteral("consulten"), QStringLiteral("consultations")};
    grounds.rows = {QStringLiteral("ground"), {QStringLiteral("Grond"), QStringLiteral("Ground")}, {}, true, false};
    grounds.rows.categories = {category("religion", "Religie", "Religion"),
                               category("not_recorded", "Niet vastgelegd", "Not recorded")};
    grounds.cells = {shown(6), small()};
    grounds.total = small();

    s.tables = {byType, byUnit, measures, grounds};
    return s;
}

// The reviewer's example as publish() leaves it (k=5): cases by type, 12
// complaints, 2 signals (small), 5 reports (hidden to protect the signals),
// 19 in all. A reader who could tell the two hidden figures apart would know
// the reports are at least 5, so the signals 1 or 2.
inline summary::Summary publishedSmallAndSecondary()
{
    summary::Summary exact = sampleSummary();
    exact.published = false;
    exact.rules = {};
    exact.tables = {exact.tables[0]};
    exact.tables[0].cells = {shown(12), shown(2), shown(5)};
    exact.tables[0].total = shown(19);
    auto published = summary::publish(exact, 5);
    return published.ok() ? *published : summary::Summary{};
}

// Rows of publishedSmallAndSecondary()'s table.
constexpr int SmallRow = 1;
constexpr int SecondaryRow = 2;

} // namespace baken::test
