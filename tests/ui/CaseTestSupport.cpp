#include "CaseTestSupport.h"

#include <gtest/gtest.h>

namespace baken::test {

qint64 registerTestCase(ui::CaseContext &context, const QString &pseudonym, const QString &note, int daysAgo)
{
    CaseIntake intake;
    intake.intakeDate = QDate::currentDate().addDays(-daysAgo);
    intake.identity = ReporterIdentity::Pseudonym;
    intake.pseudonym = pseudonym;
    intake.type = CaseType::Signal;
    const QList<CodeItem> units = context.items(CodeList::Units);
    if (!units.isEmpty())
        intake.unitId = units.first().id;
    intake.whatHappened = QStringLiteral("Remarks in the team meeting.");
    auto draft = context.service().createDraft(intake);
    EXPECT_TRUE(draft.ok());
    if (!draft)
        return 0;
    auto file = context.service().registerCase(*draft, intake, CaseService::proposedCallback(intake.intakeDate));
    EXPECT_TRUE(file.ok()) << (file ? std::string() : file.error().message.toStdString());
    if (!file)
        return 0;
    if (!note.isEmpty()) {
        ContactMoment contact;
        contact.caseId = file->id;
        // Midnight of the intake day: never in the future, whenever the test runs.
        contact.occurredAt = QDateTime(intake.intakeDate, QTime(0, 0));
        contact.minutes = 30;
        contact.note = note;
        EXPECT_TRUE(context.service().addContact(contact).ok());
    }
    return file->id;
}

int caseCount(ui::CaseContext &context, bool includeDrafts)
{
    CaseFilter filter;
    filter.includeDrafts = includeDrafts;
    auto count = context.search().count(filter);
    return count ? *count : -1;
}

} // namespace baken::test
