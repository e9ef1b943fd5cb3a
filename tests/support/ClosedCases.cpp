#include "ClosedCases.h"

#include "cases/CaseService.h"
#include "cases/SqlCaseStore.h"
#include "codelists/SqlCodeListStore.h"
#include "vault/Vault.h"

#include <gtest/gtest.h>

namespace baken::test {

QStringList addClosedCases(Vault &vault, const QString &whatHappened)
{
    SqlCodeListStore codes(vault.db());
    SqlCaseStore store(vault.db());
    CaseService service(vault, store, codes);
    const auto code = [&](CodeList list, const char *key) {
        for (const CodeItem &item : *codes.items(list, true))
            if (item.code == QLatin1String(key))
                return item.id;
        return qint64(0);
    };
    const QDate today = QDate::currentDate();
    QStringList numbers;
    const std::pair<int, CaseType> cases[] = {{400, CaseType::Signal}, {500, CaseType::Complaint}, {20, CaseType::Report}};
    for (const auto &[closedDaysAgo, type] : cases) {
        CaseIntake in;
        in.intakeDate = today.addDays(-closedDaysAgo - 60);
        in.channelId = code(CodeList::Channels, "phone");
        in.type = type;
        in.identity = ReporterIdentity::Pseudonym;
        in.pseudonym = QStringLiteral("Merel");
        in.whatHappened = whatHappened;
        in.groundIds = {code(CodeList::Grounds, "religion")};
        auto draft = service.createDraft(in);
        EXPECT_TRUE(draft.ok());
        auto file = service.registerCase(*draft, in, std::nullopt);
        EXPECT_TRUE(file.ok());
        EXPECT_TRUE(service
                        .close(file->id, code(CodeList::Outcomes, "resolved"), {code(CodeList::Measures, "none")},
                               today.addDays(-closedDaysAgo))
                        .ok());
        numbers << file->number;
    }
    return numbers;
}

} // namespace baken::test
