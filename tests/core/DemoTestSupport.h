#pragma once

#include "CaseTestSupport.h"

#include "codelists/CodeListService.h"
#include "demo/DemoCases.h"

namespace baken::test {

// A demo vault's worth of cases, with the units and the client the demo data
// picks from: the demo consultations and groups link to some of them.
class DemoFixture : public CaseFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(CaseFixture::SetUp());
        ASSERT_NO_FATAL_FAILURE(addUnits(*vault, *codes));
        ASSERT_TRUE(CodeListService(*vault, *codes).add(CodeList::Clients, u"Gemeente"_qs, u"Municipality"_qs).ok());
        ASSERT_TRUE(DemoCases::add(*vault, 300).ok());
    }

    static void addUnits(Vault &to, CodeListStore &codes)
    {
        CodeListService lists(to, codes);
        for (const char *unit : {"Stadsdeel Noord", "Publiekszaken", "Handhaving"})
            ASSERT_TRUE(lists.add(CodeList::Units, QString::fromUtf8(unit), QString::fromUtf8(unit)).ok());
    }
};

} // namespace baken::test
