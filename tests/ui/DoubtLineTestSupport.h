#pragma once

#include "codelists/CodeList.h"
#include "doubtline/Consultation.h"

#include <QList>
#include <QString>

namespace baken {
class Vault;
}

namespace baken::ui {
class DoubtLineContext;
}

namespace baken::test {

// Adds a doubt-line staff member; returns its item id (0 on failure).
qint64 addStaff(Vault &vault, const QString &name);
// The id of a built-in code item by its stable code (0 if absent).
qint64 codeId(Vault &vault, CodeList list, const QString &code);
// The first active item of a list whose label starts with a letter no other
// item (and no "(none)" entry) starts with, so one keystroke picks it.
CodeItem uniqueInitialItem(Vault &vault, CodeList list);
// A consultation logged through the service, `minutesAgo` before now; with a
// callback when `callbackContact` is not empty.
qint64 logTestConsultation(ui::DoubtLineContext &context, const QString &question, int minutesAgo = 30,
                           const QString &callbackContact = {});

} // namespace baken::test
