#pragma once

#include "CaseTestSupport.h"

#include "codelists/CodeListService.h"
#include "demo/DemoCases.h"
#include "support/DemoVaultCopy.h"

namespace baken::test {

// A demo vault's worth of cases, with the units and the client the demo data
// picks from: the demo consultations and groups link to some of them. Made
// once per test program and day (support/DemoVaultCopy.h): 300 cases took
// every one of these tests eight seconds under the sanitizers.
class DemoFixture : public CaseFixture {
protected:
    void SetUp() override
    {
        const QString path = dir.path();
        ASSERT_TRUE(copyCachedVault(QStringLiteral("cases"), path, strongPassphrase(), &makeDemoCases));
        auto opened = Vault::open(path, strongPassphrase());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        vault = std::move(opened).value();
        wireServices();
    }

    static void addUnits(Vault &to, CodeListStore &codes)
    {
        CodeListService lists(to, codes);
        for (const char *unit : {"Stadsdeel Noord", "Publiekszaken", "Handhaving"})
            ASSERT_TRUE(lists.add(CodeList::Units, QString::fromUtf8(unit), QString::fromUtf8(unit)).ok());
    }

private:
    static ::testing::AssertionResult makeDemoCases(const QString &path, const QString &passphrase)
    {
        auto made = Vault::create(path, passphrase);
        if (!made.ok())
            return ::testing::AssertionFailure() << made.error().message.toStdString();
        Vault &to = **made;
        SqlCodeListStore codes(to.db());
        addUnits(to, codes);
        if (::testing::Test::HasFatalFailure())
            return ::testing::AssertionFailure() << "the units";
        if (!CodeListService(to, codes).add(CodeList::Clients, u"Gemeente"_qs, u"Municipality"_qs).ok())
            return ::testing::AssertionFailure() << "the client";
        if (auto added = DemoCases::add(to, 300); !added.ok())
            return ::testing::AssertionFailure() << added.error().message.toStdString();
        return ::testing::AssertionSuccess();
    }
};

} // namespace baken::test
