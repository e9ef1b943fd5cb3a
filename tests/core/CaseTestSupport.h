#pragma once

#include "cases/CaseService.h"
#include "cases/SqlCaseStore.h"
#include "codelists/SqlCodeListStore.h"
#include "support/TestVault.h"

#include <gtest/gtest.h>

namespace baken::test {

// A vault with the case services wired up, and helpers to pick code items.
class CaseFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        vault = dir.create();
        ASSERT_TRUE(vault);
        wireServices();
    }

    // The stores and the service on `vault`.
    void wireServices()
    {
        codes = std::make_unique<SqlCodeListStore>(vault->db());
        store = std::make_unique<SqlCaseStore>(vault->db());
        service = std::make_unique<CaseService>(*vault, *store, *codes);
    }

    qint64 code(CodeList list, const char *key)
    {
        for (const CodeItem &item : *codes->items(list, true))
            if (item.code == QLatin1String(key))
                return item.id;
        ADD_FAILURE() << "no code " << key;
        return 0;
    }

    CaseIntake intake(QDate date = QDate::currentDate().addDays(-3))
    {
        CaseIntake in;
        in.intakeDate = date;
        in.channelId = code(CodeList::Channels, "phone");
        in.type = CaseType::Signal;
        in.identity = ReporterIdentity::Pseudonym;
        in.pseudonym = QStringLiteral("Merel");
        in.whatHappened = QStringLiteral("Opmerkingen over haar hoofddoek tijdens het teamoverleg.");
        in.groundIds = {code(CodeList::Grounds, "religion")};
        in.formIds = {code(CodeList::Forms, "exclusion"), code(CodeList::Forms, "micro_aggression")}; // list order
        in.accusedRoleId = code(CodeList::AccusedRoles, "colleague");
        return in;
    }

    CaseFile registerCase(const CaseIntake &in, std::optional<FollowUp> callback = std::nullopt)
    {
        auto draft = service->createDraft(in);
        EXPECT_TRUE(draft.ok());
        auto file = service->registerCase(*draft, in, callback);
        EXPECT_TRUE(file.ok()) << (file.ok() ? "" : file.error().message.toStdString());
        return file.ok() ? *file : CaseFile{};
    }

    qint64 auditCount() { return *vault->audit().count(); }

    TestVaultDir dir;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<SqlCodeListStore> codes;
    std::unique_ptr<SqlCaseStore> store;
    std::unique_ptr<CaseService> service;
};

} // namespace baken::test
