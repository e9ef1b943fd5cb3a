// Reading a summary file back (the PDF renderer, a coordinator's roll-up).
// Strict: whatever docs/summary.schema.json refuses is refused here too, with
// the place in the file, so a hand-edited or damaged file is never taken for
// a summary Baken wrote.
#include "DisclosureControl.h"
#include "SummaryJson.h"
#include "SummaryJsonFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace baken::summary {

namespace {

struct Messages {
    Q_DECLARE_TR_FUNCTIONS(baken::summary::SummaryJson)
};

// JSON numbers are doubles; above 2^53 they are no longer exact counts.
constexpr double LargestCount = 9007199254740992.0;

class Reader {
public:
    std::optional<Error> error;
    // Reading an exact summary (ExactSummaryJson): no figure may be suppressed.
    bool exact = false;

    bool fail(const QString &where, const QString &what)
    {
        if (!error)
            error = Error{ErrorCode::InvalidInput,
                          Messages::tr("This file is not a valid Baken summary (at %1: %2).").arg(where, what)};
        return false;
    }

    // Every key of the schema's object is required, and no other is allowed.
    bool keys(const QJsonValue &value, const QString &where, const QList<QLatin1StringView> &expected)
    {
        if (!value.isObject())
            return fail(where, Messages::tr("an object was expected"));
        const QJsonObject object = value.toObject();
        for (const QLatin1StringView key : expected) {
            if (!object.contains(key))
                return fail(where, Messages::tr("the field \"%1\" is missing").arg(key));
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!expected.contains(it.key()))
                return fail(where, Messages::tr("the field \"%1\" is not part of the format").arg(it.key()));
        }
        return true;
    }

    bool string(const QJsonValue &value, const QString &where, QString &out, bool allowEmpty = false)
    {
        if (!value.isString() || (!allowEmpty && value.toString().isEmpty()))
            return fail(where, Messages::tr("a text was expected"));
        out = value.toString();
        return true;
    }

    bool boolean(const QJsonValue &value, const QString &where, bool &out)
    {
        if (!value.isBool())
            return fail(where, Messages::tr("true or false was expected"));
        out = value.toBool();
        return true;
    }

