#pragma once

#include "i18n/Bilingual.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace baken::summary {

// A summary is written once and read or printed in either language.
using Text = Bilingual;

// One value of an axis: a code-list item ("religion"), an enum key
// ("complaint"), a month ("2026-03"), "not_recorded" or "other_units".
struct Category {
    QString code;
    Text label;
    bool operator==(const Category &) const = default;
};

struct Axis {
    QString key; // "type", "ground", "unit", "month", "score", "measure", ...
    Text title;
    QList<Category> categories;
    // A record can fall in more than one category (grounds, forms, measures,
    // referrals, topics): the cells add up to at least the total, not to it.
    // Every record falls in at least one (a "not_recorded" category).
    bool multiValued = false;
    // Categories below k records in the period are merged into
    // "other_units" before publishing (the unit axis).
    bool mergeSmall = false;
    bool operator==(const Axis &) const = default;
};

// Whether a figure is published. A published summary marks every figure it
// leaves out as Hidden: the reason is never published, because telling small
// from secondary figures apart would narrow both (a secondary figure is at
// least k, so its line would bound the small one more tightly).
enum class Suppression {
    None,
    Small,     // internal only: the figure is from 1 to k-1; never published
    Secondary, // internal only: it would let a small figure be worked out; never published
    Hidden,    // not published, for either reason
};

// One number of a table. An exact summary holds every value; a published
// one holds no value for a suppressed figure, so nothing downstream (JSON,
// CSV, PDF, screen) can print what was suppressed.
struct Figure {
    std::optional<qint64> value;
    Suppression suppression = Suppression::None;
    bool published() const { return suppression == Suppression::None; }
    bool operator==(const Figure &) const = default;
};

enum class Section { Cases, DoubtLine, Groups };

// A one-way table (no columns) or a two-way table, with its totals.
//
// Identity across tables: every figure counts `population` records under a
// set of conditions. A cell of a two-way table is (population, row axis =
// row category, column axis = column category); a row total is (population,
// row axis = row category); the total is (population). Figures with the same
// identity in different tables are the same number (the row totals of
// "cases by unit and type" are the cells of "cases by unit"), and disclosure
// control treats them as one: suppressed in one place, suppressed in all.
// Tables whose rows are separate measures (`rows.key == "measure"`) have no
// total and no relation between their rows.
struct Table {
    QString id; // stable: "cases.type", "cases.unit_by_type", ...
    Section section = Section::Cases;
    Text title;
    QString population; // "cases", "consultations", "non_data_contacts", "hours", "groups", "evaluations"
    Text counts;        // what a figure counts, for a column heading: "cases", "hours"
    Axis rows;
    std::optional<Axis> columns;
    QList<Figure> cells;        // row-major: rows x columns, or one per row
    QList<Figure> rowTotals;    // two-way only, one per row
    QList<Figure> columnTotals; // two-way only, one per column
    std::optional<Figure> total;

    bool twoWay() const { return columns.has_value(); }
    int columnCount() const { return columns ? int(columns->categories.size()) : 1; }
    Figure &cell(int row, int column = 0) { return cells[row * columnCount() + column]; }
    const Figure &cell(int row, int column = 0) const { return cells[row * columnCount() + column]; }
    bool operator==(const Table &) const = default;
};

// A whole-month period: no date finer than a month leaves the vault.
struct Period {
    int fromYear = 0;
    int fromMonth = 1;
    int toYear = 0;
    int toMonth = 12;
    bool operator==(const Period &) const = default;
};

// How a published summary was made, stated in the summary itself.
struct Rules {
    int k = 5;
    // Units merged into "other units", by label.
    QList<Text> mergedUnits;
    // "other units" itself stayed below k and is suppressed.
    bool otherUnitsSuppressed = false;
    bool operator==(const Rules &) const = default;
};

// A roll-up only: which months one source delivered figures for. It counts
// no people, so disclosure control passes it through unchanged.
struct Coverage {
    QString source;     // the label the source chose
    QStringList months; // "yyyy-MM", oldest first
    bool operator==(const Coverage &) const = default;
};

struct Summary {
    Period period;
    bool published = false; // false: exact counts, for the vault only
    Rules rules;             // meaningful when published
    QList<Table> tables;
    QString generator;       // "Baken 0.x"
    QList<Coverage> coverage; // empty unless combined from several sources
    bool operator==(const Summary &) const = default;

    const Table *table(const QString &id) const;
};

} // namespace baken::summary
