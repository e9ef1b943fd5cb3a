#include "CsvNewItems.h"

#include "CsvImport.h"

namespace baken::csv {

Result<QStringList> addNewItems(Mapping &mapping, Choices &choices, CodeListService &lists, const NewItemMaker &make)
{
    QStringList errors;
    for (const Field field : allFields()) {
        for (const auto &[value, code] : mapping.values(field)) {
            if (code != QLatin1String(Mapping::NewItem))
                continue;
            const auto list = codeListOf(field);
            if (!list) {
                errors << Importer::tr("\"%1\" of \"%2\" cannot be added: that list is fixed. Map it to one of its "
                                       "items.")
                              .arg(value, fieldLabel(field));
                continue;
            }
            auto item = make(lists, *list, value.simplified());
            if (!item) {
                if (item.code() != ErrorCode::InvalidInput)
                    return item.error();
                errors << Importer::tr("\"%1\" cannot be added to \"%2\": %3")
                              .arg(value, fieldLabel(field), item.error().message);
                continue;
            }
            choices.add(field, *item, {item->label});
            mapping.setValue(field, value, item->code);
        }
    }
    return errors;
}

} // namespace baken::csv
