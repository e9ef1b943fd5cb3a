#include "CaseTestSupport.h"

#include "cases/SignalBundling.h"
#include "codelists/CodeListService.h"
#include "demo/DemoCases.h"
#include "doubtline/ConsultationService.h"
#include "doubtline/SqlConsultationStore.h"

using namespace baken;

namespace {

class SignalBundling_ : public test::CaseFixture {
protected:
    qint64 addUnit(const char *nl, const char *en)
    {
        CodeListService lists(*vault, *codes);
        auto unit = lists.add(CodeList::Units, QString::fromUtf8(nl), QString::fromUtf8(en));
        EXPECT_TRUE(unit.ok());
        return unit.ok() ? unit->id : 0;
    }

    CaseFile signal(const QString &accused, qint64 unit, int daysAgo, bool consent = false)
    {
        CaseIntake in = intake(today.addDays(-daysAgo));
        in.accusedName = accused;
        in.unitId = unit;
        if (consent)
            in.bundleConsent = {true, in.intakeDate};
        return registerCase(in);
    }

    QList<SignalGroup> groups()
    {
        auto result = SignalBundling(vault->db()).groups(SignalBundling::defaultFrom(today), today);
        EXPECT_TRUE(result.ok());
        return result.ok() ? *result : QList<SignalGroup>{};
    }

    const QDate today = QDate::currentDate();
};

const SignalGroup *personGroup(const QList<SignalGroup> &groups)
{
    for (const SignalGroup &group : groups)
        if (group.kind == SignalGroup::Kind::Person)
            return &group;
    return nullptr;
}

} // namespace

TEST_F(SignalBundling_, TheSamePersonTypedTwoWaysMeetsInOneGroup)
{
    const CaseFile first = signal(QStringLiteral("J. de Vries"), 0, 40, true);
    const CaseFile second = signal(QStringLiteral("j de vries "), 0, 10, false);
    signal(QStringLiteral("J. de Vos"), 0, 5);

    const QList<SignalGroup> found = groups();
    ASSERT_EQ(found.size(), 1);
    const SignalGroup &group = found.first();
    EXPECT_EQ(group.kind, SignalGroup::Kind::Person);
    EXPECT_EQ(group.personKey, u"j de vries");
    EXPECT_EQ(group.displayName, u"j de vries "); // as typed in the most recent case
    EXPECT_EQ(group.caseIds.size(), 2);
    EXPECT_TRUE(group.caseIds.contains(first.id) && group.caseIds.contains(second.id));
    EXPECT_TRUE(group.caseNumbers.contains(first.number) && group.caseNumbers.contains(second.number));
    EXPECT_EQ(group.consentingReporters, 1);
}

TEST_F(SignalBundling_, ASingleCaseIsNotAGroupAndEmptyNamesNeverMeet)
{
    signal(QStringLiteral("Mark Hoekstra"), 0, 20);
    signal(QString(), 0, 15);
    signal(QStringLiteral(" .. "), 0, 10); // normalises to nothing
    EXPECT_TRUE(groups().isEmpty());
}

TEST_F(SignalBundling_, CasesOutsideTheWindowAndDraftsAreLeftOut)
{
    signal(QStringLiteral("Ilse Verbeek"), 0, 30);
    signal(QStringLiteral("Ilse Verbeek"), 0, 400); // older than the default 12 months
    CaseIntake draft = intake();
    draft.accusedName = QStringLiteral("Ilse Verbeek");
    ASSERT_TRUE(service->createDraft(draft).ok());
    EXPECT_TRUE(groups().isEmpty());

    auto wider = SignalBundling(vault->db()).groups(today.addMonths(-24), today);
    ASSERT_TRUE(wider.ok());
    ASSERT_EQ(wider->size(), 1);
    EXPECT_EQ(wider->first().caseIds.size(), 2);
}

