#include "DemoTestSupport.h"

#include "demo/DemoConsultations.h"
#include "doubtline/ConsultationService.h"
#include "doubtline/IdentifyingText.h"
#include "doubtline/SqlConsultationStore.h"

#include <QRegularExpression>

using namespace baken;

namespace {

// A demo vault's worth of cases first: some consultations link to them.
class DemoConsultationsTest : public test::DemoFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(DemoFixture::SetUp());
        auto added = DemoConsultations::add(*vault);
        ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
        count = *added;
        consults = std::make_unique<SqlConsultationStore>(vault->db());
        ConsultationFilter everything;
        everything.limit = 100000;
        all = *consults->list(everything);
    }

    int count = 0;
    std::unique_ptr<SqlConsultationStore> consults;
    QList<Consultation> all;
};

TEST_F(DemoConsultationsTest, AYearOfContactsOnWorkingDaysMostly)
{
    EXPECT_EQ(all.size(), count);
    EXPECT_GE(count, 600);
    EXPECT_LE(count, 900);
    const QDate today = QDate::currentDate();
    int weekdays = 0;
    QSet<int> months;
    for (const Consultation &c : std::as_const(all)) {
        const QDate day = c.occurredAt.date();
        EXPECT_GE(day, today.addDays(-364));
        EXPECT_LE(c.occurredAt, QDateTime::currentDateTime());
        weekdays += day.dayOfWeek() <= 5 ? 1 : 0;
        months.insert(day.month());
        EXPECT_FALSE(day == QDate(day.year(), 12, 25)) << "Christmas";
    }
    EXPECT_GT(weekdays, count * 9 / 10);
    EXPECT_EQ(months.size(), 12);
}

TEST_F(DemoConsultationsTest, EveryContactKeepsTheRulesAndTheMixLooksReal)
{
    ConsultationService doubt(*vault, *consults, *store, *codes);
    int nonData = 0, open = 0, linked = 0, drafts = 0;
    QHash<qint64, int> byChannel, byStaff;
    QHash<Assessment, int> byAssessment;
    QHash<ConsultationOutcome, int> byOutcome;
    const QStringList names = defaultIdentifyingNames();
    const QRegularExpression fake(QStringLiteral("^06-000000\\d\\d$"));
    for (const Consultation &c : std::as_const(all)) {
        EXPECT_TRUE(doubt.validate(c).ok()) << c.id;
        EXPECT_GT(c.staffId, 0);
        ++byStaff[c.staffId];
        if (isNonData(c.kind)) {
            ++nonData;
            continue;
        }
        ++byChannel[c.channelId];
        ++byAssessment[c.assessment];
        ++byOutcome[c.outcome];
        EXPECT_TRUE(findIdentifying(c.question, names).isEmpty()) << c.question.toStdString();
        if (c.hasOpenCallback()) {
            ++open;
            EXPECT_TRUE(fake.match(c.callbackContact).hasMatch()) << c.callbackContact.toStdString();
        } else {
            EXPECT_TRUE(c.callbackContact.isEmpty()); // done callbacks keep no contact detail
        }
        if (c.caseId > 0) {
            ++linked;
            drafts += c.caseNumber.isEmpty() ? 1 : 0;
        }
    }
    EXPECT_GE(nonData, count * 6 / 100);
    EXPECT_LE(nonData, count * 15 / 100);
    EXPECT_GE(open, 2);
    EXPECT_LE(open, 12);
    EXPECT_GE(linked, 5);
    EXPECT_LE(drafts, 2);
    EXPECT_GE(byStaff.size(), 4);
    EXPECT_LE(byStaff.size(), 6);
    const qint64 phone = code(CodeList::Channels, "phone");
    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it)
        EXPECT_LE(it.value(), byChannel.value(phone)) << "the phone is the busiest channel";
    for (const Assessment a : allAssessments())
        EXPECT_GE(byAssessment.value(a), 50) << toKey(a).toStdString();
    for (const ConsultationOutcome o : allConsultationOutcomes())
        EXPECT_GE(byOutcome.value(o), 50) << toKey(o).toStdString();
}

TEST_F(DemoConsultationsTest, TheSameDayGivesTheSameContacts)
{
    auto other = dir.create(u"other.baken"_qs);
    SqlCodeListStore otherCodes(other->db());
    ASSERT_NO_FATAL_FAILURE(addUnits(*other, otherCodes));
    ASSERT_TRUE(DemoConsultations::add(*other).ok());
    ConsultationFilter everything;
    everything.limit = 100000;
    everything.to = QDate::currentDate().addDays(-1); // today's depend on the minute the test runs
    const auto again = *SqlConsultationStore(other->db()).list(everything);
    const auto first = *consults->list(everything);
    ASSERT_EQ(again.size(), first.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        EXPECT_EQ(again[i].occurredAt, first[i].occurredAt);
        EXPECT_EQ(again[i].question, first[i].question);
        EXPECT_EQ(again[i].minutes, first[i].minutes);
    }
}

} // namespace