    bool count(const QJsonValue &value, const QString &where, qint64 &out)
    {
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || std::fabs(number) > LargestCount)
            return fail(where, Messages::tr("a whole number was expected"));
        if (number < 0)
            return fail(where, Messages::tr("a figure cannot be negative"));
        out = qint64(number);
        return true;
    }

    bool text(const QJsonValue &value, const QString &where, Text &out)
    {
        return keys(value, where, {json::Nl, json::En}) && string(value[json::Nl], where + u".nl", out.nl)
               && string(value[json::En], where + u".en", out.en);
    }

    bool month(const QJsonValue &value, const QString &where, int &year, int &month)
    {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
        const auto match = pattern.match(value.toString());
        if (!value.isString() || !match.hasMatch() || match.captured(2).toInt() < 1 || match.captured(2).toInt() > 12)
            return fail(where, Messages::tr("a month such as 2026-03 was expected"));
        year = match.captured(1).toInt();
        month = match.captured(2).toInt();
        return true;
    }

    bool figure(const QJsonValue &value, const QString &where, Figure &out)
    {
        out = {};
        if (value.isObject()) {
            if (exact)
                return fail(where, Messages::tr("an exact summary holds every figure, none suppressed"));
            const QJsonObject object = value.toObject();
            if (object.size() != 1 || !object.contains(json::Suppressed))
                return fail(where, Messages::tr("a suppressed figure holds nothing but \"suppressed\", never a value"));
            if (object.value(json::Suppressed).toString() != json::Hidden)
                return fail(where, Messages::tr("a suppressed figure says \"hidden\" and nothing else"));
            out.suppression = Suppression::Hidden;
            return true;
        }
        qint64 number = 0;
        if (!count(value, where, number))
            return false;
        out.value = number;
        return true;
    }

    bool figures(const QJsonValue &value, const QString &where, qsizetype size, QList<Figure> &out)
    {
        if (!value.isArray() || value.toArray().size() != size)
            return fail(where, Messages::tr("%n figure(s) were expected", nullptr, int(size)));
        const QJsonArray array = value.toArray();
        out.resize(size);
        for (qsizetype i = 0; i < size; ++i) {
            if (!figure(array.at(i), QStringLiteral("%1[%2]").arg(where).arg(i), out[i]))
                return false;
        }
        return true;
    }

    bool axis(const QJsonValue &value, const QString &where, Axis &out)
    {
        if (!keys(value, where, {json::Key, json::Title, json::MultiValued, json::MergeSmall, json::Categories})
            || !string(value[json::Key], where + u".key", out.key)
            || !text(value[json::Title], where + u".title", out.title)
            || !boolean(value[json::MultiValued], where + u".multiValued", out.multiValued)
            || !boolean(value[json::MergeSmall], where + u".mergeSmall", out.mergeSmall))
            return false;
        const QJsonValue categories = value[json::Categories];
        if (!categories.isArray() || categories.toArray().isEmpty())
            return fail(where + u".categories", Messages::tr("a list of categories was expected"));
        for (const QJsonValue &c : categories.toArray()) {
            const QString at = QStringLiteral("%1.categories[%2]").arg(where).arg(out.categories.size());
            Category category;
            if (!keys(c, at, {json::Code, json::Label}) || !string(c[json::Code], at + u".code", category.code)
                || !text(c[json::Label], at + u".label", category.label))
                return false;
            out.categories.append(category);
        }
        return true;
    }

    bool table(const QJsonValue &value, const QString &where, Table &out)
    {
        QString section;
        if (!keys(value, where,
                  {json::Id, json::SectionKey, json::Title, json::Population, json::Counts, json::Rows, json::Columns,
                   json::Cells, json::RowTotals, json::ColumnTotals, json::Total})
            || !string(value[json::Id], where + u".id", out.id)
            || !string(value[json::SectionKey], where + u".section", section)
            || !text(value[json::Title], where + u".title", out.title)
            || !string(value[json::Population], where + u".population", out.population)
            || !text(value[json::Counts], where + u".counts", out.counts)
            || !axis(value[json::Rows], where + u".rows", out.rows))
            return false;
        const Section sections[] = {Section::Cases, Section::DoubtLine, Section::Groups};
        const auto found = std::find_if(std::begin(sections), std::end(sections),
                                        [&](Section s) { return sectionName(s) == section; });
        if (found == std::end(sections))
            return fail(where + u".section", Messages::tr("\"cases\", \"doubt_line\" or \"groups\" was expected"));
        out.section = *found;
        if (!value[json::Columns].isNull()) {
            out.columns = Axis{};
            if (!axis(value[json::Columns], where + u".columns", *out.columns))
                return false;
        }
        const qsizetype rows = out.rows.categories.size();
        const QJsonValue cells = value[json::Cells];
        if (!cells.isArray() || cells.toArray().size() != rows)
            return fail(where + u".cells", Messages::tr("one line of cells per row was expected"));
        for (qsizetype row = 0; row < rows; ++row) {
            QList<Figure> line;
            if (!figures(cells[row], QStringLiteral("%1.cells[%2]").arg(where).arg(row), out.columnCount(), line))
                return false;
            out.cells += line;
        }
        const qsizetype rowTotals = out.twoWay() ? rows : 0;
        const qsizetype columnTotals = out.twoWay() ? out.columnCount() : 0;
        if (!figures(value[json::RowTotals], where + u".rowTotals", rowTotals, out.rowTotals)
            || !figures(value[json::ColumnTotals], where + u".columnTotals", columnTotals, out.columnTotals))
            return false;
        if (!value[json::Total].isNull()) {
            out.total = Figure{};
            if (!figure(value[json::Total], where + u".total", *out.total))
                return false;
        }
        return true;
    }

    bool period(const QJsonValue &value, Period &out)
    {
        const QString where = QStringLiteral("period");
        QString key;
        Text label;
        if (!keys(value, where, {json::Key, json::Label, json::FirstMonth, json::LastMonth})
            || !string(value[json::Key], where + u".key", key) || !text(value[json::Label], where + u".label", label)
            || !month(value[json::FirstMonth], where + u".firstMonth", out.fromYear, out.fromMonth)
            || !month(value[json::LastMonth], where + u".lastMonth", out.toYear, out.toMonth))
            return false;
        if (out.toYear * 12 + out.toMonth < out.fromYear * 12 + out.fromMonth)
            return fail(where, Messages::tr("the period ends before it starts"));
        return true;
    }

    bool rules(const QJsonValue &value, Rules &out)
    {
        const QString where = QStringLiteral("rules");
        qint64 k = 0;
        if (!keys(value, where, {json::K, json::MergedUnits, json::OtherUnitsSuppressed, json::Explanation})
            || !count(value[json::K], where + u".k", k)
            || !boolean(value[json::OtherUnitsSuppressed], where + u".otherUnitsSuppressed", out.otherUnitsSuppressed))
            return false;
        if (k < MinimumK || k > MaximumK)
            return fail(where + u".k", Messages::tr("k lies between %1 and %2").arg(MinimumK).arg(MaximumK));
        out.k = int(k);
        const QJsonValue merged = value[json::MergedUnits];
        if (!merged.isArray())
            return fail(where + u".mergedUnits", Messages::tr("a list was expected"));
        for (qsizetype i = 0; i < merged.toArray().size(); ++i) {
            Text unit;
            if (!text(merged[i], QStringLiteral("%1.mergedUnits[%2]").arg(where).arg(i), unit))
                return false;
            out.mergedUnits.append(unit);
        }
        // The sentences are written for people from the rules above; they
        // are checked for form and not read back.
        const QJsonValue sentences = value[json::Explanation];
        if (!sentences.isArray())
            return fail(where + u".explanation", Messages::tr("a list was expected"));
        for (qsizetype i = 0; i < sentences.toArray().size(); ++i) {
            Text sentence;
            if (!text(sentences[i], QStringLiteral("%1.explanation[%2]").arg(where).arg(i), sentence))
                return false;
        }
        return true;
    }

    // Which months each source of a roll-up delivered: months of the period,
    // oldest first, each source named.
    bool coverage(const QJsonValue &value, const Period &period, QList<Coverage> &out)
    {
        const QString where = QStringLiteral("coverage");
        if (!value.isArray())
            return fail(where, Messages::tr("a list was expected"));
        const int first = period.fromYear * 12 + period.fromMonth;
        const int last = period.toYear * 12 + period.toMonth;
        for (qsizetype i = 0; i < value.toArray().size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
            Coverage source;
            if (!keys(value[i], at, {json::Source, json::Months}) || !string(value[i][json::Source], at + u".source", source.source))
                return false;
            const QJsonValue months = value[i][json::Months];
            if (!months.isArray())
                return fail(at + u".months", Messages::tr("a list was expected"));
            int previous = 0;
            for (qsizetype m = 0; m < months.toArray().size(); ++m) {
                int year = 0;
                int number = 0;
                const QString monthAt = QStringLiteral("%1.months[%2]").arg(at).arg(m);
                if (!month(months[m], monthAt, year, number))
                    return false;
                const int index = year * 12 + number;
                if (index < first || index > last || index <= previous)
                    return fail(monthAt, Messages::tr("months of the period, oldest first, were expected"));
                previous = index;
                source.months.append(months[m].toString());
            }
            out.append(source);
        }
        return true;
    }
};

} // namespace

