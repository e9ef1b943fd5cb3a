#pragma once

#include "Interchange.h"
#include "InterchangeData.h"
#include "InterchangeReader.h"

#include <QJsonArray>

namespace baken {
class Database;
class GroupService;
} // namespace baken

// Peer-support groups in the interchange format (version 3 on): the series
// with its facilitators, session changes and notes, participants by
// pseudonym, attendance, tasks and the evaluation counts. Never a
// participant's contact (PersonalData.h).
namespace baken::interchange {

class CodeNames;

// Export: reads every group by number; `doc` already holds the cases and
// consultations that participants link to.
Status loadGroups(Database &db, Document &doc);
QJsonArray groupsJson(const Document &doc, const CodeNames &code);

// Import: reads and checks every group (InterchangeGroupReader.cpp) with the
// rules of `rules` (GroupService::validate); `doc.cases` and
// `doc.consultations` are read already, so that links can be checked.
Status readGroups(const QJsonObject &root, const CodeResolver &codes, const GroupService &rules, Document &doc);
// Provisional code ids (items the document defines) -> the written ones.
void remapGroups(Document &doc, const QHash<qint64, qint64> &ids);
// Writes the groups, linked to `caseIds` and `consultationIds` (the new ids
// of doc.cases and doc.consultations by index). A vault without groups
// (`keepNumbers`) gives them their numbers from the document; otherwise
// they are numbered after the vault's own.
Status writeGroups(Database &db, const Document &doc, const QList<qint64> &caseIds,
                   const QList<qint64> &consultationIds, bool keepNumbers, ImportReport &report);
// A vault with a group is in use, like one with a case.
Result<bool> hasGroups(Database &db);

} // namespace baken::interchange
