// An import with one bad record refuses the whole file, names the record and
// the reason, and leaves the target vault as it was.
#include "InterchangeTestSupport.h"

#include <span>

using namespace baken;

namespace {

// Sets (or with an undefined value, removes) the value at a path such as
// "cases/0/contacts/0/minutes"; numbers index lists.
QJsonValue withValue(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        if (index >= array.size())
            array.append(withValue(QJsonValue(), path, value));
        else
            array.replace(index, withValue(array.at(index), path, value));
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object.insert(head, withValue(object.value(head), path, value));
    return object;
}

struct Mutation {
    const char *path;
    QJsonValue value;
    QString expected; // part of the message; %1, %2: numbers of the first two cases
};

class InterchangeRefusal : public test::InterchangeFixture {
protected:
    // Imports `doc` with each mutation into an empty vault: every one is
    // refused with its message and leaves the vault as it was, and then the
    // unbroken file goes in.
    void expectEachRefused(const QJsonObject &doc, std::span<const Mutation> mutations)
    {
        const auto numbered = [&](QString text) {
            return text.replace(u"%1"_qs, first.number).replace(u"%2"_qs, second.number);
        };
        auto target = dir.create(u"target.baken"_qs);
        const QByteArray before = exportOf(*target);
        const qint64 audit = *target->audit().count();
        for (const Mutation &m : mutations) {
            SCOPED_TRACE(m.path);
            const QJsonValue value = m.value.isString() ? QJsonValue(numbered(m.value.toString())) : m.value;
            const QJsonValue bad = withValue(doc, QString::fromLatin1(m.path).split(u'/'), value);
            auto result = importInto(*target, toBytes(bad.toObject()));
            ASSERT_FALSE(result.ok());
            EXPECT_EQ(result.code(), ErrorCode::InvalidInput);
            const QString expected = numbered(m.expected);
            EXPECT_TRUE(result.error().message.contains(expected))
                << result.error().message.toStdString() << "\n expected: " << expected.toStdString();
            EXPECT_EQ(*target->audit().count(), audit);
        }
        EXPECT_EQ(exportOf(*target), before);
        EXPECT_TRUE(importInto(*target, toBytes(doc)).ok());
    }
};

} // namespace

