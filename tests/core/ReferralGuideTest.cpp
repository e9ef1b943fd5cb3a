#include "doubtline/ReferralGuide.h"
#include "codelists/SqlCodeListStore.h"
#include "support/TestVault.h"

#include <gtest/gtest.h>

using namespace baken;

namespace {

class ReferralGuideTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        vault = dir.create();
        ASSERT_TRUE(vault);
        codes = std::make_unique<SqlCodeListStore>(vault->db());
        guide = std::make_unique<ReferralGuide>(*vault);
    }

    qint64 code(CodeList list, const char *key)
    {
        for (const CodeItem &item : *codes->items(list, true))
            if (item.code == QLatin1String(key))
                return item.id;
        ADD_FAILURE() << "no code " << key;
        return 0;
    }

    qint64 auditCount() { return *vault->audit().count(); }

    GuideEntry sample(qint64 bodyId)
    {
        GuideEntry e;
        e.bodyId = bodyId;
        e.what = {u"Wat"_qs, u"What"_qs};
        e.when = {u"Wanneer"_qs, u"When"_qs};
        e.next = {u"Daarna"_qs, u"Next"_qs};
        e.anonymous = AnonymousReports::Partly;
        e.anonymousNote = {u"Alleen signalen"_qs, u"Signals only"_qs};
        e.contact = u"intranet/integriteit"_qs;
        return e;
    }

    test::TestVaultDir dir;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<SqlCodeListStore> codes;
    std::unique_ptr<ReferralGuide> guide;
};

TEST_F(ReferralGuideTest, ANewVaultHasTheDefaultTextForEveryBuiltInBodyInBothLanguages)
{
    auto entries = guide->entries();
    ASSERT_TRUE(entries.ok());
    const auto bodies = *codes->items(CodeList::ReferralBodies, false);
    ASSERT_EQ(entries->size(), bodies.size());
    ASSERT_EQ(bodies.size(), defaultGuideEntries().size());
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        const GuideEntry &e = entries->at(i);
        const std::string body = bodies[i].code.toStdString();
        EXPECT_EQ(e.bodyId, bodies[i].id) << body; // code-list order
        for (const GuideText *text : {&e.what, &e.when, &e.next, &e.anonymousNote}) {
            EXPECT_FALSE(text->nl.isEmpty()) << body;
            EXPECT_FALSE(text->en.isEmpty()) << body;
            EXPECT_LE(text->nl.size(), ReferralGuide::MaxTextLength) << body;
            EXPECT_LE(text->en.size(), ReferralGuide::MaxTextLength) << body;
        }
        EXPECT_NE(e.anonymous, AnonymousReports::Unknown) << body;
    }
    auto college = guide->entry(code(CodeList::ReferralBodies, "human_rights_institute"));
    ASSERT_TRUE(college.ok());
    EXPECT_EQ(college->anonymous, AnonymousReports::No);
    EXPECT_TRUE(college->contact.contains(u"mensenrechten.nl"));
    auto advisor = guide->entry(code(CodeList::ReferralBodies, "confidential_advisor"));
    ASSERT_TRUE(advisor.ok());
    EXPECT_EQ(advisor->anonymous, AnonymousReports::Yes);
}

TEST_F(ReferralGuideTest, SavedEntriesComeBackAfterReopening)
{
    const qint64 body = code(CodeList::ReferralBodies, "integrity_office");
    const GuideEntry entry = sample(body);
    ASSERT_TRUE(guide->save(entry).ok());
    EXPECT_EQ(*guide->entry(body), entry);

    guide.reset();
    codes.reset();
    vault.reset();
    auto reopened = Vault::open(dir.path(), test::strongPassphrase());
    ASSERT_TRUE(reopened.ok());
    ReferralGuide again(**reopened);
    auto loaded = again.entry(body);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(*loaded, entry);
}

TEST_F(ReferralGuideTest, ASaveIsAuditedWithTheBody)
{
    const qint64 body = code(CodeList::ReferralBodies, "police");
    const qint64 before = auditCount();
    ASSERT_TRUE(guide->save(sample(body)).ok());
    EXPECT_EQ(auditCount(), before + 1);
    const AuditEntry latest = vault->audit().latest(1)->first();
    EXPECT_EQ(latest.event, u"guide.changed");
    EXPECT_EQ(latest.objectType, u"referral_body");
    EXPECT_EQ(latest.objectId, QString::number(body));
}

TEST_F(ReferralGuideTest, RefusesAnUnknownBodyAnotherListsItemOrTooLongATextAndChangesNothing)
{
    const qint64 body = code(CodeList::ReferralBodies, "hr");
    const GuideEntry before = *guide->entry(body);
    const auto entriesBefore = *guide->entries();
    const qint64 audit = auditCount();

    GuideEntry tooLong = sample(body);
    tooLong.next.en = QString(ReferralGuide::MaxTextLength + 1, u'x');
    GuideEntry longContact = sample(body);
    longContact.contact = QString(ReferralGuide::MaxTextLength + 1, u'x');
    for (const GuideEntry &bad :
         {sample(999999), sample(0), sample(code(CodeList::Grounds, "religion")), tooLong, longContact}) {
        Status refused = guide->save(bad);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.code(), ErrorCode::InvalidInput);
        EXPECT_FALSE(refused.error().message.isEmpty());
    }
    EXPECT_EQ(*guide->entry(body), before);
    EXPECT_EQ(*guide->entries(), entriesBefore);
    EXPECT_EQ(auditCount(), audit);

    GuideEntry exact = sample(body);
    exact.what.nl = QString(ReferralGuide::MaxTextLength, u'x');
    EXPECT_TRUE(guide->save(exact).ok());
}

TEST_F(ReferralGuideTest, ANewBodyHasAnEmptyEntryAndARetiredOneIsLeftOut)
{
    CodeItem item;
    item.list = CodeList::ReferralBodies;
    item.code = u"union"_qs;
    item.labelNl = u"Vakbond"_qs;
    item.labelEn = u"Trade union"_qs;
    auto added = codes->insert(item);
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(codes->setRetired(code(CodeList::ReferralBodies, "mediation"), true).ok());

    const auto entries = *guide->entries();
    ASSERT_EQ(entries.size(), defaultGuideEntries().size());
    EXPECT_EQ(entries.last().bodyId, *added);
    EXPECT_TRUE(entries.last().what.nl.isEmpty());
    EXPECT_EQ(entries.last().anonymous, AnonymousReports::Unknown);
    for (const GuideEntry &e : entries)
        EXPECT_NE(e.bodyId, code(CodeList::ReferralBodies, "mediation"));
    // Its own entry is still there to read, and an unknown id is not.
    EXPECT_FALSE(guide->entry(code(CodeList::ReferralBodies, "mediation"))->what.nl.isEmpty());
    EXPECT_EQ(guide->entry(999999).code(), ErrorCode::NotFound);
}

TEST_F(ReferralGuideTest, AnonymousReportsKeysRoundTrip)
{
    for (AnonymousReports value :
         {AnonymousReports::Unknown, AnonymousReports::Yes, AnonymousReports::No, AnonymousReports::Partly}) {
        EXPECT_EQ(anonymousReportsFromKey(toKey(value)), value);
        EXPECT_FALSE(label(value).isEmpty());
    }
    EXPECT_FALSE(anonymousReportsFromKey(u"maybe"_qs).has_value());
}

} // namespace
