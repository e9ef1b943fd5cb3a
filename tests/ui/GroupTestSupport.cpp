#include "GroupTestSupport.h"

#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "groups/GroupContext.h"
#include "vault/Vault.h"

#include <gtest/gtest.h>

namespace baken::test {

qint64 addFacilitator(Vault &vault, const QString &name)
{
    SqlCodeListStore store(vault.db());
    CodeListService codes(vault, store);
    auto added = codes.add(CodeList::GroupFacilitators, name, name);
    EXPECT_TRUE(added.ok()) << (added ? std::string() : added.error().message.toStdString());
    return added ? added->id : 0;
}

PeerGroup pastWeeklyGroup(const QString &theme, int weeksAgo, int count, int capacity)
{
    PeerGroup group;
    group.theme = theme;
    group.description = QStringLiteral("For colleagues who met racism at work.");
    group.capacity = capacity;
    group.place = QStringLiteral("Room 4.12");
    group.schedule.firstStart = QDateTime(QDate::currentDate().addDays(-7LL * weeksAgo), QTime(10, 0));
    group.schedule.durationMinutes = 90;
    group.schedule.recurrence = Recurrence::Weekly;
    group.schedule.count = count;
    return group;
}

qint64 createTestGroup(ui::GroupContext &context, const PeerGroup &group)
{
    auto id = context.service().createGroup(group);
    EXPECT_TRUE(id.ok()) << (id ? std::string() : id.error().message.toStdString());
    return id ? *id : 0;
}

QList<qint64> addTestParticipants(ui::GroupContext &context, qint64 groupId, const QStringList &pseudonyms,
                                  const QDate &joinedOn)
{
    QList<qint64> ids;
    for (const QString &name : pseudonyms) {
        Participant p;
        p.groupId = groupId;
        p.pseudonym = name;
        auto added = context.service().addParticipant(p);
        EXPECT_TRUE(added.ok()) << (added ? std::string() : added.error().message.toStdString());
        if (!added)
            continue;
        if (joinedOn.isValid() && added->state == ParticipantState::Member) {
            Participant backdated = *added;
            backdated.joinedOn = joinedOn;
            EXPECT_TRUE(context.store().updateParticipant(backdated).ok());
        }
        ids << added->id;
    }
    return ids;
}

} // namespace baken::test