Result<Table> tableFromJson(const QJsonValue &value, const QString &where, bool exact)
{
    Reader read;
    read.exact = exact;
    Table table;
    if (!read.table(value, where, table))
        return *read.error;
    return table;
}

Result<Period> periodFromJson(const QJsonValue &value)
{
    Reader read;
    Period period;
    if (!read.period(value, period))
        return *read.error;
    return period;
}

Result<Summary> summaryFromJson(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || root.value(json::Format).toString() != json::FormatName)
        return Error{ErrorCode::InvalidInput, Messages::tr("This file is not a Baken summary.")};
    const QJsonValue version = root.value(json::Version);
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1)
        return Error{ErrorCode::InvalidInput, Messages::tr("This file is not a valid Baken summary: it has no format "
                                                           "version.")};
    if (version.toDouble() > json::FormatVersion)
        return Error{ErrorCode::NewerVersion,
                     Messages::tr("This summary was written by a newer version of Baken (format version %1). "
                                  "Update Baken to read it.")
                         .arg(version.toInteger())};

    Reader read;
    Summary summary;
    summary.published = true; // a file only ever holds a published summary
    QList<QLatin1StringView> rootKeys{json::Format, json::Version, json::Generator, json::PeriodKey, json::RulesKey,
                                      json::Tables};
    if (root.contains(json::CoverageKey))
        rootKeys.append(json::CoverageKey);
    if (!read.keys(root, QStringLiteral("/"), rootKeys)
        || !read.string(root.value(json::Generator), QStringLiteral("generator"), summary.generator, true)
        || !read.period(root.value(json::PeriodKey), summary.period)
        || !read.rules(root.value(json::RulesKey), summary.rules))
        return *read.error;
    const QJsonValue tables = root.value(json::Tables);
    if (!tables.isArray())
        return Error{ErrorCode::InvalidInput, Messages::tr("This file is not a valid Baken summary: it has no "
                                                           "tables.")};
    for (qsizetype i = 0; i < tables.toArray().size(); ++i) {
        Table table;
        if (!read.table(tables[i], QStringLiteral("tables[%1]").arg(i), table))
            return *read.error;
        summary.tables.append(std::move(table));
    }
    if (root.contains(json::CoverageKey) && !read.coverage(root.value(json::CoverageKey), summary.period, summary.coverage))
        return *read.error;
    return summary;
}

} // namespace baken::summary
