#pragma once

#include "CsvFields.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QStringList>

namespace baken::csv {

// Which column fills which case field, and what the user decided for values
// that do not match a list item by themselves. guess() proposes the columns
// from the header; everything can be changed before the import, and saved
// to a file (toJson) that the command line and the wizard read back.
class Mapping {
    Q_DECLARE_TR_FUNCTIONS(baken::csv::Mapping)

public:
    // Each field gets the column whose name fits it best; a column fills
    // one field at most. Columns with names nobody recognises (a name
    // column, say) are left out.
    static Mapping guess(const QStringList &header);

    // The column (0-based) that fills `field`; -1: the field stays empty.
    int column(Field field) const { return m_columns.value(field, -1); }
    // Setting a column takes it away from any other field; -1 clears.
    void setColumn(Field field, int column);
    std::optional<Field> fieldOfColumn(int column) const;

    // The code that adds a value, as the file writes it, to the field's
    // list (CsvNewItems.h).
    static constexpr const char *NewItem = "+";

    // The user's choice for a value of a choice field as the file writes it
    // (compared normalized: "Racisme" and "racisme " are one value): the
    // item code of the list (or a type/status key), NewItem to add the
    // value to the list, or an empty code to leave the field empty for
    // such rows.
    void setValue(Field field, const QString &fileValue, const QString &code);
    void clearValue(Field field, const QString &fileValue);
    std::optional<QString> value(Field field, const QString &fileValue) const;
    // (file value, code) pairs for `field`, in the order of the values.
    QList<std::pair<QString, QString>> values(Field field) const;

    // The mapping file (docs/cli.md, "import-csv"): columns by their name
    // in `header`, so the file still fits when columns move.
    QByteArray toJson(const QStringList &header) const;
    // Refuses names not in `header`, unknown field keys and malformed JSON;
    // codes are checked by the import, against the vault's lists.
    static Result<Mapping> fromJson(const QByteArray &json, const QStringList &header);

    bool operator==(const Mapping &) const = default;

private:
    QHash<Field, int> m_columns;
    // Per field: normalized value -> (value as first written, code).
    QHash<Field, QMap<QString, std::pair<QString, QString>>> m_values;
};

} // namespace baken::csv
