#pragma once

#include "CsvChoices.h"
#include "CsvMapping.h"

#include <functional>

namespace baken {
class CodeListService;
}

namespace baken::csv {

// Values the user chose to add to a list (a unit the vault does not know
// yet, say): mapped to Mapping::NewItem, "+" in the mapping file. The item
// is named as the file writes the value, in Dutch and English alike (to be
// renamed in Settings). A dry run only checks that the list would take the
// name; the import adds the items in its own transaction, so a refused or
// failed import leaves the lists as they were.
//
// Gives the item for `label` in `list`: a stand-in (check and preview) or
// the item `lists` just added (import). An error names why the list
// refuses it.
using NewItemMaker = std::function<Result<Choice>(CodeListService &lists, CodeList list, const QString &label)>;

// Makes `choices` hold every new item of `mapping` and maps the value to it
// in `mapping` (by its code). Returns what the mapping cannot do: "+" for a
// type or status (fixed lists), or a name the list refuses; a failure to
// write comes back as the error.
Result<QStringList> addNewItems(Mapping &mapping, Choices &choices, CodeListService &lists, const NewItemMaker &make);

} // namespace baken::csv
