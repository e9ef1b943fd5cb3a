#pragma once

#include <QString>
#include <QStringList>

namespace baken::ui {

// The audit log's event codes ("case.closed") in words an advisor reads. The
// log says that something happened to which record, never what a case says,
// and neither do these words. Unknown codes are shown as they are.
QString auditEventText(const QString &event);
// "Case 12", "Group 3": which record an entry is about; empty when none.
QString auditRecordText(const QString &objectType, const QString &objectId);
// The event codes whose words contain `text` (case-insensitive), so that a
// filter typed in the viewer's language finds them in the vault.
QStringList auditEventsMatching(const QString &text);

} // namespace baken::ui
