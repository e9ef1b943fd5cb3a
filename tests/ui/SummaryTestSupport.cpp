#include "SummaryTestSupport.h"

#include <QDate>
#include <QLocale>

namespace baken::test {

namespace {

using summary::Axis;
using summary::Category;
using summary::Figure;
using summary::Suppression;
using summary::Table;

// A figure's exact value and whether the published summary hides it, so
// one list says both. Small and secondary figures are both Hidden, as
// summary::publish leaves them: the lists say which is which for the reader
// of this file only.
struct Value {
    qint64 value;
    Suppression hidden = Suppression::None;
};

Value small(qint64 v)
{
    return {v, Suppression::Hidden};
}

Value secondary(qint64 v)
{
    return {v, Suppression::Hidden};
}

Figure figure(const Value &v)
{
    return Figure{v.value, v.hidden};
}

Category cat(const char *code, const char *nl, const char *en)
{
    return {QString::fromUtf8(code), {QString::fromUtf8(nl), QString::fromUtf8(en)}};
}

Axis axis(const char *key, const char *nl, const char *en, QList<Category> categories, bool multi = false)
{
    Axis a;
    a.key = QString::fromUtf8(key);
    a.title = {QString::fromUtf8(nl), QString::fromUtf8(en)};
    a.categories = std::move(categories);
    a.multiValued = multi;
    return a;
}

Table oneWay(const char *id, summary::Section section, const char *nl, const char *en, const char *population,
             Axis rows, const QList<Value> &cells, std::optional<Value> total)
{
    Table t;
    t.id = QString::fromUtf8(id);
    t.section = section;
    t.title = {QString::fromUtf8(nl), QString::fromUtf8(en)};
    t.population = QString::fromUtf8(population);
    t.counts = population == std::string_view("cases") ? Bilingual{QStringLiteral("meldingen"), QStringLiteral("cases")}
                                                       : Bilingual{QStringLiteral("aantal"), QStringLiteral("number")};
    t.rows = std::move(rows);
    for (const Value &v : cells)
        t.cells << figure(v);
    if (total)
        t.total = figure(*total);
    return t;
}

QList<Category> months()
{
    QList<Category> out;
    for (int m = 1; m <= 12; ++m) {
        const QDate d(2026, m, 1);
        out << Category{d.toString(QStringLiteral("yyyy-MM")),
                        {QLocale(QLocale::Dutch).toString(d, QStringLiteral("MMMM yyyy")),
                         QLocale(QLocale::English).toString(d, QStringLiteral("MMMM yyyy"))}};
    }
    return out;
}

QList<Category> types()
{
    return {cat("question", "Vraag", "Question"), cat("signal", "Signaal", "Signal"),
            cat("report", "Melding", "Report"), cat("complaint", "Klacht", "Complaint")};
}

Table unitByType()
{
    Table t;
    t.id = QStringLiteral("cases.unit_by_type");
    t.title = {QStringLiteral("Meldingen per afdeling en soort"), QStringLiteral("Cases by unit and type")};
    t.population = QStringLiteral("cases");
    t.counts = {QStringLiteral("meldingen"), QStringLiteral("cases")};
    t.rows = axis("unit", "Afdeling", "Unit",
                  {cat("social", "Sociaal domein", "Social services"), cat("city", "Stadsbeheer", "City management"),
                   cat("other_units", "Overige afdelingen", "Other units")});
    t.rows.mergeSmall = true;
    t.columns = axis("type", "Soort", "Type", types());
    const QList<Value> cells = {Value{6}, small(2),     Value{5}, secondary(1), // social 14
                                Value{6}, secondary(2), Value{0}, small(1),     // city 9
                                Value{0}, Value{0},     small(4), Value{0}};    // other 4
    for (const Value &v : cells)
        t.cells << figure(v);
    t.rowTotals = {figure({14}), figure({9}), figure(small(4))};
    t.columnTotals = {figure({12}), figure(small(4)), figure({9}), figure(secondary(2))};
    t.total = figure({27});
    return t;
}

summary::Summary build()
{
    using S = summary::Section;
    summary::Summary s;
    s.period = {2026, 1, 2026, 12};
    s.rules.k = 5;
    s.rules.mergedUnits = {{QStringLiteral("Facilitair bedrijf"), QStringLiteral("Facility services")}};
    s.generator = QStringLiteral("Baken test");
    s.tables << oneWay("cases.month", S::Cases, "Meldingen per maand", "Cases by month", "cases",
                       axis("month", "Maand", "Month", months()),
                       {small(1), Value{0}, small(3), Value{5}, secondary(2), Value{0}, Value{6}, small(2), Value{0},
                        Value{5}, small(3), Value{0}},
                       Value{27});
    s.tables << oneWay("cases.type", S::Cases, "Meldingen per soort", "Cases by type", "cases",
                       axis("type", "Soort", "Type", types()), {Value{12}, small(4), Value{9}, secondary(2)},
                       Value{27});
    s.tables << oneWay("cases.ground", S::Cases, "Meldingen per grond", "Cases by ground", "cases",
                       axis("ground", "Grond", "Ground",
                            {cat("religion", "Godsdienst", "Religion"), cat("pregnancy", PregnancyNl, PregnancyEn),
                             cat("age", "Leeftijd", "Age"), cat("not_recorded", "Niet vastgelegd", "Not recorded")},
                            true),
                       {Value{8}, small(PregnancyCases), Value{6}, Value{11}}, Value{27});
    s.tables << unitByType();
    s.tables << oneWay("consultations.assessment", S::DoubtLine, "Consulten per inschatting",
                       "Consultations by assessment", "consultations",
                       axis("assessment", "Inschatting", "Assessment",
                            {cat("yes", "Ja", "Yes"), cat("possibly", "Mogelijk", "Possibly"), cat("no", "Nee", "No"),
                             cat("unclear", "Onduidelijk", "Unclear")}),
                       {Value{14}, Value{9}, Value{6}, small(2)}, Value{31});
    s.tables << oneWay("groups.activity", S::Groups, "Activiteit van groepen", "Group activity", "groups",
                       axis("measure", "Maat", "Measure",
                            {cat("sessions_held", "Bijeenkomsten gehouden", "Sessions held"),
                             cat("sessions_cancelled", "Bijeenkomsten afgelast", "Sessions cancelled"),
                             cat("participants", "Deelnemers", "Participants")}),
                       {Value{18}, small(1), Value{11}}, std::nullopt);
    return s;
}

} // namespace

summary::Summary exactTestSummary()
{
    summary::Summary s = build();
    for (Table &t : s.tables) {
        for (QList<Figure> *figures : {&t.cells, &t.rowTotals, &t.columnTotals})
            for (Figure &f : *figures)
                f.suppression = Suppression::None;
        if (t.total)
            t.total->suppression = Suppression::None;
    }
    return s;
}

summary::Summary publishedTestSummary()
{
    summary::Summary s = build();
    s.published = true;
    for (Table &t : s.tables) {
        for (QList<Figure> *figures : {&t.cells, &t.rowTotals, &t.columnTotals})
            for (Figure &f : *figures)
                if (!f.published())
                    f.value.reset();
        if (t.total && !t.total->published())
            t.total->value.reset();
    }
    return s;
}

summary::Summary publishedTestSummaryMarked(summary::Suppression as)
{
    summary::Summary s = publishedTestSummary();
    for (Table &t : s.tables) {
        for (QList<Figure> *figures : {&t.cells, &t.rowTotals, &t.columnTotals}) {
            for (Figure &f : *figures)
                f.suppression = f.published() ? f.suppression : as;
        }
        if (t.total && !t.total->published())
            t.total->suppression = as;
    }
    return s;
}

} // namespace baken::test
