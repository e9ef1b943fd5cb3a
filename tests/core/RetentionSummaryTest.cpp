// Destroying cases must not change the figures of any period: the summary
// builder gives the same counts before and after.
#include "SummaryBuilderSupport.h"

#include "retention/Retention.h"
#include "summary/SummaryBuilder.h"

using namespace baken;

namespace {

class RetentionSummary : public test::SummaryVaultFixture {
protected:
    // The quarter, the year and the months around them: every table the
    // builder makes, with the same moment for "sessions held".
    QList<summary::Summary> figures()
    {
        const QDateTime now(QDate(2026, 11, 1), QTime(12, 0));
        QList<summary::Summary> all;
        // The second quarter of 2025, the whole year, and August alone.
        const summary::Period periods[] = {{2025, 4, 2025, 6}, {2025, 1, 2025, 12}, {2025, 8, 2025, 8}};
        for (const summary::Period &period : periods) {
            auto built = summary::buildSummary(vault->db(), period, now);
            EXPECT_TRUE(built.ok()) << (built ? "" : built.error().message.toStdString());
            if (built)
                all << *built;
        }
        return all;
    }
};

} // namespace

TEST_F(RetentionSummary, PastPeriodsGiveTheSameFiguresAfterTheirCasesAreDestroyed)
{
    ASSERT_NO_FATAL_FAILURE(addEverything());
    // A consultation handed over to a case, and a group participant from
    // one, so that what retention unlinks is counted too.
    Consultation k;
    k.occurredAt = at(5, 12, 10);
    k.channelId = code(CodeList::Channels, "phone");
    k.question = QStringLiteral("Mijn leidinggevende negeert mij");
    k.groundIds = {code(CodeList::Grounds, "religion")};
    auto logged = doubt->log(k);
    ASSERT_TRUE(logged.ok());
    auto draft = doubt->handOver(*logged);
    ASSERT_TRUE(draft.ok());
    auto registered = service->registerCase(*draft, plain(day(5, 12), CaseType::Signal, {"religion"}, north), {});
    ASSERT_TRUE(registered.ok());
    const qint64 handedOver = registered->id;
    ASSERT_TRUE(service->close(handedOver, code(CodeList::Outcomes, "resolved"), {code(CodeList::Measures, "none")},
                               day(5, 30))
                    .ok());
    PeerGroup g;
    g.theme = QStringLiteral("Voorjaar");
    g.capacity = 4;
    g.schedule.firstStart = at(5, 19, 19);
    g.schedule.recurrence = Recurrence::Weekly;
    g.schedule.count = 3;
    const qint64 groupId = *groups->createGroup(g);
    Participant p;
    p.groupId = groupId;
    p.pseudonym = QStringLiteral("Fien");
    p.source = ParticipantSource::Case;
    p.caseId = handedOver;
    p.joinedOn = day(5, 15);
    const qint64 participant = groups->addParticipant(p)->id;
    ASSERT_TRUE(groups->recordAttendance(groupId, at(5, 19, 19), participant, Attendance::Present).ok());

    const auto beforeDestruction = figures();
    RetentionService retention(*vault);
    auto due = retention.dueCases();
    ASSERT_TRUE(due.ok());
    ASSERT_EQ(due->size(), 3) << "c2, c3 and the handed-over case closed in 2025, kept 12 months";
    ASSERT_EQ(*retention.destroyDue(), 3);

    const auto afterDestruction = figures();
    ASSERT_EQ(afterDestruction.size(), beforeDestruction.size());
    for (qsizetype i = 0; i < beforeDestruction.size(); ++i)
        EXPECT_TRUE(afterDestruction[i] == beforeDestruction[i]) << "period " << i;
}