TEST_F(InterchangeRefusal, EachKindOfInvalidRecordIsNamedAndNothingChanges)
{
    fill();
    const QJsonObject doc = QJsonDocument::fromJson(exportOf(*vault)).object();
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const QJsonObject strayHours{{u"date"_qs, u"2026-01-05"_qs}, {u"minutes"_qs, 30}, {u"activity"_qs, QJsonValue()}};
    const Mutation mutations[] = {
        {"cases/0/contacts/0/minutes", 2000, u"case %1, contacts[0]: \"minutes\" must be between 0 and 1440"_qs},
        {"cases/0/contacts/0/minutes", u"30"_qs, u"case %1, contacts[0]: \"minutes\" must be a whole number"_qs},
        {"cases/0/contacts/0/revisions/0/channel", u"pigeon"_qs,
         u"case %1, contacts[0].revisions[0]: \"channel\": the code \"pigeon\" is neither"_qs},
        {"cases/0/referrals/0/consent", false,
         u"case %1, referrals[0]: case details went to another body without the reporter's consent"_qs},
        {"cases/0/measures", QJsonArray(), u"case %1: a closed case needs an outcome and at least one measure"_qs},
        {"cases/0/closedDate", tomorrow, u"case %1: a closed case needs a closing date that does not lie"_qs},
        {"cases/0/intake/consents/contact/date", QJsonValue(),
         u"case %1, intake: a consent that was given needs the date"_qs},
        {"cases/0/hours/0/minutes", 0, u"case %1, hours[0]: \"minutes\" must be between 1 and 1440"_qs},
        {"cases/0/followUps/0/kind", u"someday"_qs, u"case %1, followUps[0]: \"kind\" must be one of"_qs},
        {"cases/1/intake/grounds", QJsonArray{u"klingon"_qs},
         u"case %2, intake: \"grounds\": the code \"klingon\" is neither in this vault's list \"grounds\""_qs},
        {"cases/1/intake/intakeDate", u"2026-02-30"_qs, u"case %2, intake: \"intakeDate\" must be a date"_qs},
        {"cases/1/intake/intakeDate", tomorrow,
         u"case %2, intake: the intake date is missing or lies in the future"_qs},
        {"cases/1/intake/reporterName", u" "_qs, u"case %2, intake: \"reporterName\" is personal data"_qs},
        {"cases/1/intake/accusedKey", u"devries"_qs, u"case %2, intake: \"accusedKey\" is personal data"_qs},
        {"cases/0/contacts/0/reporterContact", u"x"_qs,
         u"case %1, contacts[0]: \"reporterContact\" is personal data"_qs},
        {"accusedName", u"Jan"_qs, u"the file: \"accusedName\" is personal data"_qs},
        {"cases/1/intake/shoeSize", 42, u"case %2, intake: \"shoeSize\" is not a field of this format version"_qs},
        {"cases/1/intake/unit", QJsonValue(QJsonValue::Undefined), u"case %2, intake: \"unit\" is missing"_qs},
        {"cases/1/intake/consents/share/body", 7, u"case %2, intake.consents.share: \"body\" must be a code"_qs},
        {"cases/1/statusHistory/1/to", u"referred"_qs, u"case %2: \"statusHistory\" must start at registration"_qs},
        {"cases/1/closedDate", u"2026-01-01"_qs, u"case %2: only a closed case has a closing date"_qs},
        {"cases/1/number", u"26-1"_qs, u"cases[1]: \"number\" must be a case number such as 2026-0042"_qs},
        {"cases/2/number", u"%1"_qs, u"case %1: the file holds two cases with this number"_qs},
        {"cases/3/hours", QJsonArray{strayHours}, u"draft case (cases[3]): a draft has no timeline"_qs},
        {"cases/3/number", u"2026-0099"_qs, u"draft case (cases[3]): a draft has no number yet"_qs},
        {"cases/4", QJsonArray(), u"cases[4]: must be an object"_qs},
        {"codeLists/grounds/0/code", u"Religion!"_qs, u"codeLists.grounds[0]: \"code\" must be 1 to 64"_qs},
        {"codeLists/grounds/2/labelEn", u"religion or belief"_qs,
         u"codeLists.grounds[2]: another item of this list has the same name"_qs},
        {"codeLists/colours", QJsonArray(), u"codeLists: \"colours\" is not a field"_qs},
        {"settings/retentionMonths", -1, u"settings: \"retentionMonths\" must be between 1 and 1200"_qs},
        {"exportedAt", u"2026-03-01 09:30"_qs, u"the file: \"exportedAt\" must be a date and time"_qs},
        {"format", u"other-format"_qs, u"This is not a Baken interchange file"_qs},
        {"version", 0, u"\"version\" must be a whole number from 1 on"_qs},
    };

    expectEachRefused(doc, mutations);
}

