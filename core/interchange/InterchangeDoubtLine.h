#pragma once

#include "Interchange.h"
#include "InterchangeData.h"
#include "InterchangeReader.h"

#include <QJsonArray>

namespace baken {
class Database;
}

// The doubt line in the interchange format (version 2 on): consultations with
// their revisions and links to cases, and the referral guide. Never the
// callback contact (PersonalData.h).
namespace baken::interchange {

class CodeNames;

// Export: reads the consultations (oldest first) and the stored guide
// entries; `doc` already holds the code lists and the cases.
Status loadDoubtLine(Database &db, Document &doc);
QJsonArray consultationsJson(const Document &doc, const CodeNames &code);
QJsonArray referralGuideJson(const Document &doc, const CodeNames &code);

// Import: reads and checks both lists (InterchangeConsultationReader.cpp);
// `doc.cases` is read already, so that links to cases can be checked.
Status readDoubtLine(const QJsonObject &root, const CodeResolver &codes, Document &doc);
// Provisional code ids (items the document defines) -> the written ones.
void remapDoubtLine(Document &doc, const QHash<qint64, qint64> &ids);
// Writes the consultations, linked to `caseIds` (the new ids of doc.cases by
// index), and the guide: a fresh vault (`adopt`) takes the document's guide
// over, a vault in use only gains entries for bodies it has none for. The
// consultations' new ids go to `consultationIds`, by index.
Status writeDoubtLine(Database &db, const Document &doc, const QList<qint64> &caseIds, bool adopt, ImportReport &report,
                      QList<qint64> &consultationIds);
// A vault with a consultation is in use, like one with a case.
Result<bool> hasConsultations(Database &db);

} // namespace baken::interchange
