// Writing a published summary as JSON (docs/summary.schema.json). Reading it
// back is in SummaryJsonReader.cpp.
#include "SummaryJson.h"

#include "Period.h"
#include "SummaryExport.h"
#include "SummaryJsonFormat.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace baken::summary {

namespace {

struct Messages {
    Q_DECLARE_TR_FUNCTIONS(baken::summary::SummaryJson)
};

QJsonObject textJson(const Text &text)
{
    return {{json::Nl, text.nl}, {json::En, text.en}};
}

QString monthText(int year, int month)
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

// A suppressed figure is written as "hidden" only: neither the value the
// Figure may still hold nor why it was suppressed reaches the file.
QJsonValue figureJson(const Figure &figure)
{
    if (!figure.published())
        return QJsonObject{{json::Suppressed, json::Hidden}};
    return QJsonValue(double(figure.value.value_or(0)));
}

QJsonArray figuresJson(const QList<Figure> &figures)
{
    QJsonArray out;
    for (const Figure &figure : figures)
        out.append(figureJson(figure));
    return out;
}

QJsonObject axisJson(const Axis &axis)
{
    QJsonArray categories;
    for (const Category &category : axis.categories)
        categories.append(QJsonObject{{json::Code, category.code}, {json::Label, textJson(category.label)}});
    return {
        {json::Key, axis.key},
        {json::Title, textJson(axis.title)},
        {json::MultiValued, axis.multiValued},
        {json::MergeSmall, axis.mergeSmall},
        {json::Categories, categories},
    };
}

QJsonObject tableJson(const Table &table)
{
    QJsonArray cells;
    for (int row = 0; row < table.rows.categories.size(); ++row) {
        QJsonArray line;
        for (int column = 0; column < table.columnCount(); ++column)
            line.append(figureJson(table.cell(row, column)));
        cells.append(line);
    }
    return {
        {json::Id, table.id},
        {json::SectionKey, sectionName(table.section)},
        {json::Title, textJson(table.title)},
        {json::Population, table.population},
        {json::Counts, textJson(table.counts)},
        {json::Rows, axisJson(table.rows)},
        {json::Columns, table.columns ? QJsonValue(axisJson(*table.columns)) : QJsonValue(QJsonValue::Null)},
        {json::Cells, cells},
        {json::RowTotals, figuresJson(table.rowTotals)},
        {json::ColumnTotals, figuresJson(table.columnTotals)},
        {json::Total, table.total ? figureJson(*table.total) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonArray coverageJson(const QList<Coverage> &coverage)
{
    QJsonArray out;
    for (const Coverage &source : coverage)
        out.append(QJsonObject{{json::Source, source.source}, {json::Months, QJsonArray::fromStringList(source.months)}});
    return out;
}

} // namespace

QJsonObject tableToJson(const Table &table)
{
    return tableJson(table);
}

QJsonObject periodToJson(const Period &p)
{
    return {
        {json::Key, periodKey(p)},
        {json::Label, textJson(periodLabel(p))},
        {json::FirstMonth, monthText(p.fromYear, p.fromMonth)},
        {json::LastMonth, monthText(p.toYear, p.toMonth)},
    };
}

Status checkTableShape(const Table &table)
{
    // Only a fault in Baken itself gets here; the message says which table.
    const auto bad = [&] {
        return Error{ErrorCode::InvalidInput,
                     Messages::tr("The table \"%1\" is incomplete and cannot be written. Nothing was saved.")
                         .arg(table.title.in(currentLanguage()))};
    };
    const qsizetype rows = table.rows.categories.size();
    if (table.cells.size() != rows * table.columnCount())
        return bad();
    if (table.twoWay() && (table.rowTotals.size() != rows || table.columnTotals.size() != table.columnCount()))
        return bad();
    if (!table.twoWay() && (!table.rowTotals.isEmpty() || !table.columnTotals.isEmpty()))
        return bad();
    QList<Figure> all = table.cells + table.rowTotals + table.columnTotals;
    if (table.total)
        all.append(*table.total);
    for (const Figure &figure : all) {
        if (figure.published() && (!figure.value || *figure.value < 0))
            return bad();
    }
    return {};
}

QString sectionName(Section section)
{
    switch (section) {
    case Section::Cases:
        return QStringLiteral("cases");
    case Section::DoubtLine:
        return QStringLiteral("doubt_line");
    case Section::Groups:
        return QStringLiteral("groups");
    }
    return {};
}

Result<QByteArray> summaryToJson(const Summary &published)
{
    if (!published.published)
        return Error{ErrorCode::InvalidInput,
                     Messages::tr("Only a published summary, with small figures suppressed, can be written to a "
                                  "file. The exact counts stay in the vault.")};
    QJsonArray tables;
    for (const Table &table : published.tables) {
        if (auto s = checkTableShape(table); !s)
            return s.error();
        tables.append(tableJson(table));
    }
    QJsonArray merged;
    for (const Text &unit : published.rules.mergedUnits)
        merged.append(textJson(unit));
    QJsonArray sentences;
    for (const Text &sentence : ruleSentences(published))
        sentences.append(textJson(sentence));
    QJsonObject root{
        {json::Format, json::FormatName},
        {json::Version, json::FormatVersion},
        {json::Generator, published.generator},
        {json::PeriodKey, periodToJson(published.period)},
        {json::RulesKey,
         QJsonObject{
             {json::K, published.rules.k},
             {json::MergedUnits, merged},
             {json::OtherUnitsSuppressed, published.rules.otherUnitsSuppressed},
             {json::Explanation, sentences},
         }},
        {json::Tables, tables},
    };
    if (!published.coverage.isEmpty())
        root.insert(json::CoverageKey, coverageJson(published.coverage));
    // QJsonObject keeps its keys sorted: the same summary gives the same bytes.
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace baken::summary
