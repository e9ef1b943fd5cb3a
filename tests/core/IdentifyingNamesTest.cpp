#include "doubtline/IdentifyingNames.h"
#include "doubtline/IdentifyingText.h"
#include "support/TestVault.h"

#include <gtest/gtest.h>

using namespace baken;

namespace {

class IdentifyingNamesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        vault = dir.create();
        ASSERT_TRUE(vault);
    }
    qint64 auditCount() { return *vault->audit().count(); }

    test::TestVaultDir dir;
    std::unique_ptr<Vault> vault;
};

TEST_F(IdentifyingNamesTest, ANewVaultUsesTheDefaultList)
{
    auto names = identifyingNames(*vault);
    ASSERT_TRUE(names.ok());
    EXPECT_EQ(*names, defaultIdentifyingNames());
}

TEST_F(IdentifyingNamesTest, SavingTrimsDropsEmptyLinesAndDuplicates)
{
    ASSERT_TRUE(setIdentifyingNames(*vault, {u"  Fatima "_qs, u""_qs, u"   "_qs, u"de   Vries"_qs, u"FATIMA"_qs,
                                             u"Ayşe"_qs, u"van den\nBerg"_qs, u"de vries"_qs})
                    .ok());
    auto names = identifyingNames(*vault);
    ASSERT_TRUE(names.ok());
    EXPECT_EQ(*names, (QStringList{u"Fatima"_qs, u"de Vries"_qs, u"Ayşe"_qs, u"van den Berg"_qs}));
}

TEST_F(IdentifyingNamesTest, AChangeIsAudited)
{
    const qint64 before = auditCount();
    ASSERT_TRUE(setIdentifyingNames(*vault, {u"Fatima"_qs}).ok());
    EXPECT_EQ(auditCount(), before + 1);
    auto entry = vault->audit().latest(1);
    ASSERT_TRUE(entry.ok());
    EXPECT_EQ(entry->at(0).event, u"vault.setting_changed");
    EXPECT_EQ(entry->at(0).objectType, u"setting");
    EXPECT_EQ(entry->at(0).objectId, u"identifying_names");
}

TEST_F(IdentifyingNamesTest, AnEmptiedListStaysEmpty)
{
    ASSERT_TRUE(setIdentifyingNames(*vault, {u" "_qs}).ok());
    auto names = identifyingNames(*vault);
    ASSERT_TRUE(names.ok());
    EXPECT_TRUE(names->isEmpty());
}

TEST_F(IdentifyingNamesTest, TheListSurvivesReopeningTheVault)
{
    ASSERT_TRUE(setIdentifyingNames(*vault, {u"Łukasz"_qs, u"El Amrani"_qs}).ok());
    vault.reset();
    auto reopened = Vault::open(dir.path(), test::strongPassphrase());
    ASSERT_TRUE(reopened.ok());
    auto names = identifyingNames(**reopened);
    ASSERT_TRUE(names.ok());
    EXPECT_EQ(*names, (QStringList{u"Łukasz"_qs, u"El Amrani"_qs}));
}

} // namespace