// fillDoubtLine()'s consultations: [0] advised with an open callback and a
// revision, [1] linked to a registered case, [2] to a draft, [3] a hang-up.
TEST_F(InterchangeRefusal, EachKindOfInvalidConsultationOrGuideEntryIsNamedAndNothingChanges)
{
    fill();
    fillDoubtLine();
    const QJsonObject doc = QJsonDocument::fromJson(exportOf(*vault)).object();
    const QString tomorrow = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs);
    const Mutation mutations[] = {
        {"consultations/0/minutes", 700, u"consultations[0]: \"minutes\" must be between 0 and 600"_qs},
        {"consultations/0/kind", u"prank"_qs, u"consultations[0]: \"kind\" must be one of"_qs},
        {"consultations/0/staff", u"nobody"_qs,
         u"consultations[0]: \"staff\": the code \"nobody\" is neither in this vault's list \"doubt_line_staff\""_qs},
        {"consultations/0/occurredAt", tomorrow, u"consultations[0]: the consultation lies in the future"_qs},
        {"consultations/0/advice", QJsonValue(),
         u"consultations[0]: \"advice\" is given exactly when \"outcome\" is \"advised\""_qs},
        {"consultations/1/body", QJsonValue(),
         u"consultations[1]: \"body\" is given exactly when \"outcome\" is \"referred\""_qs},
        {"consultations/0/callbackDue", QJsonValue(), u"consultations[0]: a wanted callback needs its due date"_qs},
        {"consultations/0/callbackWanted", false,
         u"consultations[0]: only a wanted callback has a due date or a completion time"_qs},
        {"consultations/0/question", QString(501, u'x'),
         u"consultations[0]: \"question\" is longer than 500 characters"_qs},
        {"consultations/0/callbackContact", u"06-00000000"_qs,
         u"consultations[0]: \"callbackContact\" is personal data"_qs},
        {"consultations/0/revisions/0/channel", u"pigeon"_qs,
         u"consultations[0].revisions[0]: \"channel\": the code \"pigeon\" is neither"_qs},
        {"consultations/0/revisions/0/callbackContact", u"x"_qs,
         u"consultations[0].revisions[0]: \"callbackContact\" is personal data"_qs},
        {"consultations/1/case", u"1999-0001"_qs, u"consultations[1]: \"case\": the file holds no case 1999-0001"_qs},
        {"consultations/1/draftCase", 4, u"consultations[1]: a consultation is handed over to one case"_qs},
        {"consultations/2/draftCase", 0, u"consultations[2]: \"draftCase\": cases[0] is not a draft"_qs},
        {"consultations/2/draftCase", 99, u"consultations[2]: \"draftCase\" must be between 0 and"_qs},
        {"consultations/3/question", u"Stil"_qs,
         u"consultations[3]: a contact of the kind \"hang_up\" holds no content"_qs},
        {"consultations/3/draftCase", 4, u"consultations[3]: a contact of the kind \"hang_up\" holds no content"_qs},
        {"consultations/3/createdAt", QJsonValue(QJsonValue::Undefined),
         u"consultations[3]: \"createdAt\" is missing"_qs},
        {"consultations/3/mood", u"calm"_qs, u"consultations[3]: \"mood\" is not a field of this format version"_qs},
        {"consultations/4", u"text"_qs, u"consultations[4]: must be an object"_qs},
        {"referralGuide/0/anonymous", u"sometimes"_qs, u"referralGuide[0]: \"anonymous\" must be one of"_qs},
        {"referralGuide/0/whatNl", QString(2001, u'x'),
         u"referralGuide[0]: \"whatNl\" is longer than 2000 characters"_qs},
        {"referralGuide/0/body", u"religion"_qs,
         u"referralGuide[0]: \"body\": the code \"religion\" is neither in this vault's list \"referral_bodies\""_qs},
        {"referralGuide/1/body", u"integrity_office"_qs,
         u"referralGuide[1]: the guide has a second entry for the body \"integrity_office\""_qs},
        {"referralGuide/0/contact", QJsonValue(), u"referralGuide[0]: \"contact\" cannot be null"_qs},
        {"codeLists/doubt_line_staff/0/labelNl", u""_qs,
         u"codeLists.doubt_line_staff[0]: the item needs a name in Dutch and in English"_qs},
    };

    expectEachRefused(doc, mutations);
}

