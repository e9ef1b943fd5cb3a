#pragma once

#include "groups/Group.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace baken {
class Vault;
}

namespace baken::ui {
class GroupContext;
}

namespace baken::test {

// Adds a facilitator to the code list; returns its item id (0 on failure).
qint64 addFacilitator(Vault &vault, const QString &name);
// A weekly group whose first session was `weeksAgo` weeks ago at 10:00, so
// that many sessions have taken place; `count` sessions in all.
PeerGroup pastWeeklyGroup(const QString &theme, int weeksAgo, int count, int capacity);
qint64 createTestGroup(ui::GroupContext &context, const PeerGroup &group);
// Adds people through the service and returns their ids. GroupService
// dates a seat from today; `joinedOn` backdates it in the store, as if
// they had been signed up before the series began.
QList<qint64> addTestParticipants(ui::GroupContext &context, qint64 groupId, const QStringList &pseudonyms,
                                  const QDate &joinedOn = {});

} // namespace baken::test
