#pragma once

#include "base/Result.h"

#include <QDateTime>

class QIODevice;

namespace baken {

class Vault;

// What an import added to the vault.
struct ImportReport {
    int cases = 0; // registered cases
    int drafts = 0;
    int contacts = 0;
    int referrals = 0;
    int followUps = 0;
    int hours = 0;
    int codeItemsAdded = 0;
    int consultations = 0;
    int guideEntries = 0; // referral-guide entries written
    int groups = 0;
    int participants = 0; // of the groups, waiting lists included
    // The target held no cases, consultations or groups, so it took over the document's code-list
    // labels, order and retired state and its settings: it became a copy.
    bool adoptedCodeLists = false;
};

// The interchange format (docs/interchange.md): the whole vault as one
// versioned JSON document, to move it to another vault or another program.
// It never holds the columns of personal_data_column (names, contact details;
// PersonalData.h): those leave a vault only in the data-subject extract. It
// is still plaintext whose free text can hold personal data; callers ask the
// user first.
// Audited as "vault.exported". `exportedAt` is for tests; empty means now.
Status exportVault(Vault &vault, QIODevice &out, const QDateTime &exportedAt = {});

// Reads and checks the whole document before writing anything; one invalid
// record refuses all of it, with a message naming the record and the reason.
// A document with a personal-data key is refused; a named case arrives with
// an empty name.
// Everything is written in one transaction, audited as "vault.imported".
Result<ImportReport> importVault(Vault &vault, QIODevice &in);

} // namespace baken