// A hand-made file cannot bring names into a vault: a document with a
// personal-data key is refused as a whole, whatever else it holds.
TEST_F(InterchangeRefusal, AFileWithANameIsRefusedAndChangesNothing)
{
    fill();
    QJsonObject doc = QJsonDocument::fromJson(exportOf(*vault)).object();
    QJsonArray cases = doc.value(u"cases"_qs).toArray();
    QJsonObject named = cases.at(1).toObject();
    QJsonObject intake = named.value(u"intake"_qs).toObject();
    ASSERT_EQ(intake.value(u"identity"_qs).toString(), u"named");
    intake.insert(u"reporterName"_qs, u"Fatima El Amrani"_qs);
    named.insert(u"intake"_qs, intake);
    cases.replace(1, named);
    doc.insert(u"cases"_qs, cases);

    auto target = dir.create(u"target.baken"_qs);
    const QByteArray before = exportOf(*target);
    const qint64 audit = *target->audit().count();
    auto refused = importInto(*target, toBytes(doc));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::InvalidInput);
    EXPECT_TRUE(refused.error().message.contains(
        QStringLiteral("case %1, intake: \"reporterName\" is personal data, which an interchange file never holds")
            .arg(second.number)))
        << refused.error().message.toStdString();
    EXPECT_EQ(*target->audit().count(), audit);
    EXPECT_EQ(exportOf(*target), before);
    EXPECT_EQ(*SqlCaseStore(target->db()).caseIds(), QList<qint64>());
    // Without the name the same file is accepted.
    intake.remove(u"reporterName"_qs);
    named.insert(u"intake"_qs, intake);
    cases.replace(1, named);
    doc.insert(u"cases"_qs, cases);
    ASSERT_TRUE(importInto(*target, toBytes(doc)).ok());
}

TEST_F(InterchangeRefusal, ANumberTheVaultAlreadyHoldsRefusesTheWholeFile)
{
    fill();
    const QByteArray bytes = exportOf(*vault);
    const QByteArray before = exportOf(*vault);
    auto result = importInto(*vault, bytes);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("case %1: this vault already holds a case with that "
                                                               "number")
                                                    .arg(first.number)))
        << result.error().message.toStdString();
    EXPECT_EQ(exportOf(*vault), before);
}

TEST_F(InterchangeRefusal, BrokenAndNewerFilesAreRefusedBeforeAnythingIsRead)
{
    auto target = dir.create(u"target.baken"_qs);
    const QByteArray before = exportOf(*target);
    auto broken = importInto(*target, QByteArrayLiteral("{\"format\": \"baken-interchange\", "));
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message.contains(u"not valid JSON")) << broken.error().message.toStdString();
    EXPECT_FALSE(importInto(*target, QByteArrayLiteral("[1, 2]")).ok());

    QJsonObject newer = QJsonDocument::fromJson(before).object();
    newer.insert(u"version"_qs, 4);
    newer.insert(u"somethingNew"_qs, true);
    auto refused = importInto(*target, toBytes(newer));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::NewerVersion);
    EXPECT_TRUE(refused.error().message.contains(u"newer Baken")) << refused.error().message.toStdString();
    EXPECT_EQ(exportOf(*target), before);
}

