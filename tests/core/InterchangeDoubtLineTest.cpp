// The doubt line in the interchange format (version 2): consultations with
// their revisions and case links, the referral guide and the new code lists.
#include "InterchangeTestSupport.h"

#include "interchange/PersonalData.h"

using namespace baken;
using Interchange = test::InterchangeFixture;

namespace {

QJsonObject parsed(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

TEST_F(Interchange, ARoundTripWithConsultationsGivesTheSameFile)
{
    fill();
    fillDoubtLine();
    const QByteArray original = exportOf(*vault);
    auto copy = dir.create(u"copy.baken"_qs);
    auto report = importInto(*copy, original);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->cases, 4);
    EXPECT_EQ(report->drafts, 2);
    EXPECT_EQ(report->consultations, 5);
    EXPECT_EQ(report->guideEntries, *vault->db().queryInt("SELECT count(*) FROM referral_guide"));
    EXPECT_TRUE(report->adoptedCodeLists);
    EXPECT_EQ(QString::fromUtf8(exportOf(*copy)).toStdString(), QString::fromUtf8(original).toStdString());

    // The links arrived, and the open callback without its contact detail.
    SqlConsultationStore copied(copy->db());
    SqlCaseStore copiedCases(copy->db());
    const auto ids = *copied.ids();
    ASSERT_EQ(ids.size(), 5);
    const Consultation advice = *copied.byId(ids.at(0));
    EXPECT_TRUE(advice.hasOpenCallback());
    EXPECT_TRUE(advice.callbackContact.isEmpty());
    EXPECT_EQ(advice.minutes, 25);
    ASSERT_EQ(copied.revisions(ids.at(0))->size(), 1);
    EXPECT_EQ(copied.revisions(ids.at(0))->at(0).before.minutes, 20);
    EXPECT_EQ(copied.byId(ids.at(1))->caseNumber, fromConsultation.number);
    const qint64 draft = copied.byId(ids.at(2))->caseId;
    EXPECT_GT(draft, 0);
    EXPECT_TRUE(copiedCases.caseById(draft)->draft);
    EXPECT_EQ(copied.byId(ids.at(3))->kind, ContactKind::HangUp);
    EXPECT_TRUE(copied.byId(ids.at(4))->callbackDoneAt.isValid());
    EXPECT_EQ(*copy->db().queryInt("SELECT count(*) FROM consultation WHERE callback_contact <> ''"), 0);

    ReferralGuide guide(*copy);
    SqlCodeListStore copiedCodes(copy->db());
    qint64 police = 0;
    for (const CodeItem &item : *copiedCodes.items(CodeList::ReferralBodies, true))
        if (item.code == u"police")
            police = item.id;
    EXPECT_EQ(guide.entry(police)->contact, u"Wijkagent via 0900-8844");
}

TEST_F(Interchange, TheDocumentHoldsTheDoubtLineButNeverACallbackContact)
{
    fill();
    fillDoubtLine();
    const QByteArray bytes = exportOf(*vault);
    for (const char *canary :
         {"CanaryCallback", "CanaryDone", "06-00000000", "06-11111111", "callbackContact", "callback_contact"})
        EXPECT_FALSE(bytes.contains(canary)) << canary;

    const QJsonObject doc = parsed(bytes);
    EXPECT_EQ(doc.value(u"version"_qs).toInt(), 3);
    const QJsonObject lists = doc.value(u"codeLists"_qs).toObject();
    EXPECT_EQ(lists.value(u"doubt_line_staff"_qs).toArray().at(0).toObject().value(u"code"_qs), u"samira"_qs);
    EXPECT_FALSE(lists.value(u"advice"_qs).toArray().isEmpty());

    const QJsonArray consultations = doc.value(u"consultations"_qs).toArray();
    ASSERT_EQ(consultations.size(), 5);
    const QJsonObject advice = consultations.at(0).toObject();
    EXPECT_EQ(advice.value(u"staff"_qs), u"samira"_qs);
    EXPECT_EQ(advice.value(u"channel"_qs), u"phone"_qs);
    EXPECT_EQ(advice.value(u"forms"_qs).toArray(), (QJsonArray{u"exclusion"_qs, u"micro_aggression"_qs})); // list order
    EXPECT_EQ(advice.value(u"advice"_qs), u"write_down"_qs);
    EXPECT_TRUE(advice.value(u"callbackWanted"_qs).toBool());
    EXPECT_TRUE(advice.value(u"callbackDoneAt"_qs).isNull());
    EXPECT_EQ(advice.value(u"revisions"_qs).toArray().at(0).toObject().value(u"minutes"_qs).toInt(), 20);
    EXPECT_EQ(consultations.at(1).toObject().value(u"case"_qs), fromConsultation.number);
    EXPECT_TRUE(consultations.at(1).toObject().value(u"draftCase"_qs).isNull());
    const int draft = consultations.at(2).toObject().value(u"draftCase"_qs).toInt(-1);
    ASSERT_GE(draft, 0);
    EXPECT_TRUE(doc.value(u"cases"_qs).toArray().at(draft).toObject().value(u"draft"_qs).toBool());
    EXPECT_EQ(consultations.at(3).toObject().value(u"kind"_qs), u"hang_up"_qs);
    EXPECT_FALSE(consultations.at(4).toObject().value(u"callbackDoneAt"_qs).isNull());

    const QJsonArray guide = doc.value(u"referralGuide"_qs).toArray();
    QStringList bodies;
    for (const QJsonValue &e : guide)
        bodies << e.toObject().value(u"body"_qs).toString();
    EXPECT_EQ(bodies.first(), u"integrity_office"); // the list's order
    EXPECT_TRUE(bodies.contains(u"confidential_advisor"));
    EXPECT_FALSE(guide.at(0).toObject().value(u"whatNl"_qs).toString().isEmpty());
}

TEST_F(Interchange, AVaultInUseKeepsItsOwnGuideAndGainsTheConsultations)
{
    fill();
    fillDoubtLine();
    const QByteArray bytes = exportOf(*vault);
    auto target = dir.create(u"target.baken"_qs);
    SqlCodeListStore targetCodes(target->db());
    qint64 police = 0;
    for (const CodeItem &item : *targetCodes.items(CodeList::ReferralBodies, true))
        if (item.code == u"police")
            police = item.id;
    ReferralGuide guide(*target);
    GuideEntry own = *guide.entry(police);
    own.contact = u"Eigen wijkteam"_qs;
    ASSERT_TRUE(guide.save(own).ok());
    // In use: it holds a consultation, though no case.
    SqlConsultationStore targetStore(target->db());
    SqlCaseStore targetCases(target->db());
    ConsultationService targetService(*target, targetStore, targetCases, targetCodes);
    qint64 chat = 0;
    for (const CodeItem &item : *targetCodes.items(CodeList::Channels, true))
        if (item.code == u"chat")
            chat = item.id;
    ASSERT_TRUE(targetService.logNonData(ContactKind::Test, QDateTime::currentDateTime().addSecs(-60), 0, chat).ok());

    auto report = importInto(*target, bytes);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_FALSE(report->adoptedCodeLists);
    EXPECT_EQ(report->consultations, 5);
    EXPECT_EQ(report->guideEntries, 0); // it has an entry for every body already
    EXPECT_EQ(guide.entry(police)->contact, u"Eigen wijkteam");
    EXPECT_EQ(targetStore.ids()->size(), 6);
}

TEST_F(Interchange, AVersionOneFileStillImports)
{
    fill();
    QJsonObject doc = parsed(exportOf(*vault));
    doc.insert(u"version"_qs, 1);
    doc.remove(u"consultations"_qs);
    doc.remove(u"referralGuide"_qs);
    doc.remove(u"groups"_qs);
    QJsonObject lists = doc.value(u"codeLists"_qs).toObject();
    lists.remove(u"doubt_line_staff"_qs);
    lists.remove(u"advice"_qs);
    lists.remove(u"group_facilitators"_qs);
    doc.insert(u"codeLists"_qs, lists);

    auto copy = dir.create(u"copy.baken"_qs);
    const qint64 defaultGuide = *copy->db().queryInt("SELECT count(*) FROM referral_guide");
    auto report = importInto(*copy, toBytes(doc));
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->cases, 3);
    EXPECT_EQ(report->consultations, 0);
    EXPECT_EQ(*copy->db().queryInt("SELECT count(*) FROM referral_guide"), defaultGuide);

    // Version 1 knows nothing of the doubt line: such keys in it are refused.
    for (const char *key : {"consultations", "referralGuide"}) {
        QJsonObject stray = doc;
        stray.insert(QLatin1String(key), QJsonArray());
        auto refused = importInto(*dir.create(QLatin1String(key) + u".baken"_qs), toBytes(stray));
        ASSERT_FALSE(refused.ok());
        EXPECT_TRUE(refused.error().message.contains(u"is not a field of this format version"))
            << refused.error().message.toStdString();
    }
    lists.insert(u"advice"_qs, QJsonArray());
    doc.insert(u"codeLists"_qs, lists);
    auto refused = importInto(*dir.create(u"lists.baken"_qs), toBytes(doc));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"codeLists: \"advice\" is not a field"))
        << refused.error().message.toStdString();
}
