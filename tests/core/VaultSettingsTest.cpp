#include "CaseTestSupport.h"

#include "vault/VaultSettings.h"

using namespace baken;

namespace {

using VaultSettingsTest = test::CaseFixture;

TEST_F(VaultSettingsTest, ANewVaultKeepsCaseFilesTwelveMonths)
{
    auto months = retentionMonths(*vault);
    ASSERT_TRUE(months.ok());
    EXPECT_EQ(*months, 12);
    EXPECT_EQ(service->retentionMonths(), 12);
}

TEST_F(VaultSettingsTest, RefusesAPeriodOutsideOneToHundredTwentyMonthsAndKeepsTheOldOne)
{
    Status first = setRetentionMonths(*vault, 24);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    const qint64 audit = auditCount();
    for (const int months : {0, -1, 121, 1000}) {
        Status refused = setRetentionMonths(*vault, months);
        ASSERT_FALSE(refused.ok()) << months;
        EXPECT_EQ(refused.code(), ErrorCode::InvalidInput);
        EXPECT_TRUE(refused.error().message.contains(u"120")) << refused.error().message.toStdString();
    }
    EXPECT_EQ(*retentionMonths(*vault), 24);
    EXPECT_EQ(auditCount(), audit);
    EXPECT_TRUE(setRetentionMonths(*vault, 1).ok());
    EXPECT_TRUE(setRetentionMonths(*vault, 120).ok());
    EXPECT_EQ(*retentionMonths(*vault), 120);
}

TEST_F(VaultSettingsTest, AChangeIsAudited)
{
    const qint64 audit = auditCount();
    ASSERT_TRUE(setRetentionMonths(*vault, 36).ok());
    EXPECT_EQ(auditCount(), audit + 1);
    auto entry = vault->audit().latest(1);
    ASSERT_TRUE(entry.ok());
    EXPECT_EQ(entry->at(0).event, u"vault.setting_changed");
    EXPECT_EQ(entry->at(0).objectId, u"retention_months");
    EXPECT_EQ(*vault->meta(u"retention_months"_qs), u"36");
}

TEST_F(VaultSettingsTest, ClosingAfterAChangeUsesTheNewPeriod)
{
    ASSERT_TRUE(setRetentionMonths(*vault, 6).ok());
    const CaseFile file = registerCase(intake());
    const QDate closedOn = QDate::currentDate();
    ASSERT_TRUE(
        service->close(file.id, code(CodeList::Outcomes, "resolved"), {code(CodeList::Measures, "none")}, closedOn)
            .ok());
    auto closed = store->caseById(file.id);
    ASSERT_TRUE(closed.ok());
    EXPECT_EQ(closed->destructionDate, closedOn.addMonths(6));
}

TEST_F(VaultSettingsTest, AnUnreadableStoredValueFallsBackToTwelveMonths)
{
    ASSERT_TRUE(vault->db().exec("UPDATE meta SET value = 'soon' WHERE key = 'retention_months'").ok());
    EXPECT_EQ(*retentionMonths(*vault), 12);
    EXPECT_EQ(service->retentionMonths(), 12);
}

} // namespace
