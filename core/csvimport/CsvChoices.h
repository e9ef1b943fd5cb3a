#pragma once

#include "CsvFields.h"
#include "base/Result.h"

#include <QHash>

namespace baken {
class CodeListStore;
}

namespace baken::csv {

// Something a cell of a choice field can stand for: a code-list item, or
// one of the fixed case types or statuses (`id` is then the enum's value).
struct Choice {
    qint64 id = 0;
    QString code;  // the item code or type/status key, as the mapping file writes it
    QString label; // in the UI language
};

// The vault's lists, as the import matches cells against them: a cell
// matches an item whose Dutch or English label, or code, is the same
// ignoring case, accents, punctuation and spacing. Retired items match
// too (old registrations used them). The mapping wizard offers choices()
// for the values that match nothing.
class Choices {
public:
    static Result<Choices> load(const CodeListStore &codes);

    QList<Choice> choices(Field field) const;
    std::optional<Choice> match(Field field, const QString &cell) const;
    std::optional<Choice> byCode(Field field, const QString &code) const;
    // One more choice for `field`, matched by `names` (NewItems: an item
    // the import adds to a list).
    void add(Field field, const Choice &choice, const QStringList &names);

private:
    QHash<Field, QList<Choice>> m_choices;
    QHash<Field, QHash<QString, qsizetype>> m_names; // normalized name -> index in m_choices
};

} // namespace baken::csv
