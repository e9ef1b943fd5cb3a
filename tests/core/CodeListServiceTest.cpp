#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "support/TestVault.h"

#include <gtest/gtest.h>

using namespace baken;

class CodeListServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        vault = dir.create();
        ASSERT_TRUE(vault);
        store = std::make_unique<SqlCodeListStore>(vault->db());
        service = std::make_unique<CodeListService>(*vault, *store);
    }
    QList<CodeItem> items(CodeList list, bool retired = false) { return *service->items(list, retired); }
    qint64 auditCount() { return *vault->audit().count(); }

    test::TestVaultDir dir;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<SqlCodeListStore> store;
    std::unique_ptr<CodeListService> service;
};

TEST_F(CodeListServiceTest, NewVaultHasTheDefaultListsInBothLanguages)
{
    for (CodeList list : allCodeLists()) {
        if (list == CodeList::Units || list == CodeList::Clients || list == CodeList::DoubtLineStaff
            || list == CodeList::GroupFacilitators)
            continue; // the organisation's own
        const auto list_items = items(list);
        EXPECT_GE(list_items.size(), 4) << codeListKey(list).toStdString();
        for (const CodeItem &item : list_items) {
            EXPECT_FALSE(item.labelNl.isEmpty());
            EXPECT_FALSE(item.labelEn.isEmpty());
            EXPECT_TRUE(item.builtin);
        }
    }
    QStringList grounds;
    for (const CodeItem &item : items(CodeList::Grounds))
        grounds << item.code;
    for (const char *code : {"race_ethnicity", "religion", "skin_colour", "gender", "lgbtqia", "disability", "age",
                             "pregnancy_parenthood", "education_class"})
        EXPECT_TRUE(grounds.contains(QLatin1String(code))) << code;
}

TEST_F(CodeListServiceTest, AddedItemGetsAStableCodeAndIsAudited)
{
    const qint64 before = auditCount();
    auto item = service->add(CodeList::Units, QStringLiteral("Stadsdeel West"), QStringLiteral("District West"));
    ASSERT_TRUE(item.ok());
    EXPECT_EQ(item->code, u"district_west");
    EXPECT_FALSE(item->builtin);
    EXPECT_EQ(auditCount(), before + 1);
    EXPECT_EQ(vault->audit().latest(1)->first().event, u"codelist.item_added");

    ASSERT_TRUE(
        service->relabel(item->id, QStringLiteral("Stadsdeel Nieuw-West"), QStringLiteral("District New West")).ok());
    const auto units = items(CodeList::Units);
    ASSERT_EQ(units.size(), 1);
    EXPECT_EQ(units.first().code, u"district_west") << "relabelling keeps the code";
    EXPECT_EQ(units.first().label(QStringLiteral("nl")), u"Stadsdeel Nieuw-West");
    EXPECT_EQ(units.first().label(QStringLiteral("en")), u"District New West");
}

TEST_F(CodeListServiceTest, SameEnglishLabelTwiceGetsDistinctCodes)
{
    ASSERT_TRUE(service->add(CodeList::Units, QStringLiteral("Team A"), QStringLiteral("Team A")).ok());
    ASSERT_TRUE(service->remove(items(CodeList::Units).first().id).ok());
    auto a = service->add(CodeList::Units, QStringLiteral("Team Á"), QStringLiteral("Team-A"));
    auto b = service->add(CodeList::Units, QStringLiteral("Team B"), QStringLiteral("Team  a!"));
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(b.ok());
    EXPECT_NE(a->code, b->code);
}

TEST_F(CodeListServiceTest, BadLabelsAreRefusedAndNothingChanges)
{
    const auto before = items(CodeList::Forms, true).size();
    const qint64 audit = auditCount();
    EXPECT_EQ(service->add(CodeList::Forms, QStringLiteral("  "), QStringLiteral("Gossip")).code(),
              ErrorCode::InvalidInput);
    EXPECT_EQ(service->add(CodeList::Forms, QStringLiteral("Roddel"), QString()).code(), ErrorCode::InvalidInput);
    EXPECT_EQ(service->add(CodeList::Forms, QStringLiteral("pesten"), QStringLiteral("Teasing")).code(),
              ErrorCode::InvalidInput);
    EXPECT_EQ(service->add(CodeList::Forms, QString(81, u'x'), QStringLiteral("Long")).code(), ErrorCode::InvalidInput);
    EXPECT_EQ(items(CodeList::Forms, true).size(), before);
    EXPECT_EQ(auditCount(), audit);
}

TEST_F(CodeListServiceTest, RetiredItemsLeaveTheActiveListButStayResolvable)
{
    const CodeItem religion = items(CodeList::Grounds).at(1);
    ASSERT_TRUE(service->retire(religion.id).ok());
    for (const CodeItem &item : items(CodeList::Grounds))
        EXPECT_NE(item.id, religion.id);
    auto kept = store->item(religion.id);
    ASSERT_TRUE(kept.ok());
    EXPECT_TRUE(kept->retired);
    EXPECT_EQ(kept->code, religion.code);

    auto again = service->add(CodeList::Grounds, religion.labelNl, QStringLiteral("Belief"));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(u"Restore")) << again.error().message.toStdString();

    ASSERT_TRUE(service->restore(religion.id).ok());
    EXPECT_EQ(items(CodeList::Grounds).at(1).id, religion.id) << "restored in its old place";
}

TEST_F(CodeListServiceTest, StandardItemsAreRetiredNeverDeleted)
{
    const CodeItem bullying = items(CodeList::Forms).first();
    auto removed = service->remove(bullying.id);
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.code(), ErrorCode::InUse);
    EXPECT_TRUE(store->item(bullying.id).ok());
}

TEST_F(CodeListServiceTest, AnUnusedItemOfTheUsersOwnCanBeDeleted)
{
    auto item = service->add(CodeList::Measures, QStringLiteral("Coaching"), QStringLiteral("Coaching"));
    ASSERT_TRUE(item.ok());
    ASSERT_TRUE(service->remove(item->id).ok());
    EXPECT_EQ(store->item(item->id).code(), ErrorCode::NotFound);
    EXPECT_EQ(service->retire(item->id).code(), ErrorCode::NotFound);
}
