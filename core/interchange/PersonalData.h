#pragma once

#include "cases/CaseRecord.h"

#include <QLatin1String>
#include <QStringView>

// Personal data never goes into an interchange file: names and contact
// details leave a vault only in the data-subject extract (SubjectExtract.h).
// This is the one list of what that means, in step with the vault's
// personal_data_column table (a test checks that the two are equal, so a new
// personal-data column cannot slip into exports unnoticed).
namespace baken::interchange {

struct PersonalDataColumn {
    const char *table;  // personal_data_column.table_name
    const char *column; // personal_data_column.column_name
    // The field of the case intake that holds it; nullptr for a column the
    // store derives from another one (the accused's search key) and for one
    // outside the intake (the doubt line's callback contact and a group
    // participant's contact, which their writers never read).
    QString CaseIntake::*field;
    // The key it would have in a document. The writer never writes it; the
    // reader refuses a document that has it anywhere.
    QLatin1String key;
};

inline constexpr PersonalDataColumn PersonalDataColumns[] = {
    {"case_file", "reporter_name", &CaseIntake::reporterName, QLatin1String("reporterName")},
    {"case_file", "reporter_contact", &CaseIntake::reporterContact, QLatin1String("reporterContact")},
    {"case_file", "accused_name", &CaseIntake::accusedName, QLatin1String("accusedName")},
    {"case_file", "accused_key", nullptr, QLatin1String("accusedKey")},
    {"consultation", "callback_contact", nullptr, QLatin1String("callbackContact")},
    // Not "contact": that key is a consent and a referral body's own address.
    {"group_participant", "contact", nullptr, QLatin1String("participantContact")},
};

// `in` with every personal-data field emptied; the rest (the identity kind,
// the pseudonym, the account) stays.
inline CaseIntake withoutPersonalData(CaseIntake in)
{
    for (const PersonalDataColumn &column : PersonalDataColumns)
        if (column.field)
            (in.*column.field).clear();
    return in;
}

inline bool isPersonalDataKey(QStringView key)
{
    for (const PersonalDataColumn &column : PersonalDataColumns)
        if (key == column.key)
            return true;
    return false;
}

} // namespace baken::interchange