// fillGroups()'s groups: [0] with Amira (case), Bas (consultation [1]), Chen
// (left) and Dirk (offered); changes [0] moved and [1] cancelled; attendance
// [0] Amira and [1] Bas at the first session. [1] with Eva from a draft case.
TEST_F(InterchangeRefusal, EachKindOfInvalidGroupRecordIsNamedAndNothingChanges)
{
    fill();
    fillDoubtLine();
    fillGroups();
    const QJsonObject doc = QJsonDocument::fromJson(exportOf(*vault)).object();
    const QJsonObject racism = doc.value(u"groups"_qs).toArray().at(0).toObject();
    const QString cancelled =
        racism.value(u"sessionChanges"_qs).toArray().at(1).toObject().value(u"originalStart"_qs).toString();
    const Mutation mutations[] = {
        {"groups/0/capacity", 0, u"groups[0]: \"capacity\" must be between 1 and 50"_qs},
        {"groups/0/capacity", 1, u"groups[0]: 3 participants have a seat, more than the group's 1 seats"_qs},
        {"groups/0/theme", u" "_qs, u"groups[0]: Give the group a theme"_qs},
        {"groups/0/id", u"1"_qs, u"groups[0]: \"id\" must be a whole number"_qs},
        {"groups/1/id", 1, u"groups[1]: the file holds two groups with the number 1"_qs},
        {"groups/0/mood", u"calm"_qs, u"groups[0]: \"mood\" is not a field of this format version"_qs},
        {"groups/0/facilitators", QJsonArray{u"nobody"_qs},
         u"groups[0]: \"facilitators\": the code \"nobody\" is neither in this vault's list \"group_facilitators\""_qs},
        {"groups/0/schedule/recurrence", u"daily"_qs, u"groups[0].schedule: \"recurrence\" must be one of"_qs},
        {"groups/0/schedule/firstStart", u"2026-01-13T19:00:00.000Z"_qs,
         u"groups[0].schedule: \"firstStart\" must be a local time"_qs},
        {"groups/0/schedule/until", u"2030-01-01"_qs, u"groups[0]: Choose either the number of sessions"_qs},
        {"groups/0/sessionChanges/0/originalStart", u"2001-01-01T19:00"_qs,
         u"groups[0].sessionChanges[0]: This session is not part of the series"_qs},
        {"groups/0/sessionChanges/1/newPlace", u"Zaal 9"_qs,
         u"groups[0].sessionChanges[1]: a cancelled session has no new time or place"_qs},
        {"groups/0/sessionNotes/0/session", u"2001-01-01T19:00"_qs,
         u"groups[0].sessionNotes[0]: \"session\": the series has no session at 2001-01-01T19:00"_qs},
        {"groups/0/sessionNotes/0/note", u""_qs, u"groups[0].sessionNotes[0]: the note is empty"_qs},
        {"groups/0/participants/0/participantContact", u"06-1"_qs,
         u"groups[0].participants[0]: \"participantContact\" is personal data"_qs},
        {"groups/0/participants/0/case", u"1999-0001"_qs,
         u"groups[0].participants[0]: \"case\": the file holds no case 1999-0001"_qs},
        {"groups/0/participants/0/consultation", 0,
         u"groups[0].participants[0]: only a participant with the source \"consultation\" links to a consultation"_qs},
        {"groups/0/participants/1/consultation", 99,
         u"groups[0].participants[1]: \"consultation\" must be between 0 and 4"_qs},
        {"groups/0/participants/0/joinedOn", QJsonValue(),
         u"groups[0].participants[0]: a member has a joining day and no leaving day"_qs},
        {"groups/0/participants/3/joinedOn", u"2026-01-01"_qs,
         u"groups[0].participants[3]: someone waiting for a seat has no joining or leaving day"_qs},
        {"groups/0/participants/2/leftOn", QJsonValue(),
         u"groups[0].participants[2]: someone who left has a leaving day"_qs},
        {"groups/0/participants/1/pseudonym", u"amira"_qs,
         u"groups[0].participants[1]: someone else in the group has the pseudonym \"amira\""_qs},
        {"groups/0/participants/3/evaluated", true,
         u"groups[0].participants[3]: only someone who took part can have evaluated"_qs},
        {"groups/0/attendance/0/session", cancelled,
         u"groups[0].attendance[0]: \"session\": the series has no session at "_qs + cancelled},
        {"groups/0/attendance/0/participant", 3,
         u"groups[0].attendance[0]: \"participant\": participants[3] never had a seat"_qs},
        {"groups/0/attendance/1/participant", 0,
         u"groups[0].attendance[1]: participants[0] has a second record for this session"_qs},
        {"groups/0/attendance/0/value", u"late"_qs, u"groups[0].attendance[0]: \"value\" must be one of"_qs},
        {"groups/0/tasks/0/kind", u"call"_qs, u"groups[0].tasks[0]: \"kind\" must be one of"_qs},
        {"groups/0/tasks/0/participant", 9, u"groups[0].tasks[0]: \"participant\" must be between 0 and 3"_qs},
        {"groups/0/evaluation", QJsonArray{0, 0, 0, 2, 0},
         u"groups[0]: the evaluation holds 2 scores, but 1 participants"_qs},
        {"groups/0/evaluation", QJsonArray{1, 2}, u"groups[0]: \"evaluation\" must list five counts"_qs},
        {"groups/1/participants/0/draftCase", 0,
         u"groups[1].participants[0]: \"draftCase\": cases[0] is not a draft"_qs},
        {"codeLists/group_facilitators/0/code", u"Noor!"_qs,
         u"codeLists.group_facilitators[0]: \"code\" must be 1 to 64"_qs},
    };

    expectEachRefused(doc, mutations);
}
