#include "DoubtLineTestSupport.h"

#include "cases/CaseContext.h"
#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "doubtline/DoubtLineContext.h"
#include "vault/Vault.h"

#include <gtest/gtest.h>

namespace baken::test {

qint64 addStaff(Vault &vault, const QString &name)
{
    SqlCodeListStore store(vault.db());
    CodeListService codes(vault, store);
    auto added = codes.add(CodeList::DoubtLineStaff, name, name);
    EXPECT_TRUE(added.ok()) << (added ? std::string() : added.error().message.toStdString());
    return added ? added->id : 0;
}

qint64 codeId(Vault &vault, CodeList list, const QString &code)
{
    SqlCodeListStore store(vault.db());
    auto items = store.items(list, false);
    if (!items)
        return 0;
    for (const CodeItem &item : *items)
        if (item.code == code)
            return item.id;
    return 0;
}

CodeItem uniqueInitialItem(Vault &vault, CodeList list)
{
    SqlCodeListStore store(vault.db());
    auto items = store.items(list, false);
    if (!items)
        return {};
    const QString language = ui::uiLanguage();
    const auto initial = [&](const CodeItem &item) { return item.label(language).at(0).toCaseFolded(); };
    for (const CodeItem &item : *items) {
        const auto same = std::count_if(items->cbegin(), items->cend(),
                                        [&](const CodeItem &other) { return initial(other) == initial(item); });
        if (same == 1 && initial(item).isLetter())
            return item;
    }
    return {};
}

qint64 logTestConsultation(ui::DoubtLineContext &context, const QString &question, int minutesAgo,
                           const QString &callbackContact)
{
    Consultation c;
    c.occurredAt = QDateTime::currentDateTime().addSecs(-60LL * minutesAgo);
    c.occurredAt.setTime(QTime(c.occurredAt.time().hour(), c.occurredAt.time().minute()));
    c.minutes = 10;
    c.question = question;
    c.assessment = Assessment::Possibly;
    c.outcome = ConsultationOutcome::Listened;
    if (!callbackContact.isEmpty()) {
        c.callbackWanted = true;
        c.callbackContact = callbackContact;
        c.callbackDue = QDate::currentDate().addDays(1);
    }
    auto id = context.service().log(c);
    EXPECT_TRUE(id.ok()) << (id ? std::string() : id.error().message.toStdString());
    return id ? *id : 0;
}

} // namespace baken::test