TEST_F(SignalBundling_, UnitsGroupTooLargestFirstWithConsentsCounted)
{
    const qint64 north = addUnit("Stadsdeel Noord", "District North");
    const qint64 south = addUnit("Stadsdeel Zuid", "District South");
    signal(QStringLiteral("a yilmaz"), north, 50, true);
    signal(QStringLiteral("A. Yilmaz"), north, 30, true);
    signal(QString(), north, 20, false);
    signal(QString(), south, 15, true);
    signal(QString(), south, 12, false);
    signal(QString(), addUnit("Handhaving", "Enforcement"), 5);

    const QList<SignalGroup> found = groups();
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found[0].kind, SignalGroup::Kind::Unit);
    EXPECT_EQ(found[0].unitId, north);
    EXPECT_EQ(found[0].caseIds.size(), 3);
    EXPECT_EQ(found[0].consentingReporters, 2);
    // Two groups of two: units before persons, then by key.
    EXPECT_EQ(found[1].kind, SignalGroup::Kind::Unit);
    EXPECT_EQ(found[1].unitId, south);
    EXPECT_EQ(found[1].consentingReporters, 1);
    const SignalGroup *person = personGroup(found);
    ASSERT_NE(person, nullptr);
    EXPECT_EQ(person->personKey, u"a yilmaz");
    EXPECT_EQ(person->displayName, u"A. Yilmaz");
    EXPECT_EQ(person->consentingReporters, 2);
}

TEST_F(SignalBundling_, ConsultationsAboutAUnitCountBesideItsCases)
{
    const qint64 north = addUnit("Stadsdeel Noord", "District North");
    const qint64 south = addUnit("Stadsdeel Zuid", "District South");
    const qint64 enforcement = addUnit("Handhaving", "Enforcement");
    SqlConsultationStore consults(vault->db());
    ConsultationService doubt(*vault, consults, *store, *codes);
    const auto consult = [&](qint64 unit, int daysAgo) {
        Consultation c;
        c.occurredAt = QDateTime(today.addDays(-daysAgo), QTime(10, 30));
        c.channelId = code(CodeList::Channels, "phone");
        c.unitId = unit;
        c.groundIds = {code(CodeList::Grounds, "religion")};
        auto id = doubt.log(c);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
        return id.ok() ? *id : 0;
    };
    const CaseFile northCase = signal(QString(), north, 30, true);
    consult(north, 40);
    consult(north, 3);
    const qint64 handedOver = consult(north, 20);
    ASSERT_TRUE(consults.linkCase(handedOver, northCase.id).ok()); // that case counts already
    consult(north, 400);                                           // outside the window
    consult(south, 10);                                            // one signal is not a group
    consult(enforcement, 9);
    consult(enforcement, 8);
    ASSERT_TRUE(doubt
                    .logNonData(ContactKind::HangUp, QDateTime::currentDateTime().addSecs(-600), 0,
                                code(CodeList::Channels, "phone"))
                    .ok());

    const QList<SignalGroup> found = groups();
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].unitId, north);
    EXPECT_EQ(found[0].caseIds, QList<qint64>{northCase.id});
    EXPECT_EQ(found[0].consultations, 2);
    EXPECT_EQ(found[0].signals(), 3);
    EXPECT_EQ(found[0].consentingReporters, 1);
    EXPECT_EQ(found[1].unitId, enforcement); // consultations alone can make a group
    EXPECT_TRUE(found[1].caseIds.isEmpty());
    EXPECT_EQ(found[1].consultations, 2);

    auto lastWeek = SignalBundling(vault->db()).groups(today.addDays(-7), today);
    ASSERT_TRUE(lastWeek.ok());
    EXPECT_TRUE(lastWeek->isEmpty()) << "one consultation each for North and nothing else this week";
}

TEST_F(SignalBundling_, AnImpossibleWindowIsRefusedInWords)
{
    auto result = SignalBundling(vault->db()).groups(today, today.addDays(-1));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.code(), ErrorCode::InvalidInput);
    EXPECT_FALSE(result.error().message.isEmpty());
}

TEST_F(SignalBundling_, TheDemoCasesPassEveryRuleAndShowGroups)
{
    for (const char *unit : {"Noord", "Zuid", "Publiekszaken", "Handhaving"})
        addUnit(unit, unit);
    CodeListService lists(*vault, *codes);
    ASSERT_TRUE(lists.add(CodeList::Clients, QStringLiteral("Gemeente"), QStringLiteral("Municipality")).ok());
    ASSERT_TRUE(lists.add(CodeList::Clients, QStringLiteral("Werkbedrijf"), QStringLiteral("Agency")).ok());
    const Status added = DemoCases::add(*vault, 300);
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();

    const QList<SignalGroup> found = groups();
    const auto persons = std::count_if(found.cbegin(), found.cend(),
                                       [](const SignalGroup &g) { return g.kind == SignalGroup::Kind::Person; });
    EXPECT_GE(persons, 3);
    const auto vries =
        std::find_if(found.cbegin(), found.cend(), [](const SignalGroup &g) { return g.personKey == u"j de vries"; });
    ASSERT_NE(vries, found.cend());
    EXPECT_GE(vries->caseIds.size(), 3);
}
